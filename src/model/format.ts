// Chinese formatting of figures: the same marks everywhere (cards, labels,
// tooltips, tables, print, exports): ≥ for a lower bound, 约 for an
// approximation, 未报告 / 无报告 / 数据有误 for the three states without a
// value (never 0), and "，另有N项数据有误" after an incomplete total.
// formatFigure is THE shared formatter: display code never spells a state itself.

import type { Bound } from '../data/types';
import { DATA_ERROR, FIGURE_STATE_TEXT, incompleteNote, NO_REPORT, NOT_ENTERED, NOT_REPORTED } from './figure-state';
import { distinctMeasures } from './units';
import type { Figure, MetricTotal, RateFigure, RateKind } from './types';

export { DATA_ERROR, NO_REPORT, NOT_ENTERED, NOT_REPORTED };
export const AT_LEAST_MARK = '≥';
export const APPROX_MARK = '约';

export const FOOTNOTE_AT_LEAST = '“≥”表示报告称“余”“以上”“超过”“多”：实际数字不少于此数';
export const FOOTNOTE_APPROX = '“约”表示报告给出的是约数';
export const FOOTNOTE_NOT_REPORTED = '“未报告”表示报告没有给出该数字（不是0）';
export const FOOTNOTE_NOT_ENTERED = '“未录入”表示报告中的数字尚未全部录入数据，该数字可能在报告中有，请看原文（不是0，也不是未报告）';
export const FOOTNOTE_DATA_ERROR =
  '“数据有误”表示数据文件中有这一项，但该行有误、未能使用；“另有N项数据有误”表示合计缺了这几项，实际不少于所示数字（点击可查看原因和行号）';
export const FOOTNOTE_NO_REPORT = '“无报告”表示数据中还没有该乡镇这一年度的报告';

export const RATE_KIND_LABEL: Record<RateKind, string> = {
  computed: '计算值（化解数÷排查数）',
  reported: '报告所述',
};

export function boundPrefix(bound: Bound | null, approxParts = false): string {
  if (bound === 'at_least') return approxParts ? `${AT_LEAST_MARK}${APPROX_MARK}` : AT_LEAST_MARK;
  if (bound === 'approx') return APPROX_MARK;
  return '';
}

/** True when the figure is, or has a part that is, an approximation (约): the 约 note applies to it. */
export function isApproximate(figure: Figure): boolean {
  return figure.status === 'reported' && (figure.bound === 'approx' || figure.approxParts === true);
}

export interface NumberFormatOptions {
  /** 1.2万 / 3.5亿 for large numbers (labels); full digits otherwise (tables, tooltips). */
  compact?: boolean;
  /** Round down instead of to nearest: a lower bound must never be overstated. */
  roundDown?: boolean;
  /** Most decimals kept (trailing zeros trimmed). Default 2. */
  maxDecimals?: number;
}

export function formatNumber(value: number, options: NumberFormatOptions = {}): string {
  const { compact = false, roundDown = false, maxDecimals = 2 } = options;
  const abs = Math.abs(value);
  if (compact && abs >= 1e8) return `${trimDecimals(value / 1e8, 1, roundDown)}亿`;
  if (compact && abs >= 1e4) return `${trimDecimals(value / 1e4, 1, roundDown)}万`;
  return trimDecimals(value, maxDecimals, roundDown);
}

function trimDecimals(value: number, decimals: number, roundDown: boolean): string {
  const factor = 10 ** decimals;
  const scaled = value * factor;
  // The epsilon keeps 1.1 × 10 = 11.000000000000002 from flooring wrongly.
  const rounded = (roundDown ? Math.floor(scaled + 1e-9) : Math.round(scaled)) / factor;
  return String(Number(rounded.toFixed(decimals)));
}

/**
 * THE figure formatter: "2153人次", "≥25场", "约300人", "未报告", "无报告",
 * "数据有误", and for an incomplete total "≥25次，另有1项数据有误".
 * Every card, label, tooltip, table cell, brief sentence and export shows a
 * figure through this function (rates through formatRate, which uses it).
 */
export function formatFigure(figure: Figure, unit: string, options: NumberFormatOptions = {}): string {
  if (figure.status !== 'reported') return FIGURE_STATE_TEXT[figure.status];
  const number = formatNumber(figure.value, { ...options, roundDown: options.roundDown ?? figure.bound === 'at_least' });
  const incomplete = incompleteNote(figure);
  return `${boundPrefix(figure.bound, figure.approxParts)}${number}${unit}${incomplete ? `，${incomplete}` : ''}`;
}

/** 94 → "94%", 94.444 → "94.4%". */
export function formatPercent(value: number, decimals = 1, roundDown = false): string {
  return `${formatNumber(value, { maxDecimals: decimals, roundDown })}%`;
}

/** "≥94%", "94.4%", or "未报告" for no rate. */
export function formatRate(rate: Pick<RateFigure, 'value' | 'bound'> | null): string {
  if (!rate) return NOT_REPORTED;
  return `${boundPrefix(rate.bound)}${formatPercent(rate.value, 1, rate.bound === 'at_least')}`;
}

/** A rate figure in any state: "≥94%", "94.4%，另有1项数据有误", "数据有误", "无报告"… */
export function formatRateFigure(figure: Figure): string {
  if (figure.status !== 'reported') return FIGURE_STATE_TEXT[figure.status];
  const incomplete = incompleteNote(figure);
  return `${formatRate(figure)}${incomplete ? `，${incomplete}` : ''}`;
}

/**
 * The unit a total is shown in: its parts' measures ("人次"; "人/人次" for a
 * mixed sum, which is flagged), one spelling per measure (次 and 场 → "次"),
 * or `fallback` (the catalog unit) when nothing was reported.
 */
export function unitOfTotal(total: Pick<MetricTotal, 'units'>, fallback: string): string {
  const measures = distinctMeasures(total.units);
  return measures.length > 0 ? measures.join('/') : fallback;
}
