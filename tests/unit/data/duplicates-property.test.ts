// validateTables keeps the first row of each figure and reports every later
// one as a duplicate of that first line (issue 19 changed how: a report's rows
// are scanned while few, keyed once there are many, and a row of the same
// report as the row before does not look its report up again). Over generated
// figure rows — reports interleaved or in runs, up to 150 rows a report (past
// the switch from scanning to keys), metrics and items repeated — the rows kept
// and the duplicate problems are what one Map of township, year, metric and
// item gives.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MetricFigure, Report } from '../../../src/data/types';
import { validateTables } from '../../../src/data/validate';

const TOWNSHIPS = ['bitu', 'dage', 'zhegu'];
const YEARS = [2023, 2024];
const METRICS = ['outreach_events', 'outreach_reach'];

const source = (line: number) => ({ file: 'metrics.csv', line });

const figureRow = fc.record({
  township: fc.constantFrom(...TOWNSHIPS),
  year: fc.constantFrom(...YEARS),
  metric: fc.constantFrom(...METRICS),
  item: fc.integer({ min: 0, max: 90 }).map((n) => `项${n}`),
});

/** Rows in runs of one report (as files are written) or shuffled. */
const figureRows = fc.oneof(
  fc.array(figureRow, { maxLength: 400 }),
  fc.array(fc.tuple(figureRow, fc.integer({ min: 1, max: 150 })), { maxLength: 6 }).map((runs) =>
    runs.flatMap(([row, count]) => Array.from({ length: count }, (_, i) => ({ ...row, item: `项${(i * 7) % 97}` }))),
  ),
);

function tablesWith(rows: Array<{ township: string; year: number; metric: string; item: string }>) {
  const metrics: MetricFigure[] = rows.map((row, i) => ({
    townshipId: row.township,
    year: row.year,
    metric: row.metric,
    item: row.item,
    value: 1,
    unit: '次',
    bound: 'exact',
    quote: '1次',
    note: '',
    source: source(i + 2),
  }));
  const reports: Report[] = TOWNSHIPS.flatMap((townshipId) =>
    YEARS.map((year) => ({ townshipId, year, title: '报告', published: null, file: `reports/${townshipId}-${year}.txt`, figuresAccounted: false, source: { file: 'reports.csv', line: 2 } })),
  ) as Report[];
  return {
    townships: TOWNSHIPS.map((id, i) => ({ id, name: `${id}乡`, county: '', prefecture: '', province: '', source: { file: 'townships.csv', line: i + 2 } })),
    reports,
    metricCatalog: METRICS.map((id, i) => ({ id, group: 'outreach', label: id, unit: '次', definition: '', source: { file: 'metric-catalog.csv', line: i + 2 } })),
    metrics,
    shortcomingCategories: [],
    shortcomings: [],
  };
}

describe('validateTables: duplicate figures', () => {
  it('keeps the first of each township, year, metric and item and names its line for every later one (fast-check)', () => {
    fc.assert(
      fc.property(figureRows, (rows) => {
        const tables = tablesWith(rows);
        const result = validateTables(tables, { townships: true, reports: true, metricCatalog: true, shortcomingCategories: true });
        const firstLine = new Map<string, number>();
        const expectedKept: MetricFigure[] = [];
        const expectedDuplicates: Array<[number, number]> = [];
        for (const row of tables.metrics) {
          const key = JSON.stringify([row.townshipId, row.year, row.metric, row.item]);
          const first = firstLine.get(key);
          if (first === undefined) {
            firstLine.set(key, row.source.line);
            expectedKept.push(row);
          } else expectedDuplicates.push([row.source.line, first]);
        }
        expect(result.tables.metrics).toEqual(expectedKept);
        const duplicates = result.problems.filter((p) => p.code === 'duplicate').map((p) => [p.line, Number(/与第(\d+)行重复/.exec(p.message)?.[1])]);
        expect(duplicates).toEqual(expectedDuplicates);
      }),
      { numRuns: 300, seed: 19037 },
    );
  });
});
