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
  // By file, then by line (an array): a province's 280,000 rows are placed in
  // a few milliseconds, where a Map of "file:line" strings took half a second.
  const byLine = <Row extends { source: SourceRef }>(rows: readonly Row[]) => {
    const files = new Map<string, Row[]>();
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      let lines = files.get(row.source.file);
      if (!lines) files.set(row.source.file, (lines = []));
      lines[row.source.line] = row;
    }
    // A 简报 looks up a province's 50,000 keys of one file in a row: the file is
    // kept from the key before. ('' is no file: files.get('') is undefined.)
    let lastFile = '';
    let lastLines: Row[] | undefined;
    return (key: ProvenanceKey): Row | undefined => {
      const at = key.lastIndexOf(':');
      if (at !== lastFile.length || !key.startsWith(lastFile)) lastLines = files.get((lastFile = key.slice(0, at)));
      return lastLines?.[Number(key.slice(at + 1))];
    };
  };
  // Placed on the first lookup: most views look up no row until a number is opened.
  type Lookup<Row> = (key: ProvenanceKey) => Row | undefined;
  let placed: { figures: Lookup<MetricFigure>; shortcomings: Lookup<Shortcoming> } | null = null;
  const lines = () => (placed ??= { figures: byLine(dataset.metrics), shortcomings: byLine(dataset.shortcomings) });
  const figures = (key: ProvenanceKey) => lines().figures(key);
  const shortcomings = (key: ProvenanceKey) => lines().shortcomings(key);
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
    const figure = figures(key);
    const shortcoming = figure ? undefined : shortcomings(key);
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
    row: (key) => figures(key) ?? shortcomings(key),
    rejected: (key) => rejected.get(key),
    resolve: (keys) =>
      keys.flatMap((key) => {
        const entry = get(key);
        return entry ? [entry] : [];
      }),
    get size() {
      return dataset.metrics.length + dataset.shortcomings.length;
    },
  };
}
