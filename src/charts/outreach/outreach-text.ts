// Text of the outreach chart: value labels, tooltip lines, aria description.
// Kept apart from the option layout so each can be read (and tested) alone.

import {
  FOOTNOTE_APPROX,
  FOOTNOTE_AT_LEAST,
  FOOTNOTE_NOT_REPORTED,
  formatFigure,
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
  if (total.figure.status === 'not_reported') {
    lines.push('报告没有给出该数字（不是0）');
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
  if (total.figure.bound === 'at_least') lines.push('“≥”：报告称“余”“以上”等，实际可能更多');
  if (total.mixedUnits) lines.push(`各分项单位不同（${plainText(total.units.join('、'))}），合计仅供参考`);
  for (const note of total.notes) lines.push(`注：${plainText(note)}`);
  lines.push(...hint);
  return lines.join('\n');
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
  restNote: string | null,
): string[] {
  const notes = comparison.flags.map((f) => f.note);
  const bounds = new Set(shown.map((e) => e.total.figure.bound));
  if (bounds.has('at_least')) notes.push(FOOTNOTE_AT_LEAST);
  if (bounds.has('approx')) notes.push(FOOTNOTE_APPROX);
  if (shown.some((e) => e.total.figure.status === 'not_reported')) notes.push(FOOTNOTE_NOT_REPORTED);
  notes.push(...groupedNotes(shown.map((e) => ({ label: e.row.label, notes: e.total.notes })), rowNoun(comparison.rows)));
  if (restNote) notes.push(restNote);
  return notes;
}
