// Provenance: every MetricFigure and Shortcoming row gets a stable key from
// its source (file:line), so a derived number can list the rows behind it and
// the page can open their quotes, report title and year.

import type { Dataset, MetricFigure, Shortcoming, SourceRef } from '../data/types';
import { indexDataset, rowKeyOf } from './dataset-index';
import type { ProvenanceEntry, ProvenanceIndex, ProvenanceKey, RejectedEntry } from './types';

export function provenanceKey(source: SourceRef): ProvenanceKey {
  return `${source.file}:${source.line}`;
}

export function buildProvenanceIndex(dataset: Dataset): ProvenanceIndex {
  const index = indexDataset(dataset);
  // Rows by key now; an entry (row, township, report) only when asked for, then
  // kept: a province has 280,000 rows and a view asks for a few thousand.
  const figures = new Map<ProvenanceKey, MetricFigure>();
  const shortcomings = new Map<ProvenanceKey, Shortcoming>();
  for (const figure of dataset.metrics) figures.set(provenanceKey(figure.source), figure);
  for (const shortcoming of dataset.shortcomings) shortcomings.set(provenanceKey(shortcoming.source), shortcoming);
  const entries = new Map<ProvenanceKey, ProvenanceEntry>();
  // Both kinds of row lead to their township and that year's report.
  const placeOf = (key: ProvenanceKey, row: { townshipId: string; year: number }) => ({
    key,
    township: index.townshipsById.get(row.townshipId) ?? null,
    report: index.reportsByRowKey.get(rowKeyOf(row.townshipId, row.year)) ?? null,
  });
  const get = (key: ProvenanceKey): ProvenanceEntry | undefined => {
    const known = entries.get(key);
    if (known) return known;
    const figure = figures.get(key);
    const shortcoming = figure ? undefined : shortcomings.get(key);
    const entry: ProvenanceEntry | undefined = figure
      ? { ...placeOf(key, figure), kind: 'metric', figure }
      : shortcoming
        ? { ...placeOf(key, shortcoming), kind: 'shortcoming', shortcoming }
        : undefined;
    if (entry) entries.set(key, entry);
    return entry;
  };
  const rejected = new Map<ProvenanceKey, RejectedEntry>();
  const placeOfRejected = (row: { source: SourceRef; townshipId: string | null; year: number | null }) => ({
    key: provenanceKey(row.source),
    township: row.townshipId === null ? null : (index.townshipsById.get(row.townshipId) ?? null),
    report:
      row.townshipId === null || row.year === null ? null : (index.reportsByRowKey.get(rowKeyOf(row.townshipId, row.year)) ?? null),
  });
  for (const row of dataset.rejectedMetricRows ?? []) rejected.set(provenanceKey(row.source), { ...placeOfRejected(row), kind: 'metric', row });
  for (const row of dataset.rejectedShortcomingRows ?? []) {
    rejected.set(provenanceKey(row.source), { ...placeOfRejected(row), kind: 'shortcoming', row });
  }
  return {
    get,
    rejected: (key) => rejected.get(key),
    resolve: (keys) =>
      keys.flatMap((key) => {
        const entry = get(key);
        return entry ? [entry] : [];
      }),
    get size() {
      return figures.size + shortcomings.size;
    },
  };
}
