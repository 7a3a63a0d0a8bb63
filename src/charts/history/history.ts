// 历年变化 (issue 8): one metric, each township a row, one bar per year in
// the row (small multiples along the value axis: read a row to see its
// change). The same items as every bar chart: ≥ hatched, 未报告 in grey at the
// origin, and "无报告" for a year without a report — a gap, never a zero.
// Rows are sorted by their largest figure in any year; the change from the year before
// is in the tooltip and the table.

import type { BarSeriesOption, EChartsOption } from 'echarts';
import { FOOTNOTE_APPROX, FOOTNOTE_AT_LEAST, FOOTNOTE_DATA_ERROR, FOOTNOTE_NOT_ENTERED, FOOTNOTE_NOT_REPORTED, isApproximate, unitOfTotal } from '../../model/format';
import { hasDataError } from '../../model/figure-state';
import { FOOTNOTE_NO_REPORT, NO_REPORT_TEXT, pointText, type HistoryPoint, type MetricHistory, type TownshipHistory } from '../../model/history';
import { niceScale, rowCategoryAxis, splitNumberFor, valueAxis } from '../axes';
import { figureBarDatum, lowerBoundLegendSeries, LOWER_BOUND_LEGEND, notReportedDatum, type BarDatum } from '../bar-items';
import { baseOption, chartWidth, clickHint, keyLegend, legendExtraPx, plainText, rowGrid, rowTooltip, withSeriesDecals } from '../common';
import { categoryAxisWidth, CHART_CHROME_PX, NOTE_LINE_PX, TITLE_PX } from '../layout';
import { SERIES_COLORS, SOLID_DECAL } from '../palette';
import { chooseRows, joinedRestNote, restNotes, rowChartSpec, sortByFigure } from '../rows';
import type { ChartBuildOptions, ChartSpec } from '../types';
import type { Figure } from '../../model/types';

/** On screen, fewer rows than the one-bar charts: each row holds a bar per year. */
export const HISTORY_SCREEN_MAX_ROWS = 20;
const BAR_PX = 10;
const BAR_PITCH_PX = 13;
/** Room right of the longest bar for its label ("≥1.2万人次", "无报告"). */
const VALUE_LABEL_RIGHT_PX = 76;
const STACK_FOR_KEY = 'key';

export function historyRowHeightPx(years: number): number {
  return Math.max(28, years * BAR_PITCH_PX + 12);
}

export function buildHistoryChart(history: MetricHistory, options: ChartBuildOptions = {}): ChartSpec {
  const years = history.years;
  const lastYear = years[years.length - 1];
  // Drawn first: the townships with the largest figure in any year shown, so a
  // township whose last year is not in yet (无报告) still draws by its earlier
  // figures and is never left out below a smaller one (issue 17).
  const sorted = sortByFigure(history.townships, largestFigure);
  const title = `${history.label}（${years.length > 1 ? `${years[0]}—${lastYear}年` : `${lastYear ?? ''}年`}）`;
  const hasLowerBound = (rows: readonly TownshipHistory[]) =>
    rows.some((t) => t.points.some((p) => !p.noReport && p.total.figure.bound === 'at_least'));
  const yearNames = years.map((year) => `${year}年`);
  const legendNames = (lowerBound: boolean) => [...yearNames, ...(lowerBound ? [LOWER_BOUND_LEGEND] : [])];
  const legendExtra = legendExtraPx(legendNames(hasLowerBound(history.townships)), options);
  const rowPx = historyRowHeightPx(years.length);
  const rowOptions: ChartBuildOptions =
    options.maxRows === undefined && !options.forPrint ? { ...options, maxRows: HISTORY_SCREEN_MAX_ROWS } : options;
  const chrome = CHART_CHROME_PX - (options.showTitle === false ? TITLE_PX : 0);
  const choice = chooseRows(sorted, {
    options: rowOptions,
    title,
    notes: history.notes,
    // 未报告 only when some report of the township is silent and none gives a
    // figure: a year without a report is 无报告 and a figure that could not be
    // read is 数据有误, neither is 未报告.
    isNotReported: (t) =>
      t.points.some((p) => !p.noReport) && t.points.every((p) => p.noReport || p.total.figure.status === 'not_reported'),
    // Rows are townships here, whatever the number of years.
    severalYears: false,
    order: '图中按各乡镇历年最大数值从高到低排列（“≥”按所报数值，无数值的在后）',
    heightFor: (rows, noteLines) => chrome + Math.max(1, rows) * rowPx + noteLines * NOTE_LINE_PX + legendExtra,
  });
  const { shown, notes } = choice;

  const aria = historyAria(title, shown, history, joinedRestNote(choice));
  const base = baseOption({ title, notes, options });
  const width = chartWidth(options);
  const labels = shown.map((t) => plainText(t.label));
  const left = categoryAxisWidth(labels, width);
  const plotWidth = Math.max(100, width - left - VALUE_LABEL_RIGHT_PX);
  const maxValue = Math.max(0, ...shown.flatMap((t) => t.points.map((p) => (p.noReport ? 0 : (p.total.figure.value ?? 0)))));
  const scale = niceScale(maxValue, splitNumberFor(plotWidth));

  const yearSeries: BarSeriesOption[] = years.map((year, yearIndex) => {
    const color = SERIES_COLORS[yearIndex % SERIES_COLORS.length] as string;
    return {
      type: 'bar',
      name: `${year}年`,
      barWidth: BAR_PX,
      barGap: '30%',
      // The key's legend-only series stacks onto the first year: a series of its own would take
      // an empty bar slot in every row and push the years off their township's label.
      ...(yearIndex === 0 ? { stack: STACK_FOR_KEY } : {}),
      // Solid: the aria decals would pattern whole years and blur them with the hatched ≥ look.
      itemStyle: { color, decal: SOLID_DECAL },
      data: shown.map((t) => pointDatum(t.points.find((p) => p.year === year), history, color)),
    };
  });
  const keySeries: BarSeriesOption[] = hasLowerBound(shown) ? [lowerBoundLegendSeries('#555555', STACK_FOR_KEY)] : [];

  const hint = clickHint(options);
  const option: EChartsOption = {
    ...base.option,
    grid: rowGrid(left, VALUE_LABEL_RIGHT_PX, base, legendExtra),
    legend: keyLegend(legendNames(hasLowerBound(shown))),
    tooltip: rowTooltip(shown, (t) => historyTooltip(t, history, hint)),
    xAxis: valueAxis({ plotWidthPx: plotWidth, name: history.unit, compact: true, min: 0, ...scale }),
    yAxis: rowCategoryAxis(labels, left),
    series: withSeriesDecals([...yearSeries, ...keySeries]),
  };

  return rowChartSpec(choice, (t) => `${t.township.id}`, {
    id: `history:${history.metric}`,
    title,
    option,
    footnotes: historyFootnotes(history, shown, restNotes(choice)),
    ariaDescription: aria,
    sources: shown.flatMap((t) => t.points.flatMap((p) => p.total.provenance)),
  });
}

