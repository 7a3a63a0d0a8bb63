// Township × category matrix of the shortcomings each report admits: a grid
// of filled cells. Rows sorted by how many categories they mention; a row
// whose report lists none shows 未报告. Clicking a cell gives its quotes.
//
// The cells are bars, not scatter symbols: the scatter chart's code was ≈ 4 KB
// gzip of the chart view's JS budget (issue 19) for this one chart, and a
// heatmap would need a visualMap for a yes/no value. Each column is a stack of
// its own on a hidden value axis 0…n (column c spans c…c+1): a transparent,
// silent bar up to the cell's left edge, then the cell. barGap −100% lays
// every stack over the same row band. The column names are a category axis
// over the same width, whose split lines are the cell borders.

import type { BarSeriesOption, EChartsOption } from 'echarts';
import { DATA_ERROR, errorText, silentText } from '../../model/figure-state';
import { FOOTNOTE_DATA_ERROR, FOOTNOTE_NOT_ENTERED, FOOTNOTE_NOT_REPORTED, NOT_ENTERED, NOT_REPORTED } from '../../model/format';
import type { FigureError } from '../../model/types';
import type { ProvenanceKey, SelectionRow, ShortcomingCell, ShortcomingMatrix } from '../../model/types';
import { baseOption, chartWidth, clickHint, keyLegend, plainText, quoteLines, tooltipBase, withSeriesDecals } from '../common';
import { categoryAxisWidth, chartHeightFor, rowHeightFor, wrapText } from '../layout';
import { ROLE_COLORS, SOLID_DECAL } from '../palette';
import { chooseRows, joinedRestNote, restNotes, rowChartSpec, spansSeveralYears } from '../rows';
import type { ChartBuildOptions, ChartCitation, ChartDatum, ChartSpec } from '../types';

export const MATRIX_TITLE = '存在问题：乡镇 × 类别';
export const CELL_SERIES_NAME = '提到该类问题';
/** Room for category labels wrapped over up to three lines above the grid. */
const CATEGORY_LABEL_PX = 52;
/** Room for one line of column numbers (phones). */
const NUMBER_LABEL_PX = 20;
const QUOTES_IN_TOOLTIP = 4;
const COLUMN_LABEL_LINES = 3;

interface MatrixRow {
  row: SelectionRow;
  cells: Map<string, ShortcomingCell>;
  /** shortcomings.csv rows of this township that could not be used. */
  errors: FigureError[];
}

/**
 * The mark of a row with no usable cell: 数据有误 when it has rows that could
 * not be used; else 未报告, or 未录入 for a report whose figures were not all
 * entered (its problems may simply not be entered yet).
 */
const silentMark = (r: MatrixRow): string => (r.errors.length > 0 ? DATA_ERROR : silentText(r.row.report));
const isSilent = (r: MatrixRow, mark: string) => r.cells.size === 0 && silentMark(r) === mark;

