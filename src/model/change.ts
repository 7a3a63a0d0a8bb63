// Change of one figure between two years, said no more firmly than the
// bounds allow (issue 8). The rules, in the order they are tried:
//   - a year without a report is a gap, never a zero: no change is stated;
//   - a figure the report does not give (未报告), or whose rows could not be
//     read (数据有误: never called 未报告), or not yet entered (未录入): no
//     change is stated;
//   - different measures (人 vs 人次, or a mixed sum): flagged, not compared;
//   - exact → exact: +N / −N / 持平;
//   - ≥a → b exact with b < a: "减少至少 a−b" (the old value was at least a);
//   - a exact → ≥b with b > a: "增加至少 b−a" (the new value is at least b);
//     neither when the lower bound has an approximate part (≥约: its minimum is not sure);
//   - any other pair with a lower bound (≥a → ≥b, ≥a → b ≥ a, a → ≥b ≤ a): "无法判断增减";
//   - an approximation on either side (约): "约+N" / "约−N" / "约持平".
// Percent figures change by percentage points, never by a percent of a percent.

import type { Bound } from '../data/types';
import { formatNumber } from './format';
import { isPercentUnit } from './metric-ids';
import { unitClass } from './units';

/** One side of a comparison: a year's figure for one township and metric. */
export type ChangeSide =
  /** No report of that township for that year. */
  | { kind: 'no_report' }
  /** The report exists but does not give the figure; notEntered: its figures were not all entered (未录入). */
  | { kind: 'not_reported'; notEntered?: boolean }
  /** The report gives the figure, but none of its rows could be read (数据有误). */
  | { kind: 'data_error' }
  | {
      kind: 'figure';
      value: number;
      bound: Bound;
      /** Measures the figure counts in (distinctMeasures of its parts); more than one = a mixed sum. */
      units: readonly string[];
      /** A lower bound with an approximate part (≥约): its minimum is not certain either. */
      approxParts?: boolean;
    };

export type ChangeKind =
  | 'increase'
  | 'decrease'
  | 'same'
  | 'increase_at_least'
  | 'decrease_at_least'
  | 'approx_increase'
  | 'approx_decrease'
  | 'approx_same'
  | 'undetermined'
  | 'gap'
  | 'not_reported'
  | 'data_error'
  | 'units_differ';

export interface Change {
  kind: ChangeKind;
  /** The signed difference the text states (at least its size for *_at_least), or null when none is stated. */
  delta: number | null;
  /** Chinese: "+5场次", "−3起", "持平", "减少至少3起", "无法判断增减", "无报告", "口径不同（人→人次），不比较". */
  text: string;
}

const MINUS = '−';

/** The change from `from` (earlier year) to `to` (later year), in `unit` (the catalog unit as fallback). */
export function describeChange(from: ChangeSide, to: ChangeSide, unit: string): Change {
  if (from.kind === 'no_report' || to.kind === 'no_report') {
    const which = from.kind === 'no_report' && to.kind === 'no_report' ? '两年均无报告' : from.kind === 'no_report' ? '上一年无报告' : '本年无报告';
    return { kind: 'gap', delta: null, text: `${which}，无法比较` };
  }
  if (from.kind !== 'figure' || to.kind !== 'figure') {
    const fromWord = missingWord(from);
    const toWord = missingWord(to);
    const which =
      fromWord !== null && toWord !== null
        ? fromWord === toWord
          ? `两年均${toWord}`
          : `上一年${fromWord}、本年${toWord}`
        : fromWord !== null
          ? `上一年${fromWord}`
          : `本年${toWord}`;
    const kind = from.kind === 'data_error' || to.kind === 'data_error' ? 'data_error' : 'not_reported';
    return { kind, delta: null, text: `${which}，无法比较` };
  }
  const fromMeasure = measureOf(from.units, unit);
  const toMeasure = measureOf(to.units, unit);
  if (from.units.length > 1 || to.units.length > 1 || fromMeasure !== toMeasure) {
    return {
      kind: 'units_differ',
      delta: null,
      text: `口径不同（${unitsText(from.units, unit)}→${unitsText(to.units, unit)}），不比较`,
    };
  }
  const shownUnit = to.units[0] ?? from.units[0] ?? unit;
  const amount = (n: number) => amountText(n, shownUnit);
  const a = from.value;
  const b = to.value;
  const diff = roundDiff(b - a);

  const fromLower = from.bound === 'at_least';
  const toLower = to.bound === 'at_least';
  if (fromLower || toLower) {
    // ≥a → b (exact or approx? only exact gives a sure decrease) and a → ≥b; a minimum
    // that is itself approximate (≥约: a part is 约) gives no sure change either.
    if (fromLower && !toLower && to.bound === 'exact' && b < a && !from.approxParts) {
      return { kind: 'decrease_at_least', delta: diff, text: `减少至少${amount(a - b)}` };
    }
    if (!fromLower && toLower && from.bound === 'exact' && b > a && !to.approxParts) {
      return { kind: 'increase_at_least', delta: diff, text: `增加至少${amount(b - a)}` };
    }
    return { kind: 'undetermined', delta: null, text: '无法判断增减（下限）' };
  }
  if (from.bound === 'approx' || to.bound === 'approx') {
    if (diff === 0) return { kind: 'approx_same', delta: 0, text: '约持平' };
    return diff > 0
      ? { kind: 'approx_increase', delta: diff, text: `约+${amount(diff)}` }
      : { kind: 'approx_decrease', delta: diff, text: `约${MINUS}${amount(-diff)}` };
  }
  if (diff === 0) return { kind: 'same', delta: 0, text: '持平' };
  return diff > 0
    ? { kind: 'increase', delta: diff, text: `+${amount(diff)}` }
    : { kind: 'decrease', delta: diff, text: `${MINUS}${amount(-diff)}` };
}

/**
 * Why a side has no figure to compare, as the page says it; null for a
 * figure. 未录入 is not 未报告 (a report whose figures were not all entered
 * is never said to be silent), and a figure whose rows could not be read is
 * 数据有误, never 未报告.
 */
function missingWord(side: Exclude<ChangeSide, { kind: 'no_report' }>): string | null {
  if (side.kind === 'data_error') return '数据有误';
  if (side.kind === 'not_reported') return side.notEntered ? '未录入' : '未报告';
  return null;
}

function measureOf(units: readonly string[], fallback: string): string {
  return unitClass(units[0] ?? fallback);
}

function unitsText(units: readonly string[], fallback: string): string {
  return units.length > 0 ? units.join('、') : fallback;
}

/** "5场次"; percent figures change by points: "6个百分点". */
function amountText(value: number, unit: string): string {
  const number = formatNumber(roundDiff(value));
  return isPercentUnit(unit) ? `${number}个百分点` : `${number}${unit}`;
}

/** 0.3 − 0.1 must not print as 0.19999999999999998. */
function roundDiff(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
