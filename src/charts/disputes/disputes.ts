// Disputes found vs resolved per township: grouped horizontal bars, sorted by
// disputes found. A township that gives neither shows 未报告 in both slots.

import type { BarSeriesOption, EChartsOption } from 'echarts';
import { formatNumber, NOT_REPORTED } from '../../model/format';
import type { DisputeComparison, DisputeRow, MetricComparison, MetricTotal } from '../../model/types';
import { figureBarDatum, lowerBoundItemStyle } from '../bar-items';
import { baseOption, chartWidth, clickHint, firstParam, plainText, tooltipBase } from '../common';
import { categoryAxisWidth, chartHeightFor, limitRows, maxRowsFor } from '../layout';
import { ROLE_COLORS } from '../palette';
import { omittedNote, sortByFigure, spansSeveralYears } from '../rows';
import type { ChartBuildOptions, ChartSpec } from '../types';
import { disputesAria, disputesFootnotes, disputeTooltip, unitOf } from './disputes-text';

export const LOWER_BOUND_LEGEND = '下限（≥，实际可能更多）';

export function buildDisputesChart(disputes: DisputeComparison, options: ChartBuildOptions = {}): ChartSpec {
  const sorted = sortByFigure(disputes.rows, (r) =>
    r.found.figure.status === 'reported' ? r.found.figure : r.resolved.figure,
  );
  const { shown, omitted } = limitRows(sorted, maxRowsFor(options));
  const silent = (r: DisputeRow) =>
    r.found.figure.status === 'not_reported' && r.resolved.figure.status === 'not_reported';
  const rest = omittedNote(
    omitted.length,
    omitted.filter(silent).length,
    spansSeveralYears(disputes.rows.map((r) => r.row)),
  );

  const title = `${disputes.found.label}与${disputes.resolved.label}`;
  const subtitle = [...disputes.found.flags, ...disputes.resolved.flags]
    .filter((f) => f.kind === 'units_differ_across_townships')
    .map((f) => f.note);
  if (rest) subtitle.push(rest);
  const aria = disputesAria(title, shown, disputes, rest);
  const base = baseOption({ title, notes: subtitle, ariaDescription: aria, options });

  const width = chartWidth(options);
  const labels = shown.map((r) => plainText(r.row.label));
  const left = categoryAxisWidth(labels, width);
  const anyLowerBound = shown.some((r) => r.found.figure.bound === 'at_least' || r.resolved.figure.bound === 'at_least');

  const countSeries = (
    comparison: MetricComparison,
    pick: (r: DisputeRow) => MetricTotal,
    color: string,
    isFirst: boolean,
  ): BarSeriesOption => ({
    type: 'bar',
    name: comparison.label,
    barMaxWidth: 12,
    barGap: '20%',
    itemStyle: { color },
    data: shown.map((r) => {
      const total = pick(r);
      // A row silent on both gets one 未报告 (two would overlap in the thin slots).
      if (silent(r) && !isFirst) return null;
      return figureBarDatum(total.figure, plainText(unitOf(total, comparison)), color, {
        provenance: total.provenance,
        rowKey: r.row.key,
      }, silent(r) ? `${NOT_REPORTED}（两项均无）` : undefined);
    }),
  });

  const series: BarSeriesOption[] = [
    countSeries(disputes.found, (r) => r.found, ROLE_COLORS.found, true),
    countSeries(disputes.resolved, (r) => r.resolved, ROLE_COLORS.resolved, false),
    // Legend key only; `stack` keeps it from taking a bar slot.
    ...(anyLowerBound
      ? [{ type: 'bar' as const, name: LOWER_BOUND_LEGEND, stack: 'legend-only', data: [], itemStyle: lowerBoundItemStyle(ROLE_COLORS.mutedText) }]
      : []),
  ];

  const hint = clickHint(options);
  const option: EChartsOption = {
    ...base.option,
    grid: { left, right: 72, top: base.top + 8, bottom: 56 },
    legend: { bottom: 4, left: 8, selectedMode: false, data: series.map((s) => s.name as string) },
    tooltip: {
      ...tooltipBase('axis'),
      formatter: (params: unknown) => {
        const p = firstParam(params as { dataIndex: number } | { dataIndex: number }[]);
        const row = p ? shown[p.dataIndex] : undefined;
        return row ? disputeTooltip(row, disputes, hint) : '';
      },
    },
    xAxis: {
      type: 'value',
      name: disputes.found.unit,
      minInterval: 1,
      splitLine: { lineStyle: { color: ROLE_COLORS.gridLine } },
      axisLabel: { formatter: (v: number) => formatNumber(v, { compact: true }) },
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
    id: 'disputes',
    title,
    option,
    // Two bars per row: a little more room than a single bar.
    height: chartHeightFor(Math.ceil(shown.length * 1.3), base.noteLines),
    footnotes: disputesFootnotes(shown, disputes, rest),
    shownRowKeys: shown.map((r) => r.row.key),
    omittedRowKeys: omitted.map((r) => r.row.key),
    ariaDescription: aria,
    sources: shown.flatMap((r) => [...r.found.provenance, ...r.resolved.provenance, ...r.screeningRounds.provenance]),
  };
}
