// One data file → typed rows of one table, plus the problems found on the
// way: decoding, CSV structure, header, and each cell by its column's rule.
// A row with any error is left out; the other rows load.

import { parseCsv } from './csv';
import { decodeBytes } from './decode';
import { csvMessages, fileMessages, makeProblem } from './messages';
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
}

/**
 * Reads one table. `bytes` null means the file could not be fetched or read;
 * `missingReason` then says why (HTTP 404, 网络错误, 文件不存在).
 */
export function readTable<Cells extends object, Row>(
  schema: TableSchema<Cells, Row>,
  bytes: Uint8Array | null,
  missingReason = '文件不存在',
): TableResult<Row> {
  const { file } = schema;
  const expectedHeader = headerOf(schema);
  if (bytes === null) {
    const problem = makeProblem('error', 'file_missing', { file }, fileMessages.missing(missingReason));
    return { rows: [], rejected: [], readable: false, problems: [problem] };
  }
  const decoded = decodeBytes(bytes, file, { expectedHeader });
  if (decoded.text === null) return { rows: [], rejected: [], readable: false, problems: decoded.problems };

  const csv = parseCsv(decoded.text, file);
  const problems = [...decoded.problems, ...csv.problems];
  if (csv.header.length === 0) {
    if (csv.problems.length === 0) problems.push(makeProblem('error', 'file_empty', { file }, fileMessages.empty(expectedHeader)));
    return { rows: [], rejected: [], readable: false, problems };
  }

  // Map each documented column to its position in this file's header.
  const headerLine = { file, line: 1 };
  const positions = new Map<string, number>();
  csv.header.forEach((name, index) => {
    const column = name.toLowerCase();
    if (column === '') {
      const used = csv.records.some((r) => r.cells[index] !== '');
      if (used) problems.push(makeProblem('warning', 'column_unknown', headerLine, csvMessages.columnUnnamed(index + 1)));
    } else if (positions.has(column)) {
      problems.push(makeProblem('warning', 'duplicate', { ...headerLine, column }, csvMessages.columnDuplicate(column)));
    } else {
      positions.set(column, index);
      if (!expectedHeader.includes(column)) {
        problems.push(
          makeProblem('warning', 'column_unknown', { ...headerLine, column }, csvMessages.columnUnknown(name, expectedHeader)),
        );
      }
    }
  });

  let missingRequired = false;
  type Column = keyof Cells & string;
  const columns = Object.entries(schema.columns) as Array<[Column, ColumnSpec<Cells[Column]>]>;
  for (const [column, spec] of columns) {
    if (positions.has(column)) continue;
    if (spec.optionalColumn) {
      problems.push(makeProblem('warning', 'column_missing', { ...headerLine, column }, csvMessages.optionalColumnMissing(column)));
    } else {
      missingRequired = true;
      problems.push(
        makeProblem('error', 'column_missing', { ...headerLine, column }, csvMessages.columnMissing(column, expectedHeader)),
      );
    }
  }
  // Without a required column no row is complete; the other files still load.
  if (missingRequired) return { rows: [], rejected: [], readable: false, problems };

  const rows: Row[] = [];
  const rejected: RejectedRecord[] = [];
  for (const record of csv.records) {
    const cells: Partial<Cells> = {};
    const rawCells: Record<string, string> = {};
    const rowProblems: Problem[] = [];
    for (const [column, spec] of columns) {
      const position = positions.get(column);
      const raw = position === undefined ? '' : (record.cells[position] ?? '');
      rawCells[column] = raw;
      const result = spec.rule.parse(raw);
      if (result.ok) {
        cells[column] = result.value;
      } else {
        rowProblems.push(makeProblem('error', result.code, { file, line: record.line, column }, result.detail));
      }
    }
    const source = { file, line: record.line };
    if (rowProblems.length === 0) rows.push(schema.toRow(cells as Cells, source));
    else rejected.push({ source, cells: rawCells, problems: rowProblems });
    problems.push(...rowProblems);
  }
  return { rows, rejected, readable: true, problems };
}
