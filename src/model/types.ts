// Public types of the model stage (stage 2): figures derived from the typed
// tables of src/data. Nothing here knows React or ECharts.
//
// Two rules shape every type below:
// - A figure the report does not give is `not_reported` with `value: null`,
//   never 0, so a consumer cannot draw or sum it by accident.
// - Every derived number carries the provenance keys of the rows it came from
//   (see provenance.ts), so any bar, cell or card can open its quotes.

import type { Bound, MetricDefinition, MetricFigure, Report, Shortcoming, ShortcomingCategory, Township } from '../data/types';

/** `${source.file}:${source.line}` of a MetricFigure or Shortcoming row, e.g. "metrics.csv:12". */
export type ProvenanceKey = string;

/**
 * The four states of a figure, never confused (figure-state.ts, FIGURES.md):
 * - reported: a value (with `errors` when some of its parts could not be used: an incomplete total);
 * - not_reported (未报告): the report exists, all its figures were accounted for, and it is silent on this one;
 * - not_entered (未录入): the report exists but its figures were not all entered (reports.csv
 *   figures_accounted is not yes), so no row does not mean the report is silent;
 * - no_report (无报告): reports.csv has no report of that township for that year;
 * - data_error (数据有误): rows exist for it, but none could be used.
 */
export type FigureStatus = 'reported' | 'not_reported' | 'not_entered' | 'no_report' | 'data_error';

/** A data row behind a figure that could not be used: why, and where. */
export interface FigureError {
  /** `${file}:${line}`, the same shape as a ProvenanceKey (the panel opens it). */
  key: ProvenanceKey;
  file: string;
  line: number;
  /** The report's item name (metrics) or the category id (shortcomings), when readable. */
  item: string | null;
  /** Chinese reason(s), without the file and line. */
  reason: string;
}

/** What the user chose: township ids and years. Omitted or empty = everything in the dataset. */
export interface SelectionCriteria {
  townshipIds?: readonly string[];
  years?: readonly number[];
}

/**
 * One (township, year) pair of the selection: the unit every chart compares.
 * With one year selected `label` is the township name; with several it is
 * "塔尔玛乡 2024年" so that categories stay distinct.
 */
export interface SelectionRow {
  /** `${townshipId}:${year}`, stable and unique. */
  key: string;
  townshipId: string;
  year: number;
  township: Township;
  /** The report for this township and year, or null when reports.csv has none. */
  report: Report | null;
  label: string;
}

/**
 * The selection, ordered deterministically: townships in townships.csv order
 * (then id), years ascending within a township.
 */
export interface Selection {
  townships: Township[];
  years: number[];
  rows: SelectionRow[];
  /** Ids asked for that the dataset does not know (for a URL with a stale id). */
  unknownTownshipIds: string[];
}

/** One MetricFigure row as a stacked part: the report's own item name and value. */
export interface MetricPart {
  key: ProvenanceKey;
  item: string;
  value: number;
  unit: string;
  bound: Bound;
  quote: string;
  note: string;
}

/**
 * A value with its bound, or the explicit absence of one and why. A reported
 * figure with `errors` is an incomplete total: some parts could not be used,
 * so the value is a lower bound (`bound: 'at_least'`) and is always shown with
 * "另有N项数据有误" (formatFigure).
 */
export type Figure =
  | {
      status: 'reported';
      value: number;
      bound: Bound;
      errors?: readonly FigureError[];
      /**
       * A lower bound with an approximate part (≥5 + 约101): its minimum is
       * itself approximate, shown "≥约", and no change is stated from it as
       * certain (change.ts).
       */
      approxParts?: true;
    }
  | { status: 'not_reported'; value: null; bound: null }
  | { status: 'not_entered'; value: null; bound: null }
  | { status: 'no_report'; value: null; bound: null }
  | { status: 'data_error'; value: null; bound: null; errors: readonly FigureError[] };

/**
 * A metric for one selection row: the sum of the report's parts.
 * bound: at_least if any part is at_least (with figure.approxParts when another is approx); else approx if any part is approx; else exact.
 */
