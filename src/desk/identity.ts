// Which township and year a report belongs to, as the clerk fills it in on
// the page: a township from the list or a new one (its id made from the
// name's pinyin), and the year, title and date read from the text where it
// gives them. Plain TypeScript (no React): the rules and the entry handed to
// the merge are testable on their own.

import type { Report, Township } from '../data/types';
import type { DeskEntry, DeskMetricRow, DeskShortcomingRow, DeskTownship } from './types';
import type { ReportMeta } from './report-meta';
import { metricRowProblem, parseValueText, type MetricRowState, type ShortcomingRowState } from './draft-rows';

export const NEW_TOWNSHIP = '__new__';

export interface IdentityState {
  /** A township id from townships.csv, NEW_TOWNSHIP, or '' (not chosen yet). */
  choice: string;
  newTownship: Omit<DeskTownship, 'id'>;
  /** Made from the new township's name (township-id.ts); '' until the pinyin library is loaded. */
  newId: string;
  /** The name and county newId was made from: an id made from a half-typed name (七 → qi) is never saved as 七星镇's. */
  newIdFrom: string;
  year: string;
  title: string;
  published: string;
  /** Fields the clerk typed into: a new text's guesses no longer overwrite them. */
  edited: ReadonlyArray<'year' | 'title' | 'published'>;
}

export const EMPTY_IDENTITY: IdentityState = {
  choice: '',
  newTownship: { name: '', county: '', prefecture: '', province: '' },
  newId: '',
  newIdFrom: '',
  year: '',
  title: '',
  published: '',
  edited: [],
};

/** Municipalities directly under the central government: no prefecture level. */
const MUNICIPALITY = /^(北京|天津|上海|重庆)(市)?$/;

/** What a new township's id is made from: its name and county as typed now. */
export function idSource(township: Omit<DeskTownship, 'id'>): string {
  return `${township.name.trim()}|${township.county.trim()}`;
}

/** True when newId was made from the name and county as they stand (not from a half-typed name). */
export function idIsCurrent(state: IdentityState): boolean {
  return state.newId !== '' && state.newIdFrom === idSource(state.newTownship);
}

export function isMunicipality(province: string): boolean {
  return MUNICIPALITY.test(province.trim());
}

/** The state after the report text changed: guesses fill the fields the clerk has not typed into. */
export function withReportMeta(state: IdentityState, meta: ReportMeta, suggestedTownship: string | null): IdentityState {
  const take = (field: 'year' | 'title' | 'published', value: string | null) => (state.edited.includes(field) || value === null ? state[field] : value);
  return {
    ...state,
    choice: state.choice === '' && suggestedTownship !== null ? suggestedTownship : state.choice,
    year: take('year', meta.year === null ? null : String(meta.year)),
    title: take('title', meta.title),
    published: take('published', meta.published),
  };
}

/** The township the entry is for, or null when not chosen or not complete. */
export function chosenTownship(state: IdentityState, townships: readonly Township[]): DeskTownship | null {
  if (state.choice === NEW_TOWNSHIP) {
    const t = state.newTownship;
    if (!idIsCurrent(state) || [t.name, t.county, t.prefecture, t.province].some((v) => v.trim() === '')) return null;
    return { id: state.newId, name: t.name.trim(), county: t.county.trim(), prefecture: t.prefecture.trim(), province: t.province.trim() };
  }
  const found = townships.find((t) => t.id === state.choice);
  return found ? { id: found.id, name: found.name, county: found.county, prefecture: found.prefecture, province: found.province } : null;
}

