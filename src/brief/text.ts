// Small Chinese text helpers shared by the finding builders.

import { listNames } from '../model';
import { formatFigure } from '../model/format';
import type { MetricTotal, SelectionRow } from '../model/types';

export { listNames };

/** Row key → label ("甲乡", or "甲乡 2024年" across years). */
export type LabelOf = (rowKey: string) => string;

export function labelLookup(rows: readonly SelectionRow[]): LabelOf {
  const labels = new Map(rows.map((row) => [row.key, row.label] as const));
  return (rowKey) => labels.get(rowKey) ?? rowKey;
}

/** The unit a total is counted in: "场次", or "人、人次" for a mixed total. */
export function unitOf(total: MetricTotal, fallback: string): string {
  return total.units.length > 0 ? total.units.join('、') : fallback;
}

/** "≥100场次", "12场次", "约300人" (full digits: the brief is read, not glanced at). */
export function figureText(total: MetricTotal, fallbackUnit: string): string {
  return formatFigure(total.figure, unitOf(total, fallbackUnit));
}

/** Join clauses with ；and end the sentence with 。 */
export function sentence(clauses: readonly string[]): string {
  const text = clauses.filter((clause) => clause !== '').join('；');
  return text === '' ? '' : `${text}。`;
}

export function quoted(text: string): string {
  return `“${text}”`;
}
