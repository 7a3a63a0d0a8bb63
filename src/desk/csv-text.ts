// Editing a data CSV so that every existing row keeps its exact bytes and
// place: new records are appended in the file's own dialect (column order,
// separator , ; or tab, CRLF or LF, UTF-8 or GBK, BOM or none), and the
// records of one report are cut out whole (a quoted cell may span lines) by
// dropping their lines from the original bytes. Only a file the desk cannot
// write back in its own encoding (UTF-16, damaged UTF-8, a character GBK
// lacks) is rewritten, as UTF-8 with a BOM, its rows' content unchanged.
// Cells are quoted where CSV needs it and never prefixed with "'" against
// spreadsheet formulas: the loader reads cells verbatim, and a quote must
// stay exactly the report's words (see README.md beside this file).

import Papa from 'papaparse';
import {
  DATA_FILES,
  decodeReport,
  headerOf,
  metricCatalogSchema,
  metricsSchema,
  parseCsv,
  reportsSchema,
  shortcomingCategoriesSchema,
  shortcomingsSchema,
  townshipsSchema,
} from '../data/index';
import { detectDelimiter, type Delimiter } from '../data/delimiter';
import { encodeGbk } from './gbk';

export interface CsvDialect {
  delimiter: Delimiter;
  lineEnd: '\n' | '\r\n';
  bom: boolean;
  /** 'other': UTF-16 or damaged text the desk cannot append to in place. */
  encoding: 'utf-8' | 'gbk' | 'other';
}

export interface CsvFileText {
  /** Text without BOM, with \n line ends (as the loader reads it). */
  text: string;
  /** The file used \r\n line ends (Excel on Windows). */
  crlf: boolean;
  dialect: CsvDialect;
}

export const UTF8_BOM = '\uFEFF';
const BOM_BYTES = [0xef, 0xbb, 0xbf];
const encoder = new TextEncoder();

/** The documented header of each table, which tells the separator of a file (src/data/delimiter.ts). */
export const TABLE_HEADERS: Readonly<Record<string, readonly string[]>> = {
  [DATA_FILES.townships]: headerOf(townshipsSchema),
  [DATA_FILES.reports]: headerOf(reportsSchema),
  [DATA_FILES.metricCatalog]: headerOf(metricCatalogSchema),
  [DATA_FILES.metrics]: headerOf(metricsSchema),
  [DATA_FILES.shortcomingCategories]: headerOf(shortcomingCategoriesSchema),
  [DATA_FILES.shortcomings]: headerOf(shortcomingsSchema),
};

/** Parse options for the desk: the file's separator, and every record (no row limit: the desk must see every row it keeps). */
function parseOptions(file: string) {
  const options = { expectedHeader: TABLE_HEADERS[file] ?? [], maxRows: Number.POSITIVE_INFINITY };
  return options;
}

function hasBom(bytes: Uint8Array): boolean {
  return BOM_BYTES.every((b, i) => bytes[i] === b);
}

function hasCrlf(bytes: Uint8Array): boolean {
  for (let i = 1; i < bytes.length; i++) if (bytes[i] === 0x0a) return bytes[i - 1] === 0x0d;
  return false;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function encodingOf(body: Uint8Array): CsvDialect['encoding'] {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return 'utf-8';
  } catch {
    // GBK only when writing the decoded text back gives the very same bytes.
    const again = encodeGbk(new TextDecoder('gbk').decode(body));
    return again !== null && sameBytes(again, body) ? 'gbk' : 'other';
  }
}

/** Decodes a CSV the way the loader does (UTF-8, BOM, GBK); null when it is not readable text. */
export function readCsvFile(file: string, bytes: Uint8Array): CsvFileText | null {
  const { report } = decodeReport(file, bytes);
  if (report.text === null) return null;
  const bom = hasBom(bytes);
  const crlf = hasCrlf(bytes);
  const dialect: CsvDialect = {
    delimiter: detectDelimiter(report.text, TABLE_HEADERS[file] ?? []),
    lineEnd: crlf ? '\r\n' : '\n',
    bom,
    encoding: encodingOf(bom ? bytes.subarray(3) : bytes),
  };
  return { text: report.text, crlf, dialect };
}

/** The file's bytes as UTF-8 with a BOM and its line ends (for a new or rewritten file). */
export function encodeCsvFile(file: Pick<CsvFileText, 'text' | 'crlf'>): Uint8Array {
  const body = file.crlf ? file.text.replace(/\n/g, '\r\n') : file.text;
  return encoder.encode(UTF8_BOM + body);
}

/** One CSV line (no line end) of the given cells, quoted only where CSV needs it. */
export function csvLine(cells: readonly string[], delimiter: Delimiter = ','): string {
  return Papa.unparse([cells.map(String)], { quotes: false, escapeFormulae: false, newline: '\n', header: false, delimiter });
}

/** The header of a CSV text, lower-cased as the loader matches it; [] when there is none. */
export function headerOfText(text: string, file: string): string[] {
  return parseCsv(text, file, parseOptions(file)).header.map((cell) => cell.toLowerCase());
}

/** A new file's text: the header line only. */
export function newCsvText(header: readonly string[]): string {
  return `${csvLine(header)}\n`;
}

type Cells = Readonly<Record<string, string>>;

function recordLines(text: string, file: string, records: readonly Cells[], delimiter: Delimiter): string[] {
  const header = headerOfText(text, file);
  return records.map((record) => csvLine(header.map((column) => record[column] ?? ''), delimiter));
}

/**
 * Appends records (column → cell) in the order of the file's header. A
 * column the file does not have is left out; a column of the file the
 * record does not name gets an empty cell.
 */
