// Lookup tables over a Dataset, built once per Dataset object (WeakMap cache):
// with 300 townships × 3 years every chart asks for thousands of
// (township, year, metric) groups, and a linear scan each time would not do.

import type {
  Dataset,
  MetricDefinition,
  MetricFigure,
  RejectedMetricRow,
  RejectedShortcomingRow,
  Report,
  Shortcoming,
  ShortcomingCategory,
  Township,
} from '../data/types';

export interface DatasetIndex {
  townshipsById: Map<string, Township>;
  /** Key: rowKeyOf(townshipId, year). */
  reportsByRowKey: Map<string, Report>;
  catalogById: Map<string, MetricDefinition>;
  /** Key: `${rowKey}|${metric}`; rows in source order. */
  figuresByRowMetric: Map<string, MetricFigure[]>;
  /** Key: rowKey; rows in source order. */
  shortcomingsByRowKey: Map<string, Shortcoming[]>;
  categoriesById: Map<string, ShortcomingCategory>;
  /** Rejected metrics.csv rows whose township, year and metric could be read; key as figuresByRowMetric. */
  rejectedByRowMetric: Map<string, RejectedMetricRow[]>;
  /** Rejected shortcomings.csv rows whose township and year could be read; key: rowKey. */
  rejectedShortcomingsByRowKey: Map<string, RejectedShortcomingRow[]>;
  /** Row keys with any usable figure or shortcoming. */
  rowKeysWithData: Set<string>;
  /** Every year that appears in reports, metrics or shortcomings, ascending. */
  years: number[];
}

export function rowKeyOf(townshipId: string, year: number): string {
  return `${townshipId}:${year}`;
}

export function rowMetricKey(rowKey: string, metric: string): string {
  return `${rowKey}|${metric}`;
}

const cache = new WeakMap<Dataset, DatasetIndex>();

export function indexDataset(dataset: Dataset): DatasetIndex {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const built = buildIndex(dataset);
  cache.set(dataset, built);
  return built;
}

function bySource(a: { source: { file: string; line: number } }, b: { source: { file: string; line: number } }): number {
  if (a.source.file !== b.source.file) return a.source.file < b.source.file ? -1 : 1;
  return a.source.line - b.source.line;
}

function buildIndex(dataset: Dataset): DatasetIndex {
  const years = new Set<number>();
  const townshipsById = new Map(dataset.townships.map((t) => [t.id, t] as const));
  const reportsByRowKey = new Map<string, Report>();
  for (const report of dataset.reports) {
    years.add(report.year);
    const key = rowKeyOf(report.townshipId, report.year);
    if (!reportsByRowKey.has(key)) reportsByRowKey.set(key, report);
  }
  const catalogById = new Map(dataset.metricCatalog.map((m) => [m.id, m] as const));
  const categoriesById = new Map(dataset.shortcomingCategories.map((c) => [c.id, c] as const));

  const rowKeysWithData = new Set<string>();
  const figuresByRowMetric = new Map<string, MetricFigure[]>();
  for (const figure of [...dataset.metrics].sort(bySource)) {
    years.add(figure.year);
    rowKeysWithData.add(rowKeyOf(figure.townshipId, figure.year));
    const key = rowMetricKey(rowKeyOf(figure.townshipId, figure.year), figure.metric);
    const list = figuresByRowMetric.get(key);
    if (list) list.push(figure);
    else figuresByRowMetric.set(key, [figure]);
  }

  const shortcomingsByRowKey = new Map<string, Shortcoming[]>();
  for (const shortcoming of [...dataset.shortcomings].sort(bySource)) {
    years.add(shortcoming.year);
    const key = rowKeyOf(shortcoming.townshipId, shortcoming.year);
    rowKeysWithData.add(key);
    const list = shortcomingsByRowKey.get(key);
    if (list) list.push(shortcoming);
    else shortcomingsByRowKey.set(key, [shortcoming]);
  }

  const rejectedByRowMetric = new Map<string, RejectedMetricRow[]>();
  for (const row of dataset.rejectedMetricRows ?? []) {
    if (row.townshipId === null || row.year === null || row.metric === null) continue;
    const key = rowMetricKey(rowKeyOf(row.townshipId, row.year), row.metric);
    const list = rejectedByRowMetric.get(key);
    if (list) list.push(row);
    else rejectedByRowMetric.set(key, [row]);
  }
  const rejectedShortcomingsByRowKey = new Map<string, RejectedShortcomingRow[]>();
  for (const row of dataset.rejectedShortcomingRows ?? []) {
    if (row.townshipId === null || row.year === null) continue;
    const key = rowKeyOf(row.townshipId, row.year);
    const list = rejectedShortcomingsByRowKey.get(key);
    if (list) list.push(row);
    else rejectedShortcomingsByRowKey.set(key, [row]);
  }

  return {
    rejectedByRowMetric,
    rejectedShortcomingsByRowKey,
    rowKeysWithData,
    townshipsById,
    reportsByRowKey,
    catalogById,
    figuresByRowMetric,
    shortcomingsByRowKey,
    categoriesById,
    years: [...years].sort((a, b) => a - b),
  };
}