export interface MetricTotal {
  rowKey: string;
  townshipId: string;
  year: number;
  metric: string;
  figure: Figure;
  parts: MetricPart[];
  /** Distinct units of the parts, in order of first appearance. */
  units: string[];
  /**
   * The parts use more than one measure (e.g. 人 and 人次): their sum is shown
   * but flagged. Spellings of one measure (次/场/场次, 起/件; units.ts) are not mixed.
   */
  mixedUnits: boolean;
  /**
   * True for metrics whose parts must not be summed (unit %): the figure is
   * the first part's value and `parts` keeps the rest for the tooltip.
   */
  nonAdditive: boolean;
  /** Non-empty `note` column values of the parts, deduplicated. */
  notes: string[];
  provenance: ProvenanceKey[];
}

export type ComparabilityKind =
  /** Townships count the metric in different units (人 vs 人次, 份 vs 册). */
  | 'units_differ_across_townships'
  /** One township's parts mix units, so its own total is a mixed sum. */
  | 'units_mixed_within_township'
  /** Some totals are lower bounds: the ranking between them is uncertain. */
  | 'lower_bounds';

export interface ComparabilityFlag {
  metric: string;
  kind: ComparabilityKind;
  /** Township/row labels grouped by unit, for the note. */
  groups: { unit: string; rowKeys: string[]; labels: string[] }[];
  /** Chinese footnote text, e.g. "塔尔玛乡按“人”计，碧土乡、达果乡、哲古镇按“人次”计，口径不同，不宜直接比较". */
  note: string;
  provenance: ProvenanceKey[];
}

/** All rows of the selection for one metric, plus its catalog entry and flags. */
export interface MetricComparison {
  metric: string;
  /** Catalog entry; null when the catalog lacks the id (label falls back to the id). */
  definition: MetricDefinition | null;
  label: string;
  /** The catalog unit (the unit most rows use). */
  unit: string;
  /** The selection rows, parallel to `totals` (same order). */
  rows: SelectionRow[];
  totals: MetricTotal[];
  flags: ComparabilityFlag[];
}

export type RateKind = 'computed' | 'reported';

/** A success rate in percent (0–100). */
export interface RateFigure {
  kind: RateKind;
  value: number;
  bound: Bound;
  provenance: ProvenanceKey[];
}

/**
 * Why no computed rate exists for a row (for the tooltip and the brief):
 * missing counts, lower-bound/approximate counts, different units, zero found.
 */
export type RateNotComputedReason =
  | 'counts_missing'
  /** found or resolved has a row that could not be used (数据有误 or an incomplete total). */
  | 'counts_data_error'
  | 'counts_not_exact'
  | 'units_differ'
  | 'found_zero'
  /** resolved > found: the two counts cannot describe the same disputes. */
  | 'resolved_exceeds_found';

export interface DisputeRow {
  row: SelectionRow;
  /** disputes_screened: disputes found. */
  found: MetricTotal;
  /** disputes_resolved. */
  resolved: MetricTotal;
  /** dispute_screening_rounds: screening rounds, NOT disputes; never used as found. */
  screeningRounds: MetricTotal;
  /** The report's own mediation_success_rate. */
  reportedRateTotal: MetricTotal;
  computedRate: RateFigure | null;
  computedRateMissingReason: RateNotComputedReason | null;
  reportedRate: RateFigure | null;
  /** The rate a card shows: computed if present, else reported, else not reported. */
  headlineRate: RateFigure | null;
}

export interface DisputeComparison {
  rows: DisputeRow[];
  found: MetricComparison;
  resolved: MetricComparison;
  screeningRounds: MetricComparison;
  reportedRate: MetricComparison;
}

export interface ShortcomingQuote {
  key: ProvenanceKey;
  quote: string;
}

export interface ShortcomingCell {
  rowKey: string;
  categoryId: string;
  quotes: ShortcomingQuote[];
  provenance: ProvenanceKey[];
}

/** Rejected shortcomings.csv rows of one selection row. */
export interface ShortcomingRowErrors {
  rowKey: string;
  errors: FigureError[];
}

export interface CategoryRank {
  category: ShortcomingCategory;
  /** Selection rows (townships, or township-years) mentioning the category. */
  rowCount: number;
  /** Rows the count is out of: those whose report has a problems section (a shortcomings.csv row, usable or not). */
  outOf: number;
  rowKeys: string[];
  /** e.g. "5个乡镇中4个提到法治人才与队伍力量不足" (or "…份报告中…份…" across years). */
  sentence: string;
  provenance: ProvenanceKey[];
}

