// Small Chinese text helpers shared by the finding builders. Names go through
// claims/render.ts (renderNames): a list counts townships, not reports.

import { formatFigure } from '../model/format';
import type { MetricTotal, SelectionRow } from '../model/types';
import { renderNames } from './claims/render';
import { nameList, rowRef, type NameList, type RowRef } from './claims/types';

/** Row key → label ("甲乡", or "甲乡 2024年" across years). */
export type LabelOf = (rowKey: string) => string;

export function labelLookup(rows: readonly SelectionRow[]): LabelOf {
  const labels = new Map(rows.map((row) => [row.key, row.label] as const));
  return (rowKey) => labels.get(rowKey) ?? rowKey;
}

/** Row keys → the rows named, as a claim's NameList. */
export type NamesOf = (rowKeys: readonly string[]) => NameList;
/** Row key → RowRef. */
export type RefOf = (rowKey: string) => RowRef;

export function refLookup(rows: readonly SelectionRow[]): RefOf {
  const refs = new Map(rows.map((row) => [row.key, rowRef(row)] as const));
  return (rowKey) => {
    const known = refs.get(rowKey);
    if (known) return known;
    const [townshipId = rowKey, year = '0'] = rowKey.split(':');
    return { townshipId, year: Number(year), label: rowKey };
  };
}

export function namesLookup(rows: readonly SelectionRow[]): NamesOf {
  const refOf = refLookup(rows);
  return (rowKeys) => nameList(rowKeys.map(refOf));
}

/** "甲乡、乙乡…等7个乡镇" for a NameList. */
export const names = (list: NameList): string => renderNames(list);

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
