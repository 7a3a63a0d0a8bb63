// Stage 2b: a metric per selection row = the sum of the report's parts, with
// the bound and units carried along; then the comparison across rows.

import type { Bound, Dataset, MetricFigure } from '../data/types';
import { comparabilityFlags } from './comparability';
import { indexDataset, rowMetricKey } from './dataset-index';
import { isPercentUnit } from './metric-ids';
import { provenanceKey } from './provenance';
import { distinctMeasures } from './units';
import type { Figure, MetricComparison, MetricPart, MetricTotal, Selection, SelectionRow } from './types';

export const NOT_REPORTED_FIGURE: Figure = { status: 'not_reported', value: null, bound: null };

/** at_least wins over approx, approx over exact: a sum is only as certain as its least certain part. */
export function combineBounds(bounds: readonly Bound[]): Bound {
  if (bounds.includes('at_least')) return 'at_least';
  if (bounds.includes('approx')) return 'approx';
  return 'exact';
}

export function metricTotal(dataset: Dataset, row: SelectionRow, metricId: string): MetricTotal {
  const index = indexDataset(dataset);
  const figures = index.figuresByRowMetric.get(rowMetricKey(row.key, metricId)) ?? [];
  const catalogUnit = index.catalogById.get(metricId)?.unit ?? '';
  return totalOfFigures(row, metricId, figures, catalogUnit);
}

export function totalOfFigures(
  row: Pick<SelectionRow, 'key' | 'townshipId' | 'year'>,
  metricId: string,
  figures: readonly MetricFigure[],
  catalogUnit: string,
): MetricTotal {
  const parts: MetricPart[] = figures.map((f) => ({
    key: provenanceKey(f.source),
    item: f.item,
    value: f.value,
    unit: f.unit,
    bound: f.bound,
    quote: f.quote,
    note: f.note,
  }));
  const units = distinct(parts.map((p) => p.unit));
  const nonAdditive = isPercentUnit(catalogUnit) || parts.some((p) => isPercentUnit(p.unit));
  const first = parts[0];

  let figure: Figure = NOT_REPORTED_FIGURE;
  if (first && nonAdditive) {
    figure = { status: 'reported', value: first.value, bound: first.bound };
  } else if (first) {
    figure = {
      status: 'reported',
      value: roundSum(parts.reduce((sum, p) => sum + p.value, 0)),
      bound: combineBounds(parts.map((p) => p.bound)),
    };
  }
  return {
    rowKey: row.key,
    townshipId: row.townshipId,
    year: row.year,
    metric: metricId,
    figure,
    parts,
    units,
    // 次 and 场次 are one measure (units.ts): only different measures make a mixed sum.
    mixedUnits: distinctMeasures(units).length > 1,
    nonAdditive,
    notes: distinct(parts.map((p) => p.note.trim()).filter((n) => n !== '')),
    provenance: parts.map((p) => p.key),
  };
}

export function compareMetric(dataset: Dataset, selection: Selection, metricId: string): MetricComparison {
  const index = indexDataset(dataset);
  const definition = index.catalogById.get(metricId) ?? null;
  const totals = selection.rows.map((row) => metricTotal(dataset, row, metricId));
  const unit = definition?.unit ?? mostCommonUnit(totals) ?? '';
  const comparison: MetricComparison = {
    metric: metricId,
    definition,
    label: definition?.label ?? metricId,
    unit,
    rows: selection.rows,
    totals,
    flags: [],
  };
  comparison.flags = comparabilityFlags(comparison, selection.rows);
  return comparison;
}

function mostCommonUnit(totals: readonly MetricTotal[]): string | undefined {
  const counts = new Map<string, number>();
  for (const t of totals) for (const u of t.units) counts.set(u, (counts.get(u) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [unit, count] of counts) {
    if (count > bestCount) [best, bestCount] = [unit, count];
  }
  return best;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Sums of decimals (0.1 + 0.2) must not print as 0.30000000000000004. */
function roundSum(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
