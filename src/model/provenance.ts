// Provenance: every MetricFigure and Shortcoming row gets a stable key from
// its source (file:line), so a derived number can list the rows behind it and
// the page can open their quotes, report title and year.

import type { Dataset, SourceRef } from '../data/types';
import { indexDataset, rowKeyOf } from './dataset-index';
import type { ProvenanceEntry, ProvenanceIndex, ProvenanceKey } from './types';

export function provenanceKey(source: SourceRef): ProvenanceKey {
  return `${source.file}:${source.line}`;
}

export function buildProvenanceIndex(dataset: Dataset): ProvenanceIndex {
  const index = indexDataset(dataset);
  const entries = new Map<ProvenanceKey, ProvenanceEntry>();
  for (const figure of dataset.metrics) {
    const key = provenanceKey(figure.source);
    entries.set(key, {
      key,
      kind: 'metric',
      figure,
      township: index.townshipsById.get(figure.townshipId) ?? null,
      report: index.reportsByRowKey.get(rowKeyOf(figure.townshipId, figure.year)) ?? null,
    });
  }
  for (const shortcoming of dataset.shortcomings) {
    const key = provenanceKey(shortcoming.source);
    entries.set(key, {
      key,
      kind: 'shortcoming',
      shortcoming,
      township: index.townshipsById.get(shortcoming.townshipId) ?? null,
      report: index.reportsByRowKey.get(rowKeyOf(shortcoming.townshipId, shortcoming.year)) ?? null,
    });
  }
  return {
    get: (key) => entries.get(key),
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
