// Shared loading for the extraction tests: the shipped rules, checked
// against the shipped catalogue, and the project's data and fixture files.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../../src/data/csv';
import { parseRules, type ExtractionRule } from '../../../src/extract';

export const DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));
/** The shipped reports and hand-checked rows, frozen (tests/fixtures/shipped-2024): measured against, they do not move with data/. */
export const FROZEN_DATA_DIR = fileURLToPath(new URL('../../fixtures/shipped-2024/', import.meta.url));
export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/extract/', import.meta.url));
export const ROOT_DIR = fileURLToPath(new URL('../../../', import.meta.url));

export interface Table {
  header: string[];
  rows: Array<Record<string, string>>;
}

export function readTable(path: string): Table {
  const parsed = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), path);
  const rows = parsed.records.map((r) => Object.fromEntries(parsed.header.map((h, i) => [h, r.cells[i] ?? ''])));
  return { header: parsed.header, rows };
}

export function knownIds() {
  return {
    metricIds: readTable(`${DATA_DIR}metric-catalog.csv`).rows.map((r) => r.id!),
    categoryIds: readTable(`${DATA_DIR}shortcoming-categories.csv`).rows.map((r) => r.id!),
  };
}

let cached: ExtractionRule[] | null = null;

/** The rules of data/extraction-rules.csv (the tests use what county staff ship). */
export function shippedRules(): ExtractionRule[] {
  cached ??= parseRules(readFileSync(`${DATA_DIR}extraction-rules.csv`, 'utf8'), knownIds()).rules;
  return cached;
}

export function fixture(name: string): string {
  return readFileSync(`${FIXTURE_DIR}${name}`, 'utf8');
}