/** The largest reported figure of a township over the years shown; 未报告 when none. */
function largestFigure(township: TownshipHistory): Figure {
  let best: Figure = { status: 'not_reported', value: null, bound: null };
  for (const point of township.points) {
    const figure = point.noReport ? null : point.total.figure;
    if (figure && figure.status === 'reported' && (best.value === null || figure.value > best.value)) best = figure;
  }
  return best;
}

function pointDatum(point: HistoryPoint | undefined, history: MetricHistory, color: string): BarDatum | null {
  if (!point) return null;
  // A click on 无报告 opens nothing to quote but still names the township and year.
  if (point.noReport) return notReportedDatum(point.row.key, NO_REPORT_TEXT);
  const unit = unitOfTotal(point.total, history.unit);
  const datum = figureBarDatum(point.total.figure, unit, color, { provenance: point.total.provenance, rowKey: point.row.key });
  return datum.label ? { ...datum, label: { ...datum.label, fontSize: 10 } } : datum;
}

function historyTooltip(township: TownshipHistory, history: MetricHistory, hint: readonly string[]): string {
  const lines = [plainText(township.label), plainText(history.label)];
  for (const point of township.points) {
    const change = point.change && point.change.kind !== 'gap' ? `（较上年：${plainText(point.change.text)}）` : '';
    lines.push(`${point.year}年：${plainText(pointText(point, history.unit))}${change}`);
  }
  lines.push(...hint);
  return lines.join('\n');
}

function historyAria(title: string, shown: readonly TownshipHistory[], history: MetricHistory, restNote: string | null): string {
  const items = shown.map(
    (t) => `${t.label}：${t.points.map((p) => `${p.year}年${pointText(p, history.unit)}`).join('，')}`,
  );
  return `${title}，各乡镇逐年数值：${items.join('；')}。${restNote ? `${restNote}。` : ''}`;
}

function historyFootnotes(history: MetricHistory, shown: readonly TownshipHistory[], rest: readonly string[]): string[] {
  const points = shown.flatMap((t) => t.points);
  const notes = [...history.notes];
  if (points.some((p) => !p.noReport && p.total.figure.bound === 'at_least')) notes.push(FOOTNOTE_AT_LEAST);
  if (points.some((p) => !p.noReport && isApproximate(p.total.figure))) notes.push(FOOTNOTE_APPROX);
  if (points.some((p) => !p.noReport && p.total.figure.status === 'not_reported')) notes.push(FOOTNOTE_NOT_REPORTED);
  if (points.some((p) => !p.noReport && hasDataError(p.total.figure))) notes.push(FOOTNOTE_DATA_ERROR);
  if (points.some((p) => !p.noReport && p.total.figure.status === 'not_entered')) notes.push(FOOTNOTE_NOT_ENTERED);
  if (points.some((p) => p.noReport)) notes.push(FOOTNOTE_NO_REPORT);
  if (history.years.length > 1) notes.push('增减按上下限判断：确数之间给出增减；一方为下限时，只有能确定的才写“增加至少”“减少至少”，否则写“无法判断增减”');
  notes.push(...rest);
  return notes;
}
