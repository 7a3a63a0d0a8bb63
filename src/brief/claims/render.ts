// Claims → Chinese, in one place. Every finding sentence that states a fact
// about the data is composed of these renderings (and fixed wording); the
// counts it writes are the counts the claim carries, which check.ts verifies.

import { formatFigure } from '../../model/format';
import { nameList, type ChangeClaim, type Claim, type CountedInClaim, type MentionClaim, type NameList, type NotComparedClaim, type OmittedRowsClaim, type RowsToFixClaim, type ScopeClaim, type StatedFigure, type UnreadRowsClaim } from './types';

/** Names listed before "等N个乡镇". */
export const NAMES_LISTED = 5;

/**
 * "甲乡、乙乡"; past five names "甲乡、乙乡…等7个乡镇"; across years, when the
 * rows are more reports than townships, "…等7个乡镇的9份报告" — a township
 * with two years is one township, never counted twice.
 */
export function renderNames(list: NameList, limit = NAMES_LISTED): string {
  const labels = list.rows.map((r) => r.label);
  if (labels.length <= limit) return labels.join('、');
  const count = list.reports > list.townships ? `${list.townships}个乡镇的${list.reports}份报告` : `${list.townships}个乡镇`;
  return `${labels.slice(0, limit).join('、')}等${count}`;
}

/** "甲乡、乙乡 · 2024年" (the years text is the caller's: print/page-header yearsText). */
export function renderScope(claim: ScopeClaim, yearsText: string): string {
  return [renderNames(claim.who, 12), yearsText].filter((part) => part !== '').join(' · ');
}

export function renderFigure(figure: StatedFigure): string {
  // The formatter counts an incomplete total's unusable rows; only their number is said.
  const errors = Array.from({ length: figure.unusableParts ?? 0 }, (_, line) => ({ key: '', file: '', line, item: null, reason: '' }));
  return formatFigure(
    { status: 'reported', value: figure.value, bound: figure.bound, ...(errors.length > 0 ? { errors } : {}), ...(figure.approxParts ? { approxParts: true as const } : {}) },
    figure.unit,
  );
}

/** "5个乡镇中4个提到…", "5个乡镇均提到…", "5个乡镇均未提到…"; across years "15份报告中12份提到…". */
export function renderMentions(claim: Pick<MentionClaim, 'count' | 'outOf' | 'counting' | 'category'>): string {
  const noun = claim.counting === 'reports' ? '份报告' : '个乡镇';
  const measure = claim.counting === 'reports' ? '份' : '个';
  const label = claim.category.label;
  if (claim.count === 0) return `${claim.outOf}${noun}均未提到${label}`;
  if (claim.count === claim.outOf && claim.outOf > 1) return `${claim.outOf}${noun}均提到${label}`;
  return `${claim.outOf}${noun}中${claim.count}${measure}提到${label}`;
}

/** "5个乡镇中各有2个提到", "5个乡镇均提到": the head of one sentence naming categories mentioned equally often. */
export function renderMentionsOfSeveral(claim: Pick<MentionClaim, 'count' | 'outOf' | 'counting'>): string {
  const noun = claim.counting === 'reports' ? '份报告' : '个乡镇';
  const measure = claim.counting === 'reports' ? '份' : '个';
  if (claim.count === claim.outOf && claim.outOf > 1) return `${claim.outOf}${noun}均提到`;
  // One township (or report) with a problems section: its categories, no "各有1个".
  if (claim.outOf === 1) return `1${noun}中1${measure}提到`;
  return `${claim.outOf}${noun}中各有${claim.count}${measure}提到`;
}

/** "其余7个乡镇见表格（其中2个未报告）". */
export function renderOmitted(claim: Pick<OmittedRowsClaim, 'notReported' | 'counting' | 'ends'> & { omitted: { length: number } }): string | null {
  if (claim.omitted.length === 0) return null;
  const noun = claim.counting === 'reports' ? '份报告' : '个乡镇';
  const measure = claim.counting === 'reports' ? '份' : '个';
  const silent = claim.notReported > 0 ? `（其中${claim.notReported}${measure}未报告）` : '';
  const ends = claim.ends
    ? `图中为有数值的${claim.counting === 'reports' ? '报告' : '乡镇'}中最高的${claim.ends.top}${measure}和最低的${claim.ends.bottom}${measure}；`
    : '';
  return `${ends}其余${claim.omitted.length}${noun}见表格${silent}`;
}

