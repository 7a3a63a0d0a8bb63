// What each chart of the 简报 rests on, for the endnotes: every row the chart
// can draw, as its builder lists them with every row drawn (the sources of a
// chart do not depend on its width). Each chart module says so itself
// (…ChartCitation, unit-tested equal to the builder's `sources` with maxRows:
// Infinity) without building the chart: at a province that was 15 options of
// 2,000 rows each, ≈ 0.14 s of the 简报. Keep in step with the sections BriefView renders.
import { disputesChartCitation } from '../charts/disputes/disputes';
import { outreachChartCitation } from '../charts/outreach/outreach';
import { shortcomingMatrixChartCitation } from '../charts/shortcoming-matrix/shortcoming-matrix';
import { shortcomingRankingChartCitation } from '../charts/shortcoming-ranking/shortcoming-ranking';
import { successRateChartCitation } from '../charts/success-rate/success-rate';
import type { ChartCitation } from '../charts/types';
import type { CitationGroup } from './types';
import type { MetricHistory } from '../model/history';
import type { DashboardModel, ProvenanceKey } from '../model/types';

/** One citation group per chart, in page order: outreach metrics, disputes, success rate, ranking, matrix, history. */
export function briefChartCitations(model: DashboardModel, histories: readonly MetricHistory[] = []): CitationGroup[] {
  const charts: ChartCitation[] = [
    ...model.outreach.map(outreachChartCitation),
    disputesChartCitation(model.disputes),
    successRateChartCitation(model.disputes),
    shortcomingRankingChartCitation(model.shortcomings),
    shortcomingMatrixChartCitation(model.shortcomings),
  ];
  return [...charts.map((chart) => ({ id: chart.id, sources: chart.sources, label: `“${chart.title}”图` })), ...histories.map(historyCitation)];
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
