// Typed tables produced by the data stage (fetch → decode → parse → validate).
// Every row keeps the file line it came from, so a problem or a figure on the
// page can always be traced back to data/ and from there to the report.

/** How a report states a figure: 18起 (exact), 25余次 / 94%以上 (at_least), 约300人 (approx). */
export type Bound = 'exact' | 'at_least' | 'approx';
export const BOUNDS: readonly Bound[] = ['exact', 'at_least', 'approx'];

/** Where a row came from: the data file (relative to data/) and its 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
}

export interface Township {
  id: string;
  name: string;
  county: string;
  prefecture: string;
  province: string;
  source: SourceRef;
}

export interface Report {
  townshipId: string;
  year: number;
  title: string;
  /** YYYY-MM-DD, or null when the report does not say. */
  published: string | null;
  /** Path of the report text under data/, e.g. reports/bitu-2024.txt. */
  file: string;
  /**
   * reports.csv figures_accounted: true when every figure the text states was
   * placed in metrics.csv or set aside with a reason (the desk's figure
   * ledger). Only then is a metric without rows 未报告; otherwise 未录入.
   */
  figuresAccounted: boolean;
  source: SourceRef;
}

export interface MetricDefinition {
  id: string;
  group: string;
  label: string;
  unit: string;
  definition: string;
  source: SourceRef;
}

/** One figure a report states. Absent figures have no row: never a 0. */
export interface MetricFigure {
  townshipId: string;
  year: number;
  metric: string;
  /** The report's own name for this part (集中宣讲, 入户宣讲 …); parts of one metric stack and sum. */
  item: string;
  value: number;
  unit: string;
  bound: Bound;
  /** Shortest verbatim fragment of the report that states the figure. */
  quote: string;
  note: string;
  source: SourceRef;
}

export interface ShortcomingCategory {
  id: string;
  label: string;
  definition: string;
  source: SourceRef;
}

export interface Shortcoming {
  townshipId: string;
  year: number;
  category: string;
  quote: string;
  source: SourceRef;
}

export type ProblemSeverity = 'error' | 'warning';

/**
 * A problem found while loading. `message` is the Chinese sentence shown to
 * county staff; `code` is stable for tests and tooling.
 */
export interface Problem {
  severity: ProblemSeverity;
  code: ProblemCode;
  file: string;
  /** 1-based line in the file (the header is line 1), when the problem has one. */
  line?: number;
  column?: string;
  message: string;
}

export type ProblemCode =
  | 'file_missing'
  | 'file_empty'
  | 'not_csv'
  | 'encoding_gbk'
  | 'column_missing'
  | 'column_unknown'
  | 'value_required'
  | 'not_a_number'
  | 'bad_year'
  | 'bad_date'
  | 'bad_bound'
  | 'bad_flag'
  | 'bad_id'
  | 'bad_path'
  | 'unknown_township'
  | 'unknown_metric'
  | 'unknown_category'
  | 'unknown_report'
  | 'duplicate'
  | 'quote_not_in_report'
  | 'value_not_in_quote'
  | 'report_missing'
  | 'csv_syntax'
  // Issue 10, parse level (see src/data/FILE-CHECKS.md):
  | 'broken_quote'
  | 'csv_delimiter'
  | 'header_chinese'
  | 'thousands_separator'
  | 'bad_characters'
  | 'encoding_mojibake'
  | 'encoding_utf16'
  | 'file_no_rows'
  | 'all_rows_rejected'
  | 'too_many_rows'
  | 'file_too_large'
  | 'year_suffix'
  | 'id_case'
  // Issue 17: bidi, zero-width, control or look-alike characters in an id or name (suspicious-text.ts).
  | 'suspicious_characters';

/**
 * A metrics.csv or shortcomings.csv row left out of its table (a bad cell, an
 * unknown id, a duplicate, a value not in its quote), with what could be read
 * of its identity. The model uses it to mark the figure it belongs to as
 * 数据有误 instead of 未报告 (see src/data/rejected.ts).
 */
export interface RejectedRowBase {
  source: SourceRef;
  /** Cells as written in the file, by column name. */
  cells: Readonly<Record<string, string>>;
  /** Null when the cell itself could not be read. */
  townshipId: string | null;
  year: number | null;
  quote: string | null;
  /** The errors that made the row unusable, each with its Chinese message. */
  problems: Problem[];
}

export interface RejectedMetricRow extends RejectedRowBase {
  metric: string | null;
  item: string | null;
  /** The parsed row when every cell was readable (e.g. its value is not in its quote). */
  figure: MetricFigure | null;
}

export interface RejectedShortcomingRow extends RejectedRowBase {
  category: string | null;
}

export interface Dataset {
  townships: Township[];
  reports: Report[];
  metricCatalog: MetricDefinition[];
  metrics: MetricFigure[];
  shortcomingCategories: ShortcomingCategory[];
  shortcomings: Shortcoming[];
  problems: Problem[];
  /** metrics.csv rows that could not be used (absent = none); their problems are also in `problems`. */
  rejectedMetricRows?: RejectedMetricRow[];
  /** shortcomings.csv rows that could not be used (absent = none). */
  rejectedShortcomingRows?: RejectedShortcomingRow[];
}

/** The CSV files the loader reads, relative to data/. */
export const DATA_FILES = {
  townships: 'townships.csv',
  reports: 'reports.csv',
  metricCatalog: 'metric-catalog.csv',
  metrics: 'metrics.csv',
  shortcomingCategories: 'shortcoming-categories.csv',
  shortcomings: 'shortcomings.csv',
} as const;
