// Draft rows → CSV text in the format of data/metrics.csv and
// data/shortcomings.csv (optionally with a leading `file` column, as the CLI
// prints them). Cells that a spreadsheet would run as a formula (= + - @ tab
// CR at the start) get a leading ' (CWE-1236); numbers stay numbers, so a
// value is never turned into text.

import Papa from 'papaparse';
import type { DraftRow, DraftShortcoming } from './types';

export const METRIC_COLUMNS = ['township_id', 'year', 'metric', 'item', 'value', 'unit', 'bound', 'quote', 'note'] as const;
export const SHORTCOMING_COLUMNS = ['township_id', 'year', 'category', 'quote'] as const;

export type CsvCell = string | number;

export interface CsvOptions {
  /** Prefix ' to text cells a spreadsheet would run as formulas (default true). */
  escapeFormulae?: boolean;
  /** Write the header line (default true). */
  header?: boolean;
}

export function metricRecord(row: DraftRow): CsvCell[] {
  return [row.townshipId, row.year ?? '', row.metric, row.item, row.value, row.unit, row.bound, row.quote, row.note];
}

export function shortcomingRecord(row: DraftShortcoming): CsvCell[] {
  return [row.townshipId, row.year ?? '', row.category, row.quote];
}

/** CSV text (\n line ends, ending with one) for a header and records. */
export function toCsv(columns: readonly string[], records: readonly CsvCell[][], options: CsvOptions = {}): string {
  const { escapeFormulae = true, header = true } = options;
  if (records.length === 0 && !header) return '';
  const text = Papa.unparse(
    { fields: [...columns], data: records.map((r) => [...r]) },
    { escapeFormulae, header, newline: '\n', quotes: false },
  );
  return `${text}\n`;
}

export function metricsCsv(rows: readonly DraftRow[], options: CsvOptions = {}): string {
  return toCsv(METRIC_COLUMNS, rows.map(metricRecord), options);
}

export function shortcomingsCsv(rows: readonly DraftShortcoming[], options: CsvOptions = {}): string {
  return toCsv(SHORTCOMING_COLUMNS, rows.map(shortcomingRecord), options);
}

/** Excel and WPS read a CSV as UTF-8 only when it starts with a BOM. */
export const UTF8_BOM = '\uFEFF';

/** CSV text for a download that a county officer opens in Excel or WPS: BOM, formulae escaped. */
export function csvForSpreadsheet(columns: readonly string[], records: readonly CsvCell[][]): string {
  return UTF8_BOM + toCsv(columns, records, { escapeFormulae: true });
}
