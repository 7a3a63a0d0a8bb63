// Lines without a double quote — nearly every line of a data file — split
// here, as papaparse splits them but without its per-record objects (issue
// 19: a province's 250,000 rows spent more time in those than in the
// splitting). papaparse reads from a line with a quote until plain lines come
// again. What comes out is exactly papaparse's alone: records, their lines and
// their problems (tests/unit/data/csv-plain-lines.test.ts compares the two
// over generated texts). A line is read here when it holds no double quote:
// papaparse then makes one record of it, split at every separator (in a CRLF
// file, a lone LF stays inside the record), unless it starts the text with a
// U+FEFF, which papaparse drops as a byte order mark.

import { recordStart } from './csv-lines';

/** papaparse, once reading quoted lines, hands back when this many lines ahead hold no quote. */
const PLAIN_LINES_TO_HAND_BACK = 8;

export interface PlainLineFormat {
  /** The line break papaparse reads the text with (a CR-only text is left to papaparse). */
  newline: '\n' | '\r\n';
  delimiter: string;
  /** A line of only whitespace and separators (csv.ts). */
  blank: RegExp;
}

/**
 * The record's cells, where it starts and where it ends (past its line
 * break); false when reading must stop there.
 */
export type TakeRecord = (cells: string[], begin: number, end: number) => boolean;

/**
 * papaparse reading text[from…]: it calls `until` after each record with the
 * record's end, and stops there when it returns true, returning that offset;
 * null when it read to the end of the text or was stopped by the record's reader.
 */
export type ReadQuoted = (from: number, until: (end: number) => boolean) => number | null;

/** Reads text[from…]: plain lines here, the others by `readQuoted`. */
export function readPlainLinesFirst(text: string, from: number, format: PlainLineFormat, take: TakeRecord, readQuoted: ReadQuoted): void {
  const { newline, delimiter, blank } = format;
  const length = text.length;
  const noQuote = length + 1;
  let nextQuote = text.indexOf('"', from);
  if (nextQuote < 0) nextQuote = noQuote;
  const quoteFrom = (offset: number): number => {
    if (nextQuote < offset) {
      nextQuote = text.indexOf('"', offset);
      if (nextQuote < 0) nextQuote = noQuote;
    }
    return nextQuote;
  };
  // True when the next lines from `offset` hold no quote: papaparse hands back.
  const plainAhead = (offset: number): boolean => {
    const quote = quoteFrom(offset);
    let at = offset;
    for (let i = 0; i < PLAIN_LINES_TO_HAND_BACK; i++) {
      const lineEnd = text.indexOf(newline, at);
      if (lineEnd < 0) return quote === noQuote;
      if (quote < lineEnd) return false;
      at = lineEnd + newline.length;
    }
    return true;
  };
  let position = from;
  while (position < length) {
    const found = text.indexOf(newline, position);
    const lineEnd = found < 0 ? length : found;
    const end = found < 0 ? length : found + newline.length;
    // papaparse drops a U+FEFF that starts its text (a byte order mark): such a line is left to it.
    const byteOrderMark = position === from && text.charCodeAt(from) === 0xfeff;
    if (quoteFrom(position) < lineEnd || byteOrderMark) {
      // papaparse reads from the line break before this line (an empty line,
      // which it skips), so that it never takes a U+FEFF starting this line
      // for a byte order mark, as it would at the start of its text.
      const resumeAt = readQuoted(position > from ? position - newline.length : position, plainAhead);
      if (resumeAt === null) return;
      position = resumeAt;
      continue;
    }
    // An empty line is no record (papaparse skips it too). In a CRLF file a
    // lone LF is inside the record, which papaparse then takes to start past
    // any blank lines before it (as csv.ts does for the records it reads).
    const loneLineFeed = newline === '\r\n' && text.indexOf('\n', position) < lineEnd;
    const begin = loneLineFeed ? recordStart(text, position, blank) : position;
    if (lineEnd > position && !take(text.slice(position, lineEnd).split(delimiter), begin, end)) return;
    position = end;
  }
}
