// Offsets and lines of CSV text, for csv.ts: the file line a record starts
// on, where the record after a given offset begins, and lines read without
// quotes (what can still be read of rows the parser gave up on).

import type { CsvRecord } from './csv';

/**
 * Counts line breaks incrementally so that mapping offsets to lines stays
 * linear: the line `offset` is on, for offsets that do not decrease. The
 * breaks are found with indexOf, not char by char (issue 19: a province's
 * metrics.csv is 25 MB, and the char loop was ≈ 80 ms of each reader).
 */
export function lineCounter(text: string): (offset: number) => number {
  let scanned = 0;
  let line = 1;
  // The first line feed at or after `scanned` (text.length when there is none).
  let nextBreak = -1;
  return (offset) => {
    const until = Math.min(offset, text.length);
    while (scanned < until) {
      if (nextBreak < scanned) {
        nextBreak = text.indexOf('\n', scanned);
        if (nextBreak < 0) nextBreak = text.length;
      }
      if (nextBreak >= until) {
        scanned = until;
        break;
      }
      line++;
      scanned = nextBreak + 1;
    }
    return line;
  };
}

/**
 * The offset where the record after `from` begins: past any lines of only
 * whitespace and separators, which skipEmptyLines: 'greedy' drops.
 */
export function recordStart(text: string, from: number, blank: RegExp): number {
  let start = from;
  while (start < text.length) {
    const lineBreak = text.indexOf('\n', start);
    if (lineBreak < 0 || !blank.test(text.slice(start, lineBreak))) break;
    start = lineBreak + 1;
  }
  return start;
}

/** Lines with content in text[from, to). */
export function contentLines(text: string, from: number, to: number): number {
  let count = 0;
  let hasContent = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (hasContent) count++;
      hasContent = false;
    } else if (c !== 13 && c !== 32 && c !== 9 && c !== 44) {
      hasContent = true;
    }
  }
  return hasContent ? count + 1 : count;
}

/** The offset just past the line break of the line holding `offset` (or the end). */
export function nextLineStart(text: string, offset: number): number {
  const lineBreak = text.indexOf('\n', offset);
  return lineBreak < 0 ? text.length : lineBreak + 1;
}

/**
 * Lines of text[from, end) read without quotes, one record each: what can be
 * read of rows the parser gave up on (after too many broken quotes), so that
 * they are still attributed to their township, year and metric.
 */
export function linesIgnoringQuotes(text: string, from: number, firstLine: number, delimiter: string, blank: RegExp, end = text.length): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = firstLine;
  let start = from;
  while (start < end) {
    const lineBreak = text.indexOf('\n', start);
    const stop = lineBreak < 0 || lineBreak > end ? end : lineBreak;
    const content = text.slice(start, stop).replace(/\r$/, '');
    if (!blank.test(content)) records.push({ line, cells: content.split(delimiter).map((cell) => cell.replace(/^\s*"?|"?\s*$/g, '')) });
    line++;
    start = stop + 1;
  }
  return records;
}

