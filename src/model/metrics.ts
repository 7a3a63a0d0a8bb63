// Stage 2b: a metric per selection row = the sum of the report's parts, with
// the bound and units carried along; then the comparison across rows.

import type { Bound, Dataset, MetricFigure } from '../data/types';
import { comparabilityFlags } from './comparability';
import { type DatasetIndex, figuresOf, indexDataset, rowMetricKey } from './dataset-index';
import { NO_REPORT_FIGURE, NOT_REPORTED_FIGURE, silentFigure, withErrors } from './figure-state';
import { metricRowError } from './rejected-rows';
import { isPercentUnit } from './metric-ids';
import { provenanceKey } from './provenance';
import { distinctMeasures } from './units';
import type { Figure, FigureError, MetricComparison, MetricPart, MetricTotal, ProvenanceKey, Selection, SelectionRow } from './types';

export { NOT_REPORTED_FIGURE };

/** at_least wins over approx, approx over exact: a sum is only as certain as its least certain part. */
export function combineBounds(bounds: readonly Bound[]): Bound {
  if (bounds.includes('at_least')) return 'at_least';
  if (bounds.includes('approx')) return 'approx';
  return 'exact';
}

/**
 * The figure of one metric for one row: the sum of its usable rows, marked
 * incomplete when some rows of it could not be used (数据有误 when none
 * could), 未报告 when the report is silent, 无报告 when there is no report.
 */
export function metricTotal(dataset: Dataset, row: SelectionRow, metricId: string): MetricTotal {
  const index = indexDataset(dataset);
  const catalogUnit = index.catalogById.get(metricId)?.unit ?? '';
  return totalOfRow(index, row, metricId, catalogUnit, figuresOf(index, row.key, metricId), noReportFor(index, row));
}

/**
 * metricTotal of each of `metricIds`, for one row at a time: what is the same
 * for every row (the metrics' units) or for every metric (the row's figures)
 * is looked up once. A province's histories are 12,000 rows × 9 metrics.
 */
export function rowTotals(dataset: Dataset, metricIds: readonly string[]): (row: SelectionRow) => MetricTotal[] {
  const index = indexDataset(dataset);
  const units = metricIds.map((id) => index.catalogById.get(id)?.unit ?? '');
  return (row) => {
    const byMetric = index.figuresByRow.get(row.key);
    const noReport = noReportFor(index, row);
    return metricIds.map((id, i) => totalOfRow(index, row, id, units[i]!, byMetric?.get(id) ?? NO_FIGURES, noReport));
  };
}

const NO_FIGURES: readonly MetricFigure[] = [];
const NO_ERRORS: readonly FigureError[] = [];

/** No report for this row, and no figure or shortcoming entered for it either. */
function noReportFor(index: DatasetIndex, row: SelectionRow): boolean {
  return row.report === null && !index.rowKeysWithData.has(row.key);
}

function totalOfRow(index: DatasetIndex, row: SelectionRow, metricId: string, catalogUnit: string, figures: readonly MetricFigure[], noReport: boolean): MetricTotal {
  const rejected = index.rejectedByRowMetric.size > 0 ? index.rejectedByRowMetric.get(rowMetricKey(row.key, metricId)) : undefined;
  const errors = rejected ? rejected.map(metricRowError) : NO_ERRORS;
  return totalOfFigures(row, metricId, figures, catalogUnit, { errors, noReport, notEntered: row.report !== null && !row.report.figuresAccounted });
}

/** totalOfFigures of no figures: 未报告, 未录入, 无报告 or 数据有误 by `state`, with nothing to sum. */
function silentTotal(
  row: Pick<SelectionRow, 'key' | 'townshipId' | 'year'>,
  metricId: string,
  catalogUnit: string,
  state: { errors?: readonly FigureError[]; noReport?: boolean; notEntered?: boolean },
): MetricTotal {
  const errors = state.errors ?? [];
  const nonAdditive = isPercentUnit(catalogUnit);
  const silent = silentFigure(state.notEntered ? { figuresAccounted: false } : null);
  const figure = withErrors(state.noReport && errors.length === 0 ? NO_REPORT_FIGURE : silent, errors, { additive: !nonAdditive });
  return { rowKey: row.key, townshipId: row.townshipId, year: row.year, metric: metricId, figure, parts: [], units: [], mixedUnits: false, nonAdditive, notes: [], provenance: [] };
}

export function totalOfFigures(
  row: Pick<SelectionRow, 'key' | 'townshipId' | 'year'>,
  metricId: string,
  figures: readonly MetricFigure[],
  catalogUnit: string,
  /** notEntered: the report's figures were not all entered, so no row is 未录入, not 未报告. */
  state: { errors?: readonly FigureError[]; noReport?: boolean; notEntered?: boolean } = {},
): MetricTotal {
  // One pass over the figures (issue 19): the 简报's histories make ~50,000
  // totals at province scale, and a map/filter/Set per field of each was most
  // of their time. Same results, same order as the field-by-field version.
  // Half of a province's totals have no figure at all: they skip the pass.
  if (figures.length === 0) return silentTotal(row, metricId, catalogUnit, state);
  const parts: MetricPart[] = new Array(figures.length);
  const provenance: ProvenanceKey[] = new Array(figures.length);
  // Arrays, not Sets: a total has one to a few parts, and 100,000 totals made
  // two Sets each (most of a province's history allocations).
  const units: string[] = [];
  const notes: string[] = [];
  let nonAdditive = isPercentUnit(catalogUnit);
  let sum = 0;
  let atLeast = false;
  let approx = false;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    const key = provenanceKey(f.source);
    parts[i] = { key, item: f.item, value: f.value, unit: f.unit, bound: f.bound, quote: f.quote, note: f.note };
    provenance[i] = key;
    if (!units.includes(f.unit)) units.push(f.unit);
    if (!nonAdditive && isPercentUnit(f.unit)) nonAdditive = true;
    sum += f.value;
    if (f.bound === 'at_least') atLeast = true;
    else if (f.bound === 'approx') approx = true;
    const note = f.note.trim();
    if (note !== '' && !notes.includes(note)) notes.push(note);
  }
  const first = parts[0];

  const silent = silentFigure(state.notEntered ? { figuresAccounted: false } : null);
  let figure: Figure = state.noReport && (state.errors ?? []).length === 0 ? NO_REPORT_FIGURE : silent;
  if (first && nonAdditive) {
    figure = { status: 'reported', value: first.value, bound: first.bound };
  } else if (first) {
    figure = {
      status: 'reported',
      value: roundSum(sum),
      // As combineBounds: at_least wins over approx, approx over exact; a lower bound with an
      // approximate part is a minimum that is itself approximate (≥约).
      bound: atLeast ? 'at_least' : approx ? 'approx' : 'exact',
      ...(atLeast && approx ? { approxParts: true as const } : {}),
    };
  }
  figure = withErrors(figure, state.errors ?? [], { additive: !nonAdditive });
  return {
    rowKey: row.key,
    townshipId: row.townshipId,
    year: row.year,
    metric: metricId,
    figure,
    parts,
    units,
    // 次 and 场次 are one measure (units.ts): only different measures make a mixed sum.
    mixedUnits: units.length > 1 && distinctMeasures(units).length > 1,
    nonAdditive,
    notes,
    provenance,
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

/** Sums of decimals (0.1 + 0.2) must not print as 0.30000000000000004. */
function roundSum(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
