// parseCsv splits lines without a double quote itself and leaves the others to
// papaparse (issue 19: a province's 250,000 rows). Over generated texts — mostly
// plain lines, with quotes (closed, unclosed, spanning lines), blank and
// comma-only lines, CR, CRLF and bare LF, another separator, a leading U+FEFF,
// thousands commas, too few and too many cells — the result is exactly what
// papaparse alone gives (splitPlainLines: false): header, records with their
// lines, refused records, problems and the record count.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvRecord, installPlainLineReader, parseCsv, type ParseOptions } from '../../../src/data/csv';
import { readPlainLinesFirst } from '../../../src/data/plain-lines';

// As the data worker does (build.worker.ts).
installPlainLineReader(readPlainLinesFirst);

const HEADER = ['township_id', 'year', 'metric', 'value', 'quote'];

/** A cell as people write them; quotes are rare, as in real files. */
const cell = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('bitu', '2024', 'outreach_events', '25', '3', '350', '受教群众达2153余人', '', ' 7 ', '次') },
  { weight: 1, arbitrary: fc.constantFrom('"a,b"', '"two\nlines"', '"open', 'x"y', '""', '"法律九进"活动', '"q""uote"') },
  { weight: 1, arbitrary: fc.constantFrom('\uFEFF', '\uFEFF"x"', 'a\rb', 'a\nb', '\t', ';', ' ') },
);

const line = fc.oneof(
  { weight: 10, arbitrary: fc.array(cell, { minLength: 3, maxLength: 7 }).map((cells) => cells.join(',')) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', ',,,,', ' , ,', 'bitu;2024;x;1;q') },
);

const text = fc
  .record({
    header: fc.constantFrom(HEADER.join(','), HEADER.join(';'), `\uFEFF${HEADER.join(',')}`, 'a,"b', ''),
    lines: fc.array(line, { minLength: 0, maxLength: 30 }),
    breaks: fc.array(fc.constantFrom('\n', '\n', '\n', '\r\n', '\r'), { minLength: 31, maxLength: 31 }),
    trailing: fc.boolean(),
  })
  .map(({ header, lines, breaks, trailing }) => {
    const all = [header, ...lines];
    return all.map((l, i) => l + (i < all.length - 1 || trailing ? breaks[i % breaks.length]! : '')).join('');
  });

const options = fc.record({
  expectedHeader: fc.constantFrom(undefined, HEADER),
  numberColumns: fc.constantFrom(undefined, ['value']),
  lineBreak: fc.constantFrom(undefined, '\n' as const, '\r\n' as const),
  lineOffset: fc.constantFrom(undefined, 0, 41),
});

/** parseCsv's result, with the records handed to onRecord (as tables.ts reads them) when `streamed`. */
function read(input: string, given: ParseOptions, streamed: boolean) {
  const streamedRecords: CsvRecord[] = [];
  const headers: string[][] = [];
  const defined = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as ParseOptions;
  const result = parseCsv(input, 'metrics.csv', {
    ...defined,
    onHeader: (header) => headers.push(header),
    ...(streamed ? { onRecord: (record: CsvRecord) => streamedRecords.push(record) } : {}),
  });
  return { result, streamedRecords, headers };
}

describe('parseCsv: plain lines split without papaparse', () => {
  it('read exactly as papaparse alone reads them (fast-check)', () => {
    fc.assert(
      fc.property(text, options, fc.boolean(), (input, given, streamed) => {
        const fast = read(input, given, streamed);
        const papaparseOnly = read(input, { ...given, splitPlainLines: false }, streamed);
        expect(fast).toEqual(papaparseOnly);
      }),
      { numRuns: 3000, seed: 19035 },
    );
  });

  it('a file of plain lines with one quoted cell spanning lines in the middle: every record on its own line', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `t${i},2024,outreach_events,${i},q${i}`);
    rows[20] = 't20,2024,outreach_events,20,"first\nsecond"';
    const input = `${HEADER.join(',')}\n${rows.join('\n')}\n`;
    const { result } = read(input, { expectedHeader: HEADER }, false);
    expect(result.problems).toEqual([]);
    expect(result.records).toHaveLength(40);
    expect(result.records[20]).toEqual({ line: 22, cells: ['t20', '2024', 'outreach_events', '20', 'first\nsecond'] });
    // The line after the quoted cell's two lines.
    expect(result.records[21]!.line).toBe(24);
    expect(result).toEqual(read(input, { expectedHeader: HEADER, splitPlainLines: false }, false).result);
  });
});
