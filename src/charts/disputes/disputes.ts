// Disputes found vs resolved per township: grouped horizontal bars, sorted by
// disputes found. A township that gives neither shows 未报告 in both slots.

import type { BarSeriesOption, EChartsOption } from 'echarts';
import { formatFigure } from '../../model/format';
import type { DisputeComparison, DisputeRow, MetricComparison, MetricTotal, ProvenanceKey } from '../../model/types';
import { niceScale, rowCategoryAxis, splitNumberFor, valueAxis } from '../axes';
import { figureBarDatum, lowerBoundLegendSeries, LOWER_BOUND_LEGEND } from '../bar-items';
import { baseOption, chartWidth, clickHint, keyLegend, legendExtraPx, plainText, rowGrid, rowTooltip, withSeriesDecals } from '../common';
import { categoryAxisWidth, chartHeightFor } from '../layout';
import { ROLE_COLORS } from '../palette';
import { chooseRows, joinedRestNote, restNotes, emptyChartMessage, rowChartSpec, sortByFigure, spansSeveralYears } from '../rows';
import type { ChartBuildOptions, ChartCitation, ChartSpec } from '../types';
import { disputesAria, disputesFootnotes, disputeTooltip, unitOf } from './disputes-text';

export { LOWER_BOUND_LEGEND };
/** Room right of the longest bar for its label ("≥1.2万起", "未报告（两项均无）"). */
const VALUE_LABEL_RIGHT_PX = 72;

const FOUND_STACK = 'found';

export function buildDisputesChart(disputes: DisputeComparison, options: ChartBuildOptions = {}): ChartSpec {
  // 未报告 in the rest note: silent on both counts (未录入 is not 未报告).
  const silent = (r: DisputeRow) => r.found.figure.status === 'not_reported' && r.resolved.figure.status === 'not_reported';
  const sorted = sortedDisputeRows(disputes);
  const title = disputesTitle(disputes);
  const hasLowerBound = (rows: readonly DisputeRow[]) =>
    rows.some((r) => r.found.figure.bound === 'at_least' || r.resolved.figure.bound === 'at_least');
  const legendNames = (lowerBound: boolean) => [disputes.found.label, disputes.resolved.label, ...(lowerBound ? [LOWER_BOUND_LEGEND] : [])];
  // Room for the key as it may wrap, reserved before the rows are chosen (it can only be shorter).
  const legendExtra = legendExtraPx(legendNames(hasLowerBound(disputes.rows)), options);
  const choice = chooseRows(sorted, {
    options,
    title,
    notes: [...disputes.found.flags, ...disputes.resolved.flags]
      .filter((f) => f.kind === 'units_differ_across_townships')
      .map((f) => f.note),
    isNotReported: silent,
    severalYears: spansSeveralYears(disputes.rows.map((r) => r.row)),
    order: `图中按${disputes.found.label}从多到少排列（此项无数值的按${disputes.resolved.label}；“≥”按所报数值，两项都无数值的在后）`,
    heightFor: (rows, noteLines) =>
      chartHeightFor(rows, noteLines, { ...options, grouped: true }) + legendExtra,
  });
  const { shown, notes } = choice;

  const aria = disputesAria(title, shown, disputes, joinedRestNote(choice));
  const base = baseOption({ title, notes, options });

  const width = chartWidth(options);
  const labels = shown.map((r) => plainText(r.row.label));
  const left = categoryAxisWidth(labels, width);
  const plotWidth = Math.max(100, width - left - VALUE_LABEL_RIGHT_PX);
  const maxCount = Math.max(0, ...shown.flatMap((r) => [r.found.figure.value ?? 0, r.resolved.figure.value ?? 0]));
  const scale = niceScale(maxCount, splitNumberFor(plotWidth), 1);

  const countSeries = (
    comparison: MetricComparison,
    pick: (r: DisputeRow) => MetricTotal,
    color: string,
    isFirst: boolean,
  ): BarSeriesOption => ({
    type: 'bar',
    name: comparison.label,
    barMaxWidth: 12,
    // Label centres 16.8 px apart (12 px bars, a 4.8 px gap): two 12 px value labels of close values do not touch.
    barGap: '40%',
    // A stack of its own, shared with the key's legend-only series: a series with no data still takes a
    // bar slot of every row unless it stacks onto one (it made the bars thin and their labels overlap).
    stack: isFirst ? FOUND_STACK : 'resolved',
    itemStyle: { color },
    data: shown.map((r) => {
      const total = pick(r);
      // A row silent on both gets one 未报告 (two would overlap in the thin slots).
      if (silent(r) && !isFirst) return null;
      return figureBarDatum(total.figure, plainText(unitOf(total, comparison)), color, {
        provenance: total.provenance,
        rowKey: r.row.key,
      }, silent(r) ? `${formatFigure(total.figure, '')}（两项均无）` : undefined);
    }),
  });

  const series: BarSeriesOption[] = [
    countSeries(disputes.found, (r) => r.found, ROLE_COLORS.found, true),
    countSeries(disputes.resolved, (r) => r.resolved, ROLE_COLORS.resolved, false),
    ...(hasLowerBound(shown) ? [lowerBoundLegendSeries(ROLE_COLORS.mutedText, FOUND_STACK)] : []),
  ];

  const hint = clickHint(options);
  const option: EChartsOption = {
    ...base.option,
    grid: rowGrid(left, VALUE_LABEL_RIGHT_PX, base, legendExtra),
    legend: keyLegend(series.map((s) => s.name as string)),
    tooltip: rowTooltip(shown, (row) => disputeTooltip(row, disputes, hint)),
    xAxis: valueAxis({ plotWidthPx: plotWidth, name: disputes.found.unit, compact: true, min: 0, minInterval: 1, ...scale }),
    yAxis: rowCategoryAxis(labels, left),
    series: withSeriesDecals(series),
  };

  // One figure per row for the empty check: a row has something to draw when either count has a value.
  const empty = emptyChartMessage(
    title,
    disputes.rows.map((r) => {
      const both = [r.found.figure, r.resolved.figure];
      return both.find((f) => f.status === 'reported') ?? both.find((f) => f.status === 'data_error') ?? r.found.figure;
    }),
  );
  return rowChartSpec(choice, (r) => r.row.key, {
    id: DISPUTES_ID,
    title,
    option,
    footnotes: disputesFootnotes(shown, disputes, restNotes(choice)),
    ariaDescription: aria,
    ...(empty ? { emptyMessage: empty } : {}),
    sources: disputesSources(shown),
  });
}

/** By disputes found (resolved where found is not given), highest first. */
function sortedDisputeRows(disputes: DisputeComparison): DisputeRow[] {
  return sortByFigure(disputes.rows, (r) => (r.found.figure.status === 'reported' ? r.found.figure : r.resolved.figure));
}

function disputesSources(rows: readonly DisputeRow[]): ProvenanceKey[] {
  return rows.flatMap((r) => [...r.found.provenance, ...r.resolved.provenance, ...r.screeningRounds.provenance]);
}

const DISPUTES_ID = 'disputes';

function disputesTitle(disputes: DisputeComparison): string {
  return `${disputes.found.label}与${disputes.resolved.label}`;
}

export function disputesChartCitation(disputes: DisputeComparison): ChartCitation {
  return { id: DISPUTES_ID, title: disputesTitle(disputes), sources: disputesSources(sortedDisputeRows(disputes)) };
}
