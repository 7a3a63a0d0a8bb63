// Outreach comparison (events, people reached, materials): one option per
// metric. Horizontal bars sorted by total, one category row per township;
// each report's parts stacked under their own names.
//
// Design: series = part position (1st, 2nd … part of a report), because item
// names differ between reports; a legend of every item name would be a wall.
// The item name is written inside its segment when it fits and always in the
// tooltip. Parts alternate two tones of one hue, solid, with a white seam. A
// lower-bound part is white with a dashed outline and hatching (an "open"
// end), its name on a white box, and the total reads "≥2153". A last,
// zero-width "合计" series carries the total label at the end of each stack,
// and the 未报告 label at the origin for silent reports.

import type { BarSeriesOption, EChartsOption } from 'echarts';
import { isPercentUnit } from '../../model/metric-ids';
import type { MetricComparison, MetricPart, MetricTotal, ProvenanceKey } from '../../model/types';
import { niceScale, rowCategoryAxis, splitNumberFor, valueAxis } from '../axes';
import { isWithoutRow, openKeys } from '../../model/figure-state';
import {
  insideLabel,
  insideLabelWidthPx,
  INSIDE_LABEL_FONT_PX,
  lowerBoundItemStyle,
  lowerBoundLegendSeries,
  LOWER_BOUND_LEGEND,
  valueLabelColor,
} from '../bar-items';
import { baseOption, chartWidth, clickHint, keyLegend, legendExtraPx, plainText, rowGrid, rowTooltip, withSeriesDecals } from '../common';
import { categoryAxisWidth, chartHeightFor, textWidthPx } from '../layout';
import { ROLE_COLORS, SOLID_DECAL } from '../palette';
import { chooseRows, emptyChartMessage, joinedRestNote, restNotes, rowChartSpec, sortByFigure, spansSeveralYears } from '../rows';
import type { ChartBuildOptions, ChartCitation, ChartDatum, ChartSpec } from '../types';
import { ariaDescription, outreachFootnotes, totalLabel, tooltipText, type OutreachEntry } from './outreach-text';

const STACK = 'total';
export const TOTAL_SERIES_NAME = '合计';
export { LOWER_BOUND_LEGEND };
export const PARTS_LEGEND = '报告所列分项（依次堆叠）';
/** Key of a percent metric: its figure is one value, never a stack of parts. */
export const RATE_LEGEND = '报告所述数值（百分比不相加）';

/**
 * The parts drawn as segments: all of them for a count, only the figure's own
 * part for a percent (non-additive) metric, whose other parts stay in the
 * tooltip and the table — percentages are never stacked into a sum.
 */
function drawnParts(total: MetricTotal): MetricPart[] {
  return total.nonAdditive ? total.parts.slice(0, 1) : total.parts;
}

