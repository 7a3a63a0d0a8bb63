// Mediation success rate per township, marked as computed (resolved ÷ found,
// only from exact counts of one unit) or as reported by the township; both
// bars appear when both exist. No rate at all → 未报告 in the row.

import type { BarSeriesOption, EChartsOption } from 'echarts';
import { RATE_NOT_COMPUTED_TEXT } from '../../model/disputes';
import { FOOTNOTE_AT_LEAST, FOOTNOTE_NOT_REPORTED, formatRate, NOT_REPORTED, RATE_KIND_LABEL } from '../../model/format';
import type { DisputeComparison, DisputeRow, Figure, RateFigure } from '../../model/types';
import { lowerBoundItemStyle, type BarDatum } from '../bar-items';
import { baseOption, chartWidth, clickHint, firstParam, plainText, tooltipBase } from '../common';
import { rateLines } from '../disputes/disputes-text';
import { categoryAxisWidth, chartHeightFor, limitRows, maxRowsFor } from '../layout';
import { ROLE_COLORS } from '../palette';
import { omittedNote, sortByFigure, spansSeveralYears } from '../rows';
import type { ChartBuildOptions, ChartSpec } from '../types';

export const COMPUTED_SERIES_NAME = RATE_KIND_LABEL.computed;
export const REPORTED_SERIES_NAME = RATE_KIND_LABEL.reported;
export const LOWER_BOUND_LEGEND = '下限（≥）';

/** Computed: solid fill. Reported: diagonal hatching. Told apart without colour. */
const COMPUTED_DECAL = { symbol: 'none' };
const REPORTED_DECAL = { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 3], rotation: Math.PI / 4 };

function headlineFigure(row: DisputeRow): Figure {
  const rate = row.headlineRate;
  return rate ? { status: 'reported', value: rate.value, bound: rate.bound } : { status: 'not_reported', value: null, bound: null };
}

