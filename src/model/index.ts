// Public API of the model stage. See README.md in this folder.
export * from './types';
export { buildDashboardModel } from './dashboard';
export { selectRows, groupByCounty, groupByPrefecture, type CountyGroup, type PrefectureGroup } from './selection';
export { metricTotal, compareMetric, combineBounds, NOT_REPORTED_FIGURE } from './metrics';
export { comparabilityFlags, listNames, rowNoun } from './comparability';
export { compareDisputes, computeRate, RATE_NOT_COMPUTED_TEXT } from './disputes';
export { shortcomingMatrix, cellFor, rankingSentence } from './shortcomings';
export { overviewCards, successRateFigure, SHORTCOMING_CATEGORIES_LABEL, SHORTCOMING_CATEGORIES_UNIT } from './overview';
export { provenanceKey, buildProvenanceIndex } from './provenance';
export { METRIC_IDS, OUTREACH_METRIC_IDS, isPercentUnit } from './metric-ids';
export * from './format';
export { unitClass, sameMeasure, distinctMeasures } from './units';
export * from './figure-state';
export { splitNoReport, noReportText, rowHasNoReport } from './no-report';
export { metricRowError, shortcomingRowError } from './rejected-rows';
// change.ts, history.ts and catalog.ts are imported by path, not from here: this
// file is in the first chunk, and what it re-exports is bundled with it; the
// 历年变化 / 指标一览 code belongs to those views' own chunks.
export { yearCoverage, defaultYear, coverageText, coverageShort, type YearCoverage } from './years';
