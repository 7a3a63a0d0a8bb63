// The first page of the meeting brief (简报): key findings as Chinese
// sentences computed from the model, in a fixed order:
//   1. who reported the most of each outreach metric (with bound/unit caveats)
//   1a. what changed since the year before (when the data has that year; change-findings.ts)
//   2. the shortcomings most townships admit ("5个乡镇中4个提到…")
//   3. where figures are missing (outreach, disputes)
//   4. which figures are lower bounds
//   5. where units differ (人 vs 人次)
//   6. which figures have data rows that could not be used (数据有误)
// Only rows with a report are spoken about (model.compared): a township whose
// report has not arrived is named once on the page, never in a finding.
// Every finding lists the rows it rests on; endnotes.ts numbers them.
// Nothing here knows a township, a year or a figure: it all comes from the model.

import type { DashboardModel } from '../model/types';
import { lowerBoundsFinding, unitFindings } from './caveats';
import { dataErrorFinding } from './data-errors';
import { leaderFinding } from './leader';
import { missingDisputesFinding, missingOutreachFinding } from './missing';
import { shortcomingFindings } from './shortcoming-findings';
import type { Finding } from './types';

export interface BriefFindingOptions {
  /** Most shortcoming categories named (default 3). */
  maxShortcomings?: number;
  /**
   * What changed since the year before (change-findings.ts, from the brief's
   * histories: histories.ts historyFindingOptions). Passed in, not computed
   * here: a brief of one year never loads that code (issue 19).
   */
  changes?: readonly Finding[];
}

export function buildBriefFindings(model: DashboardModel, options: BriefFindingOptions = {}): Finding[] {
  const rows = model.compared.rows;
  if (rows.length === 0) return [];
  const findings: (Finding | null)[] = [
    ...model.outreach.map((comparison) => leaderFinding(comparison, rows)),
    ...(options.changes ?? []),
    ...shortcomingFindings(model.shortcomings, options.maxShortcomings ?? 3),
    missingOutreachFinding(model.outreach, rows),
    missingDisputesFinding(model.disputes),
    lowerBoundsFinding(model),
    ...unitFindings(model),
    dataErrorFinding(model),
  ];
  return findings.filter((finding): finding is Finding => finding !== null);
}
