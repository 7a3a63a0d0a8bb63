// Provenance: every MetricFigure and Shortcoming row gets a stable key from
// its source (file:line), so a derived number can list the rows behind it and
// the page can open their quotes, report title and year.

import type { Dataset, SourceRef } from '../data/types';
import { indexDataset, rowKeyOf } from './dataset-index';
import type { ProvenanceEntry, ProvenanceIndex, ProvenanceKey, RejectedEntry } from './types';

export function provenanceKey(source: SourceRef): ProvenanceKey {
  return `${source.file}:${source.line}`;
}

export function buildProvenanceIndex(dataset: Dataset): ProvenanceIndex {
  const index = indexDataset(dataset);
  const entries = new Map<ProvenanceKey, ProvenanceEntry>();
  // Both kinds of row lead to their township and that year's report.
  const placeOf = (row: { source: SourceRef; townshipId: string; year: number }) => ({
    key: provenanceKey(row.source),
    township: index.townshipsById.get(row.townshipId) ?? null,
    report: index.reportsByRowKey.get(rowKeyOf(row.townshipId, row.year)) ?? null,
  });
  for (const figure of dataset.metrics) {
    const place = placeOf(figure);
    entries.set(place.key, { ...place, kind: 'metric', figure });
  }
  for (const shortcoming of dataset.shortcomings) {
    const place = placeOf(shortcoming);
    entries.set(place.key, { ...place, kind: 'shortcoming', shortcoming });
  }
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
    get: (key) => entries.get(key),
    rejected: (key) => rejected.get(key),
    resolve: (keys) =>
      keys.flatMap((key) => {
        const entry = entries.get(key);
        return entry ? [entry] : [];
      }),
    get size() {
      return entries.size;
    },
  };
}
