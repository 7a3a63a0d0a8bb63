// Editing a data CSV as text, so that every existing row keeps its exact
// content and place: new records are appended in the file's own column
// order, records of one report can be cut out whole (a quoted cell may span
// lines), and the file is written back as UTF-8 with a BOM (Excel and WPS
// need it to read Chinese) and its own line ends. Cells are quoted when
// they hold a comma, a quote or a line break — and never prefixed with "'"
// against spreadsheet formulas: the loader reads cells verbatim, and a quote
// must stay exactly the report's words (see README.md beside this file).

import Papa from 'papaparse';
import { decodeReport, parseCsv } from '../data/index';

export interface CsvFileText {
  /** Text without BOM, with \n line ends. */
  text: string;
  /** The file used \r\n line ends (Excel on Windows): written back the same way. */
  crlf: boolean;
}

export const UTF8_BOM = '\uFEFF';
const encoder = new TextEncoder();

function hasCrlf(bytes: Uint8Array): boolean {
  for (let i = 1; i < bytes.length; i++) if (bytes[i] === 0x0a) return bytes[i - 1] === 0x0d;
  return false;
}

/** Decodes a CSV the way the loader does (UTF-8, BOM, GBK); null when it is not readable text. */
export function readCsvFile(file: string, bytes: Uint8Array): CsvFileText | null {
  const { report } = decodeReport(file, bytes);
  return report.text === null ? null : { text: report.text, crlf: hasCrlf(bytes) };
}

/** The file's bytes: BOM, then the text with the file's line ends. */
export function encodeCsvFile(file: CsvFileText): Uint8Array {
  const body = file.crlf ? file.text.replace(/\n/g, '\r\n') : file.text;
  return encoder.encode(UTF8_BOM + body);
}

/** One CSV line (no line end) of the given cells, quoted only where CSV needs it. */
export function csvLine(cells: readonly string[]): string {
  return Papa.unparse([cells.map(String)], { quotes: false, escapeFormulae: false, newline: '\n', header: false });
}

/** The header of a CSV text, lower-cased as the loader matches it; [] when there is none. */
export function headerOfText(text: string, file: string): string[] {
  return parseCsv(text, file).header.map((cell) => cell.toLowerCase());
}

/** A new file's text: the header line only. */
export function newCsvText(header: readonly string[]): string {
  return `${csvLine(header)}\n`;
}

/**
 * Appends records (column → cell) in the order of the file's header. A
 * column the file does not have is left out; a column of the file the
 * record does not name gets an empty cell.
 */
export function appendRecords(text: string, file: string, records: ReadonlyArray<Readonly<Record<string, string>>>): string {
  if (records.length === 0) return text;
  const header = headerOfText(text, file);
  const lines = records.map((record) => csvLine(header.map((column) => record[column] ?? '')));
  const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return `${base}${lines.join('\n')}\n`;
}

export interface RemovedRecords {
  text: string;
  /** 1-based lines (in the original text) where removed records started. */
  lines: number[];
}

/**
 * Cuts out the records for which `matches` holds (cells by lower-cased
 * column). A record runs from its first line to the line before the next
 * record (sound or not), so a quoted cell across lines goes with it and a
 * malformed neighbour stays.
 */
export function removeRecords(text: string, file: string, matches: (cells: Readonly<Record<string, string>>) => boolean): RemovedRecords {
  const parsed = parseCsv(text, file);
  const header = parsed.header.map((cell) => cell.toLowerCase());
  const starts = [...new Set([...parsed.records.map((r) => r.line), ...parsed.problems.flatMap((p) => (p.line === undefined ? [] : [p.line]))])].sort(
    (a, b) => a - b,
  );
  const lines = text.split('\n');
  const drop = new Set<number>();
  const removed: number[] = [];
  for (const record of parsed.records) {
    const cells: Record<string, string> = {};
    header.forEach((column, i) => {
      if (!(column in cells)) cells[column] = record.cells[i] ?? '';
    });
    if (!matches(cells)) continue;
    removed.push(record.line);
    const next = starts.find((line) => line > record.line);
    // The text's last element after the final \n is '' (not a line of its own).
    const end = next === undefined ? lines.length - (text.endsWith('\n') ? 1 : 0) + 1 : next;
    for (let line = record.line; line < end; line++) drop.add(line);
  }
  if (removed.length === 0) return { text, lines: [] };
  const kept = lines.filter((_, i) => !drop.has(i + 1));
  return { text: kept.join('\n'), lines: removed };
}

/** Records of the text whose cells match, as cells by lower-cased column. */
export function findRecords(text: string, file: string, matches: (cells: Readonly<Record<string, string>>) => boolean): Array<{ line: number; cells: Record<string, string> }> {
  const parsed = parseCsv(text, file);
  const header = parsed.header.map((cell) => cell.toLowerCase());
  const found: Array<{ line: number; cells: Record<string, string> }> = [];
  for (const record of parsed.records) {
    const cells: Record<string, string> = {};
    header.forEach((column, i) => {
      if (!(column in cells)) cells[column] = record.cells[i] ?? '';
    });
    if (matches(cells)) found.push({ line: record.line, cells });
  }
  return found;
}
