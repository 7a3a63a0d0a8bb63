// metrics.csv read in two halves (the data worker and a second one) gives the
// Dataset one reader gives: on generated data with rows broken every way a
// clerk breaks them, with LF, CRLF and Excel's LF-inside-a-cell line breaks
// (fast-check), and the halves are really read apart when the file is clean.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset, DATA_FILES, type DataFileBytes, type DataFileKey, type Dataset } from '../../../src/data/index';
import {
  buildDatasetInHalves,
  guessedLineBreak,
  type OtherHalf,
  mergeHalves,
  readMetricsPart,
  readOtherHalf,
  splitMetricsBytes,
  unpackOtherHalf,
} from '../../../src/data/read-in-halves';
import { csvLineBreak } from '../../../src/data/csv';
import { packDataset, unpackDataset } from '../../../src/data/packed';
import { generateDataset } from '../../generate-townships';
import { encodeGbk } from './helpers';

type Texts = Record<DataFileKey, string>;

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
/** Split as the worker splits a large file (here whatever its size; the first part at least 8 KB). */
const splitAt = (text: string) => splitMetricsBytes(new TextEncoder().encode(text), undefined, 0);

function generatedTexts(seed: number): Texts {
  const files = generateDataset({ townships: 8, years: [2024, 2025], seed });
  const texts = {} as Texts;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) texts[key] = files[DATA_FILES[key]]!;
  return texts;
}

function bytesOf(texts: Texts, metrics: Uint8Array | string = texts.metrics): DataFileBytes {
  const files = {} as DataFileBytes;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) files[key] = new TextEncoder().encode(texts[key]);
  files.metrics = typeof metrics === 'string' ? new TextEncoder().encode(metrics) : metrics;
  return files;
}

/** The second reader as the worker runs it: read, packed, cloned across, unpacked. */
function otherReader(log: { halves: OtherHalf[]; merged?: boolean }) {
  return async (half: OtherHalf) => {
    log.halves.push(half);
    return unpackOtherHalf(structuredClone(readOtherHalf(half).read));
  };
}

/**
 * The Dataset as the page gets it from the worker: built with the second part read by `otherReader`,
 * packed (reusing the parts' packed rows) and unpacked.
 */
async function inHalves(files: DataFileBytes, log: { halves: OtherHalf[]; readInParts?: boolean } = { halves: [] }): Promise<Dataset> {
  const { dataset, readInParts, metricParts } = await buildDatasetInHalves(files, {}, {}, otherReader(log), 0);
  log.readInParts = readInParts;
  expect(metricParts !== undefined).toBe(readInParts);
  const { packed, transfer } = packDataset(dataset, metricParts);
  return unpackDataset(structuredClone(packed, { transfer }));
}

/** Ways a clerk's row goes wrong, or is written otherwise, applied to one data line. */
const EDITS = {
  none: (line: string) => line,
  not_a_number: (line: string) => line.replace(/^([^,]*,[^,]*,[^,]*,[^,]*,)[^,]*/, '$1200余'),
  thousands: (line: string) => line.replace(/^([^,]*,[^,]*,[^,]*,[^,]*,)[^,]*/, '$13,350'),
  cut_short: (line: string) => line.split(',').slice(0, 4).join(','),
  too_many: (line: string) => `${line},多余,单元格`,
  broken_quote: (line: string) => line.replace(/^([^,]*,[^,]*,[^,]*,)/, '$1"'),
  stray_quote: (line: string) => line.replace(/^([^,]*,[^,]*,[^,]*,)(.)/, '$1$2"'),
  cell_with_line_break: (line: string) => `${line.replace(/,[^,]*$/, '')},"第一行\n第二行"`,
  blank_after: (line: string) => `${line}\n`,
  commas_after: (line: string) => `${line}\n,,,,,,,,`,
  bad_year: (line: string) => line.replace(/^([^,]*,)[^,]*/, '$1二〇二四'),
  bad_bound: (line: string) => line.replace(/^((?:[^,]*,){6})[^,]*/, '$1大约'),
  // Checks across tables and on the value, which the parts' readers do ahead for their rows (values) or leave to after.
  value_not_stated: (line: string) => line.replace(/^((?:[^,]*,){4})[^,]*/, (_all, before: string) => `${before}987654`),
  unknown_township: (line: string) => line.replace(/^[^,]*/, 'nowhere'),
  id_case: (line: string) => line.replace(/^[^,]*/, (id) => id.toUpperCase()),
  duplicate_row: (line: string) => `${line}\n${line}`,
  // A header pasted again among the rows (a second sheet appended).
  header_again: () => 'township_id,year,metric,item,value,unit,bound,quote,note',
} as const;
type Edit = keyof typeof EDITS;

