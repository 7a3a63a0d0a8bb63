// metrics.csv read on both cores (issue 19). A province's metrics.csv is
// 25 MB and 250,000 rows; reading it was half of the data worker's time. The
// worker splits the bytes at a line break outside quotes and sends the header
// line and the second part to a second worker, which decodes and reads them as
// the same table with its lines shifted, while this one reads the first part
// and the five small files; rows, refused rows and problems are then put
// together in line order. What each row needs alone is done by the worker
// that read it, while the other still reads: the value-in-quote check and the
// packing for the page (MetricsPartRead); only the checks across rows and
// tables are left for after.
//
// The result is always what one reader of the whole file gives (the property
// test in tests/unit/data/read-in-halves.test.ts checks it):
// - a line break (0x0A) is never part of a character in UTF-8, so the parts
//   decode to the two pieces of the whole text; they are put together only
//   when neither part gives the decoder anything to say, and the first part
//   holds everything the decoder judges a whole file by (its first 8 KB, the
//   runs of Chinese that tell mojibake: mojibake.ts startDecidesMojibake);
// - papaparse reads both parts with the line break it guesses for the whole
//   file, and the split is at such a line break ("\r\n" when it reads CRLF);
// - a line break inside a quoted cell (counted wrongly by a stray quote)
//   leaves the first part ending in an open quote, which papaparse reports;
// - the header is line 1 and one line (no quotes; not a line of only commas,
//   which the parser skips), so both parts read the same header;
// - parts are put together only when every problem in either belongs to one
//   data row (a cell, a thousands comma, too few or too many cells) or is the
//   header's, the same in both (a missing note column, an unknown column).
//   Anything about the file (the decoder's warnings: then no part is parsed at
//   all), and any broken quote (whose recovery re-reads the rest of the file),
//   means the whole file is read again by one reader.

import { assembleDataset, type BuildOptions, buildDataset, type DataFileBytes, type MissingReasons, readDataTable, readTablesButMetrics, startProgress } from './build';
import { csvLineBreak } from './csv';
import { decodeBytes } from './decode';
import { BYTE_LIMITS, type ByteLimits } from './file-limit';
import { HALVES_MIN_BYTES } from './halves-size';
import { startDecidesMojibake } from './mojibake';
import { type MetricPart, type PackedMetricRows, packMetricRows, unpackMetricRows } from './packed';
import { linesNotStatingValue } from './quotes';
import { headerOf, metricsSchema } from './schema';
import { readTableText, type TableResult } from './tables';
import type { Dataset, MetricFigure } from './types';

/**
 * The share of metrics.csv this worker reads: it also reads the five small
 * files while the other packs its rows for the journey back.
 */
const HEAD_SHARE = 0.43;

/** The decoder judges a file's kind by its first 8 KB (decode.ts): the first part must hold them. */
const MIN_HEAD_BYTES = 8192;

/** papaparse guesses the line break from the text's first 1,048,576 characters; 4 bytes a character at most. */
const LINE_BREAK_WINDOW_BYTES = 4 * 1024 * 1024 + 4;

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** What the second reader is sent. */
export interface OtherHalf {
  /** The header line's bytes and the second part's. */
  bytes: Uint8Array;
  /** Lines to add to each row's line in `bytes` to get its line in the file. */
  lineOffset: number;
  /** The line break papaparse reads the whole file with. */
  lineBreak: '\n' | '\r\n';
}

export interface MetricsHalves {
  /** The first part, header included, read by this worker. */
  head: Uint8Array;
  other: OtherHalf;
}

/** Characters papaparse guesses the line break from (csvLineBreak). */
const LINE_BREAK_WINDOW_CHARS = 1024 * 1024;

/** Bytes decoded at a time while looking for those characters. */
const DECODE_CHUNK_BYTES = 256 * 1024;

/**
 * The line break papaparse reads the whole file with (csvLineBreak on its
 * decoded text), without decoding the whole file, which cost a prefecture's
 * 4 MB file ≈ 15–20 ms before the second reader could start. papaparse
 * guesses "\r" or "\r\n" only from a "\r" in the text's first 1,048,576
 * characters, and every "\r" the decoder gives is a CR byte among the bytes
 * those characters come from (LINE_BREAK_WINDOW_BYTES): without one it
 * guesses "\n". With one (a file saved by Excel or WPS), only as many bytes
 * are decoded as give those characters: a streaming decoder gives the same
 * text as decoding the bytes at once.
 */
