// Three 2025 reports the drafting rules were not written from (issue 16, done
// means): a township new to the data (木耳镇) and the second year of two
// shipped ones (哲古镇, 达果乡). Written for this test; for each, what a clerk
// reading the text decides — the figures that go into metrics.csv (metric,
// value, bound) and the figures that are not results (a plan, a frequency, a
// date). `metricsOf` is the reader's answer, not the drafter's: the test
// checks that the saved rows are exactly these, so a figure the drafter
// missed or mis-assigned must be placed or corrected through the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SetAsideReason } from '../../src/desk/ledger';
import { PROJECT_ROOT } from './site';

export type Bound = 'exact' | 'at_least' | 'approx';

export interface ExpectedFigure {
  metric: string;
  value: number;
  bound: Bound;
  /** The figure as the text writes it, where its value alone does not say which it is (两场 beside 两场次). */
  written?: string;
}

export interface BatchReport {
  file: string;
  text: string;
  /** A township of the shipped data, or a new one with the fields the clerk fills in. */
  township: { existing: string } | { new: { id: string; name: string; county: string; prefecture: string; province: string } };
  year: number;
  title: string;
  /** Every result figure of the text, as the reader places it. */
  metricsOf: ExpectedFigure[];
  /** The figure texts (as the ledger lists them) that are not results, with why. */
  notResults: Record<string, SetAsideReason>;
}

const textOf = (file: string) => readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'batch-2025', file), 'utf8').replace(/\r\n/g, '\n').trimEnd();

const f = (metric: string, value: number, bound: Bound = 'exact', written?: string): ExpectedFigure => ({ metric, value, bound, ...(written ? { written } : {}) });

export const BATCH_REPORTS: BatchReport[] = [
  {
    file: 'muer-2025.txt',
    text: textOf('muer-2025.txt'),
    township: { new: { id: 'muer', name: '木耳镇', county: '卓尼县', prefecture: '甘南藏族自治州', province: '甘肃省' } },
    year: 2025,
    title: '甘肃省甘南藏族自治州卓尼县木耳镇2025年法治政府建设情况报告',
    metricsOf: [
      f('rule_of_law_topic_meetings', 4),
      f('rule_of_law_meetings', 2),
      f('rule_of_law_issues_studied', 6),
      f('cadre_study_sessions', 12),
      f('cadre_expert_lectures', 3),
      f('cadre_exam_pass_rate', 100),
      f('outreach_events', 32),
      f('outreach_reach', 12000, 'at_least'),
      f('outreach_materials', 4600, 'at_least'),
      f('outreach_promo_items', 800, 'at_least'),
      f('outreach_villages_covered', 11),
      f('online_posts', 150, 'at_least'),
      f('village_legal_advisers', 11),
      f('legal_literates', 56),
      f('legal_consultations', 230, 'at_least'),
      f('legal_aid_cases', 3),
      f('disputes_screened', 87),
      f('disputes_resolved', 84),
      f('mediation_success_rate', 96.5),
      f('dispute_amount', 45, 'approx'),
      f('enforcement_cases', 9),
      f('legality_reviews', 15),
    ],
    notResults: { 一次: 'frequency', 不少于40场次: 'plan', '95%以上': 'plan' },
  },
  {
    file: 'zhegu-2025.txt',
    text: textOf('zhegu-2025.txt'),
    township: { existing: 'zhegu' },
    year: 2025,
    title: '措美县哲古镇2025年法治政府建设年度报告',
    metricsOf: [
      f('rule_of_law_meetings', 3),
      f('cadre_study_sessions', 8),
      f('outreach_events', 120, 'at_least'),
      f('outreach_reach', 4200, 'at_least'),
      f('outreach_materials', 2600),
      f('outreach_teams', 5),
      f('legality_reviews', 7),
      f('dispute_screening_rounds', 380, 'at_least'),
      f('petition_visits', 142),
      f('petitions_resolved', 3),
      f('disputes_resolved', 41),
    ],
    notResults: { 不少于100场次: 'plan' },
  },
  {
    file: 'daguo-2025.txt',
    text: textOf('daguo-2025.txt'),
    township: { existing: 'daguo' },
    year: 2025,
    title: '尼玛县达果乡2025年度法治政府建设情况报告',
    metricsOf: [
      f('cadre_study_sessions', 10),
      f('cadre_law_trainings', 2),
      f('cadre_study_reach', 150),
      f('outreach_events', 45),
      f('outreach_events', 2, 'exact', '两场'),
      f('outreach_materials', 3000, 'at_least'),
      f('outreach_reach', 2600, 'at_least'),
      f('disputes_screened', 23),
      f('disputes_resolved', 21),
      f('mediation_success_rate', 91.3),
    ],
    notResults: { 一次: 'frequency', '100%': 'plan', '12·4': 'date' },
  },
];

export const townshipIdOf = (report: BatchReport) => ('existing' in report.township ? report.township.existing : report.township.new.id);
