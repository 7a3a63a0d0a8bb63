// Text → CSV records with the file line each record starts on.
//
// papaparse runs without dynamicTyping (every cell stays a string; each column
// has its own rule in schema.ts) and without header mode: we read the header
// row ourselves so that a duplicate column is reported instead of renamed
// (papaparse would turn a second "value" into "value_1"), and so that each
// record's line is exact even when quoted cells span lines or empty lines are
// skipped (papaparse's error `row` counts records, not lines).

import Papa from 'papaparse';
import { csvMessages, makeProblem } from './messages';
import type { Problem } from './types';

export interface CsvRecord {
  /** 1-based line of the file on which the record starts. */
  line: number;
  /** Cells, trimmed. */
  cells: string[];
}

export interface ParsedCsv {
  /** Header cells, trimmed; empty when the file has no non-empty line. */
  header: string[];
  /** Records after the header whose structure is sound. */
  records: CsvRecord[];
  problems: Problem[];
}

/** Counts line breaks incrementally so that mapping offsets to lines stays linear. */
function lineCounter(text: string): (offset: number) => number {
  let scanned = 0;
  let line = 1;
  return (offset) => {
    for (; scanned < offset && scanned < text.length; scanned++) {
      if (text.charCodeAt(scanned) === 10) line++;
    }
    return line;
  };
}

/**
 * The offset where the record after `from` begins: past any lines of only
 * whitespace and commas, which skipEmptyLines: 'greedy' drops.
 */
function recordStart(text: string, from: number): number {
  let start = from;
  while (start < text.length) {
    const lineBreak = text.indexOf('\n', start);
    if (lineBreak < 0 || !/^[\s,]*$/.test(text.slice(start, lineBreak))) break;
    start = lineBreak + 1;
  }
  return start;
}

export function parseCsv(text: string, file: string): ParsedCsv {
  const lineAt = lineCounter(text);
  const problems: Problem[] = [];
  const records: CsvRecord[] = [];
  let header: string[] | null = null;
  // meta.cursor is where the previous record ended (past its line break);
  // the next record starts there, after any lines papaparse skipped as empty.
  let previousEnd = 0;

  Papa.parse<string[]>(text, {
    header: false,
    dynamicTyping: false,
    delimiter: ',',
    // 'greedy' also skips rows of empty cells (",,,,"), which Excel writes
    // below a table when cells there were once touched.
    skipEmptyLines: 'greedy',
    step(result) {
      const raw = result.data;
      const line = lineAt(recordStart(text, previousEnd));
      previousEnd = result.meta.cursor;
      const cells = raw.map((cell) => cell.trim());
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      const otherError = result.errors.find((e) => e.type !== 'FieldMismatch');
      if (quoteError || otherError) {
        const detail = quoteError ? csvMessages.quotes() : csvMessages.syntax(otherError!.message);
        problems.push(makeProblem('error', 'csv_syntax', { file, line }, detail));
        // A broken header leaves nothing to map the cells to.
        if (header === null) header = [];
        return;
      }
      if (header === null) {
        header = cells;
        return;
      }
      const expected = header.length;
      // Trailing empty cells beyond the header are what Excel writes when a
      // cell to the right was once touched: harmless, drop them.
      const trimmed = cells.length > expected && cells.slice(expected).every((c) => c === '') ? cells.slice(0, expected) : cells;
      if (trimmed.length < expected) {
        problems.push(makeProblem('error', 'csv_syntax', { file, line }, csvMessages.tooFewFields(trimmed.length, expected)));
      } else if (trimmed.length > expected) {
        problems.push(makeProblem('error', 'csv_syntax', { file, line }, csvMessages.tooManyFields(trimmed.length, expected)));
      } else {
        records.push({ line, cells: trimmed });
      }
    },
  });

  return { header: header ?? [], records, problems };
}
