// Mediation success rate per township, marked as computed (resolved ÷ found,
// only from exact counts of one measure) or as reported by the township; both
// bars appear when both exist. No rate at all → 未报告 in the row.

import type { BarSeriesOption, EChartsOption } from 'echarts';
import { rowNoun } from '../../model/comparability';
import { RATE_NOT_COMPUTED_TEXT } from '../../model/disputes';
import { FOOTNOTE_AT_LEAST, FOOTNOTE_NOT_ENTERED, FOOTNOTE_NOT_REPORTED, formatFigure, formatRate, RATE_KIND_LABEL } from '../../model/format';
import type { DisputeComparison, DisputeRow, Figure, ProvenanceKey, RateFigure, RateNotComputedReason } from '../../model/types';
import { evenInterval, rowCategoryAxis, splitNumberFor, valueAxis } from '../axes';
import { figureErrors, hasDataError, incompleteNote } from '../../model/figure-state';
import { successRateFigure } from '../../model/overview';
import { FOOTNOTE_DATA_ERROR } from '../../model/format';
import {
  dataErrorDatum,
  LOWER_BOUND_LEGEND,
  lowerBoundItemStyle,
  lowerBoundLegendSeries,
  notReportedDatum,
  type BarDatum,
} from '../bar-items';
import { baseOption, chartWidth, clickHint, keyLegend, legendExtraPx, plainText, rowGrid, rowTooltip, withSeriesDecals } from '../common';
import { rateLines } from '../disputes/disputes-text';
import { categoryAxisWidth, chartHeightFor } from '../layout';
import { ROLE_COLORS, SOLID_DECAL, type DecalObject } from '../palette';
import { chooseRows, drawnNames, emptyChartMessage, joinedRestNote, restNotes, rowChartSpec, sortByFigure, spansSeveralYears } from '../rows';
import type { ChartBuildOptions, ChartCitation, ChartSpec } from '../types';

export const COMPUTED_SERIES_NAME = RATE_KIND_LABEL.computed;
export const REPORTED_SERIES_NAME = RATE_KIND_LABEL.reported;
/** Which rate is which: under the title and in the footnotes. */
export const RATE_KINDS_NOTE = `${COMPUTED_SERIES_NAME}仅在两项均为确数且口径相同时计算；${REPORTED_SERIES_NAME}为报告原文给出的比率`;

/** Computed: solid fill. Reported: diagonal hatching. Told apart without colour. */
// White dots on the 报告所述 bars, solid 计算值 bars: the two stay apart in
// greyscale print and for every colour-vision deficiency (green and vermillion
// alone come out as nearly the same grey), and dots are not the diagonal
// hatching that marks a lower bound (≥). Checked by emulation in
// tests/browser/a11y.test.ts.
const REPORTED_DECAL: DecalObject = {
  color: '#FFFFFF',
  symbol: 'circle',
  symbolSize: 1,
  dashArrayX: [[3, 2], [0, 2, 3, 0]],
  dashArrayY: [3, 1],
};
const VALUE_LABEL_RIGHT_PX = 64;

/** The row's rate in its state (model/overview.ts): value, incomplete, 数据有误 or 未报告. */
const headlineFigure = (row: DisputeRow): Figure => successRateFigure(row);

const COMPUTED_STACK = 'computed';

export function buildSuccessRateChart(disputes: DisputeComparison, options: ChartBuildOptions = {}): ChartSpec {
  const title = successRateTitle(disputes);
  const hasLowerBound = (rows: readonly DisputeRow[]) =>
    rows.some((r) => r.reportedRate?.bound === 'at_least' || r.computedRate?.bound === 'at_least');
  const legendNames = (lowerBound: boolean) => [COMPUTED_SERIES_NAME, REPORTED_SERIES_NAME, ...(lowerBound ? [LOWER_BOUND_LEGEND] : [])];
  // Room for the key as it may wrap, reserved before the rows are chosen (it can only be shorter).
  const legendExtra = legendExtraPx(legendNames(hasLowerBound(disputes.rows)), options);
  const choice = chooseRows(byHeadlineRate(disputes), {
    options,
    title,
    notes: [RATE_KINDS_NOTE],
    isNotReported: (r) => headlineFigure(r).status === 'not_reported',
    severalYears: spansSeveralYears(disputes.rows.map((r) => r.row)),
    topAndBottom: true,
    hasValue: (r) => headlineFigure(r).value !== null,
    // Said only when print leaves room for one row and both ends cannot be drawn.
    order: '图中按成功率从高到低排列（“≥”按所报数值，无数值的在后）',
    heightFor: (rows, noteLines) =>
      chartHeightFor(rows, noteLines, { ...options, grouped: true }) + legendExtra,
  });
  const { shown, notes } = choice;
  const restNote = joinedRestNote(choice);

  const aria = `${title}：${shown.map((r) => `${r.row.label}${rateSummary(r)}`).join('；')}。${restNote ? `${restNote}。` : ''}`;
  const base = baseOption({ title, notes, options });

  const width = chartWidth(options);
  const labels = shown.map((r) => plainText(r.row.label));
  const left = categoryAxisWidth(labels, width);

  const rateSeries = (
    name: string,
    color: string,
    decal: DecalObject,
    pick: (r: DisputeRow) => RateFigure | null,
    markNotReported: boolean,
  ): BarSeriesOption => ({
    type: 'bar',
    name,
    barMaxWidth: 12,
    // As in the disputes chart: labels of two close rates do not touch, and the key's
    // legend-only series stacks onto the first series instead of taking a third bar slot.
    barGap: '40%',
    stack: markNotReported ? 'reported' : COMPUTED_STACK,
    itemStyle: { color, decal },
    data: shown.map((r) => {
      const rate = pick(r);
      if (rate) return rateDatum(rate, r, color, rate.kind === 'reported' ? incompleteNote(r.reportedRateTotal.figure) : '');
      // The 未报告 (or 数据有误) mark goes in one slot only, when the row has no rate at all.
      if (markNotReported && !r.headlineRate) {
        const figure = headlineFigure(r);
        return figure.status === 'data_error' ? dataErrorDatum(r.row.key, figure) : notReportedDatum(r.row.key, formatFigure(figure, '%'));
      }
      return null;
    }),
  });

  const series: BarSeriesOption[] = [
    rateSeries(COMPUTED_SERIES_NAME, ROLE_COLORS.computedRate, SOLID_DECAL, (r) => r.computedRate, false),
    rateSeries(REPORTED_SERIES_NAME, ROLE_COLORS.reportedRate, REPORTED_DECAL, (r) => r.reportedRate, true),
    ...(hasLowerBound(shown) ? [lowerBoundLegendSeries(ROLE_COLORS.mutedText, COMPUTED_STACK)] : []),
  ];

  const hint = clickHint(options);
  const option: EChartsOption = {
    ...base.option,
    grid: rowGrid(left, VALUE_LABEL_RIGHT_PX, base, legendExtra),
    legend: keyLegend(series.map((s) => s.name as string)),
    tooltip: rowTooltip(shown, (row) => [plainText(row.row.label), ...rateLines(row, disputes), ...hint].join('\n')),
    xAxis: valueAxis({
      plotWidthPx: width - left - VALUE_LABEL_RIGHT_PX,
      name: '%',
      min: 0,
      max: 100,
      interval: evenInterval(100, splitNumberFor(width - left - VALUE_LABEL_RIGHT_PX)),
    }),
    yAxis: rowCategoryAxis(labels, left),
    series: withSeriesDecals(series),
  };

  const empty = emptyChartMessage(title, disputes.rows.map(headlineFigure));
  return rowChartSpec(choice, (r) => r.row.key, {
    id: SUCCESS_RATE_ID,
    title,
    option,
    footnotes: successRateFootnotes(shown, disputes, restNotes(choice)),
    ariaDescription: aria,
    ...(empty ? { emptyMessage: empty } : {}),
    sources: successRateSources(shown),
  });
}

