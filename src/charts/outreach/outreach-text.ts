// Text of the outreach chart: value labels, tooltip lines, aria description.
// Kept apart from the option layout so each can be read (and tested) alone.

import { errorText, FIGURE_STATE_MEANING, figureErrors, hasDataError } from '../../model/figure-state';
import {
  FOOTNOTE_APPROX,
  FOOTNOTE_AT_LEAST,
  FOOTNOTE_DATA_ERROR,
  FOOTNOTE_NOT_ENTERED,
  FOOTNOTE_NOT_REPORTED,
  formatFigure,
  isApproximate,
  unitOfTotal,
} from '../../model/format';
import type { MetricComparison, MetricTotal, SelectionRow } from '../../model/types';
import { rowNoun } from '../../model/comparability';
import { plainText, quoteLines } from '../common';
import { groupedNotes } from '../rows';

export interface OutreachEntry {
  row: SelectionRow;
  total: MetricTotal;
}

/** "≥2153人次", "约300人", "未报告" — compact (1.2万) for labels. */
export function totalLabel(entry: OutreachEntry, comparison: MetricComparison): string {
  return plainText(formatFigure(entry.total.figure, unitOfTotal(entry.total, comparison.unit), { compact: true }));
}

export function tooltipText(entry: OutreachEntry, comparison: MetricComparison, hint: readonly string[]): string {
  const { row, total } = entry;
  const unit = unitOfTotal(total, comparison.unit);
  const lines = [plainText(row.label), `${plainText(comparison.label)}：${plainText(formatFigure(total.figure, unit))}`];
  if (total.figure.status === 'not_reported' || total.figure.status === 'not_entered' || total.figure.status === 'no_report') {
    lines.push(FIGURE_STATE_MEANING[total.figure.status]);
    return lines.join('\n');
  }
  if (total.parts.length > 1 || total.nonAdditive) {
    for (const part of total.parts) {
      // formatFigure rounds a lower bound down, so "≥" never overstates a part either.
      const figure = { status: 'reported', value: part.value, bound: part.bound } as const;
      lines.push(`· ${plainText(part.item)}：${plainText(formatFigure(figure, part.unit))}`);
      lines.push(...quoteLines(part.quote));
    }
  } else {
    for (const part of total.parts) lines.push(...quoteLines(part.quote));
  }
  lines.push(...errorLines(total));
  if (total.figure.bound === 'at_least' && !hasDataError(total.figure)) lines.push('“≥”：报告称“余”“以上”等，实际可能更多');
  if (total.mixedUnits) lines.push(`各分项单位不同（${plainText(total.units.join('、'))}），合计仅供参考`);
  for (const note of total.notes) lines.push(`注：${plainText(note)}`);
  lines.push(...hint);
  return lines.join('\n');
}

/** "数据有误：metrics.csv 第45行：…" for each row of the total that could not be used. */
export function errorLines(total: MetricTotal): string[] {
  const errors = figureErrors(total.figure);
  if (errors.length === 0) return [];
  const intro = total.figure.status === 'data_error' ? FIGURE_STATE_MEANING.data_error : '合计不完整，实际不少于此数；未能使用的行：';
  return [intro, ...errors.map((error) => `  ${plainText(errorText(error))}`)];
}

export function ariaDescription(
  title: string,
  shown: readonly OutreachEntry[],
  comparison: MetricComparison,
  restNote: string | null,
): string {
  const items = shown.map((e) => `${e.row.label}${formatFigure(e.total.figure, unitOfTotal(e.total, comparison.unit))}`);
  return `${title}，按数值从高到低排列：${items.join('；')}。${restNote ? `${restNote}。` : ''}`;
}

/** Footnotes for print and for under the chart: comparability first, then marks, then notes. */
export function outreachFootnotes(
  comparison: MetricComparison,
  shown: readonly OutreachEntry[],
  rest: readonly string[],
): string[] {
  const notes = comparison.flags.map((f) => f.note);
  const bounds = new Set(shown.map((e) => e.total.figure.bound));
  // An incomplete total is ≥ too, but for another reason (FOOTNOTE_DATA_ERROR): only parts the report bounds count here.
  if (shown.some((e) => e.total.parts.some((p) => p.bound === 'at_least'))) notes.push(FOOTNOTE_AT_LEAST);
  if (bounds.has('approx') || shown.some((e) => isApproximate(e.total.figure))) notes.push(FOOTNOTE_APPROX);
  if (shown.some((e) => e.total.figure.status === 'not_reported')) notes.push(FOOTNOTE_NOT_REPORTED);
  if (shown.some((e) => e.total.figure.status === 'not_entered')) notes.push(FOOTNOTE_NOT_ENTERED);
  if (shown.some((e) => hasDataError(e.total.figure))) notes.push(FOOTNOTE_DATA_ERROR);
  notes.push(...groupedNotes(shown.map((e) => ({ label: e.row.label, notes: e.total.notes })), rowNoun(comparison.rows), shown.length < comparison.rows.length));
  notes.push(...rest);
  return notes;
}
