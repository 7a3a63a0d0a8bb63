// The whole check of a data folder — `npm run check-data` and the page's
// 检查数据文件夹 both call this, so they cannot drift apart: read the six
// CSVs, build the Dataset, read every report text it names, check every quote
// against its report. How a file is read is passed in (Node's fs, files
// dropped on the page, the deployed site), and a file that cannot be read is
// a reason, never a throw.

import { buildDataset, sortProblems, type DataFileBytes, type MissingReasons } from './build';
import { quoteCheckSentence, summaryMessages } from './messages';
import { summariseQuoteCheck, type QuoteCheckSummary } from './quote-summary';
import { decodeReport, type ReportText, reportFiles, verifyQuotes } from './quotes';
import type { DataFileKey } from './schema';
import { DATA_FILES, type Dataset, type Problem } from './types';

/** One file of the folder (path relative to data/, e.g. reports/bitu-2024.txt). */
export type FolderRead = { bytes: Uint8Array } | { bytes: null; reason: string };

export type FolderReader = (path: string) => FolderRead | Promise<FolderRead>;

export interface FolderCheck {
  dataset: Dataset;
  /** Every problem, sorted as check-data lists them (file order, then line). */
  problems: Problem[];
  /** Rows read from the six tables. */
  rows: number;
  errors: number;
  warnings: number;
  /** What the quote check covered, and its sentence (引文核对完成：… / 引文核对：已核对 …), as the page's status line says it. */
  quotes: QuoteCheckSummary;
  quoteSentence: string;
  /** The closing sentence: 检查通过… / 检查未通过… */
  summary: string;
}

export async function checkDataFolder(read: FolderReader): Promise<FolderCheck> {
  const files = {} as DataFileBytes;
  const reasons: MissingReasons = {};
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    const result = await read(DATA_FILES[key]);
    files[key] = result.bytes;
    if (result.bytes === null) reasons[key] = result.reason;
  }
  const dataset = buildDataset(files, reasons);

  const texts = new Map<string, ReportText>();
  const reportProblems: Problem[] = [];
  for (const file of reportFiles(dataset)) {
    const result = await read(file);
    const { report, problems } = result.bytes === null ? decodeReport(file, null, result.reason) : decodeReport(file, result.bytes);
    texts.set(file, report);
    reportProblems.push(...problems);
  }

  const rows =
    dataset.townships.length +
    dataset.reports.length +
    dataset.metricCatalog.length +
    dataset.metrics.length +
    dataset.shortcomingCategories.length +
    dataset.shortcomings.length;
  // The same quote problems the page gets from verifyReportQuotes, and the same summary sentence.
  const quoteProblems = [...reportProblems, ...verifyQuotes(dataset, texts)];
  const problems = sortProblems([...dataset.problems, ...quoteProblems]);
  const quotes = summariseQuoteCheck(dataset, quoteProblems);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const fileCount = Object.keys(DATA_FILES).length;
  const summary =
    errors > 0
      ? summaryMessages.failed(errors, warnings)
      : warnings > 0
        ? summaryMessages.withWarnings(fileCount, rows, warnings)
        : summaryMessages.ok(fileCount, rows);
  return { dataset, problems, rows, errors, warnings, quotes, quoteSentence: quoteCheckSentence(quotes), summary };
}

/** Problems grouped by file in listing order, with each file's error and warning counts. */
export function problemsByFile(problems: readonly Problem[]): Array<{ file: string; errors: number; warnings: number; problems: Problem[] }> {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = groups.get(problem.file);
    if (list) list.push(problem);
    else groups.set(problem.file, [problem]);
  }
  return [...groups].map(([file, list]) => {
    const errors = list.filter((p) => p.severity === 'error').length;
    return { file, errors, warnings: list.length - errors, problems: list };
  });
}

/** Every file name the check reads at the top of a data folder. */
const KNOWN_TOP_FILES: readonly string[] = [...Object.values(DATA_FILES), 'extraction-rules.csv', 'README.md', 'EXTRACTION-RULES.md'];

/**
 * The data file a copied or downloaded name stands for: "metrics (1).csv",
 * "metrics（2）.csv", "townships - 副本.csv", "townships - Copy.csv",
 * "Metrics.CSV" → the documented name; null for any other name.
 */
export function dataFileNameFor(name: string): string | null {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return null;
  const stem = name
    .slice(0, dot)
    .replace(/\s*[(（]\s*\d+\s*[)）]\s*$/, '')
    .replace(/\s*[-－—_]?\s*(副本|copy|拷贝|复制)(\s*[(（]?\d+[)）]?)?\s*$/i, '')
    .replace(/^(副本|copy of)\s*/i, '')
    .trim()
    .toLowerCase();
  const candidate = `${stem}${name.slice(dot).toLowerCase()}`;
  return KNOWN_TOP_FILES.find((known) => known.toLowerCase() === candidate) ?? null;
}

export interface NameMatch {
  /** Given path → the data file it is checked as. */
  renamed: Array<{ given: string; as: string }>;
  /** Given paths the check does not read. */
  unused: string[];
}

/**
 * Matches the top-level names of a dropped folder to the data files: an
 * exact name wins; otherwise one copy-like name ("metrics (1).csv") stands
 * for the file; everything else at the top (and any second copy) is unused.
 * Paths below a folder (reports/…) are left to the reports.csv `file` column.
 */
export function matchDataFileNames(paths: readonly string[]): NameMatch {
  const present = new Set(paths);
  const renamed: NameMatch['renamed'] = [];
  const unused: string[] = [];
  for (const path of paths) {
    if (path.includes('/')) continue;
    if (KNOWN_TOP_FILES.includes(path)) continue;
    const as = dataFileNameFor(path);
    if (as !== null && !present.has(as) && !renamed.some((r) => r.as === as)) renamed.push({ given: path, as });
    else unused.push(path);
  }
  return { renamed, unused };
}
