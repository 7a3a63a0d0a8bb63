// Every sentence the brief writes is true, on generated data (issue 17): for
// datasets of 1–300 townships over 1–6 years (see
// tests/fixtures/brief/generated-dataset.ts), every claim of the page's 简报
// (which print renders as is) and of the Word brief holds when checked against
// the raw tables by brief/claims/check.ts, which shares no code with the
// producer; every "其余…" note, "未报告" and count is one of those claims;
// scope lines name only townships with a report in the chosen year(s); no
// hidden character reaches the text.
//
// CI runs a fixed seed and a small number of cases. Locally, run many more:
//   CLAIMS_RUNS=500 npx vitest run --project unit tests/unit/brief/claims.property.test.ts
// (CLAIMS_SEED=<n> picks another seed; a failure prints its seed and path to replay.)

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBriefFindings } from '../../../src/brief/findings';
import { briefHistories, historyFindingOptions } from '../../../src/brief/histories';
import { briefNoReportClaim, briefNoReportText, briefScopeClaim, briefScopeText, briefUnreadClaim, briefUnreadText } from '../../../src/brief/scope';
import { checkClaims } from '../../../src/brief/claims/check';
import { renderNames, renderOmitted } from '../../../src/brief/claims/render';
import type { Claim, NameList } from '../../../src/brief/claims/types';
import { displayText } from '../../../src/data/suspicious-text';
import { buildBriefContent } from '../../../src/export/word/brief-content';
import { buildDashboardModel, buildProvenanceIndex } from '../../../src/model';
import type { DashboardModel } from '../../../src/model/types';
import type { MetricHistory } from '../../../src/model/history';
import type { Dataset } from '../../../src/data/types';
import type { ChartBuildOptions, ChartSpec } from '../../../src/charts/types';
import { buildOutreachChart } from '../../../src/charts/outreach/outreach';
import { buildDisputesChart } from '../../../src/charts/disputes/disputes';
import { buildSuccessRateChart } from '../../../src/charts/success-rate/success-rate';
import { buildShortcomingMatrixChart } from '../../../src/charts/shortcoming-matrix/shortcoming-matrix';
import { buildHistoryChart } from '../../../src/charts/history/history';
import { disputesOmittedClaim, historyOmittedClaim, matrixOmittedClaim, outreachOmittedClaim, rateOmittedClaim } from '../../../src/brief/chart-claims';
import type { OmittedRowsClaim } from '../../../src/brief/claims/types';
import { buildPlannedDataset, chosenYears, datasetPlan } from '../../fixtures/brief/generated-dataset';

const RUNS = Number(process.env.CLAIMS_RUNS ?? 12);
const SEED = Number(process.env.CLAIMS_SEED ?? 17017);
const HIDDEN = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

function nameListsOf(claim: Claim): NameList[] {
  switch (claim.kind) {
    case 'scope':
    case 'no_report':
    case 'not_entered':
    case 'approximate':
    case 'problems_data_error':
    case 'rounds_only':
    case 'change_unknown':
    case 'counted_in':
    case 'not_reported':
    case 'lower_bound':
    case 'data_error':
      return [claim.who];
    case 'mentions':
      return claim.who ? [claim.who] : [];
    default:
      return [];
  }
}

const REST_NOTE = /其余\d+(个乡镇|份报告)见表格/;
/** How the page (screen, and a small cap so notes appear), print (fit to the page) and a tight print draw the charts. */
const DRAWINGS: ChartBuildOptions[] = [{}, { maxRows: 3 }, { forPrint: true, showTitle: false, animation: false }, { forPrint: true, showTitle: false, animation: false, maxRows: 2 }];

/** Each row chart of the 简报 with the claim its rest note makes. */
function briefCharts(model: DashboardModel, histories: readonly MetricHistory[]): { build: (o: ChartBuildOptions) => ChartSpec; claimOf: (s: ChartSpec) => OmittedRowsClaim }[] {
  return [
    ...model.outreach.map((c) => ({ build: (o: ChartBuildOptions) => buildOutreachChart(c, o), claimOf: (s: ChartSpec) => outreachOmittedClaim(c, s) })),
    { build: (o) => buildDisputesChart(model.disputes, o), claimOf: (s) => disputesOmittedClaim(model.disputes, s) },
    { build: (o) => buildSuccessRateChart(model.disputes, o), claimOf: (s) => rateOmittedClaim(model.disputes, s) },
    { build: (o) => buildShortcomingMatrixChart(model.shortcomings, o), claimOf: (s) => matrixOmittedClaim(model.shortcomings, s) },
    ...histories.map((h) => ({ build: (o: ChartBuildOptions) => buildHistoryChart(h, o), claimOf: (s: ChartSpec) => historyOmittedClaim(h, s) })),
  ];
}

