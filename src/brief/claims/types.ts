// What the brief asserts, as data (issue 17). Each finding of the 简报, the
// print and the Word brief is made of claims: who (township and year), which
// metric or category, and what is asserted. render.ts turns claims into
// Chinese in one place; check.ts verifies them against the dataset's raw
// tables without any of the code that made them. A sentence the brief
// writes about the data is either a rendered claim or fixed wording.

import type { Bound } from '../../data/types';

/** One township-year the brief speaks about. `label` is its display name ("甲乡", "甲乡 2024年"). */
export interface RowRef {
  townshipId: string;
  year: number;
  label: string;
}

/**
 * A list of names as written ("甲乡、乙乡…等7个乡镇"), with the counts it
 * states: distinct townships, and reports (township-years) when they differ.
 */
export interface NameList {
  rows: RowRef[];
  townships: number;
  reports: number;
}

export interface MetricRef {
  id: string;
  label: string;
}

/** A figure as stated: the sum of the report's usable rows, its bound and unit(s). */
export interface StatedFigure {
  value: number;
  bound: Bound;
  unit: string;
}

export type Claim =
  /** Scope line: each township named has a report in one of `years` (in that year when one). */
  | ScopeClaim
  /** Each row's report exists and gives no figure for any of `metrics` (未报告): no row, usable or not. */
  | { kind: 'not_reported'; metrics: MetricRef[]; who: NameList }
  /** Among `among`, only `who` gives a figure for the metric in its measure. */
  | { kind: 'only_reported'; metric: MetricRef; who: RowRef; figure: StatedFigure; among: RowRef[] }
  /** `who` gives `figure` for the metric, and nobody in `among` counting in the same unit gives more. */
  | { kind: 'most'; metric: MetricRef; who: RowRef[]; figure: StatedFigure; among: RowRef[] }
  /** Each row's figure for the metric is a lower bound (a usable row says 余/以上). */
  | { kind: 'lower_bound'; metric: MetricRef; who: NameList }
  /** Each row has a row of the metric that could not be used (数据有误). */
  | { kind: 'data_error'; metric: MetricRef; who: NameList }
  /** The township's figure changed from `fromYear` to `toYear` by `amount` (exactly, or at least). */
  | ChangeClaim
  /** `count` of `outOf` reports with a problems section mention the category. */
  | MentionClaim
  /** A chart draws `drawn` and leaves `omitted` to the table, `notReported` of them silent on the metric. */
  | OmittedRowsClaim;

export interface ScopeClaim {
  kind: 'scope';
  years: number[];
  who: NameList;
}

export interface ChangeClaim {
  kind: 'changed';
  metric: MetricRef;
  who: RowRef;
  fromYear: number;
  toYear: number;
  direction: 'up' | 'down' | 'same';
  /** The change in the metric's unit; for 'same' 0. */
  amount: number;
  /** exact: both figures exact; at_least: one side a lower bound that still fixes the direction; approx: a 约 figure. */
  firmness: 'exact' | 'at_least' | 'approx';
}

export interface MentionClaim {
  kind: 'mentions';
  category: { id: string; label: string };
  count: number;
  outOf: number;
  /** Counted as reports (across years) or townships (one year). */
  counting: 'townships' | 'reports';
  /** The rows mentioning it, when named. */
  who: NameList | null;
  /** The rows the count is taken over (the brief's selection with a report). */
  among: RowRef[];
}

export interface OmittedRowsClaim {
  kind: 'omitted_rows';
  chart: string;
  metric: MetricRef;
  /** Rows drawn and rows left to the table, each a township over the years it stands for. */
  drawn: ChartRowRef[];
  omitted: ChartRowRef[];
  notReported: number;
  /** Set when the drawn rows are the `top` highest and `bottom` lowest with a value (else: the highest). */
  ends?: { top: number; bottom: number };
  /** Rows (townships) counted: '个乡镇', or '份报告' across years in a one-year-per-row chart. */
  counting: 'townships' | 'reports';
}

/** A chart row: a township-year (one year) or a township across the years of a history chart. */
export interface ChartRowRef {
  townshipId: string;
  years: number[];
}

export const rowKeyOf = (row: Pick<RowRef, 'townshipId' | 'year'>): string => `${row.townshipId}:${row.year}`;

/** A NameList of rows, counting distinct townships and reports. */
export function nameList(rows: readonly RowRef[]): NameList {
  return {
    rows: rows.map((r) => ({ townshipId: r.townshipId, year: r.year, label: r.label })),
    townships: new Set(rows.map((r) => r.townshipId)).size,
    reports: new Set(rows.map(rowKeyOf)).size,
  };
}

/** A RowRef of anything shaped like a SelectionRow. */
export function rowRef(row: { townshipId: string; year: number; label: string }): RowRef {
  return { townshipId: row.townshipId, year: row.year, label: row.label };
}

export function scopeClaim(rows: readonly { townshipId: string; year: number; label: string; township: { name: string } }[], years: readonly number[]): ScopeClaim {
  // One entry per township, labelled by its name (a scope line does not repeat years).
  const seen = new Map<string, RowRef>();
  for (const row of rows) {
    if (!seen.has(row.townshipId)) seen.set(row.townshipId, { townshipId: row.townshipId, year: row.year, label: row.label.replace(/ \d{4}年$/, '') });
  }
  return { kind: 'scope', years: [...years], who: nameList([...seen.values()]) };
}
