// Text → CSV records with the file line each record starts on.
//
// In the data worker, lines without a double quote are split by
// plain-lines.ts, as papaparse would split them; papaparse reads the others. It runs without dynamicTyping
// (every cell stays a string; each column has its own rule in schema.ts) and
// without header mode: we read the header row ourselves so that a duplicate
// column is reported instead of renamed (papaparse would turn a second
// "value" into "value_1"), and so that each record's line is exact even when
// quoted cells span lines or empty lines are skipped (papaparse's error `row`
// counts records, not lines).
//
// What people get wrong is recognised here (see FILE-CHECKS.md): another
// separator than the comma, an unclosed double quote that swallows the rest
// of the file (it is reported where it opens and the rows after it are read
// again), a thousands separator written unquoted.
//
// A record whose structure is not sound is never just dropped: it comes back
// in `refused` with the cells that could be read (the thousands-joined row;
// the cells as split; for a broken quote the cells before it), so the table
// reader can tell which township, year and metric it belonged to and the
// model can mark that figure 数据有误 instead of 未报告 (issue 22).

import Papa from 'papaparse';
import { contentLines, lineCounter, linesIgnoringQuotes, nextLineStart, recordStart } from './csv-lines';
import { DELIMITER_NAME, detectDelimiter } from './delimiter';
import type { readPlainLinesFirst } from './plain-lines';
import { csvMessages, makeProblem } from './messages';
import type { Problem } from './types';

export interface CsvRecord {
  /** 1-based line of the file on which the record starts. */
  line: number;
  /** Cells, trimmed. */
  cells: string[];
}

/** A record whose structure is not sound, with the cells that could be read and why it was refused. */
export interface RefusedCsvRecord extends CsvRecord {
  problems: Problem[];
}

export interface ParsedCsv {
  /** Header cells, trimmed; empty when the file has no non-empty line. */
  header: string[];
  /** Records after the header whose structure is sound. */
  records: CsvRecord[];
  /** Records after the header that were refused for their structure, in file order. */
  refused: RefusedCsvRecord[];
  problems: Problem[];
  /** Data records seen after the header, sound or not. */
  recordCount: number;
}

export interface ParseOptions {
  /** The documented header: decides the separator when a file does not use commas. */
  expectedHeader?: readonly string[];
  /** Number columns: "3,350" written there unquoted is a thousands separator, not two cells. */
  numberColumns?: readonly string[];
  /** Called now and then with the share of the text parsed (0–1). */
  onProgress?: (fraction: number) => void;
  /**
   * Given, each sound record goes to it as it is read and `records` stays
   * empty: a province's 250,000 records then never sit in memory twice.
   */
  onRecord?: (record: CsvRecord) => void;
  /** Called with the header as soon as it is read, before any record. */
  onHeader?: (header: string[]) => void;
  /**
   * Added to the line of every record after the header: the text is the
   * header line and a later part of a file (read-in-halves.ts).
   */
  lineOffset?: number;
  /** The line break to read with, instead of papaparse's guess from the text's first megabyte. */
  lineBreak?: '\n' | '\r\n';
  /** False: every line is read by papaparse, even where the plain-line reader is installed (the test that it reads the same). */
  splitPlainLines?: boolean;
}

/** After this many broken quotes the rest of the file is left unread (each recovery re-reads the rest). */
const MAX_RECOVERIES = 100;
const PROGRESS_EVERY = 5000;
const NO_ERRORS: readonly Papa.ParseError[] = [];

type LineBreak = '\n' | '\r\n' | '\r';

/** Excel writes empty cells beyond the header when a cell to the right was once touched: drop them. */
function dropTrailingEmpty(cells: string[], expected: number): string[] {
  return cells.length > expected && cells.slice(expected).every((c) => c === '') ? cells.slice(0, expected) : cells;
}

/**
 * "…,3,350,次,…": a number written with a thousands separator and no quotes
 * splits into cells. Returns the number column and the number as written when
 * joining the groups there gives a row of the right length.
 */
function thousandsSplit(
  cells: string[],
  header: string[],
  numberColumns: readonly string[],
): { column: string; written: string; cells: string[] } | null {
  const expected = header.length;
  for (const column of numberColumns) {
    const at = header.indexOf(column);
    if (at < 0 || !/^\d{1,3}$/.test(cells[at] ?? '')) continue;
    let end = at + 1;
    while (end < cells.length && /^\d{3}$/.test(cells[end]!)) end++;
    if (end < cells.length && /^\d{3}\.\d+$/.test(cells[end]!)) end++;
    if (end === at + 1) continue;
    const joined = [...cells.slice(0, at), cells.slice(at, end).join(''), ...cells.slice(end)];
    const fitted = dropTrailingEmpty(joined, expected);
    if (fitted.length === expected) return { column, written: cells.slice(at, end).join(','), cells: fitted };
  }
  return null;
}

