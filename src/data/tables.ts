// One data file → typed rows of one table, plus the problems found on the
// way: decoding, CSV structure, header, and each cell by its column's rule.
// A row with any error is left out; the other rows load.

import { hasChineseHeader, renameChineseHeader } from './chinese-headers';
import { type CellResult, plainNumber } from './columns';
import { type CsvRecord, parseCsv } from './csv';
import { decodeBytes } from './decode';
import { BYTE_LIMITS, type ByteLimits, splitAtByteLimit, tailRecords } from './file-limit';
import { cellMessages, csvMessages, fileMessages, makeProblem } from './messages';
import { type ColumnSpec, headerOf, type TableSchema } from './schema';
import type { Problem } from './types';

/** A row left out for a bad cell: its cells as written and its problems (see rejected.ts). */
export interface RejectedRecord {
  source: { file: string; line: number };
  cells: Record<string, string>;
  problems: Problem[];
}

export interface TableResult<Row> {
  rows: Row[];
  /** Rows left out because a cell could not be read. */
  rejected: RejectedRecord[];
  /**
   * False when the file as a whole could not be read (missing, empty, not a
   * CSV, a required column absent): other tables then cannot be checked
   * against it, and should not all fail for one missing file.
   */
  readable: boolean;
  problems: Problem[];
  /** Data records the file holds (read or refused), for "every row was refused" (emptiness.ts). */
  recordCount: number;
}

export interface ReadTableOptions {
  /** Share of the file parsed (0–1), for a progress line on large files. */
  onProgress?: (fraction: number) => void;
  /** The byte limits (limits.ts); tests pass small ones. */
  byteLimits?: ByteLimits;
}

/**
 * Reads one table. `bytes` null means the file could not be fetched or read;
 * `missingReason` then says why (HTTP 404, 网络错误, 文件不存在).
 */
export function readTable<Cells extends object, Row>(
  schema: TableSchema<Cells, Row>,
  bytes: Uint8Array | null,
  missingReason = '文件不存在',
  options: ReadTableOptions = {},
): TableResult<Row> {
  const { file } = schema;
  const expectedHeader = headerOf(schema);
  if (bytes === null) {
    const problem = makeProblem('error', 'file_missing', { file }, fileMessages.missing(missingReason));
    return { rows: [], rejected: [], readable: false, problems: [problem], recordCount: 0 };
  }
  // Past the size limit the rest of the file is not parsed, but each of its
  // lines is still a refused row of its township, year and metric (file-limit.ts).
  const byteLimits = options.byteLimits ?? BYTE_LIMITS;
  const { head, tail } = splitAtByteLimit(bytes, byteLimits);
  const decoded = decodeBytes(head, file, { expectedHeader, maxBytes: byteLimits.read });
  if (decoded.text === null) return { rows: [], rejected: [], readable: false, problems: decoded.problems, recordCount: 0 };
  const beyondLimit = tail && { tail, totalBytes: bytes.length, limit: byteLimits.read, gbk: decoded.problems.some((p) => p.code === 'encoding_gbk') };
  return readTableText(schema, decoded.text, decoded.problems, { onProgress: options.onProgress, beyondLimit });
}

export interface ReadTextOptions {
  onProgress?: (fraction: number) => void;
  /** Added to the line of every row: the text is the header and a later part of the file (read-in-halves.ts). */
  lineOffset?: number;
  /** The line break of the whole file (read-in-halves.ts); papaparse guesses it otherwise. */
  lineBreak?: '\n' | '\r\n';
  /** The bytes past the byte limit, read only for whose rows they are (file-limit.ts). */
  beyondLimit?: { tail: Uint8Array; totalBytes: number; limit: number; gbk: boolean } | null;
}