export interface ShortcomingMatrix {
  rows: SelectionRow[];
  /** Categories in ranking order (most rows first, then catalog order); unused ones last. */
  categories: ShortcomingCategory[];
  /** Only non-empty cells; look up with cellFor(). */
  cells: ShortcomingCell[];
  ranking: CategoryRank[];
  /** Shortcomings whose category is missing from the catalog (kept, never dropped silently). */
  unknownCategoryIds: string[];
  /** Rows with shortcomings.csv lines that could not be used (数据有误). */
  rowErrors: ShortcomingRowErrors[];
}

export type OverviewFigureId =
  | 'outreach_events'
  | 'outreach_reach'
  | 'disputes_resolved'
  | 'success_rate'
  | 'shortcoming_categories';

export interface OverviewFigure {
  id: OverviewFigureId;
  /** From the metric catalog; fixed UI wording only for the two derived figures. */
  label: string;
  unit: string;
  figure: Figure;
  /** For success_rate: which rate is shown. */
  rateKind?: RateKind;
  mixedUnits: boolean;
  provenance: ProvenanceKey[];
}

export interface OverviewCard {
  row: SelectionRow;
  figures: OverviewFigure[];
  /**
   * metrics.csv rows of this township and year that could not be used and
   * belong to no metric of the catalog (unknown or unreadable metric id): no
   * figure can carry them, so the card names them (数据有误).
   */
  unplacedErrors?: FigureError[];
}

/**
 * Selected rows that have no report (无报告): left out of every comparison and
 * listed once ("尚无2025年报告：甲乡、乙乡").
 */
export interface NoReportRows {
  rows: SelectionRow[];
  /** "尚无2025年报告：甲乡、乙乡" (one clause per year), or null when every row has a report. */
  text: string | null;
  /**
   * "2024年的数据中有1行无法读取…" (unread-rows.ts): refused rows of the years
   * shown that belong to no township or figure; null when none. Shown wherever
   * this selection's 未报告 is (the views' note, the brief, the Word brief).
   */
  unread?: string | null;
}

/** Everything the dashboard needs for one selection. */
export interface DashboardModel {
  /** Everything asked for, including rows without a report. */
  selection: Selection;
  /**
   * The rows compared (those with a report, or with data): every comparison,
   * card, matrix and finding below is over these rows only.
   */
  compared: Selection;
  noReport: NoReportRows;
  outreach: MetricComparison[];
  disputes: DisputeComparison;
  shortcomings: ShortcomingMatrix;
  overview: OverviewCard[];
}

/** What a provenance key leads to: the row, its township and its report. */
export type ProvenanceEntry =
  | {
      key: ProvenanceKey;
      kind: 'metric';
      figure: import('../data/types').MetricFigure;
      township: Township | null;
      report: Report | null;
    }
  | {
      key: ProvenanceKey;
      kind: 'shortcoming';
      shortcoming: import('../data/types').Shortcoming;
      township: Township | null;
      report: Report | null;
    };

/** A data row that could not be used (数据有误), for the provenance panel: why, where, whose report. */
export type RejectedEntry =
  | {
      key: ProvenanceKey;
      kind: 'metric';
      row: import('../data/types').RejectedMetricRow;
      township: Township | null;
      report: Report | null;
    }
  | {
      key: ProvenanceKey;
      kind: 'shortcoming';
      row: import('../data/types').RejectedShortcomingRow;
      township: Township | null;
      report: Report | null;
    };

export interface ProvenanceIndex {
  /** Usable rows only: a rejected row is never a source of a number (see `rejected`). */
  get(key: ProvenanceKey): ProvenanceEntry | undefined;
  /** The rejected row at a key (数据有误), with its problems. */
  rejected(key: ProvenanceKey): RejectedEntry | undefined;
  /** Entries for several keys, unknown keys skipped, in the order given. */
  resolve(keys: readonly ProvenanceKey[]): ProvenanceEntry[];
  /**
   * The usable row at a key (the row `get` would give), without building or
   * keeping its entry: for counting thousands of rows (the brief's condensed
   * endnotes), where an entry per row is most of the cost.
   */
  row(key: ProvenanceKey): MetricFigure | Shortcoming | undefined;
  readonly size: number;
}
