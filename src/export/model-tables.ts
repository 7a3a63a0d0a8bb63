// Model slices → tables for CSV export: the same numbers the page shows beside
// each chart, in a shape a spreadsheet can compute with (one number per cell,
// its ≥/约/未报告 mark in the next column, the quote and its source beside it).
// Headers are Chinese; nothing here is specific to any township or year.

import { displayText } from '../data/suspicious-text';
import { formatFigure, formatRateFigure, RATE_KIND_LABEL } from '../model/format';
import { RATE_NOT_COMPUTED_TEXT } from '../model';
import type {
  DisputeComparison,
  MetricComparison,
  MetricTotal,
  OverviewCard,
  SelectionRow,
  ShortcomingMatrix,
} from '../model/types';
import type { CsvColumn, CsvRow } from './csv';
import { errorNotes, figureColumns, figureRowCells, roundForCsv } from './figure-cells';
import { dataErrorFigure, NO_REPORT_FIGURE, withErrors } from '../model/figure-state';

export interface CsvTable {
  columns: CsvColumn[];
  rows: CsvRow[];
}

const TOWNSHIP_COLUMNS: CsvColumn[] = [
  { key: 'township', label: '乡镇' },
  { key: 'year', label: '年度' },
];
const SOURCE_COLUMN: CsvColumn = { key: 'sources', label: '来源（数据文件:行）' };

/** Quotes and sources are several per cell: one per line, which Excel shows in the cell. */
const LIST_SEPARATOR = '\n';

function townshipCells(row: SelectionRow | undefined, rowKey: string): CsvRow {
  // The name as shown (bidi/zero-width characters removed: data/suspicious-text.ts).
  return { township: row ? displayText(row.township.name) : rowKey, year: row?.year ?? null };
}

function rowsByKey(rows: readonly SelectionRow[]): Map<string, SelectionRow> {
  return new Map(rows.map((row) => [row.key, row] as const));
}

/** "集中宣讲 ≥25次；入户宣讲 ≥50次". */
function partsText(total: MetricTotal): string {
  return total.parts
    .map((part) => `${part.item} ${formatFigure({ status: 'reported', value: part.value, bound: part.bound }, part.unit)}`)
    .join('；');
}

function quotesText(total: MetricTotal): string {
  return total.parts.map((part) => part.quote).join(LIST_SEPARATOR);
}

/** Rows for townships without a report: named, marked 无报告, every other cell empty. */
function noReportRowsOf(noReport: readonly SelectionRow[], key: string): CsvRow[] {
  return noReport.map((row) => ({ ...townshipCells(row, row.key), ...figureRowCells(key, NO_REPORT_FIGURE) }));
}

/** The notes column: the report's notes, then each row that could not be used (数据有误, file:line, why). */
function notesText(total: MetricTotal): string {
  return [...total.notes, errorNotes(total.figure)].filter((text) => text !== '').join(LIST_SEPARATOR);
}

/**
 * One row per township (and year) for one metric: total, mark, unit, parts,
 * quotes, notes, sources; then the townships without a report, marked 无报告.
 */
export function metricComparisonTable(
  comparison: MetricComparison,
  rows: readonly SelectionRow[],
  noReport: readonly SelectionRow[] = [],
): CsvTable {
  const byKey = rowsByKey(rows);
  const columns: CsvColumn[] = [
    ...TOWNSHIP_COLUMNS,
    ...figureColumns('value', comparison.label),
    { key: 'unit', label: '单位' },
    { key: 'parts', label: '分项' },
    { key: 'quotes', label: '报告原文' },
    { key: 'notes', label: '说明' },
    SOURCE_COLUMN,
  ];
  const tableRows = comparison.totals.map((total) => ({
    ...townshipCells(byKey.get(total.rowKey), total.rowKey),
    ...figureRowCells('value', total.figure),
    unit: total.units.length > 0 ? total.units.join('、') : comparison.unit,
    parts: partsText(total),
    quotes: quotesText(total),
    notes: notesText(total),
    sources: total.provenance.join(LIST_SEPARATOR),
  }));
  return { columns, rows: [...tableRows, ...noReportRowsOf(noReport, 'value')] };
}

/** Found, resolved, the success rate (computed or reported, marked as which) and screening rounds. */
export function disputesTable(disputes: DisputeComparison, noReport: readonly SelectionRow[] = []): CsvTable {
  const columns: CsvColumn[] = [
    ...TOWNSHIP_COLUMNS,
    ...figureColumns('found', disputes.found.label),
    { key: 'found_unit', label: `${disputes.found.label}单位` },
    ...figureColumns('resolved', disputes.resolved.label),
    { key: 'resolved_unit', label: `${disputes.resolved.label}单位` },
    ...figureColumns('rate', `${disputes.reportedRate.label}（%）`),
    { key: 'rate_kind', label: '成功率来源' },
    ...figureColumns('rounds', disputes.screeningRounds.label),
    { key: 'quotes', label: '报告原文' },
    { key: 'notes', label: '说明' },
    SOURCE_COLUMN,
  ];
  const tableRows = disputes.rows.map((dispute) => {
    const rate = dispute.headlineRate;
    const rateErrors = dispute.reportedRateTotal.figure;
    const rateFigure = rate
      ? withErrors(
          { status: 'reported' as const, value: roundForCsv(rate.value), bound: rate.bound },
          rate.kind === 'reported' && rateErrors.status === 'reported' ? (rateErrors.errors ?? []) : [],
          { additive: false },
        )
      : rateErrors.status === 'data_error'
        ? rateErrors
        : null;
    const reason = dispute.computedRateMissingReason;
    const rateKind = rate
      ? RATE_KIND_LABEL[rate.kind] + (rate.kind === 'reported' && reason ? `；${RATE_NOT_COMPUTED_TEXT[reason]}` : '')
      : reason
        ? RATE_NOT_COMPUTED_TEXT[reason]
        : '';
    const totals = [dispute.found, dispute.resolved, dispute.reportedRateTotal, dispute.screeningRounds];
    return {
      ...townshipCells(dispute.row, dispute.row.key),
      ...figureRowCells('found', dispute.found.figure),
      found_unit: dispute.found.units.join('、'),
      ...figureRowCells('resolved', dispute.resolved.figure),
      resolved_unit: dispute.resolved.units.join('、'),
      ...figureRowCells('rate', rateFigure),
      rate_kind: rateKind,
      ...figureRowCells('rounds', dispute.screeningRounds.figure),
      quotes: totals.map(quotesText).filter((text) => text !== '').join(LIST_SEPARATOR),
      notes: totals.map((total) => errorNotes(total.figure)).filter((text) => text !== '').join(LIST_SEPARATOR),
      sources: totals.flatMap((total) => total.provenance).join(LIST_SEPARATOR),
    };
  });
  return { columns, rows: [...tableRows, ...noReportRowsOf(noReport, 'found')] };
}

