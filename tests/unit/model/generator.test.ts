// The large-data generator: deterministic, loads without problems through the
// real data stage, every quote is in its report, and it has the variety of
// the real reports (so scale tests exercise 未报告, ≥ and unit flags).
import { describe, expect, it } from 'vitest';
import { buildDataset, DATA_FILES, type DataFileBytes, type DataFileKey, type ReportText, verifyQuotes } from '../../../src/data';
import { buildDashboardModel, defaultYear, yearCoverage } from '../../../src/model';
import { buildHistories } from '../../../src/model/history';
import { generateDataset } from '../../generate-townships';

const encoder = new TextEncoder();

function load(files: Record<string, string>) {
  const bytes = {} as DataFileBytes;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    const text = files[DATA_FILES[key]];
    bytes[key] = text === undefined ? null : encoder.encode(text);
  }
  const dataset = buildDataset(bytes);
  const texts = new Map<string, ReportText>(dataset.reports.map((r) => [r.file, { text: files[r.file] ?? '' }]));
  return { dataset, quoteProblems: verifyQuotes(dataset, texts) };
}

describe('generateDataset', () => {
  const options = { townships: 60, years: [2023, 2024], seed: 7 };
  const files = generateDataset(options);
  const { dataset, quoteProblems } = load(files);

  it('is deterministic for a seed and differs for another seed', () => {
    expect(generateDataset(options)).toEqual(files);
    expect(generateDataset({ ...options, seed: 8 })['metrics.csv']).not.toBe(files['metrics.csv']);
  });

  it('writes every data file and one report text per reports.csv row', () => {
    for (const file of Object.values(DATA_FILES)) expect(files[file], file).toBeDefined();
    expect(dataset.townships).toHaveLength(60);
    for (const report of dataset.reports) expect(files[report.file], report.file).toBeDefined();
  });

  it('loads with no problems and every quote is verbatim in its report', () => {
    expect(dataset.problems).toEqual([]);
    expect(quoteProblems).toEqual([]);
    expect(dataset.metrics.length).toBeGreaterThan(300);
  });

  it('has the variety of the real data', () => {
    const model = buildDashboardModel(dataset, { years: [2024] });
    const reach = model.outreach.find((c) => c.metric === 'outreach_reach');
    expect(reach?.flags.some((f) => f.kind === 'units_differ_across_townships')).toBe(true);
    expect(dataset.metrics.some((m) => m.bound === 'at_least')).toBe(true);
    expect(dataset.metrics.some((m) => m.bound === 'approx')).toBe(true);
    const rows = model.disputes.rows;
    expect(rows.some((r) => r.found.figure.status === 'not_reported' && !r.headlineRate)).toBe(true);
    expect(rows.some((r) => r.computedRate)).toBe(true);
    expect(rows.some((r) => !r.computedRate && r.reportedRate)).toBe(true);
    expect(rows.some((r) => r.screeningRounds.figure.status === 'reported')).toBe(true);
    expect(model.outreach[0]?.totals.some((t) => t.figure.status === 'not_reported')).toBe(true);
    expect(model.shortcomings.ranking[0]?.rowCount).toBeGreaterThan(0);
  });
});

describe('generateDataset over several years', () => {
  const files = generateDataset({ townships: 50, years: [2022, 2023, 2024, 2025], coverage: { 2025: 0.2 }, seed: 3 });
  const { dataset, quoteProblems } = load(files);

  it('a partly-in year: only the given share of townships has reported it', () => {
    expect(dataset.problems).toEqual([]);
    expect(quoteProblems).toEqual([]);
    const coverage = yearCoverage(dataset);
    expect(coverage.map((c) => c.year)).toEqual([2022, 2023, 2024, 2025]);
    const y2025 = coverage.find((c) => c.year === 2025)!;
    expect(y2025.reported).toBeGreaterThan(0);
    expect(y2025.reported).toBeLessThanOrEqual(10);
    // The complete years miss only the odd report.
    for (const c of coverage.filter((c) => c.year < 2025)) expect(c.reported).toBeGreaterThan(40);
    expect(defaultYear(coverage)).toBe(2024);
  });

  it('several years per township, mostly counted alike, now and then not', () => {
    const [events, reach] = buildHistories(dataset, {}, ['outreach_events', 'outreach_reach']);
    const kinds = new Set(events!.townships.flatMap((t) => t.points.flatMap((p) => (p.change ? [p.change.kind] : []))));
    expect(kinds).toContain('increase');
    expect(kinds).toContain('decrease');
    expect(kinds).toContain('undetermined');
    expect(kinds).toContain('gap');
    const changes = reach!.townships.flatMap((t) => t.points.flatMap((p) => (p.change ? [p.change.kind] : [])));
    const unitsDiffer = changes.filter((k) => k === 'units_differ').length;
    expect(unitsDiffer).toBeGreaterThan(0);
    expect(unitsDiffer).toBeLessThan(changes.filter((k) => k === 'increase' || k === 'decrease').length);
  });
});