export function guessedLineBreak(bytes: Uint8Array, chunkBytes = DECODE_CHUNK_BYTES): string {
  const window = bytes.subarray(0, LINE_BREAK_WINDOW_BYTES);
  if (!window.includes(CR)) return '\n';
  const decoder = new TextDecoder();
  let text = '';
  for (let at = 0; at < window.length && text.length < LINE_BREAK_WINDOW_CHARS; at += chunkBytes) {
    const end = at + chunkBytes;
    text += decoder.decode(window.subarray(at, end), { stream: end < window.length });
  }
  return csvLineBreak(text);
}

/** metrics.csv's bytes in two parts, or null when it is read whole (small, over the byte limit, odd line breaks). */
export function splitMetricsBytes(bytes: Uint8Array | null, limits: ByteLimits = BYTE_LIMITS, minBytes = HALVES_MIN_BYTES): MetricsHalves | null {
  if (bytes === null || bytes.length < minBytes || bytes.length > limits.read) return null;
  const headerEnd = bytes.indexOf(LF) + 1;
  if (headerEnd === 0) return null;
  // The header must be line 1 and one line: the second reader starts from it. A first line
  // of only commas and spaces is skipped by the parser (the header is then a later line).
  const header = bytes.subarray(0, headerEnd);
  if (header.includes(QUOTE) || !/[^\s,]/.test(new TextDecoder().decode(header))) return null;
  const lineBreak = guessedLineBreak(bytes);
  if (lineBreak !== '\n' && lineBreak !== '\r\n') return null;
  if (lineBreak === '\r\n' && bytes[headerEnd - 2] !== CR) return null;

  // Quotes before each candidate line break, counted once over the file (a stray quote early on
  // makes every later break a candidate: no search may start again from the same place).
  let quotes = 0;
  let nextQuote = bytes.indexOf(QUOTE);
  const quotesBefore = (offset: number): number => {
    while (nextQuote >= 0 && nextQuote < offset) {
      quotes++;
      nextQuote = bytes.indexOf(QUOTE, nextQuote + 1);
    }
    return quotes;
  };
  let at = bytes.indexOf(LF, Math.max(headerEnd, MIN_HEAD_BYTES, Math.floor(bytes.length * HEAD_SHARE)));
  while (at >= 0 && (quotesBefore(at) % 2 !== 0 || (lineBreak === '\r\n' && bytes[at - 1] !== CR))) at = bytes.indexOf(LF, at + 1);
  if (at < 0 || at + 1 >= bytes.length) return null;
  let headLines = 0;
  for (let i = bytes.indexOf(LF); i >= 0 && i <= at; i = bytes.indexOf(LF, i + 1)) headLines++;
  const other = new Uint8Array(headerEnd + bytes.length - (at + 1));
  other.set(header);
  other.set(bytes.subarray(at + 1), headerEnd);
  // The header is line 1 of the second part and its first row line 2: that row is line headLines + 1 of the file.
  return { head: bytes.subarray(0, at + 1), other: { bytes: other, lineOffset: headLines - 1, lineBreak } };
}

/**
 * Reads one part of metrics.csv (either worker); null when the decoder has
 * something to say about it (GBK, UTF-16, mojibake…): the parts cannot be put
 * together then, and reading on would only waste the time.
 */
export function readMetricsPart(
  bytes: Uint8Array,
  lineOffset: number,
  lineBreak: OtherHalf['lineBreak'],
  onProgress?: (fraction: number) => void,
): { table: TableResult<MetricFigure>; decidesMojibake: boolean } | null {
  const decoded = decodeBytes(bytes, metricsSchema.file, { expectedHeader: headerOf(metricsSchema) });
  if (decoded.text === null || decoded.problems.length > 0) return null;
  const table = readTableText(metricsSchema, decoded.text, [], { lineOffset, lineBreak, ...(onProgress ? { onProgress } : {}) });
  return { table, decidesMojibake: startDecidesMojibake(decoded.text) };
}

/**
 * A part of metrics.csv as read, with what is worked out on its rows where
 * they were read (in parallel with the other part) rather than after both:
 * the rows packed for the page (packed.ts), the lines whose value the quote
 * does not state (quotes.ts linesNotStatingValue).
 */
export interface MetricsPartRead {
  table: TableResult<MetricFigure>;
  packed: PackedMetricRows;
  notStated: number[];
}