/** Highest rate first (the headline figure: computed, else reported), 未报告 last. */
function byHeadlineRate(disputes: DisputeComparison): DisputeRow[] {
  return sortByFigure(disputes.rows, headlineFigure);
}

const successRateTitle = (disputes: DisputeComparison) => disputes.reportedRate.label;

function successRateSources(rows: readonly DisputeRow[]): ProvenanceKey[] {
  return rows.flatMap((r) => [...(r.computedRate?.provenance ?? []), ...(r.reportedRate?.provenance ?? [])]);
}

const SUCCESS_RATE_ID = 'success-rate';

export function successRateChartCitation(disputes: DisputeComparison): ChartCitation {
  return { id: SUCCESS_RATE_ID, title: successRateTitle(disputes), sources: successRateSources(byHeadlineRate(disputes)) };
}

function rateDatum(rate: RateFigure, row: DisputeRow, color: string, incomplete: string): BarDatum {
  const errorKeys = incomplete ? figureErrors(row.reportedRateTotal.figure).map((e) => e.key) : [];
  return {
    value: rate.value,
    status: 'reported',
    provenance: [...rate.provenance, ...errorKeys],
    rowKey: row.row.key,
    ...(rate.bound === 'at_least' ? { itemStyle: lowerBoundItemStyle(color) } : {}),
    label: {
      show: true,
      position: 'right',
      formatter: incomplete ? `${formatRate(rate)}，${incomplete}` : formatRate(rate),
      color: incomplete ? ROLE_COLORS.dataError : ROLE_COLORS.text,
    },
  };
}

function rateSummary(row: DisputeRow): string {
  const parts: string[] = [];
  if (row.computedRate) parts.push(`${COMPUTED_SERIES_NAME}${formatRate(row.computedRate)}`);
  if (row.reportedRate) parts.push(`${REPORTED_SERIES_NAME}${formatRate(row.reportedRate)}`);
  return parts.length > 0 ? parts.join('，') : formatFigure(headlineFigure(row), '%');
}

function successRateFootnotes(shown: readonly DisputeRow[], disputes: DisputeComparison, rest: readonly string[]): string[] {
  const notes = [RATE_KINDS_NOTE];
  // Name who has no computed rate and why (missing counts are plain from the 未报告 mark).
  const byReason = new Map<RateNotComputedReason, string[]>();
  for (const r of shown) {
    const reason = r.computedRateMissingReason;
    if (!reason || reason === 'counts_missing') continue;
    byReason.set(reason, [...(byReason.get(reason) ?? []), r.row.label]);
  }
  const noun = rowNoun(disputes.rows.map((r) => r.row));
  for (const [reason, labels] of byReason) notes.push(`${drawnNames(labels, noun, shown.length < disputes.rows.length)}未计算比率：${RATE_NOT_COMPUTED_TEXT[reason]}`);
  if (shown.some((r) => r.reportedRate?.bound === 'at_least' || r.computedRate?.bound === 'at_least')) notes.push(FOOTNOTE_AT_LEAST);
  if (shown.some((r) => headlineFigure(r).status === 'not_reported')) notes.push(FOOTNOTE_NOT_REPORTED);
  if (shown.some((r) => headlineFigure(r).status === 'not_entered')) notes.push(FOOTNOTE_NOT_ENTERED);
  if (shown.some((r) => hasDataError(headlineFigure(r)) || hasDataError(r.reportedRateTotal.figure))) notes.push(FOOTNOTE_DATA_ERROR);
  notes.push(...rest);
  return notes;
}