/** On the page and in print, every chart's "其余…见表格（其中M个未报告）" note is its checked claim's rendering. */
function expectRestNotesHold(dataset: Dataset, model: DashboardModel, histories: readonly MetricHistory[]): void {
  for (const chart of briefCharts(model, histories)) {
    for (const options of DRAWINGS) {
      const spec = chart.build(options);
      const claim = chart.claimOf(spec);
      const notes = spec.footnotes.filter((f) => REST_NOTE.test(f));
      if (claim.omitted.length === 0) {
        expect(notes, spec.id).toEqual([]);
        continue;
      }
      expect(notes, `${spec.id} ${JSON.stringify(options)}`).toEqual([renderOmitted(claim)]);
      expect(checkClaims(dataset, [claim]), `${spec.id} ${JSON.stringify(options)}`).toEqual([]);
    }
  }
}

describe('the brief on generated data', () => {
  it('states only what the dataset bears out (page, print and Word)', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(datasetPlan(), (plan) => {
        const dataset = buildPlannedDataset(plan);
        const years = chosenYears(plan);
        const model = buildDashboardModel(dataset, { years });
        const history = briefHistories(model, dataset);
        // The page and print: the same findings and scope line.
        const findings = buildBriefFindings(model, historyFindingOptions(history));
        const unread = briefUnreadClaim(dataset, years);
        const noReport = briefNoReportClaim(model);
        const pageClaims = [briefScopeClaim(model), ...(noReport ? [noReport] : []), ...(unread ? [unread] : []), ...findings.flatMap((f) => f.claims)];
        expect(checkClaims(dataset, pageClaims)).toEqual([]);
        // The page's "尚无…报告" and "N行无法读取" lines are the claims' renderings, and say what every other view says.
        expect(briefNoReportText(model)).toBe(model.noReport.text);
        expect(briefUnreadText(dataset, years)).toBe(model.noReport.unread ?? null);
        expectRestNotesHold(dataset, model, history.histories);
        // Every finding that states a fact carries a claim (the units notes included).
        for (const f of findings) expect(f.claims.length, f.text).toBeGreaterThan(0);

        // The Word brief.
        const content = buildBriefContent(model, buildProvenanceIndex(dataset), { history, unread });
        expect(checkClaims(dataset, content.claims)).toEqual([]);
        expect(content.noReport).toBe(briefNoReportText(model));
        expect(content.unreadRows).toBe(briefUnreadText(dataset, years));
        expect(content.scope).toBe(briefScopeText(model));
        expect(content.findings.map((f) => f.text)).toEqual(findings.map((f) => f.text));

        // Scope: no township without a report in the chosen years is named.
        const withReport = new Set(dataset.reports.filter((r) => years.includes(r.year)).map((r) => r.townshipId));
        for (const t of dataset.townships) {
          if (!withReport.has(t.id)) expect(content.scope, `${t.id} has no report`).not.toContain(displayText(t.name));
        }

        // Every name list over five names states its count as the claim does, in the text.
        const texts = findings.map((f) => f.text).join('\n');
        for (const list of findings.flatMap((f) => f.claims.flatMap(nameListsOf))) {
          if (list.rows.length > 5) expect(texts).toContain(renderNames(list));
        }
        // Every "其余…见表格" note of the Word brief's charts is a checked claim's rendering.
        const restNotes = new Set(content.claims.flatMap((c) => (c.kind === 'omitted_rows' ? [renderOmitted(c)] : [])));
        for (const chart of content.charts) {
          for (const note of chart.footnotes.filter((f) => REST_NOTE.test(f))) expect(restNotes.has(note), `${chart.id}: ${note}`).toBe(true);
        }
        // No hidden character reaches the text.
        const all = [content.scope, ...content.findings.map((f) => f.text), ...content.endnotes.map((n) => n.text), ...content.charts.flatMap((c) => c.footnotes)];
        for (const text of all) expect(HIDDEN.test(text), JSON.stringify(text)).toBe(false);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
