// 历年变化 (issue 8): one metric for each township across the years, with the
// change from each year to the next said as firmly as the bounds allow
// (change.ts). A year without a report is a gap (无报告), never a zero; a
// report silent on the metric is 未报告; both break the chain of changes.

import { displayText } from '../data/suspicious-text';
import type { Dataset, MetricDefinition, Township } from '../data/types';
import { describeChange, type Change, type ChangeKind, type ChangeSide } from './change';
import { listNames } from './comparability';
import { indexDataset } from './dataset-index';
import { rowTotals } from './metrics';
import { selectRows, uniqueDisplayNames } from './selection';
import { distinctMeasures, unitClass } from './units';
import { formatFigure, unitOfTotal, type NumberFormatOptions } from './format';
import type { MetricTotal, Selection, SelectionCriteria, SelectionRow } from './types';

export interface HistoryPoint {
  year: number;
  /** The township × year selection row (label "塔尔玛乡 2024年"). */
  row: SelectionRow;
  total: MetricTotal;
  /** No report of this township for this year: a gap (无报告), not a figure the report left out. */
  noReport: boolean;
  /** Change from the previous year of the history (null for the first year). */
  change: Change | null;
}

export interface TownshipHistory {
  township: Township;
  /** The township's name on the page (repeated names get their county). */
  label: string;
  /** One point per year of the history, ascending. */
  points: HistoryPoint[];
}

export interface MetricHistory {
  metric: string;
  definition: MetricDefinition | null;
  label: string;
  unit: string;
  years: number[];
  townships: TownshipHistory[];
  /** Chinese notes: townships whose units differ between years (not compared). */
  notes: string[];
}

/**
 * The side of a change a point stands for. A total with some rows refused is
 * a lower bound (withErrors), compared as one; with every row refused it is
 * 数据有误, not a figure the report left out.
 */
export function changeSide(point: Pick<HistoryPoint, 'noReport' | 'total'>): ChangeSide {
  if (point.noReport) return { kind: 'no_report' };
  const { figure } = point.total;
  if (figure.status === 'not_entered') return { kind: 'not_reported', notEntered: true };
  if (figure.status === 'data_error') return { kind: 'data_error' };
  if (figure.status !== 'reported' || figure.value === null || figure.bound === null) return { kind: 'not_reported' };
  const side: ChangeSide = { kind: 'figure', value: figure.value, bound: figure.bound, units: distinctMeasures(point.total.units) };
  if (figure.approxParts) side.approxParts = true;
  return side;
}

/**
 * The history of one metric for the selection's townships over its years
 * (`selection` should span several years: selectRows with every year).
 */
export function metricHistory(
  dataset: Dataset,
  selection: Selection,
  metricId: string,
  shared: SelectionLookups = selectionLookups(dataset, selection, [metricId]),
): MetricHistory {
  const index = indexDataset(dataset);
  const definition = index.catalogById.get(metricId) ?? null;
  const unit = definition?.unit ?? '';
  const { names, rowsByTownship } = shared;
  const at = shared.metricIds.indexOf(metricId);
  const unitsDiffer: string[] = [];
  const townships = selection.townships.map((township) => {
    const label = names.get(township.id) ?? displayText(township.name);
    const points: HistoryPoint[] = [];
    // Each point's side is read once, as the "to" of one change and the "from" of the next.
    let previousSide: ChangeSide | null = null;
    // The measures of the years with a figure, consecutive or not (人 in 2020, 未报告 in 2021, 人次 in 2022).
    let firstMeasures: string | null = null;
    let measuresDiffer = false;
    for (const { row, totals } of rowsByTownship.get(township.id) ?? []) {
      const point: HistoryPoint = {
        year: row.year,
        row,
        total: totals[at]!,
        noReport: row.report === null,
        change: null,
      };
      const side = changeSide(point);
      if (previousSide) point.change = describeChange(previousSide, side, unit);
      previousSide = side;
      points.push(point);
      if (side.kind === 'figure') {
        const measures = measuresKey(side.units, unit);
        if (firstMeasures === null) firstMeasures = measures;
        else if (measures !== firstMeasures) measuresDiffer = true;
      }
    }
    if (measuresDiffer || points.some((p) => p.change?.kind === 'units_differ')) unitsDiffer.push(label);
    return { township, label, points };
  });
  const notes =
    unitsDiffer.length > 0
      ? [`${listNames(unitsDiffer)}在不同年度按不同单位计（如“人”与“人次”），口径不同的年份之间不比较增减`]
      : [];
  return { metric: metricId, definition, label: definition?.label ?? metricId, unit, years: selection.years, townships, notes };
}