/** How the file's first lines are written. */
const HEADER_VARIANTS = ['plain', 'bom', 'no_note', 'extra_column', 'commas_line_first'] as const;
type HeaderVariant = (typeof HEADER_VARIANTS)[number];

/** The last cell of a line cut off (a quoted last cell as a whole). */
const dropLastCell = (line: string): string => line.slice(0, line.endsWith('"') ? line.lastIndexOf(',"') : line.lastIndexOf(','));

function withHeader(text: string, variant: HeaderVariant): string {
  const lines = text.replace(/\n$/, '').split('\n');
  switch (variant) {
    case 'plain':
      return text;
    case 'bom':
      return `\uFEFF${text}`;
    case 'no_note':
      // The optional note column left out: a warning on line 1 that both parts give.
      return `${lines.map(dropLastCell).join('\n')}\n`;
    case 'extra_column':
      return `${lines.map((line, i) => (i === 0 ? `${line},备注2` : `${line},x`)).join('\n')}\n`;
    case 'commas_line_first':
      // Excel's touched-but-empty row above the table: the parser skips it and reads the header from line 2.
      return `,,,,,,,,\n${text}`;
  }
}

type LineBreaks = 'lf' | 'crlf' | 'crlf_then_lf' | 'crlf_lost_cr';

function edited(metrics: string, edits: ReadonlyArray<[number, Edit]>, lineBreak: LineBreaks): string {
  const lines = metrics.replace(/\n$/, '').split('\n');
  for (const [at, edit] of edits) {
    const index = 1 + (at % (lines.length - 1));
    lines[index] = EDITS[edit](lines[index]!);
  }
  // CRLF as Excel writes it: between rows, not inside a quoted cell.
  const text = `${lines.join('\n')}\n`;
  if (lineBreak === 'lf') return text;
  const crlf = (part: string) => part.replace(/\n(?![^"]*"(?:[^"]*"[^"]*")*[^"]*$)/g, '\r\n');
  if (lineBreak === 'crlf') return crlf(text);
  if (lineBreak === 'crlf_lost_cr') {
    // The row where the file is split lost its CR: papaparse reads that LF as part of a cell, so the split must move on.
    const all = crlf(text);
    const split = splitAt(all);
    if (!split) return all;
    const at = decode(split.head).length - 2;
    return all.slice(0, at) + all.slice(at + 1);
  }
  // Rows appended by another program: CRLF up to the middle, LF after (papaparse reads it as CRLF).
  const middle = text.indexOf('\n', text.length >> 1) + 1;
  return crlf(text.slice(0, middle)) + text.slice(middle);
}

describe('metrics.csv read in halves', () => {
  const texts = generatedTexts(19);

  it('a clean file is split, read apart and gives the single reader\'s Dataset', async () => {
    const files = bytesOf(texts);
    const log: { halves: OtherHalf[]; readInParts?: boolean } = { halves: [] };
    const whole = buildDataset(files);
    expect(await inHalves(files, log)).toEqual(whole);
    expect(log.halves).toHaveLength(1);
    expect(log.readInParts).toBe(true);
    // The halves were put together, not read again whole: the second reader's rows are in the result.
    const half = log.halves[0]!;
    const tail = unpackOtherHalf(readOtherHalf(half).read)!.table;
    const split = splitAt(texts.metrics)!;
    const head = readMetricsPart(split.head, 0, split.other.lineBreak)!;
    expect(head.decidesMojibake).toBe(true);
    const merged = mergeHalves(head.table, tail);
    expect(merged).not.toBeNull();
    expect(tail.rows.length).toBeGreaterThan(0);
    expect(merged!.rows).toEqual(whole.metrics);
    expect(tail.rows[0]!.source.line).toBe(decode(split.head).split('\n').length);
  });

  it('any rows broken or written otherwise: the same Dataset as one reader (fast-check)', async () => {
    let putTogether = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...(Object.keys(EDITS) as Edit[]))), { maxLength: 6 }),
        fc.constantFrom<LineBreaks>('lf', 'crlf', 'crlf_then_lf', 'crlf_lost_cr'),
        fc.constantFrom<HeaderVariant>(...HEADER_VARIANTS),
        async (edits, lineBreak, header) => {
          const metrics = edited(withHeader(texts.metrics, header), edits, lineBreak);
          const files = bytesOf(texts, metrics);
          const log: { halves: OtherHalf[]; readInParts?: boolean } = { halves: [] };
          expect(await inHalves(files, log)).toEqual(buildDataset(files));
          runs++;
          if (log.readInParts) putTogether++;
        },
      ),
      { numRuns: 200, seed: 1919 },
    );
    // Many cases are read apart and put together; the rest (broken quotes, no CRLF after the middle of a CRLF file,
    // a first line of commas) are read whole.
    expect(putTogether).toBeGreaterThan(runs / 4);
  }, 120_000);

  it('splits at a line break outside quotes, and at CRLF in a CRLF file', () => {
    const header = 'township_id,year,metric,item,value,unit,bound,quote,note\n';
    const row = (n: number) => `t${n},2024,outreach_events,集中宣讲,${n},次,exact,宣讲${n}次,`;
    const many = Array.from({ length: 120 }, (_, i) => row(i + 1)).join('\n');
    // A cell of many lines (Alt+Enter in Excel) across where the first part would end.
    const quoted = `t9,2024,outreach_events,集中宣讲,9,次,exact,宣讲9次,"很长的说明\n${`${'续'.repeat(60)}\n`.repeat(400)}结束"`;
    const lf = `${header}${many}\n${quoted}\n${row(999)}\n`;
    const split = splitAt(lf)!;
    expect(decode(split.head).endsWith('结束"\n')).toBe(true);
    expect(decode(split.other.bytes)).toBe(`${header}${row(999)}\n`);
    // row(999) is line 2 of the second part and line 1 + 120 + 402 + 1 of the file.
    expect(split.other.lineOffset).toBe(524 - 2);

    const crlfRows = Array.from({ length: 400 }, (_, i) => row(i + 1)).join('\r\n');
    const crlf = `${header.replace('\n', '\r\n')}${crlfRows}\r\n`;
    const crlfSplit = splitAt(crlf)!;
    expect(crlfSplit.other.lineBreak).toBe('\r\n');
    expect(decode(crlfSplit.head).endsWith('\r\n')).toBe(true);
    // A header with a quote, or no second line: read whole.
    const lfRows = Array.from({ length: 400 }, (_, i) => row(i + 1)).join('\n');
    expect(splitAt(`${header}${lfRows}\n`)).not.toBeNull();
    expect(splitAt(`"township_id",${header.slice('township_id,'.length)}${lfRows}\n`)).toBeNull();
    expect(splitAt(header)).toBeNull();
  });

  describe('the line break guessed for the whole file', () => {
    /** What the split used to do: papaparse's guess on the text of the bytes any first 1,048,576 characters can come from. */
    const fromWholeWindow = (bytes: Uint8Array) => csvLineBreak(decode(bytes.subarray(0, 4 * 1024 * 1024 + 4)));
    // Pieces that make the guess and the decoding hard: both line breaks, a lone CR, quotes (papaparse
    // drops quoted text before it counts), a BOM, characters of 2–4 bytes and bytes that are no character.
    const piece = fc.constantFrom(
      [0x0a], [0x0d], [0x0d, 0x0a], [0x22], [0x2c], [0x61], [0x31],
      [0xef, 0xbb, 0xbf], [0xe5, 0xae, 0xa3], [0xc2, 0xa9], [0xf0, 0x9f, 0x98, 0x80],
      [0xe5, 0xae], [0xff], [0x80], [0xf0, 0x9f],
    );
    const bytesOf = (pieces: ReadonlyArray<readonly number[]>) => Uint8Array.from(pieces.flat());

    it('is papaparse\'s guess on the decoded text, decoded in chunks of any size (fast-check)', () => {
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 300 }), fc.integer({ min: 1, max: 64 }), (pieces, chunkBytes) => {
          const bytes = bytesOf(pieces);
          expect(guessedLineBreak(bytes, chunkBytes)).toBe(fromWholeWindow(bytes));
        }),
        { numRuns: 400 },
      );
    });

    it('counts only the first 1,048,576 characters, as papaparse does, however many bytes they take', () => {
      const encoder = new TextEncoder();
      const lfLines = (chars: number, line: string) => encoder.encode(`${line}\n`.repeat(Math.ceil(chars / (line.length + 1))));
      const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
      // LF for the first million characters (3 bytes each), CRLF after: the CRs are past what papaparse reads.
      const lateCrlf = join(lfLines(1024 * 1024, '宣讲宣讲宣讲'), encoder.encode('宣讲\r\n'.repeat(50_000)));
      expect(guessedLineBreak(lateCrlf)).toBe('\n');
      // One CR among the first million characters, then lines of CRLF past them: papaparse still counts CR lines ending in LF.
      const earlyCr = join(encoder.encode('a\rb\r\n'), lfLines(1024 * 1024, '宣讲宣讲宣讲'), encoder.encode('宣讲\r\n'.repeat(50_000)));
      for (const bytes of [lateCrlf, earlyCr]) expect(guessedLineBreak(bytes)).toBe(fromWholeWindow(bytes));
      // CRLF lines, then more lines ending in a lone CR up to the millionth character, then CRLF again:
      // over exactly those characters the lone CRs are the more (a shorter or longer look says "\r\n").
      const mixed = join(
        encoder.encode('宣讲宣讲宣讲\r\n'.repeat(400 * 1024 / 8)),
        encoder.encode('宣讲宣讲宣\r'.repeat(624 * 1024 / 6)),
        encoder.encode('宣讲宣讲宣讲\r\n'.repeat(200_000)),
      );
      expect(guessedLineBreak(mixed)).toBe('\r');
      expect(fromWholeWindow(mixed)).toBe('\r');
      // A CRLF file of four-byte characters: the window in bytes is what decides, not the characters' count.
      const wide = encoder.encode('😀😀😀😀😀😀😀,1\r\n'.repeat(40_000));
      expect(guessedLineBreak(wide)).toBe('\r\n');
      expect(guessedLineBreak(wide)).toBe(fromWholeWindow(wide));
    });
  });

  it('a file the decoder has something to say about (GBK) is read again whole by one reader', async () => {
    const gbk = encodeGbk(texts.metrics);
    const files = bytesOf(texts, gbk);
    const log: { halves: OtherHalf[]; readInParts?: boolean } = { halves: [] };
    const dataset = await inHalves(files, log);
    expect(log.readInParts).toBe(false);
    expect(dataset).toEqual(buildDataset(files));
    expect(dataset.problems.some((p) => p.code === 'encoding_gbk')).toBe(true);
    // The decoder's warning: neither part is parsed, the builder reads the whole file at once.
    const split = splitMetricsBytes(gbk, undefined, 0)!;
    expect(readMetricsPart(split.head, 0, split.other.lineBreak)).toBeNull();
    expect(readOtherHalf(split.other).read).toBeNull();
  });

  it('garbled text the first part alone cannot judge (its runs of Chinese are too few): read again whole', async () => {
    // UTF-8 saved back as ANSI and then as UTF-8 again: mojibake.ts finds it by its first 20 runs of Chinese.
    const garbled = (text: string) => new TextDecoder('gbk').decode(new TextEncoder().encode(text));
    const header = 'township_id,year,metric,item,value,unit,bound,quote,note\n';
    const row = (n: number, quote: string) => `t${n},2024,outreach_events,item,${n},ci,exact,${quote},`;
    const clean = (n: number) => row(n, `宣讲法律${n}次`);
    const bad = (n: number) => row(n, garbled('集中宣讲法律'));
    const ascii = (n: number) => row(n, `talk ${n}`);
    // First part: 4 garbled of 10 runs (not enough alone); second part: 6 of its first 20 (not enough alone); the whole: 10 of 20.
    const lines = [
      ...[1, 2, 3, 4].map(bad),
      ...[5, 6, 7, 8, 9, 10].map(clean),
      ...Array.from({ length: 300 }, (_, i) => ascii(100 + i)),
      ...[11, 12, 13, 14, 15, 16].map(bad),
      ...Array.from({ length: 30 }, (_, i) => clean(20 + i)),
    ];
    const metrics = `${header}${lines.join('\n')}\n`;
    const files = bytesOf(texts, metrics);
    const whole = buildDataset(files);
    expect(whole.problems.some((p) => p.code === 'encoding_mojibake')).toBe(true);
    const split = splitAt(metrics)!;
    expect(decode(split.other.bytes)).toContain(bad(11));
    expect(await inHalves(files)).toEqual(whole);
  });

  it('a first line of only commas, the header pasted again after the split: read whole, the pasted header refused', async () => {
    const lines = texts.metrics.replace(/\n$/, '').split('\n');
    const at = Math.floor(lines.length * 0.6);
    lines[at] = lines[0]!;
    const metrics = `,,,,,,,,\n${lines.join('\n')}\n`;
    const files = bytesOf(texts, metrics);
    const whole = buildDataset(files);
    // One reader reads line 2 as the header and refuses the pasted one as a row of bad cells.
    expect((whole.rejectedMetricRows ?? []).some((row) => row.source.line === at + 2)).toBe(true);
    const log: { halves: OtherHalf[]; readInParts?: boolean } = { halves: [] };
    expect(await inHalves(files, log)).toEqual(whole);
    expect(splitAt(metrics)).toBeNull();
  });

  it('a second reader that is gone: the whole file is read here', async () => {
    const files = bytesOf(texts);
    const gone = await buildDatasetInHalves(files, {}, {}, async () => null, 0);
    expect(gone).toEqual({ dataset: buildDataset(files), readInParts: false });
    const failing = await buildDatasetInHalves(files, {}, {}, () => Promise.reject(new Error('worker crashed')), 0);
    expect(failing).toEqual({ dataset: buildDataset(files), readInParts: false });
  });
});
