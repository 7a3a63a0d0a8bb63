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
  /** Rows of the figure that could not be used ("，另有N项数据有误"); absent = none. */
  unusableParts?: number;
  /** A lower bound with an approximate part ("≥约"); absent = none. */
  approxParts?: true;
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
  /**
   * Each row has a row of the metric that could not be used (数据有误): `whole`, none of its rows
   * could (未能使用); else some could (合计不完整).
   */
  | { kind: 'data_error'; metric: MetricRef; who: NameList; whole: boolean }
  /** The township's figure changed from `fromYear` to `toYear` by `amount` (exactly, or at least). */
  | ChangeClaim
  /** `count` of `outOf` reports with a problems section mention the category. */
  | MentionClaim
  /** A chart draws `drawn` and leaves `omitted` to the table, `notReported` of them silent on the metric. */
  | OmittedRowsClaim
  /** "尚无2025年报告：…": each row (township, year) has no report that year. */
  | { kind: 'no_report'; who: NameList }
  /** "2024年的数据中有N行无法读取": per year, the refused rows that belong to no township or figure. */
  | UnreadRowsClaim
  /** Each row counts the metric in exactly these measures (figures as stated when given), not in `apartFrom`'s. */
  | CountedInClaim
  /** "甲乡按“人”计，乙乡按“人次”计，口径不同": groups of distinct measures. */
  | { kind: 'units_differ'; metric: MetricRef; groups: CountedInClaim[] }
  /** Each row's figure for the metric is approximate (约): no lower bound, some row 约. */
  | { kind: 'approximate'; metric: MetricRef; who: NameList }
  /** "另有N个乡镇缺少其中一年的报告或可用的数字": of `among`, `count` lack a report or a usable figure in one of the years. */
  | NotComparedClaim
  /** Named under "无法判断增减" (bounds) or "两年单位不同" (units): both years give a figure, and no change can be stated. */
  | { kind: 'change_unknown'; metric: MetricRef; fromYear: number; toYear: number; reason: 'bounds' | 'units'; who: NameList }
  /** Each row has a shortcomings.csv row that could not be used. */
  | { kind: 'problems_data_error'; who: NameList }
  /** "需改正的数据行：metrics.csv 第12行…等N行": the refused rows of `among` for `metrics` and their problems sections. */
  | RowsToFixClaim
  /** Each row's report was not all entered and has no row (usable or not) of `metrics` (未录入). */
  | { kind: 'not_entered'; metrics: MetricRef[]; who: NameList }
  /** Each row gives screening rounds and no usable count of disputes found. */
  | { kind: 'rounds_only'; rounds: MetricRef; found: MetricRef; who: NameList }
  /** "所选乡镇均未报告…": every report of `townshipIds` in `years` is silent on `metrics`. */
  | { kind: 'all_silent'; metrics: MetricRef[]; townshipIds: string[]; years: number[] };

export interface UnreadRowsClaim {
  kind: 'unread_rows';
  perYear: { year: number; count: number }[];
}

export interface CountedInClaim {
  kind: 'counted_in';
  metric: MetricRef;
  /** The measures, as spelled in the sentence ("人", "人、人次" for a mixed sum). */
  units: string[];
  who: NameList;
  /** The figures stated, in `who` order, or null when the sentence gives none. */
  figures: StatedFigure[] | null;
  /** The measures of the rows compared, when the sentence says these rows were left out of it. */
  apartFrom: string[] | null;
}

export interface NotComparedClaim {
  kind: 'not_compared';
  metric: MetricRef;
  fromYear: number;
  toYear: number;
  count: number;
  /** The townships the sentence is about (the brief's history). */
  townshipIds: string[];
}

export interface RowsToFixClaim {
  kind: 'rows_to_fix';
  /** Rows listed by file and line ("metrics.csv:12"). */
  listed: string[];
  /** Rows in all ("等N行"). */
  count: number;
  metrics: string[];
  among: RowRef[];
}

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
  /**
   * What ranks the rows and what 未报告 means, when not `metric`'s figure:
   * disputes found (else resolved), silent on both; the success rate (computed from exact
   * counts, else the report's own), with no rate, count error or rate row; the number of
   * categories mentioned, with no problems section.
   */
  ranking?: { by: 'disputes'; found: string; resolved: string } | { by: 'rate'; found: string; resolved: string; rate: string } | { by: 'mentions' };
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