/** "增加至少30场", "−5场次", "持平" — the firmness the claim states. */
export function renderChangeAmount(claim: Pick<ChangeClaim, 'direction' | 'amount' | 'firmness'>, unit: string): string {
  if (claim.direction === 'same') return '持平';
  if (claim.firmness === 'at_least') return `${claim.direction === 'up' ? '增加' : '减少'}至少${claim.amount}${unit}`;
  return `${claim.direction === 'up' ? '+' : '−'}${claim.amount}${unit}`;
}

/** Names listed in a "尚无…报告" clause before "等N个乡镇". */
const NO_REPORT_NAMES_LISTED = 12;

/** "尚无2025年报告：甲乡、乙乡；尚无2024年报告：丙乡", one clause per year, in year order. */
export function renderNoReport(claim: Extract<Claim, { kind: 'no_report' }>): string | null {
  const years = [...new Set(claim.who.rows.map((r) => r.year))].sort((a, b) => a - b);
  if (years.length === 0) return null;
  return years
    .map((year) => {
      const rows = claim.who.rows.filter((r) => r.year === year).map((r) => ({ ...r, label: r.label.replace(/ \d{4}年$/, '') }));
      return `尚无${year}年报告：${renderNames(nameList(rows), NO_REPORT_NAMES_LISTED)}`;
    })
    .join('；');
}

/** "2024年的数据中有1行无法读取（…），标为“未报告”的数字可能在其中。"; null when no year has such rows. */
export function renderUnread(claim: UnreadRowsClaim): string | null {
  const clauses = claim.perYear.filter((c) => c.count > 0);
  const first = clauses[0];
  if (!first) return null;
  const sameCount = clauses.every((c) => c.count === first.count);
  const subject =
    clauses.length > 1 && sameCount
      ? `${clauses.map((c) => `${c.year}年`).join('、')}的数据中各有${first.count}行`
      : clauses.map((c) => `${c.year}年的数据中有${c.count}行`).join('，');
  return `${subject}无法读取（归不到任何乡镇或指标，见“数据问题”），标为“未报告”的数字可能在其中。`;
}

const quoteUnit = (unit: string) => `“${unit}”`;

/** "甲乡按“人”计", "乙乡按“人”和“人次”混合计", with the figures when the claim states them ("（900人）"). */
export function renderCountedIn(claim: CountedInClaim): string {
  const units = claim.units.flatMap((u) => u.split('、')).map(quoteUnit);
  const how = units.length > 1 ? `${units.join('和')}混合计` : `${units[0] ?? ''}计`;
  const figures = claim.figures ? `（${claim.figures.map(renderFigure).join('、')}）` : '';
  return `${renderNames(claim.who)}按${how}${figures}`;
}

/** "甲乡按“人”计，乙乡按“人次”计，口径不同，不宜直接比较". */
export function renderUnitsDiffer(claim: Extract<Claim, { kind: 'units_differ' }>): string {
  return `${claim.groups.map(renderCountedIn).join('，')}，口径不同，不宜直接比较`;
}

/** "甲乡的分项分别按“人”和“人次”计；…等7个乡镇，合计仅供参考" — one counted_in claim per row mixing measures. */
export function renderMixedUnits(claims: readonly CountedInClaim[], listed = NAMES_LISTED): string {
  const sentences = claims.slice(0, listed).map((c) => `${renderNames(c.who)}的分项分别按${c.units.flatMap((u) => u.split('、')).map(quoteUnit).join('和')}计`);
  const all = nameList(claims.flatMap((c) => c.who.rows));
  const rest = claims.length > listed ? `等${all.reports > all.townships ? `${all.townships}个乡镇的${all.reports}份报告` : `${all.townships}个乡镇`}` : '';
  return `${sentences.join('；')}${rest}，合计仅供参考`;
}

/** "另有8个乡镇缺少其中一年的报告或可用的数字，未比较"; '' for none. */
export function renderNotCompared(claim: NotComparedClaim): string {
  return claim.count > 0 ? `另有${claim.count}个乡镇缺少其中一年的报告或可用的数字，未比较` : '';
}

/** "需改正的数据行：metrics.csv 第12行：…；…等9行" — the rows listed, described by `describe`. */
export function renderRowsToFix(claim: RowsToFixClaim, describe: (key: string) => string): string {
  const more = claim.count > claim.listed.length ? `等${claim.count}行` : '';
  return `需改正的数据行：${claim.listed.map(describe).join('；')}${more}`;
}

/** "以下5个数字是下限…": the number of rows the lower-bound claims name. */
export function renderLowerBoundCount(claims: readonly Extract<Claim, { kind: 'lower_bound' }>[]): number {
  return claims.reduce((n, c) => n + c.who.reports, 0);
}
