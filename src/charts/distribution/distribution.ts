// The distribution of one metric's totals across townships (issue 19): with
// hundreds of townships a bar per township cannot be read, a count per range
// can. Honest marks: a total that is a lower bound (≥) is counted in the range
// of its stated value and drawn as its own hatched segment ("实际可能更高");
// 未报告 and 数据有误 have no value, are not binned, and are counted in the notes.
// Only totals in the chart's unit are binned: a township counting in another
// measure (人 against 人次, 册 against 份) or in a mixed sum is not on the
// 人次 axis; it is counted in a note instead.
import type { BarSeriesOption, EChartsOption } from 'echarts';
import { FIGURE_STATE_TEXT } from '../../model/figure-state';
import type { FigureStatus, MetricComparison, MetricTotal } from '../../model/types';
import { formatNumber } from '../../model/format';
import { distinctMeasures, unitClass } from '../../model/units';
import { niceScale } from '../axes';
import { LOWER_BOUND_LEGEND, lowerBoundItemStyle, type BarDatum } from '../bar-items';
import { baseOption, chartWidth, keyLegend, LEGEND_BOTTOM_PX, tooltipBase, withSeriesDecals } from '../common';
import { ROLE_COLORS, SOLID_DECAL } from '../palette';
import type { ChartBuildOptions, ChartSpec } from '../types';

export const EXACT_LEGEND = '确数或约数';
const BINS = 10;
const PLOT_PX = 220;
const STACK = 'count';

export interface DistributionBin {
  /** Inclusive lower edge, exclusive upper edge (the last bin includes its upper edge). */
  from: number;
  to: number;
  label: string;
  exact: MetricTotal[];
  lowerBound: MetricTotal[];
}

/** Totals without a value in one state (未报告, 未录入, 数据有误, 无报告): not binned. */
export interface UnvaluedTotals {
  status: Exclude<FigureStatus, 'reported'>;
  /** The state's mark ("未录入"). */
  label: string;
  totals: MetricTotal[];
}

export interface Distribution {
  bins: DistributionBin[];
  valued: number;
  lowerBounds: number;
  /** Totals with a value in one other measure than the chart's unit: not binned. */
  otherMeasures: MetricTotal[];
  /** Their units as written, in order of first appearance. */
  otherUnits: string[];
  /** Totals whose parts count in different measures (a mixed sum): not binned. */
  mixedSums: MetricTotal[];
  /** Every total without a value, by state, in a fixed order; states with none are left out. */
  unvalued: UnvaluedTotals[];
}

const UNVALUED_ORDER: readonly Exclude<FigureStatus, 'reported'>[] = ['not_reported', 'not_entered', 'data_error', 'no_report'];

/** True when the total counts in the measure of `unit` alone (次 and 场次 are one measure). */
function inMeasureOf(total: MetricTotal, unit: string): boolean {
  const measure = unitClass(unit);
  if (total.units.length === 0) return true;
  const measures = distinctMeasures(total.units);
  return measures.length === 1 && unitClass(measures[0]!) === measure;
}

/** Bins of equal width on a nice scale from 0 to the largest stated value. */
export function distributionOf(comparison: MetricComparison): Distribution {
  const totals = comparison.totals.filter((t): t is MetricTotal => t !== undefined && t !== null);
  const withValue = totals.filter((t) => t.figure.value !== null);
  const valued = withValue.filter((t) => inMeasureOf(t, comparison.unit));
  const other = withValue.filter((t) => !inMeasureOf(t, comparison.unit));
  const mixed = other.filter((t) => distinctMeasures(t.units).length > 1);
  const otherSingle = other.filter((t) => distinctMeasures(t.units).length === 1);
  const max = Math.max(0, ...valued.map((t) => t.figure.value!));
  const scale = niceScale(max, BINS);
  const width = scale ? scale.interval : 1;
  const count = scale ? Math.max(1, Math.round(scale.max / scale.interval)) : 1;
  const bins: DistributionBin[] = Array.from({ length: count }, (_, i) => ({
    from: i * width,
    to: (i + 1) * width,
    label: `${formatNumber(i * width)}–${formatNumber((i + 1) * width)}`,
    exact: [],
    lowerBound: [],
  }));
  for (const total of valued) {
    const index = Math.min(count - 1, Math.floor(total.figure.value! / width));
    const bin = bins[index]!;
    (total.figure.bound === 'at_least' ? bin.lowerBound : bin.exact).push(total);
  }
  const unvalued = UNVALUED_ORDER.map((status) => ({
    status,
    label: FIGURE_STATE_TEXT[status],
    totals: totals.filter((t) => t.figure.status === status),
  })).filter((group) => group.totals.length > 0);
  return {
    bins,
    valued: valued.length,
    lowerBounds: valued.filter((t) => t.figure.bound === 'at_least').length,
    otherMeasures: otherSingle,
    otherUnits: [...new Set(otherSingle.flatMap((t) => t.units))],
    mixedSums: mixed,
    unvalued,
  };
}