export function buildSuccessRateChart(disputes: DisputeComparison, options: ChartBuildOptions = {}): ChartSpec {
  const sorted = sortByFigure(disputes.rows, headlineFigure);
  const { shown, omitted } = limitRows(sorted, maxRowsFor(options));
  const rest = omittedNote(
    omitted.length,
    omitted.filter((r) => !r.headlineRate).length,
    spansSeveralYears(disputes.rows.map((r) => r.row)),
  );

  const title = disputes.reportedRate.label;
  const explanation = `${COMPUTED_SERIES_NAME}仅在两项均为确数且口径相同时计算；其余为${REPORTED_SERIES_NAME}`;
  const subtitle = [explanation, ...(rest ? [rest] : [])];
  const aria = `${title}：${shown
    .map((r) => `${r.row.label}${rateSummary(r)}`)
    .join('；')}。${rest ? `${rest}。` : ''}`;
  const base = baseOption({ title, notes: subtitle, ariaDescription: aria, options });

  const width = chartWidth(options);
  const labels = shown.map((r) => plainText(r.row.label));
  const left = categoryAxisWidth(labels, width);
  const anyLowerBound = shown.some((r) => r.reportedRate?.bound === 'at_least' || r.computedRate?.bound === 'at_least');

  const rateSeries = (
    name: string,
    color: string,
    decal: object,
    pick: (r: DisputeRow) => RateFigure | null,
    markNotReported: boolean,
  ): BarSeriesOption => ({
    type: 'bar',
    name,
    barMaxWidth: 12,
    barGap: '20%',
    itemStyle: { color, decal },
    data: shown.map((r) => {
      const rate = pick(r);
      if (rate) return rateDatum(rate, r, color);
      // The 未报告 mark goes in one slot only, when the row has no rate at all.
      if (markNotReported && !r.headlineRate) return notReportedDatum(r);
      return null;
    }),
  });

  const series: BarSeriesOption[] = [
    rateSeries(COMPUTED_SERIES_NAME, ROLE_COLORS.computedRate, COMPUTED_DECAL, (r) => r.computedRate, false),
    rateSeries(REPORTED_SERIES_NAME, ROLE_COLORS.reportedRate, REPORTED_DECAL, (r) => r.reportedRate, true),
    ...(anyLowerBound
      ? [{ type: 'bar' as const, name: LOWER_BOUND_LEGEND, stack: 'legend-only', data: [], itemStyle: lowerBoundItemStyle(ROLE_COLORS.mutedText) }]
      : []),
  ];

  const hint = clickHint(options);
  const option: EChartsOption = {
    ...base.option,
    grid: { left, right: 64, top: base.top + 8, bottom: 56 },
    legend: { bottom: 4, left: 8, selectedMode: false, data: series.map((s) => s.name as string) },
    tooltip: {
      ...tooltipBase('axis'),
      formatter: (params: unknown) => {
        const p = firstParam(params as { dataIndex: number } | { dataIndex: number }[]);
        const row = p ? shown[p.dataIndex] : undefined;
        return row ? [plainText(row.row.label), ...rateLines(row, disputes), ...hint].join('\n') : '';
      },
    },
    xAxis: {
      type: 'value',
      name: '%',
      min: 0,
      max: 100,
      splitLine: { lineStyle: { color: ROLE_COLORS.gridLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: labels,
      axisLabel: { interval: 0, width: left - 8, overflow: 'truncate', color: ROLE_COLORS.text },
    },
    series,
  };

  return {
    id: 'success-rate',
    title,
    option,
    height: chartHeightFor(Math.ceil(shown.length * 1.3), base.noteLines),
    footnotes: successRateFootnotes(shown, rest),
    shownRowKeys: shown.map((r) => r.row.key),
    omittedRowKeys: omitted.map((r) => r.row.key),
    ariaDescription: aria,
    sources: shown.flatMap((r) => [...(r.computedRate?.provenance ?? []), ...(r.reportedRate?.provenance ?? [])]),
  };
}

function rateDatum(rate: RateFigure, row: DisputeRow, color: string): BarDatum {
  return {
    value: rate.value,
    status: 'reported',
    provenance: rate.provenance,
    rowKey: row.row.key,
    ...(rate.bound === 'at_least' ? { itemStyle: lowerBoundItemStyle(color) } : {}),
    label: { show: true, position: 'right', formatter: formatRate(rate), color: ROLE_COLORS.text },
  };
}

function notReportedDatum(row: DisputeRow): BarDatum {
  return {
    value: 0,
    status: 'not_reported',
    provenance: [],
    rowKey: row.row.key,
    label: { show: true, position: 'right', formatter: NOT_REPORTED, color: ROLE_COLORS.notReported },
  };
}

function rateSummary(row: DisputeRow): string {
  const parts: string[] = [];
  if (row.computedRate) parts.push(`${COMPUTED_SERIES_NAME}${formatRate(row.computedRate)}`);
  if (row.reportedRate) parts.push(`${REPORTED_SERIES_NAME}${formatRate(row.reportedRate)}`);
  return parts.length > 0 ? parts.join('，') : NOT_REPORTED;
}

function successRateFootnotes(shown: readonly DisputeRow[], rest: string | null): string[] {
  const notes = [`${COMPUTED_SERIES_NAME}：仅当两项均为确数、单位相同时计算；${REPORTED_SERIES_NAME}：报告原文给出的比率`];
  const reasons = new Set(shown.flatMap((r) => (r.computedRateMissingReason && r.computedRateMissingReason !== 'counts_missing' ? [r.computedRateMissingReason] : [])));
  for (const reason of reasons) notes.push(`部分乡镇未计算比率：${RATE_NOT_COMPUTED_TEXT[reason]}`);
  if (shown.some((r) => r.reportedRate?.bound === 'at_least')) notes.push(FOOTNOTE_AT_LEAST);
  if (shown.some((r) => !r.headlineRate)) notes.push(FOOTNOTE_NOT_REPORTED);
  if (rest) notes.push(rest);
  return notes;
}