/** What is still missing before the report can be saved, in Chinese (empty when complete). */
export function identityIssues(state: IdentityState, townships: readonly Township[]): string[] {
  const issues: string[] = [];
  if (state.choice === '') issues.push('请选择乡镇，或选“新增乡镇”。');
  else if (state.choice === NEW_TOWNSHIP) {
    const t = state.newTownship;
    const missing = ([['name', '乡镇名称'], ['county', '所属县（区）'], ['prefecture', '所属地级市'], ['province', '所属省（自治区、直辖市）']] as const)
      .filter(([key]) => t[key].trim() === '')
      .map(([, label]) => label);
    if (missing.length > 0) issues.push(`新乡镇还缺：${missing.join('、')}。`);
    else if (!idIsCurrent(state)) issues.push('正在根据乡镇名称生成乡镇编号，请稍候（如一直显示，请刷新页面后重试）。');
    const same = townships.find((o) => o.name === t.name.trim() && o.county === t.county.trim());
    if (same) issues.push(`${same.name}（${same.county}）已在乡镇列表中，请直接在列表中选择它。`);
  } else if (chosenTownship(state, townships) === null) issues.push('所选乡镇不在数据中，请重新选择。');
  if (!/^(19|20|21)\d\d$/.test(state.year.trim())) issues.push('请填写报告年度（四位数字，如 2025）。');
  if (state.title.trim() === '') issues.push('请填写报告标题。');
  if (state.published.trim() !== '' && !/^\d{4}-\d\d-\d\d$/.test(state.published.trim())) issues.push('发布日期写成 2026-03-21 这样，报告没写就留空。');
  return issues;
}

/** The report already in the data for this township and year, if any. */
export function reportInData(state: IdentityState, reports: readonly Report[]): Report | null {
  const year = Number(state.year);
  return reports.find((r) => r.townshipId === state.choice && r.year === year) ?? null;
}

export function buildEntry(
  state: IdentityState,
  township: DeskTownship,
  reportText: string,
  metrics: DeskMetricRow[],
  shortcomings: DeskShortcomingRow[],
): DeskEntry {
  return {
    township,
    newTownship: state.choice === NEW_TOWNSHIP,
    year: Number(state.year.trim()),
    title: state.title.trim(),
    published: state.published.trim() === '' ? null : state.published.trim(),
    reportText,
    metrics,
    shortcomings,
  };
}

/** The rows the reviewer took, as the merge writes them (an accepted row with a problem is left out, as in the CSV download). */
export function acceptedRows(
  metricRows: readonly MetricRowState[],
  shortcomingRows: readonly ShortcomingRowState[],
): { metrics: DeskMetricRow[]; shortcomings: DeskShortcomingRow[] } {
  return {
    metrics: metricRows
      .filter((row) => row.decision === 'accepted' && metricRowProblem(row) === null)
      .map((row) => ({
        metric: row.metric.trim(),
        item: row.item.trim(),
        value: parseValueText(row.valueText)!,
        unit: row.unit.trim(),
        bound: row.bound,
        quote: row.draft.quote,
        note: row.note.trim(),
      })),
    shortcomings: shortcomingRows
      .filter((row) => row.decision === 'accepted' && row.category !== '')
      .map((row) => ({ category: row.category, quote: row.draft.quote })),
  };
}

/**
 * The township for a text that is another report (pasted over the last one,
 * or into an empty box) while a township is chosen, and a notice when the
 * choice changes under the clerk. A township chosen before any text was
 * pasted stays when the text names it; otherwise the township the report's
 * first lines name is taken (or none), and the notice says so: a report of
 * 达果乡 pasted with 碧土乡 chosen is never saved as 碧土乡's without a word.
 */
export function choiceForNewReport(
  previous: { choice: string; textWasBlank: boolean },
  suggested: string | null,
  townships: ReadonlyArray<{ id: string; name: string }>,
  nameInText: (name: string) => boolean,
): { choice: string | null; notice: string | null } {
  const before = townships.find((t) => t.id === previous.choice);
  if (!before || suggested === before.id) return { choice: suggested, notice: null };
  if (previous.textWasBlank && suggested === null && nameInText(before.name)) return { choice: before.id, notice: null };
  const named = suggested === null ? null : townships.find((t) => t.id === suggested);
  const notice = named
    ? `粘贴前选的是“${before.name}”，但这份报告的开头写的是“${named.name}”：已改选“${named.name}”，请核对。`
    : `粘贴前选的是“${before.name}”，但这份报告的开头没有写到它：已清空乡镇选择，请为这份报告选择乡镇。`;
  return { choice: suggested, notice };
}