/** Reads one table from its decoded text; `decodeProblems` are the decoder's, reported first. */
export function readTableText<Cells extends object, Row>(
  schema: TableSchema<Cells, Row>,
  text: string,
  decodeProblems: readonly Problem[],
  options: ReadTextOptions = {},
): TableResult<Row> {
  const { file } = schema;
  const expectedHeader = headerOf(schema);
  type Column = keyof Cells & string;
  const columns = Object.entries(schema.columns) as Array<[Column, ColumnSpec<Cells[Column]>]>;
  const numberColumns = columns.filter(([, spec]) => spec.rule === plainNumber).map(([column]) => column);

  // The header decides, as soon as it is read, whether rows can be read and
  // where each column is; the rows are then read as the parser gives them.
  let layout: HeaderLayout | null = null;
  const rows: Row[] = [];
  const rejected: RejectedRecord[] = [];
  const cellProblems: Problem[] = [];
  let columnPositions: Array<number | undefined> = [];
  // Each column's last cell and what it read as: the rules are pure, and in a
  // province's metrics.csv the township, year, metric and unit repeat from one
  // row to the next (issue 19: 250,000 rows, each a regular expression and a
  // result object per cell). A warning is still reported on every row it is on.
  const lastRaw: Array<string | undefined> = [];
  const lastResult: Array<CellResult<Cells[Column]>> = [];
  const readRecord = (record: CsvRecord): void => {
    if (layout === null) return;
    for (const index of layout.unnamed) if ((record.cells[index] ?? '') !== '') layout.unnamedUsed.add(index);
    if (!layout.usable) return;
    const cells: Partial<Cells> = {};
    // Allocated for a bad row only: a province's file has 250,000 good ones.
    let rowProblems: Problem[] | null = null;
    for (let c = 0; c < columns.length; c++) {
      const [column, spec] = columns[c]!;
      const position = columnPositions[c];
      const raw = position === undefined ? '' : (record.cells[position] ?? '');
      // U+FFFD: a character lost when the file was saved in a wrong encoding (mojibake.ts).
      let result: CellResult<Cells[Column]>;
      if (raw === lastRaw[c]) result = lastResult[c]!;
      else {
        result = raw.includes('\uFFFD') ? { ok: false, code: 'bad_characters', detail: cellMessages.badCharacters() } : spec.rule.parse(raw);
        lastRaw[c] = raw;
        lastResult[c] = result;
      }
      if (result.ok) {
        cells[column] = result.value;
        if (result.warning) cellProblems.push(makeProblem('warning', result.warning.code, { file, line: record.line, column }, result.warning.detail));
      } else {
        const problem = makeProblem('error', result.code, { file, line: record.line, column }, result.detail);
        (rowProblems ??= []).push(problem);
        cellProblems.push(problem);
      }
    }
    const source = { file, line: record.line };
    if (rowProblems === null) rows.push(schema.toRow(cells as Cells, source));
    else {
      // The cells as written, only for a refused row (rejected.ts reads its identity from them).
      const rawCells: Record<string, string> = {};
      columns.forEach(([column], c) => {
        const position = columnPositions[c];
        rawCells[column] = position === undefined ? '' : (record.cells[position] ?? '');
      });
      rejected.push({ source, cells: rawCells, problems: rowProblems });
    }
  };
  const csv = parseCsv(text, file, {
    expectedHeader,
    numberColumns,
    onProgress: options.onProgress,
    lineOffset: options.lineOffset ?? 0,
    ...(options.lineBreak ? { lineBreak: options.lineBreak } : {}),
    onHeader: (header) => {
      layout = headerLayout(header, columns);
      columnPositions = columns.map(([column]) => layout!.positions.get(column));
    },
    onRecord: readRecord,
  });
  const { beyondLimit } = options;
  if (beyondLimit) {
    const { tail, totalBytes, gbk, limit } = beyondLimit;
    const beyond = tailRecords(text, tail, { file, totalBytes, expectedHeader, gbk, limit });
    csv.refused.push(...beyond.refused);
    csv.problems.push(...beyond.problems);
    csv.recordCount += beyond.refused.length;
  }
  const { recordCount } = csv;
  const problems = [...decodeProblems, ...csv.problems];
  if (csv.header.length === 0) {
    if (csv.problems.length === 0) problems.push(makeProblem('error', 'file_empty', { file }, fileMessages.empty(expectedHeader)));
    return { rows: [], rejected: [], readable: false, problems, recordCount };
  }
  const header = (layout as HeaderLayout | null) ?? headerLayout(csv.header, columns);
  const headerLine = { file, line: 1 };
  if (header.chinese) {
    // A header in Chinese: one message that says what each column should be
    // called, instead of one "missing column" per column.
    const { renames, unknown } = renameChineseHeader(schema.key, csv.header);
    const stillMissing = header.missingColumns.filter((column) => !renames.some(([, en]) => en === column));
    problems.push(makeProblem('error', 'header_chinese', headerLine, csvMessages.chineseHeader(renames, unknown, stillMissing, expectedHeader)));
    return { rows: [], rejected: [], readable: false, problems, recordCount };
  }
  csv.header.forEach((name, index) => {
    const column = name.toLowerCase();
    if (column === '') {
      if (header.unnamedUsed.has(index)) problems.push(makeProblem('warning', 'column_unknown', headerLine, csvMessages.columnUnnamed(index + 1)));
    } else if (header.positions.get(column) !== index) {
      problems.push(makeProblem('warning', 'duplicate', { ...headerLine, column }, csvMessages.columnDuplicate(column)));
    } else if (!expectedHeader.includes(column)) {
      problems.push(makeProblem('warning', 'column_unknown', { ...headerLine, column }, csvMessages.columnUnknown(name, expectedHeader)));
    }
  });
  for (const [column, spec] of columns) {
    if (header.positions.has(column)) continue;
    if (spec.optionalColumn) {
      problems.push(makeProblem('warning', 'column_missing', { ...headerLine, column }, csvMessages.optionalColumnMissing(column)));
    } else {
      problems.push(makeProblem('error', 'column_missing', { ...headerLine, column }, csvMessages.columnMissing(column, expectedHeader)));
    }
  }
  // Without a required column no row is complete; the other files still load.
  if (!header.usable) return { rows: [], rejected: [], readable: false, problems, recordCount };
  problems.push(...cellProblems);

  // Rows refused for their structure (a thousands comma, too many or too few
  // cells, a broken quote, past the size limit): their cells by the header's
  // positions, so the leading township_id, year and metric still say whose they are.
  for (const record of csv.refused) {
    const rawCells: Record<string, string> = {};
    for (const [column] of columns) {
      const position = header.positions.get(column);
      rawCells[column] = position === undefined ? '' : (record.cells[position] ?? '');
    }
    rejected.push({ source: { file, line: record.line }, cells: rawCells, problems: record.problems });
  }
  if (csv.refused.length > 0) rejected.sort((a, b) => a.source.line - b.source.line);
  return { rows, rejected, readable: true, problems, recordCount };
}

