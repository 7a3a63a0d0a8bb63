// Issue 22 item 5, as a property: over the shipped data and generated sets,
// refuse any one usable metrics.csv row in any of the ways a clerk breaks one
// (a thousands comma or a stray comma, a metric or township id a letter off,
// an unclosed double quote, a row cut short), and the figure that row
// contributed to is never 未报告 nor an unmarked total: it is 数据有误, or a
// total that says "另有N项数据有误" — read through the model's figure state
// and the shared formatter.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset, DATA_FILES, type Dataset, type DataFileBytes, type DataFileKey } from '../../../src/data/index';
import { formatFigure, isIncomplete, metricTotal, selectRows } from '../../../src/model/index';
import { generateDataset } from '../../generate-townships';
import { SHIPPED_DATA_DIR } from './helpers';

type Texts = Record<DataFileKey, string>;

const CORRUPTIONS = ['comma', 'metric_typo', 'township_typo', 'broken_quote', 'cut_short'] as const;
type Corruption = (typeof CORRUPTIONS)[number];

/** The line as a clerk breaks it. Only the leading cells (ids, item, value) are touched: they never hold quotes. */
export function corruptLine(line: string, how: Corruption): string {
  const cells = line.split(',');
  const [township, year, metric, item, value] = cells;
  switch (how) {
    case 'comma': {
      // 3,350 typed into the value; a value under 1000 gets a comma in its item instead.
      const written = Number(value) >= 1000 ? `${value!.slice(0, -3)},${value!.slice(-3)}` : value!;
      const itemWritten = written === value ? `${item!.slice(0, 1)},${item!.slice(1)}` : item!;
      return [township, year, metric, itemWritten, written, ...cells.slice(5)].join(',');
    }
    case 'metric_typo':
      return [township, year, `${metric}s`, ...cells.slice(3)].join(',');
    case 'township_typo':
      return [`${township}s`, ...cells.slice(1)].join(',');
    case 'broken_quote':
      return [township, year, metric, `"${item}`, ...cells.slice(4)].join(',');
    case 'cut_short':
      return [township, year, metric, item].join(',');
  }
}

function build(texts: Texts): Dataset {
  const files = {} as DataFileBytes;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) files[key] = new TextEncoder().encode(texts[key]);
  return buildDataset(files);
}

function shippedTexts(): Texts {
  const texts = {} as Texts;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) texts[key] = readFileSync(join(SHIPPED_DATA_DIR, DATA_FILES[key]), 'utf8');
  return texts;
}

function generatedTexts(seed: number): Texts {
  const files = generateDataset({ townships: 12, years: [2024, 2025], seed });
  const texts = {} as Texts;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) texts[key] = files[DATA_FILES[key]]!;
  return texts;
}

/** The property on one data set: every usable metrics row, every corruption. */
function checkRefusals(texts: Texts, runs: number): void {
  const clean = build(texts);
  const usable = clean.metrics;
  expect(usable.length).toBeGreaterThan(0);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: usable.length - 1 }), fc.constantFrom(...CORRUPTIONS), (which, how) => {
      const row = usable[which]!;
      const lines = texts.metrics.split('\n');
      lines[row.source.line - 1] = corruptLine(lines[row.source.line - 1]!.replace(/\r$/, ''), how);
      const dataset = build({ ...texts, metrics: lines.join('\n') });
      // The row is refused …
      expect(dataset.metrics.some((m) => m.source.line === row.source.line)).toBe(false);
      // … and the figure it contributed to says so.
      const selected = selectRows(dataset, { townshipIds: [row.townshipId], years: [row.year] }).rows[0]!;
      const total = metricTotal(dataset, selected, row.metric);
      const shown = formatFigure(total.figure, total.units[0] ?? row.unit);
      expect(total.figure.status, `${how} on line ${row.source.line}: ${shown}`).not.toBe('not_reported');
      expect(total.figure.status).not.toBe('no_report');
      if (total.figure.status === 'reported') expect(isIncomplete(total.figure), `${how} on line ${row.source.line}: ${shown}`).toBe(true);
      expect(shown).toContain('数据有误');
      expect(shown).not.toContain('未报告');
    }),
    { numRuns: runs, seed: 22 },
  );
}

describe('any one refused row leaves its figure marked (fast-check)', () => {
  it('the shipped data', () => checkRefusals(shippedTexts(), 120), 120_000);
  it('a generated set of 12 townships × 2 years (seed 7)', () => checkRefusals(generatedTexts(7), 60), 120_000);
  it('a generated set of 12 townships × 2 years (seed 2026)', () => checkRefusals(generatedTexts(2026), 60), 120_000);
});
