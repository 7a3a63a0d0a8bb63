// Outreach comparison (events, people reached, materials): one option per
// metric. Horizontal bars sorted by total, one category row per township;
// each report's parts stacked under their own names.
//
// Design: series = part position (1st, 2nd … part of a report), because item
// names differ between reports; a legend of every item name would be a wall.
// The item name is written inside its segment when it fits and always in the
// tooltip. Parts alternate two tones of one hue. A lower-bound part is white
// with a dashed outline and hatching (an "open" end), and the total reads
// "≥2153". A last, zero-width "合计" series carries the total label at the
// end of each stack, and the 未报告 label at the origin for silent reports.

import type { BarSeriesOption, EChartsOption } from 'echarts';
import { formatNumber } from '../../model/format';
import type { MetricComparison, MetricPart } from '../../model/types';
import { baseOption, chartWidth, clickHint, firstParam, plainText, tooltipBase } from '../common';
import { categoryAxisWidth, chartHeightFor, limitRows, maxRowsFor, textWidthPx } from '../layout';
import { lowerBoundDecal, ROLE_COLORS } from '../palette';
import { omittedNote, sortByFigure, spansSeveralYears } from '../rows';
import type { ChartBuildOptions, ChartDatum, ChartSpec } from '../types';
import { ariaDescription, outreachFootnotes, totalLabel, tooltipText, type OutreachEntry } from './outreach-text';

const STACK = 'total';
export const TOTAL_SERIES_NAME = '合计';
export const LOWER_BOUND_LEGEND = '下限（≥，实际可能更多）';
export const PARTS_LEGEND = '报告所列分项（依次堆叠）';

