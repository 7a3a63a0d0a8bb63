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
  /** Key: rowKey, then metric id; rows in source order (figuresOf). */
  figuresByRow: Map<string, Map<string, MetricFigure[]>>;
  /** Key: rowKey; rows in source order. */
  shortcomingsByRowKey: Map<string, Shortcoming[]>;
  categoriesById: Map<string, ShortcomingCategory>;
  /** Rejected metrics.csv rows whose township, year and metric could be read; key: rowMetricKey(rowKey, metric). */
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

/** The figures of one township × year for one metric, in source order. */
export function figuresOf(index: DatasetIndex, rowKey: string, metric: string): readonly MetricFigure[] {
  return index.figuresByRow.get(rowKey)?.get(metric) ?? [];
}

const cache = new WeakMap<Dataset, DatasetIndex>();

export function indexDataset(dataset: Dataset): DatasetIndex {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const built = buildIndex(dataset);
  cache.set(dataset, built);
  return built;
}

function bySource(a: Sourced, b: Sourced): number {
  if (a.source.file !== b.source.file) return a.source.file < b.source.file ? -1 : 1;
  return a.source.line - b.source.line;
}

type Sourced = { source: { file: string; line: number } };

/** The rows in source order: as they are (the loader's order) when already so, else sorted. */
function inSourceOrder<Row extends Sourced>(rows: readonly Row[]): readonly Row[] {
  for (let i = 1; i < rows.length; i++) {
    if (bySource(rows[i - 1]!, rows[i]!) > 0) return [...rows].sort(bySource);
  }
  return rows;
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
  const figuresByRow = new Map<string, Map<string, MetricFigure[]>>();
  // A report's figures are next to each other in metrics.csv: the row key is
  // made once per run of them, not once per figure (a province has 250,000).
  let runTownship: string | null = null;
  let runYear: number | null = null;
  let byMetric = new Map<string, MetricFigure[]>();
  // Indexed loops over a province's rows: a for…of allocated an iterator result
  // per row until the loop was optimized (≈ 6 MB here).
  const figures = inSourceOrder(dataset.metrics);
  for (let i = 0; i < figures.length; i++) {
    const figure = figures[i]!;
    if (figure.townshipId !== runTownship || figure.year !== runYear) {
      runTownship = figure.townshipId;
      runYear = figure.year;
      years.add(figure.year);
      const rowKey = rowKeyOf(figure.townshipId, figure.year);
      rowKeysWithData.add(rowKey);
      const known = figuresByRow.get(rowKey);
      if (known) byMetric = known;
      else figuresByRow.set(rowKey, (byMetric = new Map()));
    }
    const list = byMetric.get(figure.metric);
    if (list) list.push(figure);
    else byMetric.set(figure.metric, [figure]);
  }

  const shortcomingsByRowKey = new Map<string, Shortcoming[]>();
  const shortcomings = inSourceOrder(dataset.shortcomings);
  for (let i = 0; i < shortcomings.length; i++) {
    const shortcoming = shortcomings[i]!;
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
    figuresByRow,
    shortcomingsByRowKey,
    categoriesById,
    years: [...years].sort((a, b) => a - b),
  };
}
