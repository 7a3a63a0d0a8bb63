// Trust checks on each figure: its value is written in its quote, and its
// quote is written, verbatim, in its report. A figure that fails stays in the
// table (it may be right and the check too strict) but gets an error, so that
// check-data fails and the page can mark it.

import { decodeBytes, normaliseLineEnds } from './decode';
import { makeProblem, quoteMessages } from './messages';
import { textStatesNumber, writesNumberPlainly } from './numerals';
import type { Dataset, MetricFigure, Problem, Report, SourceRef } from './types';

/** The lines of the figures whose quote does not state their value (few: usually none). */
export function linesNotStatingValue(metrics: readonly MetricFigure[]): number[] {
  const lines: number[] = [];
  for (const m of metrics) if (!writesNumberPlainly(m.quote, m.value) && !textStatesNumber(m.quote, m.value)) lines.push(m.source.line);
  return lines;
}

/**
 * value_not_in_quote for each figure whose quote does not state its value.
 * `notStated`: linesNotStatingValue of every row these figures were read as,
 * worked out where they were read (read-in-halves.ts: each reader its part).
 */
export function checkValuesInQuotes(metrics: readonly MetricFigure[], notStated?: ReadonlySet<number>): Problem[] {
  if (notStated?.size === 0) return [];
  return metrics
    .filter((m) => (notStated ? notStated.has(m.source.line) : !textStatesNumber(m.quote, m.value)))
    .map((m) => makeProblem('error', 'value_not_in_quote', { ...m.source, column: 'value' }, quoteMessages.valueNotInQuote(m.value, m.quote)));
}

/** The text of one report, or why it could not be read. */
export type ReportText = { text: string } | { text: null; reason: string };

/**
 * Decodes a fetched or read report file. Problems (GBK, not a text file) name
 * the report file itself; `bytes` null means it could not be fetched.
 */
export function decodeReport(file: string, bytes: Uint8Array | null, missingReason = '文件不存在'): { report: ReportText; problems: Problem[] } {
  if (bytes === null) return { report: { text: null, reason: missingReason }, problems: [] };
  const decoded = decodeBytes(bytes, file, { kind: 'text' });
  if (decoded.text === null) {
    const code = decoded.problems[0]?.code;
    const reason =
      code === 'file_empty' ? '文件是空的' : code === 'encoding_mojibake' ? '汉字是乱码' : code === 'file_too_large' ? '文件太大' : '不是文本文件';
    return { report: { text: null, reason }, problems: decoded.problems };
  }
  return { report: { text: normaliseLineEnds(decoded.text) }, problems: decoded.problems };
}

const collapseWhitespace = (s: string): string => s.replace(/\s+/g, '');

// Reports mix full-width and ASCII punctuation (碧土乡 writes "2024年," and "(一)").
const PUNCTUATION_PAIRS: ReadonlyArray<[string, string]> = [
  ['，', ','], ['。', '.'], ['：', ':'], ['；', ';'], ['（', '('], ['）', ')'], ['！', '!'], ['？', '?'],
  ['“', '"'], ['”', '"'], ['‘', "'"], ['’', "'"], ['、', ','], ['％', '%'],
];
const toAsciiPunctuation = (s: string): string =>
  PUNCTUATION_PAIRS.reduce((acc, [full, ascii]) => acc.split(full).join(ascii), s);

/**
 * Why a quote missed, when it nearly matches: only whitespace differs, or
 * only full-width/ASCII punctuation. Returns the hint shown to staff, or null.
 */
function nearMissHint(quote: string, reportText: string): string | null {
  const attempts: Array<[(s: string) => string, (fragment: string) => string]> = [
    [collapseWhitespace, quoteMessages.hintWhitespace],
    [(s) => collapseWhitespace(toAsciiPunctuation(s)), quoteMessages.hintPunctuation],
  ];
  for (const [normalise, hint] of attempts) {
    const target = normalise(quote);
    if (target === '') continue;
    const fragment = findOriginalFragment(reportText, target, normalise);
    if (fragment !== null) return hint(fragment);
  }
  return null;
}

/**
 * Finds the stretch of `text` that normalises to `target`, so the hint can
 * show the report's own wording. Normalisers here map characters one-to-one
 * or drop them, so normalising char by char keeps offsets traceable.
 */
function findOriginalFragment(text: string, target: string, normalise: (s: string) => string): string | null {
  const chars = [...text];
  const normalisedChars = chars.map(normalise);
  const flat = normalisedChars.join('');
  const at = flat.indexOf(target);
  if (at < 0) return null;
  // Walk to the original characters covering [at, at + target.length).
  let pos = 0;
  let start = -1;
  let end = -1;
  for (let i = 0; i < chars.length; i++) {
    const next = pos + normalisedChars[i]!.length;
    if (start < 0 && next > at) start = i;
    if (next >= at + target.length) {
      end = i + 1;
      break;
    }
    pos = next;
  }
  return start < 0 || end < 0 ? null : chars.slice(start, end).join('');
}

/**
 * report_missing for each report whose text could not be read, and
 * quote_not_in_report for each figure or shortcoming whose quote is not a
 * substring of its report's text. `reportTexts` is keyed by Report.file.
 */
export function verifyQuotes(
  dataset: Pick<Dataset, 'reports' | 'metrics' | 'shortcomings' | 'rejectedMetricRows'>,
  reportTexts: ReadonlyMap<string, ReportText>,
): Problem[] {
  const problems: Problem[] = [];
  const reportFor = new Map<string, Report>();
  for (const report of dataset.reports) {
    reportFor.set(`${report.townshipId}\u0000${report.year}`, report);
    const text = reportTexts.get(report.file);
    if (text?.text === null) {
      problems.push(makeProblem('error', 'report_missing', { ...report.source, column: 'file' }, quoteMessages.reportMissing(report.file, text.reason)));
    }
  }
  const check = (row: { townshipId: string; year: number; quote: string; source: SourceRef }): void => {
    const report = reportFor.get(`${row.townshipId}\u0000${row.year}`);
    const text = report ? reportTexts.get(report.file)?.text : null;
    if (!report || text == null) return; // no report: already a problem of its own
    const quote = normaliseLineEnds(row.quote);
    if (text.includes(quote)) return;
    problems.push(
      makeProblem('error', 'quote_not_in_report', { ...row.source, column: 'quote' }, quoteMessages.quoteNotInReport(report.file, nearMissHint(quote, text))),
    );
  };
  dataset.metrics.forEach(check);
  // A figure left out only because its value is not in its quote still has a quote to check.
  for (const rejected of dataset.rejectedMetricRows ?? []) if (rejected.figure) check(rejected.figure);
  dataset.shortcomings.forEach(check);
  return problems;
}

/** The distinct report files a dataset refers to, in reports.csv order. */
export function reportFiles(dataset: Pick<Dataset, 'reports'>): string[] {
  return [...new Set(dataset.reports.map((r) => r.file))];
}
