// The "来源" line printed under each chart: which reports the chart's numbers
// come from, and which data lines, so a printout is sourced on its own page
// (the quotes themselves are in the brief's endnotes and the on-screen panel).

import { displayText } from '../data/suspicious-text';
import { consecutiveRuns } from '../model/number-runs';
import type { ProvenanceIndex, ProvenanceKey } from '../model/types';

/** Reports named before "等N份报告". */
const REPORTS_NAMED = 4;
/**
 * Line ranges listed per data file; more and the file is summarised as
 * "第23–412行中的72行": a chart of 300 townships must not print a page of
 * line numbers (the endnotes and the CSV export list every row).
 */
const RANGES_LISTED = 10;

/**
 * "来源：甲乡 2024年《…报告》、乙乡 2024年《…报告》；数据：metrics.csv 第2–4、9行".
 * Empty string when the chart rests on no row (everything 未报告).
 */
export function sourcesLine(keys: readonly ProvenanceKey[], provenance: ProvenanceIndex): string {
  // A set (insertion-ordered): a province's chart names 2,000 reports, and a list's includes() is quadratic.
  const reportNames = new Set<string>();
  // The rows only (provenance.row), and one entry per report: a province's history chart has 12,000 keys
  // of 2,000 reports, and an entry for each key was most of the time (issue 19).
  const reportsSeen = new Set<string>();
  const linesByFile = new Map<string, number[]>();
  for (const key of new Set(keys)) {
    const row = provenance.row(key);
    if (!row) continue;
    const report = `${row.townshipId}\u0000${row.year}`;
    if (!reportsSeen.has(report)) {
      reportsSeen.add(report);
      const entry = provenance.get(key)!;
      // Without bidi/zero-width characters (issue 17): a name must not turn the text after it around.
      const township = displayText(entry.township?.name ?? row.townshipId);
      const title = entry.report ? `《${displayText(entry.report.title)}》` : '';
      reportNames.add(`${township} ${row.year}年${title}`);
    }
    const lines = linesByFile.get(row.source.file);
    if (lines) lines.push(row.source.line);
    else linesByFile.set(row.source.file, [row.source.line]);
  }
  if (reportsSeen.size === 0) return '';
  const reports = [...reportNames];
  const named = reports.slice(0, REPORTS_NAMED).join('、');
  const more = reports.length > REPORTS_NAMED ? `等${reports.length}份报告` : '';
  const data = [...linesByFile].map(([file, lines]) => `${file} ${linesText(lines)}`).join('，');
  return `来源：${named}${more}；数据：${data}`;
}

/** "第2–4、9行", or "第23–412行中的72行" when the lines form more than RANGES_LISTED runs. */
function linesText(lines: readonly number[]): string {
  const ranges = lineRanges(lines);
  if (ranges.split('、').length <= RANGES_LISTED) return `第${ranges}行`;
  const unique = [...new Set(lines)];
  return `第${Math.min(...unique)}–${Math.max(...unique)}行中的${unique.length}行`;
}

/** [2, 3, 4, 9] → "2–4、9". */
export function lineRanges(lines: readonly number[]): string {
  return consecutiveRuns(lines)
    .map(({ first, last }) => (last > first ? `${first}–${last}` : String(first)))
    .join('、');
}
