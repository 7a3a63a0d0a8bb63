// How a model Figure becomes spreadsheet cells: the number in one column, its
// mark in the next. A lower bound written as "≥2153" would be text to Excel and
// could not be summed or sorted; "2153" beside "≥" stays a number and keeps its
// meaning. 未报告 goes in the mark column, and the number cell stays empty (never 0).

import type { Bound } from '../data/types';
import { APPROX_MARK, AT_LEAST_MARK, NOT_REPORTED } from '../model/format';
import type { Figure } from '../model/types';
import type { CsvColumn } from './csv';

export interface FigureCells {
  /** The figure, or null when the report gives none. */
  value: number | null;
  /** '≥' lower bound, '约' approximate, '' exact, '未报告' not reported. */
  mark: string;
}

/** The header of a mark column, and the legend its marks follow. */
export const MARK_COLUMN_LABEL = '标记';
export const MARK_LEGEND = `${AT_LEAST_MARK}=下限（报告称“余”“以上”等）；${APPROX_MARK}=约数；${NOT_REPORTED}=报告未给出（不是0）`;

export function boundMark(bound: Bound): string {
  if (bound === 'at_least') return AT_LEAST_MARK;
  if (bound === 'approx') return APPROX_MARK;
  return '';
}

export function figureCells(figure: Figure | null | undefined): FigureCells {
  if (!figure || figure.status === 'not_reported') return { value: null, mark: NOT_REPORTED };
  return { value: figure.value, mark: boundMark(figure.bound) };
}

/** A rounded copy for derived figures (computed rates): 94.444… → 94.44. */
export function roundForCsv(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * Two columns for one figure: `${key}` (number) and `${key}_mark` (its mark),
 * labelled "<label>" and "<label>标记".
 */
export function figureColumns(key: string, label: string): CsvColumn[] {
  return [
    { key, label },
    { key: markKey(key), label: `${label}${MARK_COLUMN_LABEL}` },
  ];
}

export function markKey(key: string): string {
  return `${key}_mark`;
}

/** Row cells for figureColumns(key, …). */
export function figureRowCells(key: string, figure: Figure | null | undefined): Record<string, number | string | null> {
  const cells = figureCells(figure);
  return { [key]: cells.value, [markKey(key)]: cells.mark };
}
