// What the quote check found, in numbers, for the status line and for
// check-data's last lines: "n of m quotes checked, k reports could not be
// read". Never "all quotes found" while a report is missing, empty or
// unreadable, or while a value is not in its own quote.

import type { Dataset, Problem } from './types';

export interface QuoteCheckSummary {
  /** Quotes in the data (figures and shortcomings that were read). */
  total: number;
  /** Quotes whose report text could be read and searched. */
  checked: number;
  /** Reports whose text could not be read (missing, empty, not text). */
  unreadableReports: number;
  /** Quotes not found in their report. */
  notFound: number;
  /** Figures whose value is not written in their own quote (from loading). */
  valuesNotInQuote: number;
}

const keyOf = (townshipId: string, year: number): string => `${townshipId}\u0000${year}`;

/**
 * `quoteProblems` are what verifyReportQuotes (page) or verifyQuotes plus
 * decodeReport (check-data) returned for `dataset`.
 */
export function summariseQuoteCheck(
  dataset: Pick<Dataset, 'reports' | 'metrics' | 'shortcomings' | 'problems'>,
  quoteProblems: readonly Problem[],
): QuoteCheckSummary {
  const missingLines = new Set(quoteProblems.filter((p) => p.code === 'report_missing').map((p) => p.line));
  const readable = new Set<string>();
  let unreadableReports = 0;
  for (const report of dataset.reports) {
    if (missingLines.has(report.source.line)) unreadableReports++;
    else readable.add(keyOf(report.townshipId, report.year));
  }
  const rows = [...dataset.metrics, ...dataset.shortcomings];
  return {
    total: rows.length,
    checked: rows.filter((row) => readable.has(keyOf(row.townshipId, row.year))).length,
    unreadableReports,
    notFound: quoteProblems.filter((p) => p.code === 'quote_not_in_report').length,
    valuesNotInQuote: dataset.problems.filter((p) => p.code === 'value_not_in_quote').length,
  };
}

/** True only when every quote was checked and found, and every value is in its quote. */
export function quoteCheckClean(summary: QuoteCheckSummary): boolean {
  return (
    summary.total > 0 &&
    summary.checked === summary.total &&
    summary.unreadableReports === 0 &&
    summary.notFound === 0 &&
    summary.valuesNotInQuote === 0
  );
}
