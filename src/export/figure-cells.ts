// How a model Figure becomes spreadsheet cells: the number in one column, its
// mark in the next. A lower bound written as "≥2153" would be text to Excel and
// could not be summed or sorted; "2153" beside "≥" stays a number and keeps its
// meaning. 未报告 goes in the mark column, and the number cell stays empty (never 0).

import type { Bound } from '../data/types';
import { errorText, FIGURE_STATE_TEXT, figureErrors, incompleteNote } from '../model/figure-state';
import { APPROX_MARK, AT_LEAST_MARK, DATA_ERROR, NO_REPORT, NOT_ENTERED, NOT_REPORTED } from '../model/format';
import type { Figure } from '../model/types';
import type { CsvColumn } from './csv';

export interface FigureCells {
  /** The figure, or null when the report gives none. */
  value: number | null;
  /**
   * '≥' lower bound, '约' approximate, '' exact; '未报告', '无报告' or '数据有误'
   * without a value; "≥；另有1项数据有误" for an incomplete total.
   */
  mark: string;
}

/** The header of a mark column, and the legend its marks follow. */
export const MARK_COLUMN_LABEL = '标记';
export const MARK_LEGEND =
  `${AT_LEAST_MARK}=下限（报告称“余”“以上”等）；${APPROX_MARK}=约数；${NOT_REPORTED}=报告未给出（不是0）；${NOT_ENTERED}=报告中的数字尚未全部录入，可能在报告中有（不是0，也不是未报告）；` +
  `${AT_LEAST_MARK}${APPROX_MARK}=下限，且其中有约数；${NO_REPORT}=数据中没有这一年度的报告；${DATA_ERROR}=数据文件中该行有误、未能使用；另有N项数据有误=合计不完整，实际不少于此数`;

export function boundMark(bound: Bound): string {
  if (bound === 'at_least') return AT_LEAST_MARK;
  if (bound === 'approx') return APPROX_MARK;
  return '';
}

export function figureCells(figure: Figure | null | undefined): FigureCells {
  if (!figure) return { value: null, mark: NOT_REPORTED };
  if (figure.status !== 'reported') return { value: null, mark: FIGURE_STATE_TEXT[figure.status] };
  const incomplete = incompleteNote(figure);
  const bound = figure.approxParts ? `${AT_LEAST_MARK}${APPROX_MARK}` : boundMark(figure.bound);
  return { value: figure.value, mark: incomplete ? `${bound}${bound ? '；' : ''}${incomplete}` : bound };
}

/** "数据有误：metrics.csv 第45行：…" lines for a notes column; '' when the figure has no error. */
export function errorNotes(figure: Figure | null | undefined): string {
  if (!figure) return '';
  return figureErrors(figure)
    .map((error) => `${DATA_ERROR}：${errorText(error)}`)
    .join('\n');
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