export function buildShortcomingMatrixChart(matrix: ShortcomingMatrix, options: ChartBuildOptions = {}): ChartSpec {
  const rows = matrixRows(matrix);
  const byKey = new Map(rows.map((r) => [r.row.key, r] as const));

  const categories = matrix.categories;
  const width = chartWidth(options);
  const right = 16;
  // On a phone the columns are too narrow for their names (cut to "法治人才与…"):
  // they are numbered instead, and a key under the chart names each number.
  // Judged with every row's label (the rows drawn are a subset: never wider).
  const numbered = needsNumberedColumns(categories, width - categoryAxisWidth(rows.map((r) => plainText(r.row.label)), width) - right);
  const columnLabelPx = numbered ? NUMBER_LABEL_PX : CATEGORY_LABEL_PX;

  const sorted = byCategoriesMentioned(rows);
  const choice = chooseRows(sorted, {
    options,
    title: MATRIX_TITLE,
    notes: [],
    isNotReported: (r) => isSilent(r, NOT_REPORTED),
    hasValue: (r) => r.cells.size > 0,
    severalYears: spansSeveralYears(matrix.rows),
    order: '图中按所列问题类别数从多到少排列（未列出类别的在后）',
    heightFor: (rowCount, noteLines) => chartHeightFor(rowCount, noteLines, options) + columnLabelPx - 16,
  });
  const { shown, notes } = choice;
  const restNote = joinedRestNote(choice);

  const labels = shown.map((r) => plainText(r.row.label));
  const left = categoryAxisWidth(labels, width);
  const cellWidth = cellWidthFor(categories.length, width - left - right);
  const perLine = charsPerLine(cellWidth);

  const aria = `${MATRIX_TITLE}：${shown
    .map((r) => `${r.row.label}${r.cells.size > 0 ? `提到${categories.filter((c) => r.cells.has(c.id)).map((c) => c.label).join('、')}` : silentMark(r)}`)
    .join('；')}。${restNote ? `${restNote}。` : ''}`;
  const base = baseOption({ title: MATRIX_TITLE, notes, options });

  // Cells: w of a column's width, centred in it (a gap of (1 − w) / 2 each side).
  const cellShare = Math.min(cellWidth - 6, 48) / cellWidth;
  const cellBar = { barWidth: rowHeightFor(options) - 8, barGap: '-100%' } as const;
  const series: BarSeriesOption[] = categories.flatMap((category, categoryIndex): BarSeriesOption[] => {
    const cellOf = (r: MatrixRow) => r.cells.get(category.id);
    const stack = `column-${categoryIndex}`;
    return [
      {
        type: 'bar',
        stack,
        ...cellBar,
        silent: true,
        tooltip: { show: false },
        itemStyle: { color: 'rgba(0,0,0,0)', decal: SOLID_DECAL },
        data: shown.map((r) => (cellOf(r) ? categoryIndex + (1 - cellShare) / 2 : '-')),
      },
      {
        type: 'bar',
        name: CELL_SERIES_NAME,
        stack,
        ...cellBar,
        // No aria stripes, which would only blur the "2条" counts.
        itemStyle: { color: ROLE_COLORS.matrixCell, decal: SOLID_DECAL, borderRadius: 3 },
        data: shown.map((r) => {
          const cell = cellOf(r);
          if (!cell) return '-';
          const datum: ChartDatum & { value: number; label?: object } = {
            value: cellShare,
            status: 'reported',
            provenance: cell.provenance,
            rowKey: r.row.key,
            categoryId: category.id,
            ...(cell.quotes.length > 1
              ? { label: { show: true, position: 'inside', formatter: `${cell.quotes.length}条`, color: '#FFFFFF', fontSize: 11 } }
              : {}),
          };
          return datum;
        }),
      },
    ];
  });
  const silentData = (mark: string, status: 'not_reported' | 'not_entered') =>
    shown.map((r): ChartDatum | '-' => (isSilent(r, mark) ? { value: 0, status, provenance: [], rowKey: r.row.key } : '-'));
  const notReportedData = silentData(NOT_REPORTED, 'not_reported');
  const notEnteredData = silentData(NOT_ENTERED, 'not_entered');
  // A row whose only shortcomings rows could not be used: 数据有误, opening those rows.
  const dataErrorData = shown.map((r): ChartDatum | '-' =>
    r.cells.size > 0 || r.errors.length === 0 ? '-' : { value: 0, status: 'data_error', provenance: r.errors.map((e) => e.key), rowKey: r.row.key },
  );
  series.push(
    silentSeries(NOT_REPORTED, ROLE_COLORS.notReported, notReportedData, cellBar),
    silentSeries(NOT_ENTERED, ROLE_COLORS.notReported, notEnteredData, cellBar),
    silentSeries(DATA_ERROR, ROLE_COLORS.dataError, dataErrorData, cellBar, 'bold'),
  );

  const hint = clickHint(options);
  const option: EChartsOption = {
    ...base.option,
    grid: { left, right, top: base.top + columnLabelPx, bottom: 40 },
    legend: keyLegend([CELL_SERIES_NAME]),
    tooltip: {
      ...tooltipBase('item'),
      formatter: (params: unknown) => {
        const p = params as { data?: ChartDatum };
        const datum = p.data;
        const row = datum?.rowKey ? byKey.get(datum.rowKey) : undefined;
        if (!datum || !row) return '';
        if (datum.status === 'not_reported') {
          return [plainText(row.row.label), '报告没有列出可归类的问题'].join('\n');
        }
        if (datum.status === 'not_entered') {
          return [plainText(row.row.label), '这份报告的内容尚未全部录入，存在的问题可能还没有录入（不是未报告）'].join('\n');
        }
        if (datum.status === 'data_error') {
          return [plainText(row.row.label), `${DATA_ERROR}：`, ...row.errors.map((e) => `  ${plainText(errorText(e))}`), ...hint].join('\n');
        }
        const category = categories.find((c) => c.id === datum.categoryId);
        const cell = datum.categoryId ? row.cells.get(datum.categoryId) : undefined;
        const quotes = cell?.quotes ?? [];
        const lines = [plainText(row.row.label), plainText(category?.label ?? datum.categoryId ?? '')];
        for (const q of quotes.slice(0, QUOTES_IN_TOOLTIP)) lines.push(...quoteLines(q.quote));
        if (quotes.length > QUOTES_IN_TOOLTIP) lines.push(`  另有${quotes.length - QUOTES_IN_TOOLTIP}条`);
        return [...lines, ...hint].join('\n');
      },
    },
    xAxis: [
      {
        type: 'category',
        position: 'top',
        data: categories.map((c, i) => (numbered ? String(i + 1) : columnLabel(plainText(c.label), perLine))),
        axisTick: { show: false },
        axisLine: { show: false },
        splitLine: { show: true, lineStyle: { color: ROLE_COLORS.gridLine } },
        axisLabel: { interval: 0, fontSize: 11, lineHeight: 13, color: ROLE_COLORS.text },
      },
      // Where the bars are placed: column c spans c…c+1, as the category axis above spaces its columns.
      { type: 'value', min: 0, max: Math.max(1, categories.length), show: false },
    ],
    yAxis: {
      type: 'category',
      inverse: true,
      data: labels,
      axisTick: { show: false },
      splitLine: { show: true, lineStyle: { color: ROLE_COLORS.gridLine } },
      axisLabel: { interval: 0, width: left - 8, overflow: 'truncate', color: ROLE_COLORS.text },
    },
    series: withSeriesDecals(series.map((one) => ({ ...one, xAxisIndex: 1 }))),
  };

  const footnotes = ['实心格：该乡镇报告提到此类问题（数字为引文条数）；空格：未提到'];
  if (numbered) footnotes.push(`列号：${categories.map((c, i) => `${i + 1} ${plainText(c.label)}`).join('；')}`);
  if (notReportedData.some(isDatum)) footnotes.push(FOOTNOTE_NOT_REPORTED);
  if (notEnteredData.some(isDatum)) footnotes.push(FOOTNOTE_NOT_ENTERED);
  const withErrors = shown.filter((r) => r.errors.length > 0);
  if (withErrors.length > 0) {
    footnotes.push(FOOTNOTE_DATA_ERROR);
    for (const r of withErrors) {
      footnotes.push(`${r.row.label}另有${r.errors.length}条问题${DATA_ERROR}：${r.errors.map(errorText).join('；')}`);
    }
  }
  if (matrix.unknownCategoryIds.length > 0) {
    footnotes.push(`以下类别不在类别表中，按编号显示：${matrix.unknownCategoryIds.join('、')}`);
  }
  footnotes.push(...restNotes(choice));

  const empty = matrix.cells.length > 0 ? null : emptyMatrixMessage(rows);
  return rowChartSpec(choice, (r) => r.row.key, {
    id: MATRIX_ID,
    title: MATRIX_TITLE,
    option,
    footnotes,
    ariaDescription: aria,
    ...(empty ? { emptyMessage: empty } : {}),
    sources: matrixSources(shown),
  });
}