export function buildOutreachChart(comparison: MetricComparison, options: ChartBuildOptions = {}): ChartSpec {
  const entries: OutreachEntry[] = comparison.rows.flatMap((row, i) => {
    const total = comparison.totals[i];
    return total ? [{ row, total }] : [];
  });
  const sorted = sortByFigure(entries, (e) => e.total.figure);
  const { shown, omitted } = limitRows(sorted, maxRowsFor(options));
  const restNote = omittedNote(
    omitted.length,
    omitted.filter((e) => e.total.figure.status === 'not_reported').length,
    spansSeveralYears(comparison.rows),
  );

  const title = comparison.label + (comparison.unit ? `（${comparison.unit}）` : '');
  const subtitleNotes = comparison.flags.filter((f) => f.kind !== 'lower_bounds').map((f) => f.note);
  if (restNote) subtitleNotes.push(restNote);
  const aria = ariaDescription(title, shown, comparison, restNote);
  const base = baseOption({ title, notes: subtitleNotes, ariaDescription: aria, options });

  const width = chartWidth(options);
  const labels = shown.map((e) => plainText(e.row.label));
  const totalLabels = shown.map((e) => totalLabel(e, comparison));
  const left = categoryAxisWidth(labels, width);
  const right = Math.max(...totalLabels.map((l) => textWidthPx(l)), 40) + 16;
  const plotWidth = Math.max(100, width - left - right);
  const maxTotal = Math.max(0, ...shown.map((e) => e.total.figure.value ?? 0));
  const partCount = Math.max(1, ...shown.map((e) => e.total.parts.length));
  const anyLowerBound = shown.some((e) => e.total.parts.some((p) => p.bound === 'at_least'));

  const partSeries: BarSeriesOption[] = Array.from({ length: partCount }, (_, partIndex) => {
    const color = partIndex % 2 === 0 ? ROLE_COLORS.partA : ROLE_COLORS.partB;
    return {
      type: 'bar',
      name: `分项${partIndex + 1}`,
      stack: STACK,
      barMaxWidth: 20,
      itemStyle: { color, borderColor: '#FFFFFF', borderWidth: 1 },
      data: shown.map((e) => {
        const part = e.total.parts[partIndex];
        return part ? partDatum(part, e, color, partIndex, maxTotal, plotWidth) : null;
      }),
    };
  });

  const totalSeries: BarSeriesOption = {
    type: 'bar',
    name: TOTAL_SERIES_NAME,
    stack: STACK,
    itemStyle: { color: ROLE_COLORS.notReported },
    data: shown.map((e, i) => {
      const notReported = e.total.figure.status === 'not_reported';
      const datum: ChartDatum & { label: object } = {
        value: 0,
        status: e.total.figure.status,
        provenance: e.total.provenance,
        rowKey: e.row.key,
        label: {
          show: true,
          position: 'right',
          formatter: totalLabels[i] ?? '',
          color: notReported ? ROLE_COLORS.notReported : ROLE_COLORS.text,
          fontWeight: notReported ? 'normal' : 'bold',
        },
      };
      return datum;
    }),
  };

  // Legend-only series (no data): explain the tones and the hatched lower bound.
  const legendSeries: BarSeriesOption[] = [
    { type: 'bar', name: PARTS_LEGEND, stack: STACK, data: [], itemStyle: { color: ROLE_COLORS.partA } },
    ...(anyLowerBound
      ? [
          {
            type: 'bar' as const,
            name: LOWER_BOUND_LEGEND,
            stack: STACK,
            data: [],
            itemStyle: lowerBoundStyle(ROLE_COLORS.partA),
          },
        ]
      : []),
  ];

  const hint = clickHint(options);
  const option: EChartsOption = {
    ...base.option,
    grid: { left, right, top: base.top + 8, bottom: 56 },
    legend: {
      bottom: 4,
      left: 8,
      selectedMode: false,
      data: legendSeries.map((s) => s.name as string),
    },
    tooltip: {
      ...tooltipBase('axis'),
      formatter: (params: unknown) => {
        const p = firstParam(params as { dataIndex: number } | { dataIndex: number }[]);
        const entry = p ? shown[p.dataIndex] : undefined;
        return entry ? tooltipText(entry, comparison, hint) : '';
      },
    },
    xAxis: {
      type: 'value',
      name: comparison.unit,
      nameGap: 8,
      splitLine: { lineStyle: { color: ROLE_COLORS.gridLine } },
      axisLabel: { formatter: (v: number) => formatNumber(v, { compact: true }) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: labels,
      axisTick: { alignWithLabel: true },
      axisLabel: { interval: 0, width: left - 8, overflow: 'truncate', color: ROLE_COLORS.text },
    },
    series: [...partSeries, totalSeries, ...legendSeries],
  };

  return {
    id: `outreach:${comparison.metric}`,
    title,
    option,
    height: chartHeightFor(shown.length, base.noteLines),
    footnotes: outreachFootnotes(comparison, shown, restNote),
    shownRowKeys: shown.map((e) => e.row.key),
    omittedRowKeys: omitted.map((e) => e.row.key),
    ariaDescription: aria,
    sources: shown.flatMap((e) => e.total.provenance),
  };
}

function lowerBoundStyle(color: string) {
  return {
    color: ROLE_COLORS.lowerBoundFill,
    borderColor: color,
    borderType: 'dashed' as const,
    borderWidth: 1.5,
    decal: lowerBoundDecal(color),
  };
}

function partDatum(
  part: MetricPart,
  entry: OutreachEntry,
  color: string,
  partIndex: number,
  maxTotal: number,
  plotWidth: number,
): ChartDatum & { itemStyle?: object; label?: object; name?: string } {
  const segmentPx = maxTotal > 0 ? (part.value / maxTotal) * plotWidth : 0;
  const itemName = plainText(part.item);
  const fits = segmentPx >= textWidthPx(itemName, 11) + 8;
  const lowerBound = part.bound === 'at_least';
  return {
    value: part.value,
    status: 'reported',
    provenance: [part.key],
    rowProvenance: entry.total.provenance,
    rowKey: entry.row.key,
    ...(lowerBound ? { itemStyle: lowerBoundStyle(color) } : {}),
    ...(fits
      ? {
          label: {
            show: true,
            position: 'inside',
            formatter: itemName,
            fontSize: 11,
            color: lowerBound || partIndex % 2 === 1 ? ROLE_COLORS.text : '#FFFFFF',
            // Over hatching the name needs its own ground to stay legible.
            ...(lowerBound ? { backgroundColor: '#FFFFFF', padding: [1, 3] } : {}),
          },
        }
      : {}),
  };
}
