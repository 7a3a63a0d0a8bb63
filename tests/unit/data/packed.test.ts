// The Dataset crosses from the data worker packed (src/data/packed.ts): what
// the page unpacks must be the Dataset the worker built, row for row.
import { describe, expect, it } from 'vitest';
import { buildDataset, type DataFileBytes, type DataFileKey, DATA_FILES } from '../../../src/data/index';
import { packDataset, packMetricRows, unpackDataset } from '../../../src/data/packed';
import type { MetricFigure } from '../../../src/data/types';
import { generateDataset } from '../../generate-townships';
import { fixtureFiles, replaceLine, fixtureText } from './helpers';

function generatedFiles(townships: number): DataFileBytes {
  const generated = generateDataset({ townships, years: [2023, 2024] });
  const files = {} as DataFileBytes;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) files[key] = new TextEncoder().encode(generated[DATA_FILES[key]]!);
  return files;
}

/** What a worker's postMessage does to the message: a structured clone, buffers transferred. */
function throughPostMessage<T>(message: T, transfer: ArrayBuffer[]): T {
  return structuredClone(message, { transfer });
}

describe('packDataset / unpackDataset', () => {
  it('gives back the fixture Dataset, rows, refused rows and problems alike', () => {
    // A refused metric row and a problem travel too.
    const files = fixtureFiles({ metrics: replaceLine(fixtureText('metrics.csv'), 3, 'taerma,2024,outreach_events,集中宣讲,abc,次,exact,x,') });
    const dataset = buildDataset(files);
    expect(dataset.rejectedMetricRows?.length).toBeGreaterThan(0);
    const { packed, transfer } = packDataset(dataset);
    expect(unpackDataset(throughPostMessage(packed, transfer))).toStrictEqual(dataset);
  });

  it('gives back a generated Dataset of many rows, each field in place', () => {
    const dataset = buildDataset(generatedFiles(40));
    expect(dataset.metrics.length).toBeGreaterThan(1000);
    const { packed, transfer } = packDataset(dataset);
    const unpacked = unpackDataset(throughPostMessage(packed, transfer));
    expect(unpacked).toStrictEqual(dataset);
    // Spot checks that a shifted column would fail even if toStrictEqual were lenient.
    const last = dataset.metrics.length - 1;
    expect(unpacked.metrics[last]!.quote).toBe(dataset.metrics[last]!.quote);
    expect(unpacked.metrics[last]!.source.line).toBe(dataset.metrics[last]!.source.line);
    expect(unpacked.shortcomings[0]!.category).toBe(dataset.shortcomings[0]!.category);
  });

  it('moves the numbers as transferred buffers and each distinct string once', () => {
    const dataset = buildDataset(generatedFiles(20));
    const { packed, transfer } = packDataset(dataset);
    expect(packed.metrics.lines.buffer).toBe(transfer.find((buffer) => buffer === packed.metrics.lines.buffer));
    const townshipIds = new Set(dataset.metrics.map((row) => row.townshipId));
    // Each id appears once in the joined strings, not once per row.
    const first = [...townshipIds][0]!;
    expect(packed.text.split(first).length - 1).toBe(1);
    throughPostMessage(packed, transfer);
    // Transferred: the worker's copy is detached.
    expect(packed.metrics.lines.length).toBe(0);
  });

  describe('metric rows packed where they were read, in parts', () => {
    const dataset = buildDataset(generatedFiles(30));
    const rows = dataset.metrics;
    const cut = Math.floor(rows.length * 0.4);
    const partsOf = (...pieces: MetricFigure[][]) => pieces.map((piece) => ({ rows: piece, packed: packMetricRows(piece).packed }));
    const parts = partsOf(rows.slice(0, cut), rows.slice(cut));
    const timesIn = (text: string, value: string) => text.split(value).length - 1;
    const someId = rows[0]!.townshipId;

    it('the parts\' packed rows are used as they are: the same Dataset unpacked', () => {
      const { packed, transfer } = packDataset(dataset, parts);
      expect(unpackDataset(throughPostMessage(packed, transfer))).toStrictEqual(dataset);
      // Each part brought its own strings: an id of both parts is there twice (packed again here, once).
      expect(timesIn(packed.text, someId)).toBe(2);
    });

    it('rows the checks left out (in either part, at the ends too) are left out of the packed table', () => {
      const kept = rows.filter((_, i) => i !== 0 && i !== cut - 1 && i !== cut && i % 7 !== 3 && i !== rows.length - 1);
      const fewer = { ...dataset, metrics: kept };
      const { packed, transfer } = packDataset(fewer, parts);
      expect(timesIn(packed.text, someId)).toBe(2);
      expect(unpackDataset(throughPostMessage(packed, transfer))).toStrictEqual(fewer);
      // No rows left, and an empty part.
      const none = { ...dataset, metrics: [] };
      expect(unpackDataset(packDataset(none, parts).packed)).toStrictEqual(none);
      const withEmpty = partsOf([], rows.slice(0, cut), [], rows.slice(cut));
      expect(unpackDataset(packDataset(dataset, withEmpty).packed)).toStrictEqual(dataset);
    });

    it('a row not among the parts\' rows (an id re-cased makes a new row), or rows out of order: packed again, nothing lost', () => {
      const changed = rows.map((row, i) => (i === cut + 5 ? { ...row, townshipId: row.townshipId } : row));
      const recased = { ...dataset, metrics: changed };
      const { packed } = packDataset(recased, parts);
      expect(timesIn(packed.text, someId)).toBe(1);
      expect(unpackDataset(packed)).toStrictEqual(recased);
      const swapped = { ...dataset, metrics: [rows[1]!, rows[0]!, ...rows.slice(2)] };
      expect(unpackDataset(packDataset(swapped, parts).packed)).toStrictEqual(swapped);
    });
  });
});
