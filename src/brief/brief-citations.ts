// What each chart of the 简报 rests on, for the endnotes: the same builders the
// chart cards call, run once with print options (the sources of a chart do not
// depend on its width). Keep in step with the sections BriefView renders.
import { buildDisputesChart } from '../charts/disputes/disputes';
import { buildOutreachChart } from '../charts/outreach/outreach';
import { buildShortcomingMatrixChart } from '../charts/shortcoming-matrix/shortcoming-matrix';
import { buildShortcomingRankingChart } from '../charts/shortcoming-ranking/shortcoming-ranking';
import { buildSuccessRateChart } from '../charts/success-rate/success-rate';
import type { ChartBuildOptions } from '../charts/types';
import type { CitationGroup } from './types';
import type { MetricHistory } from '../model/history';
import type { DashboardModel, ProvenanceKey } from '../model/types';

const CITATION_BUILD: ChartBuildOptions = { forPrint: true, animation: false, maxRows: Infinity };

/** One citation group per chart, in page order: outreach metrics, disputes, success rate, ranking, matrix, history. */
export function briefChartCitations(model: DashboardModel, histories: readonly MetricHistory[] = []): CitationGroup[] {
  const specs = [
    ...model.outreach.map((comparison) => buildOutreachChart(comparison, CITATION_BUILD)),
    buildDisputesChart(model.disputes, CITATION_BUILD),
    buildSuccessRateChart(model.disputes, CITATION_BUILD),
    buildShortcomingRankingChart(model.shortcomings, CITATION_BUILD),
    buildShortcomingMatrixChart(model.shortcomings, CITATION_BUILD),
  ];
  return [...specs.map((spec) => ({ id: spec.id, sources: spec.sources, label: `“${spec.title}”图` })), ...histories.map(historyCitation)];
}

/**
 * The sources of a history chart with every row drawn — what
 * buildHistoryChart(history, CITATION_BUILD) gives as `id` and `sources` —
 * without the builder, whose code stays in the history section's own chunk.
 */
function historyCitation(history: MetricHistory): CitationGroup {
  // Pushed, not nested flatMaps: a province's history has 12,000 points, each an array of keys.
  const sources: ProvenanceKey[] = [];
  for (const township of history.townships) {
    for (const point of township.points) for (const key of point.total.provenance) sources.push(key);
  }
  return { id: `history:${history.metric}`, label: `历年变化“${history.label}”图`, sources };
}