/** The start of the cell where the quote opens, as written (with its quote), to show in the message. */
function excerpt(cell: string): string {
  const firstLine = cell.split('\n', 1)[0]!.replace(/\r$/, '');
  return `"${firstLine.length > 24 ? `${firstLine.slice(0, 24)}…` : firstLine}`;
}

/** The line break papaparse reads `text` with (it guesses from the first megabyte). */
export function csvLineBreak(text: string): string {
  // The delimiter given, papaparse does not guess it as well (parsing the text once per candidate).
  return Papa.parse<string[]>(text.slice(0, 1024 * 1024), { preview: 1, delimiter: ',' }).meta.linebreak;
}

/**
 * The plain-line reader (plain-lines.ts), installed by the data worker, which
 * reads a prefecture's or province's files. The page reads small data with
 * papaparse alone: a county's few hundred rows gain nothing from it, and the
 * page would load it before its first chart (issue 19, the chart view's JS).
 */
let plainLineReader: typeof readPlainLinesFirst | null = null;

export function installPlainLineReader(reader: typeof readPlainLinesFirst): void {
  plainLineReader = reader;
}

export function parseCsv(text: string, file: string, options: ParseOptions = {}): ParsedCsv {
  const { expectedHeader = [], numberColumns = [], onProgress, onRecord, onHeader, lineOffset = 0, lineBreak, splitPlainLines = true } = options;
  const textLineAt = lineCounter(text);
  const problems: Problem[] = [];
  const records: CsvRecord[] = [];
  const refused: RefusedCsvRecord[] = [];
  const refuse = (line: number, cells: string[], problem: Problem): void => {
    problems.push(problem);
    refused.push({ line, cells, problems: [problem] });
  };
  let header: string[] | null = null;
  let recordCount = 0;
  const lineAt = (offset: number): number => textLineAt(offset) + (header === null ? 0 : lineOffset);

  const delimiter = detectDelimiter(text, expectedHeader);
  if (delimiter !== ',') {
    problems.push(makeProblem('warning', 'csv_delimiter', { file, line: 1 }, csvMessages.delimiter(DELIMITER_NAME[delimiter])));
  }
  const blank = delimiter === ',' ? /^[\s,]*$/ : delimiter === ';' ? /^[\s;]*$/ : /^\s*$/;

  // Where reading goes on after an unclosed quote (the next line), or null.
  let restartAt: number | null = null;
  let recoveries = 0;
  let stopped = false;

  /**
   * One record as split, starting at `begin` and ending at `end` (past its
   * line break). False when reading must stop there: a quote that swallowed
   * lines (restartAt or stopped is then set).
   */
  const takeRecord = (raw: string[], errors: readonly Papa.ParseError[], begin: number, end: number): boolean => {
    // One loop rather than map and every (issue 19: once per row of a province's 250,000).
    const cells: string[] = [];
    let allEmpty = true;
    for (let i = 0; i < raw.length; i++) {
      const cell = raw[i]!.trim();
      cells.push(cell);
      if (cell !== '') allEmpty = false;
    }
    // Rows of empty cells (",,,,"), which Excel writes below a table when
    // cells there were once touched, are skipped.
    if (errors.length === 0 && allEmpty) return true;
    const line = lineAt(begin);
    const expected = header?.length ?? 0;
    const quoteError = errors.length > 0 && errors.some((e) => e.type === 'Quotes');
    const trimmed = header === null ? cells : dropTrailingEmpty(cells, expected);
    const fieldsOff = header !== null && trimmed.length !== expected;
    // Only a record of the wrong length can be a quote that swallowed lines.
    const spansLines = fieldsOff && raw.some((cell) => cell.includes('\n'));

    if (header !== null) recordCount++;
    if (onProgress && header !== null && recordCount % PROGRESS_EVERY === 0) onProgress(end / text.length);

    if (quoteError || (spansLines && fieldsOff)) {
      const firstLineEnd = nextLineStart(text, begin);
      const swallowed = contentLines(text, firstLineEnd, end);
      const brokenCell = raw.findIndex((cell) => cell.includes('\n'));
      const brokenAt = brokenCell < 0 ? raw.length - 1 : brokenCell;
      const column = header?.[brokenAt];
      const where = { file, line, ...(column ? { column } : {}) };
      // The cells before the broken one are sound; the broken one up to its line's end.
      const readable = [...cells.slice(0, brokenAt), (raw[brokenAt] ?? '').split('\n', 1)[0]!.trim()];
      if (header === null) {
        // A broken header leaves nothing to map the cells to.
        problems.push(makeProblem('error', 'broken_quote', where, csvMessages.brokenQuoteInHeader()));
        header = [];
        stopped = true;
      } else if (recoveries >= MAX_RECOVERIES) {
        const problem = makeProblem('error', 'broken_quote', where, csvMessages.brokenQuoteGaveUp(swallowed));
        refuse(line, readable, problem);
        // The rest is not parsed again, but each of its lines is still a refused row of its own.
        const rest = linesIgnoringQuotes(text, firstLineEnd, line + 1, delimiter, blank);
        recordCount += rest.length;
        for (const record of rest) refused.push({ ...record, problems: [problem] });
        stopped = true;
      } else {
        recoveries++;
        refuse(line, readable, makeProblem('error', 'broken_quote', where, csvMessages.brokenQuote(excerpt(raw[brokenAt] ?? ''), swallowed, line + 1)));
        if (firstLineEnd < end) restartAt = firstLineEnd;
      }
      return false;
    }
    const otherError = errors.find((e) => e.type !== 'FieldMismatch');
    if (otherError) {
      const problem = makeProblem('error', 'csv_syntax', { file, line }, csvMessages.syntax(otherError.message));
      if (header === null) {
        problems.push(problem);
        header = [];
      } else refuse(line, cells, problem);
      return true;
    }
    if (header === null) {
      header = cells;
      onHeader?.(header);
      return true;
    }
    // Checked first: with an empty last cell, "3,350" still gives a row of
    // the right length once that cell is dropped, and 350 lands in `unit`.
    const split = cells.length > expected ? thousandsSplit(cells, header, numberColumns) : null;
    if (!split && trimmed.length === expected) {
      if (onRecord) onRecord({ line, cells: trimmed });
      else records.push({ line, cells: trimmed });
      return true;
    }
    if (split) {
      refuse(line, split.cells, makeProblem('error', 'thousands_separator', { file, line, column: split.column }, csvMessages.thousands(split.written)));
    } else if (trimmed.length < expected) {
      refuse(line, trimmed, makeProblem('error', 'csv_syntax', { file, line }, csvMessages.tooFewFields(trimmed.length, expected)));
    } else {
      refuse(line, trimmed, makeProblem('error', 'csv_syntax', { file, line }, csvMessages.tooManyFields(trimmed.length, expected)));
    }
    return true;
  };

  /**
   * Reads text[from…] with papaparse, one record after another, to the end or
   * a broken quote; or, when `until` says so after a record (plain lines come
   * again, plain-lines.ts), stops there and returns that record's end.
   */
  const readWithPapaparse = (from: number, newline: LineBreak, until: ((end: number) => boolean) | null): number | null => {
    // meta.cursor is where the previous record ended (past its line break);
    // the next record starts there, after any lines papaparse skipped as empty.
    let previousEnd = from;
    let resumeAt: number | null = null;
    // papaparse drops a byte order mark that starts its text: its offsets are past it.
    const base = text.charCodeAt(from) === 0xfeff ? from + 1 : from;
    Papa.parse<string[]>(text.slice(from), {
      header: false,
      dynamicTyping: false,
      delimiter,
      newline,
      // Lines of empty cells are skipped in takeRecord: papaparse's 'greedy'
      // does the same but joins every row's cells to find them.
      skipEmptyLines: true,
      step(result, parser) {
        const begin = recordStart(text, previousEnd, blank);
        const end = base + result.meta.cursor;
        previousEnd = end;
        if (!takeRecord(result.data, result.errors, begin, end)) parser.abort();
        else if (until?.(end)) {
          resumeAt = end;
          parser.abort();
        }
      },
    });
    return resumeAt;
  };

  // papaparse cannot resume after an unclosed quote: it reads to the end of
  // the file as one cell. takeRecord stops there, reports the line where the
  // quote opens, and reading starts again from the next line.
  let start = 0;
  while (start < text.length && !stopped) {
    restartAt = null;
    // The line break papaparse would read text[start…] with.
    const newline = lineBreak ?? (csvLineBreak(text.slice(start)) as LineBreak);
    if (plainLineReader && splitPlainLines && newline !== '\r') {
      const take = (cells: string[], begin: number, end: number) => takeRecord(cells, NO_ERRORS, begin, end);
      plainLineReader(text, start, { newline, delimiter, blank }, take, (from, until) => readWithPapaparse(from, newline, until));
    } else readWithPapaparse(start, newline, null);
    if (restartAt === null) break;
    start = restartAt;
  }

  return { header: header ?? [], records, refused, problems, recordCount };
}
