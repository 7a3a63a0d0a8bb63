// What the data desk adds to a data folder: one report of one township and
// year, with the rows the clerk accepted on the 报告解析 page.

import type { MetricFigure, Shortcoming } from '../data/types';

export interface DeskTownship {
  id: string;
  name: string;
  county: string;
  /** For a municipality (重庆、北京、天津、上海), which has no prefecture level: the municipality again (重庆市). */
  prefecture: string;
  province: string;
}

/** An accepted metrics.csv row: township, year and source come from the entry it belongs to. */
export type DeskMetricRow = Omit<MetricFigure, 'townshipId' | 'year' | 'source'>;

export type DeskShortcomingRow = Pick<Shortcoming, 'category' | 'quote'>;

export interface DeskEntry {
  township: DeskTownship;
  /** True when the township is not yet in townships.csv and gets a row. */
  newTownship: boolean;
  year: number;
  title: string;
  /** YYYY-MM-DD or null. */
  published: string | null;
  /**
   * Every figure of the text was placed in a row or set aside with a reason at
   * the desk's figure ledger: written to reports.csv figures_accounted (yes/no).
   * Only then does the page say 未报告 for a metric the report has no row for.
   */
  figuresAccounted?: boolean;
  /** The report text as the clerk gave it. */
  reportText: string;
  metrics: DeskMetricRow[];
  shortcomings: DeskShortcomingRow[];
}

/** Files of a data folder: path relative to data/ (townships.csv, reports/bitu-2024.txt) → bytes. */
export type DataFolderFiles = Map<string, Uint8Array>;

/** Where the report text of an entry goes. */
export function reportFileOf(townshipId: string, year: number): string {
  return `reports/${townshipId}-${year}.txt`;
}