export function distributionNotes(d: Distribution, noun: string, unit: string): string[] {
  const counted = d.otherMeasures.length + d.mixedSums.length > 0 ? `有按“${unit}”计的数值` : '有数值';
  const notes = [`${d.valued}${noun}${counted}，按合计所在区间计数（区间含下沿，不含上沿）`];
  if (d.lowerBounds > 0) notes.push(`其中${d.lowerBounds}${noun}的合计为下限（≥），按所报数值计入区间，实际可能在更高的区间`);
  const others = [
    d.otherMeasures.length > 0 ? `${d.otherMeasures.length}${noun}按“${d.otherUnits.join('”“')}”计` : '',
    d.mixedSums.length > 0 ? `${d.mixedSums.length}${noun}的合计混有不同单位` : '',
  ].filter(Boolean);
  if (others.length > 0) notes.push(`另有${others.join('、')}，口径不同，不在图中`);
  // Every township without a value is counted here, whatever its state: none silently left out (未录入 too).
  const missing = d.unvalued.map((group) => `${group.label}${group.totals.length}${noun}`);
  if (missing.length > 0) notes.push(`${missing.join('、')}，没有数值，不在图中`);
  return notes;
}

/**
 * Room between the subtitle and the plot for the y-axis name (乡镇/报告),
 * which ECharts draws above the axis: without it the name ran into the last
 * subtitle line (seen on the province's 普法宣传 at three note lines).
 */
export const AXIS_NAME_ROOM_PX = 24;

export function buildDistributionChart(comparison: MetricComparison, options: ChartBuildOptions = {}): ChartSpec {
  const d = distributionOf(comparison);
  const severalYears = new Set(comparison.rows.map((r) => r.year)).size > 1;
  const noun = severalYears ? '份报告' : '个乡镇';
  const title = `${comparison.label}：各${severalYears ? '报告' : '乡镇'}合计的分布`;
  const notes = distributionNotes(d, noun, comparison.unit);
  const aria = `${title}：${d.bins.map((b) => `${b.label}${comparison.unit}有${b.exact.length + b.lowerBound.length}${noun.slice(-2)}${b.lowerBound.length > 0 ? `（其中下限${b.lowerBound.length}）` : ''}`).join('；')}。${notes.join('；')}。`;
  const base = baseOption({ title, notes, options });
  const datum = (list: MetricTotal[], lowerBound: boolean): BarDatum => ({
    value: list.length === 0 ? null : list.length,
    status: 'reported',
    provenance: list.flatMap((t) => t.provenance),
    ...(lowerBound ? { itemStyle: lowerBoundItemStyle(ROLE_COLORS.partA) } : {}),
  });
  const series: BarSeriesOption[] = [
    { type: 'bar', name: EXACT_LEGEND, stack: STACK, barMaxWidth: 40, itemStyle: { color: ROLE_COLORS.partA, decal: SOLID_DECAL }, data: d.bins.map((b) => datum(b.exact, false)) },
    { type: 'bar', name: LOWER_BOUND_LEGEND, stack: STACK, barMaxWidth: 40, itemStyle: lowerBoundItemStyle(ROLE_COLORS.partA), data: d.bins.map((b) => datum(b.lowerBound, true)) },
  ];
  const option: EChartsOption = {
    ...base.option,
    legend: keyLegend([EXACT_LEGEND, LOWER_BOUND_LEGEND]),
    tooltip: { ...tooltipBase('item') },
    grid: { left: 56, right: 24, top: base.top + 8 + AXIS_NAME_ROOM_PX, bottom: LEGEND_BOTTOM_PX + 24 },
    xAxis: { type: 'category', data: d.bins.map((b) => b.label), name: comparison.unit, axisLabel: { interval: 0, rotate: chartWidth(options) < 640 ? 40 : 0, color: ROLE_COLORS.mutedText } },
    yAxis: { type: 'value', name: noun.slice(-2), minInterval: 1, splitLine: { lineStyle: { color: ROLE_COLORS.gridLine } } },
    series: withSeriesDecals(series),
  };
  return {
    id: `distribution:${comparison.metric}`,
    title,
    option,
    height: base.top + AXIS_NAME_ROOM_PX + PLOT_PX + LEGEND_BOTTOM_PX + 24,
    footnotes: notes,
    shownRowKeys: [],
    omittedRowKeys: [],
    ariaDescription: aria,
    sources: d.bins.flatMap((b) => [...b.exact, ...b.lowerBound].flatMap((t) => t.provenance)),
    ...(d.valued === 0 ? { emptyMessage: `${title}：没有可画出的数字。` } : {}),
  };
}