function matrixRows(matrix: ShortcomingMatrix): MatrixRow[] {
  const errorsOf = new Map(matrix.rowErrors.map((r) => [r.rowKey, r.errors] as const));
  const rows: MatrixRow[] = matrix.rows.map((row) => ({ row, cells: new Map(), errors: errorsOf.get(row.key) ?? [] }));
  const byKey = new Map(rows.map((r) => [r.row.key, r] as const));
  for (const cell of matrix.cells) byKey.get(cell.rowKey)?.cells.set(cell.categoryId, cell);
  return rows;
}

/** Most categories first; ties keep selection order (Array.prototype.sort is stable). */
function byCategoriesMentioned(rows: readonly MatrixRow[]): MatrixRow[] {
  return [...rows].sort((a, b) => b.cells.size - a.cells.size);
}

function matrixSources(rows: readonly MatrixRow[]): ProvenanceKey[] {
  return rows.flatMap((r) => [...r.cells.values()].flatMap((c) => c.provenance));
}

const MATRIX_ID = 'shortcoming-matrix';

export function shortcomingMatrixChartCitation(matrix: ShortcomingMatrix): ChartCitation {
  return { id: MATRIX_ID, title: MATRIX_TITLE, sources: matrixSources(byCategoriesMentioned(matrixRows(matrix))) };
}