/** The measures a figure counts in ("人", "人+人次" for a mixed sum), the catalog unit's when it names none. */
function measuresKey(units: readonly string[], catalogUnit: string): string {
  // Nearly every figure has one unit: no array for it (a province's histories read 100,000 points).
  if (units.length <= 1) return unitClass(units[0] ?? catalogUnit);
  return units.map(unitClass).sort().join('+');
}

/** What every metric's history of one selection looks up: the townships' labels, rows and their totals. */
interface SelectionLookups {
  names: Map<string, string>;
  /** The totals of `metricIds` (in that order) for each row. */
  rowsByTownship: Map<string, Array<{ row: SelectionRow; totals: MetricTotal[] }>>;
  metricIds: readonly string[];
}

function selectionLookups(dataset: Dataset, selection: Selection, metricIds: readonly string[]): SelectionLookups {
  const totalsOf = rowTotals(dataset, metricIds);
  const rowsByTownship: SelectionLookups['rowsByTownship'] = new Map();
  for (const row of selection.rows) {
    const entry = { row, totals: totalsOf(row) };
    const list = rowsByTownship.get(row.townshipId);
    if (list) list.push(entry);
    else rowsByTownship.set(row.townshipId, [entry]);
  }
  return { names: uniqueDisplayNames(selection.townships), rowsByTownship, metricIds };
}

/** Histories of several metrics over every year in the data for the chosen townships. */
export function buildHistories(
  dataset: Dataset,
  criteria: Pick<SelectionCriteria, 'townshipIds'> & { upToYear?: number | null },
  metricIds: readonly string[],
): MetricHistory[] {
  const { upToYear } = criteria;
  // Every year of the data, or those up to the year a brief is about.
  const years = indexDataset(dataset).years.filter((year) => upToYear === undefined || upToYear === null || year <= upToYear);
  const selection = selectRows(dataset, {
    ...(criteria.townshipIds ? { townshipIds: criteria.townshipIds } : {}),
    years,
  });
  // Made once for all the metrics (a province: 2,000 labels, 12,000 rows and their totals).
  const shared = selectionLookups(dataset, selection, metricIds);
  return metricIds.map((id) => metricHistory(dataset, selection, id, shared));
}

/** The point of a township for a year, if the history has that year. */
export function pointFor(history: TownshipHistory, year: number): HistoryPoint | undefined {
  return history.points.find((p) => p.year === year);
}

export interface ChangeTally {
  fromYear: number;
  toYear: number;
  /** Township labels per kind of change, in township order. */
  byKind: Map<ChangeKind, TownshipHistory[]>;
}

/** How the townships' figures changed from one year to the next (for the brief). */
export function tallyChanges(history: MetricHistory, toYear: number): ChangeTally | null {
  const at = history.years.indexOf(toYear);
  if (at < 1) return null;
  const fromYear = history.years[at - 1] as number;
  const byKind = new Map<ChangeKind, TownshipHistory[]>();
  for (const township of history.townships) {
    const change = pointFor(township, toYear)?.change;
    if (!change) continue;
    const list = byKind.get(change.kind);
    if (list) list.push(township);
    else byKind.set(change.kind, [township]);
  }
  return { fromYear, toYear, byKind };
}

/** How a year without a report reads everywhere in the history (a gap, never 0). */
export const NO_REPORT_TEXT = '无报告';
export const FOOTNOTE_NO_REPORT = '“无报告”表示该乡镇这一年度没有报告（不是0，也不是报告未给出）';

/** "≥25场次", "未报告", "无报告": one point as text, through the shared figure formatter. */
export function pointText(point: Pick<HistoryPoint, 'noReport' | 'total'>, unit: string, options: NumberFormatOptions = {}): string {
  if (point.noReport) return NO_REPORT_TEXT;
  return formatFigure(point.total.figure, unitOfTotal(point.total, unit), options);
}

/** True when some township reports the metric in some year: only then is a chart drawn. */
export function historyHasFigure(history: MetricHistory): boolean {
  return history.townships.some((t) => t.points.some((p) => !p.noReport && p.total.figure.status === 'reported'));
}