/** Long format: one row per quote (township, year, category, quote, source). */
export function shortcomingQuotesTable(matrix: ShortcomingMatrix): CsvTable {
  const byKey = rowsByKey(matrix.rows);
  const labelOf = new Map(matrix.categories.map((category) => [category.id, category.label] as const));
  const order = new Map(matrix.rows.map((row, index) => [row.key, index] as const));
  const cells = [...matrix.cells].sort((a, b) => (order.get(a.rowKey) ?? 0) - (order.get(b.rowKey) ?? 0));
  const columns: CsvColumn[] = [
    ...TOWNSHIP_COLUMNS,
    { key: 'category', label: '问题类别' },
    { key: 'quote', label: '报告原文' },
    SOURCE_COLUMN,
  ];
  const tableRows = cells.flatMap((cell) =>
    cell.quotes.map((quote) => ({
      ...townshipCells(byKey.get(cell.rowKey), cell.rowKey),
      category: labelOf.get(cell.categoryId) ?? cell.categoryId,
      quote: quote.quote,
      sources: quote.key,
    })),
  );
  return { columns, rows: tableRows };
}

/** One row per category: how many townships (or reports) mention it, out of how many. */
export function shortcomingRankingTable(matrix: ShortcomingMatrix): CsvTable {
  const byKey = rowsByKey(matrix.rows);
  const columns: CsvColumn[] = [
    { key: 'category', label: '问题类别' },
    { key: 'count', label: '提到的数量' },
    { key: 'out_of', label: '总数' },
    { key: 'townships', label: '提到的乡镇' },
    { key: 'sentence', label: '说明' },
    SOURCE_COLUMN,
  ];
  const tableRows = matrix.ranking.map((rank) => ({
    category: rank.category.label,
    count: rank.rowCount,
    out_of: rank.outOf,
    townships: rank.rowKeys.map((key) => byKey.get(key)?.label ?? key).join('、'),
    sentence: rank.sentence,
    sources: rank.provenance.join(LIST_SEPARATOR),
  }));
  return { columns, rows: tableRows };
}

/**
 * Long format: one row per card figure (township, year, figure, value, mark,
 * unit, shown, notes, sources); a township without a report is one row marked 无报告.
 */
export function overviewTable(cards: readonly OverviewCard[], noReport: readonly SelectionRow[] = []): CsvTable {
  const columns: CsvColumn[] = [
    ...TOWNSHIP_COLUMNS,
    { key: 'label', label: '指标' },
    ...figureColumns('value', '数值'),
    { key: 'unit', label: '单位' },
    { key: 'shown', label: '页面显示' },
    { key: 'notes', label: '说明' },
    SOURCE_COLUMN,
  ];
  const tableRows: CsvRow[] = cards.flatMap((card) =>
    card.figures.map((item) => {
      const figure =
        item.figure.status === 'reported'
          ? { ...item.figure, value: roundForCsv(item.figure.value) }
          : item.figure;
      const shown = item.id === 'success_rate' ? formatRateFigure(item.figure) : formatFigure(item.figure, item.unit);
      return {
        ...townshipCells(card.row, card.row.key),
        label: item.label,
        ...figureRowCells('value', figure),
        unit: item.unit,
        shown,
        notes: errorNotes(item.figure),
        sources: item.provenance.join(LIST_SEPARATOR),
      };
    }),
  );
  // Rows that belong to no figure (unknown metric id): one 数据有误 line per card, never dropped.
  const unplacedRows: CsvRow[] = cards.flatMap((card) =>
    card.unplacedErrors
      ? [
          {
            ...townshipCells(card.row, card.row.key),
            label: '（指标编号不在目录中）',
            ...figureRowCells('value', dataErrorFigure(card.unplacedErrors)),
            shown: formatFigure(dataErrorFigure(card.unplacedErrors), ''),
            notes: errorNotes(dataErrorFigure(card.unplacedErrors)),
          },
        ]
      : [],
  );
  const noReportRows = noReport.map((row) => ({
    ...townshipCells(row, row.key),
    label: '全部指标',
    ...figureRowCells('value', NO_REPORT_FIGURE),
    shown: formatFigure(NO_REPORT_FIGURE, ''),
  }));
  return { columns, rows: [...tableRows, ...unplacedRows, ...noReportRows] };
}
