// Public API of the extraction stage, shared by scripts/extract.ts and the
// 报告解析 page. Pure functions of text: no React, no file system, no fetch.

export type {
  ClassifiedFigure,
  DraftRow,
  DraftShortcoming,
  ExtractOptions,
  ExtractionRule,
  FoundFigure,
  RuleKind,
  RuleProblem,
  RuleSet,
} from './types';
export { analyseMetrics, extractMetrics, type FigureOutcome, type MetricExtraction, type ReviewedFigure } from './extract-metrics';
export { extractShortcomings, problemSections } from './extract-shortcomings';
export { findFigures } from './figures';
export { foldForMatching } from './normalize';
export { inferReportYear } from './report-meta';
export { parseRules, RULE_COLUMNS, RULES_FILE, type KnownIds } from './rules';
export { UNITS } from './units';
export {
  METRIC_COLUMNS,
  SHORTCOMING_COLUMNS,
  metricRecord,
  metricsCsv,
  shortcomingRecord,
  shortcomingsCsv,
  toCsv,
  csvForSpreadsheet,
  UTF8_BOM,
  type CsvCell,
  type CsvOptions,
} from './csv';
export { describeFigure, describeShortcoming, figureSentence, inContext, unplacedReason } from './review';
export { decodeReportBytes, type DecodedReport } from './decode-report';
export { segmentText, type TextSegment } from './segments';
export { tidyItem } from './item-and-quote';
