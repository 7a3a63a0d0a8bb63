// Public API of the model stage. See README.md in this folder.
export * from './types';
export { buildDashboardModel } from './dashboard';
export { selectRows } from './selection';
export { metricTotal, compareMetric, combineBounds, NOT_REPORTED_FIGURE } from './metrics';
export { comparabilityFlags, listNames, rowNoun } from './comparability';
export { compareDisputes, computeRate, RATE_NOT_COMPUTED_TEXT } from './disputes';
export { shortcomingMatrix, cellFor, rankingSentence } from './shortcomings';
export { overviewCards, SHORTCOMING_CATEGORIES_LABEL, SHORTCOMING_CATEGORIES_UNIT } from './overview';
export { provenanceKey, buildProvenanceIndex } from './provenance';
export { METRIC_IDS, OUTREACH_METRIC_IDS, isPercentUnit } from './metric-ids';
export * from './format';
export { unitClass, sameMeasure, distinctMeasures } from './units';
export { describeChange, type Change, type ChangeKind, type ChangeSide } from './change';
export { metricHistory, buildHistories, changeSide, pointFor, tallyChanges, pointText, historyHasFigure, NO_REPORT_TEXT, FOOTNOTE_NO_REPORT } from './history';
export type { HistoryPoint, TownshipHistory, MetricHistory, ChangeTally } from './history';
export { yearCoverage, defaultYear, coverageText, coverageShort, type YearCoverage } from './years';
export { metricGroups, metricGroupLabel, chooseGroup, compareGroup, hasReportedFigure, METRIC_GROUP_LABELS, UNCATALOGUED_GROUP } from './catalog';
export type { MetricGroup } from './catalog';