/** The second part as read, with its rows packed to cross between workers cheaply; null: it cannot be put together. */
export type OtherHalfRead = { rows: PackedMetricRows; rest: Omit<TableResult<MetricFigure>, 'rows'>; notStated: number[] } | null;

/** The second reader's work: the part read, packed, and the buffers to transfer. */
export function readOtherHalf(half: OtherHalf): { read: OtherHalfRead; transfer: ArrayBuffer[] } {
  const part = readMetricsPart(half.bytes, half.lineOffset, half.lineBreak);
  if (!part) return { read: null, transfer: [] };
  const { rows, ...rest } = part.table;
  const { packed, transfer } = packMetricRows(rows);
  return { read: { rows: packed, rest, notStated: linesNotStatingValue(rows) }, transfer };
}

export function unpackOtherHalf(read: OtherHalfRead): MetricsPartRead | null {
  return read && { table: { ...read.rest, rows: unpackMetricRows(read.rows) }, packed: read.rows, notStated: read.notStated };
}

/**
 * The two parts as one table, or null when the whole file must be read by
 * one reader: a problem in either part that is not about one data row, other
 * than the header's own (a missing note column, an unknown column, another
 * separator), which both parts report alike and the table then reports once.
 */
export function mergeHalves<Row>(head: TableResult<Row>, tail: TableResult<Row>): TableResult<Row> | null {
  if (!head.readable || !tail.readable) return null;
  type Found = TableResult<Row>['problems'][number];
  const ofHeader = (problem: Found): boolean => problem.line === 1 && problem.code !== 'broken_quote';
  const ofOneRow = (problem: Found): boolean => problem.line !== undefined && problem.line > 1 && problem.code !== 'broken_quote';
  const headHeader = head.problems.filter(ofHeader);
  const tailHeader = tail.problems.filter(ofHeader);
  // Alike means the same list: an unnamed column used by rows of one part only is not.
  if (JSON.stringify(headHeader) !== JSON.stringify(tailHeader)) return null;
  const tailRows = tail.problems.filter((problem) => !ofHeader(problem));
  if (!head.problems.every((problem) => ofHeader(problem) || ofOneRow(problem)) || !tailRows.every(ofOneRow)) return null;
  return {
    rows: head.rows.concat(tail.rows),
    rejected: head.rejected.concat(tail.rejected),
    readable: true,
    problems: head.problems.concat(tailRows),
    recordCount: head.recordCount + tail.recordCount,
  };
}

/** Gets the second part read elsewhere; null when that reader is gone (then this one reads the whole file). */
export type OtherHalfReader = (half: OtherHalf) => Promise<MetricsPartRead | null>;

/**
 * buildDataset, with the second part of a large metrics.csv read by
 * `readOther` while this reader reads the first part and the other tables.
 */
export async function buildDatasetInHalves(
  files: DataFileBytes,
  missingReasons: MissingReasons,
  options: BuildOptions,
  readOther: OtherHalfReader,
  minBytes = HALVES_MIN_BYTES,
): Promise<{ dataset: Dataset; readInParts: boolean; metricParts?: MetricPart[] }> {
  const halves = splitMetricsBytes(files.metrics, options.byteLimits, minBytes);
  if (halves === null) return { dataset: buildDataset(files, missingReasons, options), readInParts: false };
  const other = readOther(halves.other).catch(() => null);
  const headPart = readMetricsPart(halves.head, 0, halves.other.lineBreak, startProgress(metricsSchema.file, options));
  const rest = readTablesButMetrics(files, missingReasons, options);
  // While the other part is still being read: this part's share of the work after reading.
  const head: MetricsPartRead | null = headPart && {
    table: headPart.table,
    packed: packMetricRows(headPart.table.rows).packed,
    notStated: linesNotStatingValue(headPart.table.rows),
  };
  const tail = head ? await other : null;
  const merged = head && tail && headPart?.decidesMojibake ? mergeHalves(head.table, tail.table) : null;
  if (!head || !tail || !merged) {
    const metrics = readDataTable(metricsSchema, files, missingReasons, options);
    return { dataset: assembleDataset({ ...rest, metrics }), readInParts: false };
  }
  const dataset = assembleDataset({ ...rest, metrics: merged }, { valuesNotStated: new Set([...head.notStated, ...tail.notStated]) });
  const metricParts = [head, tail].map(({ table, packed }) => ({ rows: table.rows, packed }));
  return { dataset, readInParts: true, metricParts };
}