export function buildOutreachChart(comparison: MetricComparison, options: ChartBuildOptions = {}): ChartSpec {
  const entries = outreachEntries(comparison);
  const title = outreachTitle(comparison);
  const hasLowerBound = (list: readonly OutreachEntry[]) => list.some((e) => drawnParts(e.total).some((p) => p.bound === 'at_least'));
  const partsLegend = entries.some((e) => e.total.nonAdditive) ? RATE_LEGEND : PARTS_LEGEND;
  const legendNames = (lowerBound: boolean) => [partsLegend, ...(lowerBound ? [LOWER_BOUND_LEGEND] : [])];
  // Room for the key as it may wrap, reserved before the rows are chosen (it can only be shorter).
  const legendExtra = legendExtraPx(legendNames(hasLowerBound(entries)), options);
  const choice = chooseRows(byTotal(entries), {
    options,
    title,
    notes: comparison.flags.filter((f) => f.kind !== 'lower_bounds').map((f) => f.note),
    isNotReported: (e) => e.total.figure.status === 'not_reported',
    severalYears: spansSeveralYears(comparison.rows),
    topAndBottom: true,
    hasValue: (e) => e.total.figure.value !== null,
    // Said only when print leaves room for one row and both ends cannot be drawn.
    order: '图中按合计从多到少排列（“≥”按所报数值，无数值的在后）',
    heightFor: (rows, noteLines) => chartHeightFor(rows, noteLines, options) + legendExtra,
  });
  const { shown, notes } = choice;
  const restNote = joinedRestNote(choice);

  const aria = ariaDescription(title, shown, comparison, restNote);
  const base = baseOption({ title, notes, options });

  const width = chartWidth(options);
  const labels = shown.map((e) => plainText(e.row.label));
  const totalLabels = shown.map((e) => totalLabel(e, comparison));
  const left = categoryAxisWidth(labels, width);
  const right = Math.max(...totalLabels.map((l) => textWidthPx(l, undefined, true)), 40) + 20;
  const plotWidth = Math.max(100, width - left - right);
  const maxTotal = Math.max(0, ...shown.map((e) => e.total.figure.value ?? 0));
  // A percent axis runs to 100 %: 80 % must not fill the plot as if it were everything.
  const percent = isPercentUnit(comparison.unit) && entries.every((e) => e.total.nonAdditive || e.total.figure.status !== 'reported');
  const scale = niceScale(percent ? Math.max(100, maxTotal) : maxTotal, splitNumberFor(plotWidth));
  const pxPerUnit = scale ? plotWidth / scale.max : 0;
  const partCount = Math.max(1, ...shown.map((e) => drawnParts(e.total).length));

  const partSeries: BarSeriesOption[] = Array.from({ length: partCount }, (_, partIndex) => {
    const color = partIndex % 2 === 0 ? ROLE_COLORS.partA : ROLE_COLORS.partB;
    return {
      type: 'bar',
      name: `分项${partIndex + 1}`,
      stack: STACK,
      barMaxWidth: 20,
      // Solid: the aria decals would stripe exact parts and blur them with the hatched ≥ look.
      itemStyle: { color, borderColor: '#FFFFFF', borderWidth: 1, decal: SOLID_DECAL },
      data: shown.map((e) => {
        const part = drawnParts(e.total)[partIndex];
        return part ? partDatum(part, e, { color, darkFill: partIndex % 2 === 0, pxPerUnit }) : null;
      }),
    };
  });

  const totalSeries: BarSeriesOption = {
    type: 'bar',
    name: TOTAL_SERIES_NAME,
    stack: STACK,
    itemStyle: { color: ROLE_COLORS.notReported },
    data: shown.map((e, i) => {
      const { figure } = e.total;
      const silent = isWithoutRow(figure) || figure.status === 'no_report';
      const datum: ChartDatum & { label: object } = {
        value: 0,
        status: figure.status,
        // 数据有误 and an incomplete total open the rows that could not be used too.
        provenance: openKeys(e.total.provenance, figure),
        rowKey: e.row.key,
        label: {
          show: true,
          position: 'right',
          formatter: totalLabels[i] ?? '',
          color: silent ? ROLE_COLORS.notReported : valueLabelColor(figure),
          fontWeight: silent ? 'normal' : 'bold',
        },
      };
      return datum;
    }),
  };

  // Legend-only series (no data): explain the tones and the hatched lower bound.
  const legendSeries: BarSeriesOption[] = [
    { type: 'bar', name: partsLegend, stack: STACK, data: [], itemStyle: { color: ROLE_COLORS.partA, decal: SOLID_DECAL } },
    ...(hasLowerBound(shown) ? [lowerBoundLegendSeries(ROLE_COLORS.partA, STACK)] : []),
  ];

  const hint = clickHint(options);
  const option: EChartsOption = {
    ...base.option,
    grid: rowGrid(left, right, base, legendExtra),
    legend: keyLegend(legendSeries.map((s) => s.name as string)),
    tooltip: rowTooltip(shown, (entry) => tooltipText(entry, comparison, hint)),
    xAxis: valueAxis({ plotWidthPx: plotWidth, name: comparison.unit, compact: true, min: 0, ...scale }),
    yAxis: rowCategoryAxis(labels, left),
    series: withSeriesDecals([...partSeries, totalSeries, ...legendSeries]),
  };

  const empty = emptyChartMessage(title, entries.map((e) => e.total.figure));
  return rowChartSpec(choice, (e) => e.row.key, {
    id: outreachId(comparison),
    title,
    option,
    footnotes: outreachFootnotes(comparison, shown, restNotes(choice)),
    ariaDescription: aria,
    sources: outreachSources(shown),
    ...(empty ? { emptyMessage: empty } : {}),
  });
}

function outreachEntries(comparison: MetricComparison): OutreachEntry[] {
  return comparison.rows.flatMap((row, i) => {
    const total = comparison.totals[i];
    return total ? [{ row, total }] : [];
  });
}

/** Highest total first, 未报告 last (sortByFigure). */
function byTotal(entries: readonly OutreachEntry[]): OutreachEntry[] {
  return sortByFigure(entries, (e) => e.total.figure);
}

function outreachSources(entries: readonly OutreachEntry[]): ProvenanceKey[] {
  return entries.flatMap((e) => e.total.provenance);
}

const outreachId = (comparison: MetricComparison) => `outreach:${comparison.metric}`;
const outreachTitle = (comparison: MetricComparison) => comparison.label + (comparison.unit ? `（${comparison.unit}）` : '');

export function outreachChartCitation(comparison: MetricComparison): ChartCitation {
  return { id: outreachId(comparison), title: outreachTitle(comparison), sources: outreachSources(byTotal(outreachEntries(comparison))) };
}

function partDatum(
  part: MetricPart,
  entry: OutreachEntry,
  ground: { color: string; darkFill: boolean; pxPerUnit: number },
): ChartDatum & { itemStyle?: object; label?: object } {
  const itemName = plainText(part.item);
  const fits = part.value * ground.pxPerUnit >= insideLabelWidthPx(textWidthPx(itemName, INSIDE_LABEL_FONT_PX));
  const lowerBound = part.bound === 'at_least';
  return {
    value: part.value,
    status: 'reported',
    provenance: [part.key],
    rowProvenance: entry.total.provenance,
    rowKey: entry.row.key,
    ...(lowerBound ? { itemStyle: lowerBoundItemStyle(ground.color) } : {}),
    ...(fits ? { label: insideLabel(itemName, { color: ground.color, hatched: lowerBound, darkFill: ground.darkFill }) } : {}),
  };
}