const cellWidthFor = (columns: number, plotWidth: number) => Math.max(12, plotWidth / Math.max(1, columns));
/** 12 px characters in a cell, 4 px padding. */
const charsPerLine = (cellWidth: number) => Math.max(2, Math.floor((cellWidth - 4) / 12));

/** True when some category name would not fit its column in COLUMN_LABEL_LINES lines. */
function needsNumberedColumns(categories: ShortcomingMatrix['categories'], plotWidth: number): boolean {
  const perLine = charsPerLine(cellWidthFor(categories.length, plotWidth));
  return categories.some((c) => [...plainText(c.label)].length > perLine * COLUMN_LABEL_LINES);
}

/** A column heading wrapped to the cell width (it fits in COLUMN_LABEL_LINES lines, or the columns are numbered). */
function columnLabel(label: string, perLine: number): string {
  return wrapText(label, perLine).join('\n');
}

/** Instead of an empty grid: no row lists a shortcoming that could be used. */
function emptyMatrixMessage(rows: readonly MatrixRow[]): string {
  if (rows.length === 0) return `${MATRIX_TITLE}：所选范围内没有可比较的报告。`;
  const errors = rows.filter((r) => r.errors.length > 0).length;
  const silent = rows.filter((r) => isSilent(r, NOT_REPORTED)).length;
  const notEntered = rows.filter((r) => isSilent(r, NOT_ENTERED)).length;
  const parts: string[] = [];
  if (silent > 0) parts.push(`${silent === rows.length ? '所选报告均' : `${silent}份报告`}未列出存在的问题（未报告）`);
  if (notEntered > 0) parts.push(`${notEntered === rows.length ? '所选报告' : `${notEntered}份报告`}的内容尚未全部录入（未录入）`);
  if (errors > 0) parts.push(`${errors}份报告的问题数据有误（见表，点击可查看原因）`);
  return `${MATRIX_TITLE}：${parts.join('，')}。`;
}

const isDatum = (d: ChartDatum | '-'): d is ChartDatum => d !== '-';

/**
 * The mark of a row without a usable cell (未报告, 未录入 or 数据有误), drawn on
 * purpose: a bar of no length at the row's left edge that carries the mark as
 * its label (ECharts draws the label of a zero bar).
 */
function silentSeries(
  mark: string,
  color: string,
  data: Array<ChartDatum | '-'>,
  bar: { barWidth: number; barGap: string },
  fontWeight: 'normal' | 'bold' = 'normal',
): BarSeriesOption {
  return {
    type: 'bar',
    name: mark,
    ...bar,
    itemStyle: { color: 'rgba(0,0,0,0)', decal: SOLID_DECAL },
    label: { show: true, position: 'right', distance: 4, formatter: mark, color, ...(fontWeight === 'bold' ? { fontWeight } : {}) },
    data: data as BarSeriesOption['data'],
  };
}
