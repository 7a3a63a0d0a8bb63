// The brief's endnotes cite each chart by its …ChartCitation (made without
// building the chart). Each must say exactly what the builder's spec says with
// every row drawn — id, title and sources in the same order (the endnotes are
// numbered in order of first citation) — on generated datasets of 1–300 townships.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefChartCitations } from '../../../src/brief/brief-citations';
import { briefHistories } from '../../../src/brief/histories';
import { buildDisputesChart } from '../../../src/charts/disputes/disputes';
import { buildHistoryChart } from '../../../src/charts/history/history';
import { buildOutreachChart } from '../../../src/charts/outreach/outreach';
import { buildShortcomingMatrixChart } from '../../../src/charts/shortcoming-matrix/shortcoming-matrix';
import { buildShortcomingRankingChart } from '../../../src/charts/shortcoming-ranking/shortcoming-ranking';
import { buildSuccessRateChart } from '../../../src/charts/success-rate/success-rate';
import type { ChartBuildOptions, ChartSpec } from '../../../src/charts/types';
import { buildDashboardModel } from '../../../src/model';
import { buildPlannedDataset, chosenYears, datasetPlan } from '../../fixtures/brief/generated-dataset';

const EVERY_ROW: ChartBuildOptions = { forPrint: true, animation: false, maxRows: Infinity };
const RUNS = Number(process.env.CITATION_RUNS ?? 15);

const cited = (spec: ChartSpec) => ({ id: spec.id, label: `“${spec.title}”图`, sources: spec.sources });

describe('the brief cites what each chart draws, without building the charts', () => {
  it('equals each builder’s id, title and sources with every row drawn', { timeout: 300_000 }, () => {
    let withRows = 0;
    fc.assert(
      fc.property(datasetPlan(), (plan) => {
        const dataset = buildPlannedDataset(plan);
        const model = buildDashboardModel(dataset, { years: chosenYears(plan) });
        const { histories } = briefHistories(model, dataset);
        const built = [
          ...model.outreach.map((comparison) => buildOutreachChart(comparison, EVERY_ROW)),
          buildDisputesChart(model.disputes, EVERY_ROW),
          buildSuccessRateChart(model.disputes, EVERY_ROW),
          buildShortcomingRankingChart(model.shortcomings, EVERY_ROW),
          buildShortcomingMatrixChart(model.shortcomings, EVERY_ROW),
        ];
        const citations = briefChartCitations(model, histories);
        expect(citations.slice(0, built.length)).toEqual(built.map(cited));
        // The history charts: every township's points, as the builder lists them.
        const historySpecs = histories.map((history) => buildHistoryChart(history, EVERY_ROW));
        expect(citations.slice(built.length).map((c) => c.id)).toEqual(historySpecs.map((s) => s.id));
        historySpecs.forEach((spec, i) => expect([...citations[built.length + i]!.sources].sort()).toEqual([...spec.sources].sort()));
        if (built.some((spec) => spec.sources.length > 1)) withRows += 1;
      }),
      { numRuns: RUNS, seed: 19019, endOnFailure: true },
    );
    // Not a test of empty lists: most datasets give charts with several cited rows.
    expect(withRows).toBeGreaterThan(RUNS / 2);
  });
});
