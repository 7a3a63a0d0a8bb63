// Stage 1 of the pipeline: data/ → typed tables + problems. No React.
//
// Public API
//   loadDataset({ baseUrl, fetchImpl?, onProgress? }): Promise<Dataset>
//       Browser entry: fetches the six CSVs under `${baseUrl}data/`, decodes
//       (UTF-8, BOM, GBK, UTF-16), parses and validates — in a module worker
//       when there is one (build-off-thread.ts). Never rejects: a missing or
//       broken file is a Problem, and the other tables still load.
//   verifyReportQuotes(dataset, { baseUrl, fetchImpl?, onProgress? }): Promise<Problem[]>
//       Second stage, after the charts are drawn: fetches the report texts
//       (6 at a time) and checks each quote appears verbatim in its report.
//   fetchReportText(baseUrl, file, fetchImpl?): Promise<string | null>
//       One report's text for a reader view (cached).
//   dataFileUrl(baseUrl, file): string — URL of a file under data/.
//   buildDataset(files, missingReasons?): Dataset
//       The shared core (Node and browser): bytes of each CSV → Dataset.
//   verifyQuotes(dataset, reportTexts), decodeReport(file, bytes) — the quote
//       check without fetching (used by check-data).
//   parseChineseNumber(s), numbersInText(text), findNumbers(text),
//   textStatesNumber(text, value) — numbers as reports write them (两万, 1.2万, 94%).
//   formatProblemLine(problem), problemDetail(problem), sortProblems(problems)
//       — listing problems.
//   summariseQuoteCheck(dataset, quoteProblems), quoteCheckSentence(summary),
//   quoteCheckClean(summary) — "已核对 n/m 条引文，k份报告原文无法读取" (page and check-data).
//   unusableFiles(dataset), truncatedFiles(dataset) — files that gave no row / hit the row limit.
//   MAX_ROWS_PER_FILE, MAX_FILE_BYTES — the stated size limits (limits.ts).
// What a hand-edited file can get wrong, and what each slip gives: FILE-CHECKS.md.
//
// Every Problem has a Chinese `message` naming file, line and column, and a
// stable `code` (see types.ts).

export type {
  Bound,
  Dataset,
  MetricDefinition,
  MetricFigure,
  Problem,
  ProblemCode,
  RejectedMetricRow,
  RejectedRowBase,
  RejectedShortcomingRow,
  ProblemSeverity,
  Report,
  Shortcoming,
  ShortcomingCategory,
  SourceRef,
  Township,
} from './types';
export { BOUNDS, DATA_FILES } from './types';
export type { DataFileKey } from './schema';

export { buildDataset, sortProblems, type DataFileBytes, type MissingReasons } from './build';
export { fetchReportText, verifyReportQuotes } from './report-texts';
export {
  dataFileUrl,
  loadDataset,
  type FetchLike,
  type LoadOptions,
  type Progress,
} from './load';
export { decodeReport, reportFiles, verifyQuotes, type ReportText } from './quotes';
export { rejectUnverifiedQuotes } from './rejected';
export { findNumbers, numbersInText, parseChineseNumber, textStatesNumber, type NumberMention } from './numerals';
export { formatProblemLine, problemDetail, quoteCheckSentence, SEVERITY_LABEL } from './messages';
export { quoteCheckClean, summariseQuoteCheck, type QuoteCheckSummary } from './quote-summary';
export { MAX_FILE_BYTES, MAX_ROWS_PER_FILE } from './limits';
export { truncatedFiles, unusableFiles, type DataFile, type UnusableFile } from './file-status';

// The whole folder check (check-data and the page's 检查数据文件夹), and the
// CSV reader and table headers the data desk (src/desk) writes against.
export { checkDataFolder, problemsByFile, type FolderCheck, type FolderRead, type FolderReader } from './check-folder';
export { parseCsv, type CsvRecord, type ParsedCsv } from './csv';
export { headerOf } from './schema';
export {
  metricCatalogSchema,
  metricsSchema,
  reportsSchema,
  shortcomingCategoriesSchema,
  shortcomingsSchema,
  townshipsSchema,
} from './schema';
