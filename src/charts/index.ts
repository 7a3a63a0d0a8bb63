// Public API of the chart stage: one pure builder per chart, model → ChartSpec.
export type { ChartBuildOptions, ChartDatum, ChartSpec } from './types';
export { buildOutreachChart } from './outreach/outreach';
export { buildDisputesChart } from './disputes/disputes';
export { buildSuccessRateChart } from './success-rate/success-rate';
export { buildShortcomingMatrixChart } from './shortcoming-matrix/shortcoming-matrix';
export { buildShortcomingRankingChart } from './shortcoming-ranking/shortcoming-ranking';
export { buildHistoryChart, HISTORY_SCREEN_MAX_ROWS } from './history/history';
export {
  chartHeightFor,
  SCREEN_MAX_ROWS,
  PRINT_MAX_ROWS,
  ROW_HEIGHT_PX,
  PRINT_ROW_HEIGHT_PX,
  GROUPED_ROW_HEIGHT_PX,
  PRINT_CHART_MAX_HEIGHT_PX,
} from './layout';
export { OKABE_ITO, SERIES_COLORS, ROLE_COLORS } from './palette';
