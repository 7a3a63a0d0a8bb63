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
        // Every "其余…见表格" note of an outreach or history chart is a checked claim's rendering.
        const restNotes = new Set(content.claims.flatMap((c) => (c.kind === 'omitted_rows' ? [renderOmitted(c)] : [])));
        for (const chart of content.charts) {
          if (!/^(outreach|history):/.test(chart.id)) continue;
          for (const note of chart.footnotes.filter((f) => /^其余\d+/.test(f))) expect(restNotes.has(note), `${chart.id}: ${note}`).toBe(true);
        }
        // No hidden character reaches the text.
        const all = [content.scope, ...content.findings.map((f) => f.text), ...content.endnotes.map((n) => n.text), ...content.charts.flatMap((c) => c.footnotes)];
        for (const text of all) expect(HIDDEN.test(text), JSON.stringify(text)).toBe(false);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
