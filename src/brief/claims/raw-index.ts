// The raw tables the claim checker reads (check.ts), indexed by township and
// year with none of the model's code: the reports, the metric and shortcoming
// rows as loaded, and the rows that could not be used. What a figure "is" is
// re-derived here from the rows themselves (sum of usable rows, its bound and
// measures), so a bug in the model cannot hide in the check.

import type { Dataset, MetricFigure } from '../../data/types';

/** Spellings counted as one measure (as metric-catalog.csv defines them); any other unit is its own. */
const SAME_MEASURE: Readonly<Record<string, string>> = { 次: '次', 场: '次', 场次: '次', 起: '起', 件: '起' };
export const measure = (unit: string): string => SAME_MEASURE[unit.trim()] ?? unit.trim();
/** A set of measures as one key: sorted, so the order rows come in does not matter. */
export const measureKey = (units: readonly string[]): string => [...new Set(units.map(measure))].sort().join('+');

export interface Tally {
  value: number;
  bound: 'exact' | 'at_least' | 'approx';
  /** A lower bound with an approximate row among its rows: its minimum is not certain. */
  approxParts: boolean;
  measures: string[];
}

const key = (townshipId: string, year: number) => `${townshipId}:${year}`;

export class RawIndex {
  private readonly reports = new Set<string>();
  private readonly accountedReports = new Set<string>();
  private readonly metrics = new Map<string, MetricFigure[]>();
  private readonly rejectedMetrics = new Map<string, string[]>();
  private readonly rejectedProblemRows = new Map<string, string[]>();
  private readonly shortcomingCategories = new Map<string, Set<string>>();
  private readonly problemSections = new Set<string>();
  /** Refused rows that name no known township, readable known year and known metric/category: their year, or null. */
  readonly unattributed: (number | null)[] = [];

  constructor(dataset: Dataset) {
    const townships = new Set(dataset.townships.map((t) => t.id));
    const metricIds = new Set(dataset.metricCatalog.map((m) => m.id));
    const categoryIds = new Set(dataset.shortcomingCategories.map((c) => c.id));
    const years = new Set([...dataset.reports, ...dataset.metrics, ...dataset.shortcomings].map((r) => r.year));
    for (const r of dataset.reports) {
      this.reports.add(key(r.townshipId, r.year));
      if (r.figuresAccounted) this.accountedReports.add(key(r.townshipId, r.year));
    }
    for (const m of dataset.metrics) push(this.metrics, `${key(m.townshipId, m.year)}:${m.metric}`, m);
    for (const s of dataset.shortcomings) {
      this.problemSections.add(key(s.townshipId, s.year));
      const set = this.shortcomingCategories.get(key(s.townshipId, s.year)) ?? new Set<string>();
      set.add(s.category);
      this.shortcomingCategories.set(key(s.townshipId, s.year), set);
    }
    const where = (r: { source: { file: string; line: number } }) => `${r.source.file}:${r.source.line}`;
    const known = (r: { townshipId: string | null; year: number | null }, item: string | null, items: Set<string>) =>
      r.townshipId !== null && townships.has(r.townshipId) && r.year !== null && years.has(r.year) && item !== null && items.has(item);
    for (const r of dataset.rejectedMetricRows ?? []) {
      if (!known(r, r.metric, metricIds)) this.unattributed.push(r.year !== null && years.has(r.year) ? r.year : null);
      if (r.townshipId === null || r.year === null || r.metric === null) continue;
      push(this.rejectedMetrics, `${key(r.townshipId, r.year)}:${r.metric}`, where(r));
    }
    for (const r of dataset.rejectedShortcomingRows ?? []) {
      if (!known(r, r.category, categoryIds)) this.unattributed.push(r.year !== null && years.has(r.year) ? r.year : null);
      if (r.townshipId === null || r.year === null) continue;
      this.problemSections.add(key(r.townshipId, r.year));
      push(this.rejectedProblemRows, key(r.townshipId, r.year), where(r));
    }
  }

  hasReport(townshipId: string, year: number): boolean {
    return this.reports.has(key(townshipId, year));
  }
  /** The report's figures were all entered or set aside (reports.csv figures_accounted). */
  isAccounted(townshipId: string, year: number): boolean {
    return this.accountedReports.has(key(townshipId, year));
  }
  rows(townshipId: string, year: number, metric: string): MetricFigure[] {
    return this.metrics.get(`${key(townshipId, year)}:${metric}`) ?? [];
  }
  /** file:line of the metric's rows that could not be used. */
  rejectedRows(townshipId: string, year: number, metric: string): string[] {
    return this.rejectedMetrics.get(`${key(townshipId, year)}:${metric}`) ?? [];
  }
  rejectedCount(townshipId: string, year: number, metric: string): number {
    return this.rejectedRows(townshipId, year, metric).length;
  }
  /** file:line of the report's shortcomings.csv rows that could not be used. */
  rejectedProblems(townshipId: string, year: number): string[] {
    return this.rejectedProblemRows.get(key(townshipId, year)) ?? [];
  }
  /** A report that is silent on the metric: it exists, was fully entered, and has no row of it, usable or not. */
  isSilent(townshipId: string, year: number, metric: string): boolean {
    return this.hasReport(townshipId, year) && this.isAccounted(townshipId, year) && this.rows(townshipId, year, metric).length === 0 && this.rejectedCount(townshipId, year, metric) === 0;
  }
  hasProblemsSection(townshipId: string, year: number): boolean {
    return this.problemSections.has(key(townshipId, year));
  }
  mentions(townshipId: string, year: number, category: string): boolean {
    return this.shortcomingCategories.get(key(townshipId, year))?.has(category) ?? false;
  }
  /** Distinct categories the report's usable shortcoming rows mention. */
  categoryCount(townshipId: string, year: number): number {
    return this.shortcomingCategories.get(key(townshipId, year))?.size ?? 0;
  }
  /** The figure as a report states it: the sum of its usable rows (a percentage: its first row). */
  tally(townshipId: string, year: number, metric: string): Tally | null {
    const rows = [...this.rows(townshipId, year, metric)].sort((a, b) => a.source.line - b.source.line);
    if (rows.length === 0) return null;
    const used = rows.every((r) => r.unit === '%') ? rows.slice(0, 1) : rows;
    let value = 0;
    for (const r of used) value += r.value;
    const incomplete = this.rejectedCount(townshipId, year, metric) > 0;
    const bound = incomplete || used.some((r) => r.bound === 'at_least') ? 'at_least' : used.some((r) => r.bound === 'approx') ? 'approx' : 'exact';
    const approxParts = bound === 'at_least' && used.some((r) => r.bound === 'approx');
    return { value, bound, approxParts, measures: [...new Set(used.map((r) => measure(r.unit)))].sort() };
  }
}

function push<K, V>(map: Map<K, V[]>, k: K, value: V): void {
  const list = map.get(k);
  if (list) list.push(value);
  else map.set(k, [value]);
}