/** What a header says about reading the rows under it. */
interface HeaderLayout {
  /** Each documented column's position (the first, when a name is repeated). */
  positions: Map<string, number>;
  /** Columns with no name; a warning when any row uses one. */
  unnamed: number[];
  unnamedUsed: Set<number>;
  /** Required columns the header lacks. */
  missingColumns: string[];
  /** A header in Chinese (renamed by chinese-headers.ts in the message). */
  chinese: boolean;
  /** False when a required column is missing: no row is complete. */
  usable: boolean;
}

function headerLayout<Spec extends { optionalColumn?: boolean }>(header: readonly string[], columns: ReadonlyArray<[string, Spec]>): HeaderLayout {
  const positions = new Map<string, number>();
  const unnamed: number[] = [];
  header.forEach((name, index) => {
    const column = name.toLowerCase();
    if (column === '') unnamed.push(index);
    else if (!positions.has(column)) positions.set(column, index);
  });
  const missingColumns = columns.filter(([column, spec]) => !spec.optionalColumn && !header.some((h) => h.toLowerCase() === column)).map(([column]) => column);
  const chinese = missingColumns.length > 0 && hasChineseHeader(header);
  return { positions, unnamed, unnamedUsed: new Set(), missingColumns, chinese, usable: missingColumns.length === 0 };
}
