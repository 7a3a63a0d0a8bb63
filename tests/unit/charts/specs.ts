// Every chart spec of a model, for tests that hold for all charts.
import {
  buildDisputesChart,
  buildOutreachChart,
  buildShortcomingMatrixChart,
  buildShortcomingRankingChart,
  buildSuccessRateChart,
  type ChartBuildOptions,
  type ChartSpec,
} from '../../../src/charts';
import type { DashboardModel } from '../../../src/model';

export function allSpecs(model: DashboardModel, options: ChartBuildOptions = {}): ChartSpec[] {
  return [
    ...model.outreach.map((c) => buildOutreachChart(c, options)),
    buildDisputesChart(model.disputes, options),
    buildSuccessRateChart(model.disputes, options),
    buildShortcomingMatrixChart(model.shortcomings, options),
    buildShortcomingRankingChart(model.shortcomings, options),
  ];
}

/** Charts with one category per selection row (all but the category ranking). */
export function rowSpecs(model: DashboardModel, options: ChartBuildOptions = {}): ChartSpec[] {
  return allSpecs(model, options).filter((s) => s.id !== 'shortcoming-ranking');
}