export function appendRecords(text: string, file: string, records: readonly Cells[]): string {
  if (records.length === 0) return text;
  const lines = recordLines(text, file, records, detectDelimiter(text, TABLE_HEADERS[file] ?? []));
  const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return `${base}${lines.join('\n')}\n`;
}

export interface RemovedRecords {
  text: string;
  /** 1-based lines (in the original text) where removed records started. */
  lines: number[];
  /** Every 1-based line removed (records may span lines). */
  dropped: Set<number>;
}

function cellsOf(header: string[], record: { cells: string[] }): Record<string, string> {
  const cells: Record<string, string> = {};
  header.forEach((column, i) => {
    if (!(column in cells)) cells[column] = record.cells[i] ?? '';
  });
  return cells;
}

/**
 * Cuts out the records for which `matches` holds (cells by lower-cased
 * column). A record runs from its first line to the line before the next
 * record (sound or not), so a quoted cell across lines goes with it and a
 * malformed neighbour stays.
 */
export function removeRecords(text: string, file: string, matches: (cells: Cells) => boolean): RemovedRecords {
  const parsed = parseCsv(text, file, parseOptions(file));
  const header = parsed.header.map((cell) => cell.toLowerCase());
  const starts = [...new Set([...parsed.records.map((r) => r.line), ...parsed.problems.flatMap((p) => (p.line === undefined ? [] : [p.line]))])].sort(
    (a, b) => a - b,
  );
  const lines = text.split('\n');
  const drop = new Set<number>();
  const removed: number[] = [];
  for (const record of parsed.records) {
    if (!matches(cellsOf(header, record))) continue;
    removed.push(record.line);
    const next = starts.find((line) => line > record.line);
    // The text's last element after the final \n is '' (not a line of its own).
    const end = next === undefined ? lines.length - (text.endsWith('\n') ? 1 : 0) + 1 : next;
    for (let line = record.line; line < end; line++) drop.add(line);
  }
  if (removed.length === 0) return { text, lines: [], dropped: drop };
  const kept = lines.filter((_, i) => !drop.has(i + 1));
  return { text: kept.join('\n'), lines: removed, dropped: drop };
}

/** Records of the text whose cells match, as cells by lower-cased column. */
export function findRecords(text: string, file: string, matches: (cells: Cells) => boolean): Array<{ line: number; cells: Record<string, string> }> {
  const parsed = parseCsv(text, file, parseOptions(file));
  const header = parsed.header.map((cell) => cell.toLowerCase());
  const found: Array<{ line: number; cells: Record<string, string> }> = [];
  for (const record of parsed.records) {
    const cells = cellsOf(header, record);
    if (matches(cells)) found.push({ line: record.line, cells });
  }
  return found;
}

/** Every sound record of a table text, its cells in file order (for comparing tables row by row). */
export function tableRecords(text: string, file: string): string[][] {
  return parseCsv(text, file, parseOptions(file)).records.map((r) => r.cells);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function encodeIn(encoding: CsvDialect['encoding'], text: string): Uint8Array | null {
  return encoding === 'gbk' ? encodeGbk(text) : encoding === 'utf-8' ? encoder.encode(text) : null;
}

/**
 * The file after cutting out the records `remove` matches and appending
 * `records`: the bytes of every other line untouched, the new lines in the
 * file's dialect. `bytes` null (or an empty file) starts a new file with the
 * documented header. Null when the bytes are not readable CSV text.
 */
export function editCsvBytes(
  file: string,
  bytes: Uint8Array | null | undefined,
  records: readonly Cells[],
  remove?: (cells: Cells) => boolean,
): Uint8Array | null {
  const header = TABLE_HEADERS[file] ?? [];
  if (!bytes) return encodeCsvFile({ text: appendRecords(newCsvText(header), file, records), crlf: false });
  const read = readCsvFile(file, bytes);
  if (read === null) return null;
  if (read.text.trim() === '') return encodeCsvFile({ text: appendRecords(newCsvText(header), file, records), crlf: read.crlf });
  const { dialect } = read;
  const removed = remove ? removeRecords(read.text, file, remove) : null;
  const body = dialect.bom ? bytes.subarray(3) : bytes;
  const newText = records.length > 0 ? recordLines(read.text, file, records, dialect.delimiter).join(dialect.lineEnd) + dialect.lineEnd : '';
  const newBytes = encodeIn(dialect.encoding, newText);
  // A lone CR (old Mac line end) shifts line numbers between text and bytes: rewrite then.
  const loneCr = /\r(?!\n)/.test(new TextDecoder('latin1').decode(body));
  if (newBytes === null || loneCr) {
    const text = removed ? removed.text : read.text;
    return encodeCsvFile({ text: appendRecords(text, file, records), crlf: read.crlf });
  }
  let kept = body;
  if (removed && removed.dropped.size > 0) {
    const lines: Uint8Array[] = [];
    let start = 0;
    for (let i = 0; i <= body.length; i++) {
      if (i === body.length || body[i] === 0x0a) {
        lines.push(body.subarray(start, i));
        start = i + 1;
      }
    }
    kept = concat(lines.filter((_, i) => !removed.dropped.has(i + 1)).flatMap((line, i) => (i === 0 ? [line] : [new Uint8Array([0x0a]), line])));
  }
  if (records.length === 0 && kept === body) return bytes;
  const needsBreak = newText !== '' && kept.length > 0 && kept[kept.length - 1] !== 0x0a;
  return concat([
    dialect.bom ? new Uint8Array(BOM_BYTES) : new Uint8Array(0),
    kept,
    needsBreak ? encoder.encode(dialect.lineEnd) : new Uint8Array(0),
    newBytes,
  ]);
}
