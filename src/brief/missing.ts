// Where the reports are silent. A missing figure is a finding in itself: the
// brief says who did not report what, so a reader never mistakes a gap for a
// zero or for a township that was left out.

import type { DisputeComparison, DisputeRow, MetricComparison, SelectionRow } from '../model/types';
import { labelLookup, listNames, quoted, sentence } from './text';
import type { Finding } from './types';

/** "乙乡未报告普法受众；甲乡、乙乡未报告发放普法资料。" across the outreach metrics. */
export function missingOutreachFinding(
  comparisons: readonly MetricComparison[],
  rows: readonly SelectionRow[],
): Finding | null {
  const labelOf = labelLookup(rows);
  // Metrics missing from the same rows share one clause: "乙乡未报告普法宣传活动、普法受众".
  // 未录入 (the report's figures were not all entered) is said as such, never as 未报告.
  const bySilentRows = new Map<string, { rowKeys: string[]; everyRow: boolean; labels: string[]; word: string }>();
  for (const comparison of comparisons) for (const [status, word] of [['not_reported', '未报告'], ['not_entered', '未录入']] as const) {
    const missing = comparison.totals.filter((total) => total.figure.status === status);
    if (missing.length === 0) continue;
    const rowKeys = missing.map((total) => total.rowKey);
    const signature = `${status}:${rowKeys.join('|')}`;
    const group = bySilentRows.get(signature);
    if (group) group.labels.push(comparison.label);
    else
      bySilentRows.set(signature, {
        rowKeys,
        everyRow: missing.length === comparison.totals.length && missing.length > 1,
        labels: [comparison.label],
        word,
      });
  }
  const clauses = [...bySilentRows.values()].map((group) => {
    const who = group.everyRow ? '所选乡镇均' : listNames(group.rowKeys.map(labelOf));
    return `${who}${group.word}${group.labels.join('、')}`;
  });
  const silent = new Set([...bySilentRows.values()].filter((group) => group.word === '未报告').flatMap((group) => group.rowKeys));
  if (clauses.length === 0) return null;
  return { id: 'missing:outreach', kind: 'missing', text: sentence(clauses), sources: [], silentRowKeys: [...silent] };
}

type DisputeGap =
  /** No dispute figure at all. */
  | 'nothing'
  /** Only the report's own success rate, no counts. */
  | 'rate_only'
  /** Resolved disputes but not how many were found: no rate can be computed. */
  | 'found_missing'
  /** Found but not resolved. */
  | 'resolved_missing'
  /** Only screening rounds, which are not disputes. */
  | 'rounds_only';

/** Given in the report: a value, or rows that could not be used (数据有误 is not silence; data-errors.ts says it). */
const given = (figure: DisputeRow['found']['figure']): boolean => figure.status === 'reported' || figure.status === 'data_error';

function disputeGap(row: DisputeRow): DisputeGap | null {
  const found = given(row.found.figure);
  const resolved = given(row.resolved.figure);
  const rate = given(row.reportedRateTotal.figure);
  const rounds = given(row.screeningRounds.figure);
  if (!found && !resolved && !rate && !rounds) return 'nothing';
  if (!found && !resolved && rate) return 'rate_only';
  if (!found && !resolved && rounds) return 'rounds_only';
  if (!found && resolved) return 'found_missing';
  if (found && !resolved) return 'resolved_missing';
  return null;
}

/**
 * "乙乡未报告任何矛盾纠纷数字；甲乡只报告了化解的纠纷，未报告排查出的纠纷，
 * 无法计算成功率；丁乡只报告了调解成功率，未报告纠纷件数；戊镇报告的“矛盾纠纷
 * 排查次数”是排查行动的次数，不是纠纷件数。"
 */
export function missingDisputesFinding(disputes: DisputeComparison): Finding | null {
  const rows = disputes.rows.map((dispute) => dispute.row);
  const labelOf = labelLookup(rows);
  const byGap = new Map<DisputeGap, DisputeRow[]>();
  const notEntered: DisputeRow[] = [];
  for (const dispute of disputes.rows) {
    const gap = disputeGap(dispute);
    if (!gap) continue;
    // A report whose figures were not all entered is not silent: say 未录入, never 未报告.
    if (dispute.row.report !== null && !dispute.row.report.figuresAccounted) {
      notEntered.push(dispute);
      continue;
    }
    const list = byGap.get(gap);
    if (list) list.push(dispute);
    else byGap.set(gap, [dispute]);
  }
  const names = (list: readonly DisputeRow[]): string => listNames(list.map((dispute) => labelOf(dispute.row.key)));
  const found = disputes.found.label;
  const resolved = disputes.resolved.label;
  const rate = disputes.reportedRate.label;

  const clauses: string[] = [];
  const sources: string[] = [];
  const silent: string[] = [];
  const nothing = byGap.get('nothing') ?? [];
  if (nothing.length > 0) {
    clauses.push(`${names(nothing)}未报告任何矛盾纠纷数字`);
    silent.push(...nothing.map((dispute) => dispute.row.key));
  }
  if (notEntered.length > 0) clauses.push(`${names(notEntered)}报告中的数字尚未全部录入，矛盾纠纷数字未录入`);
  const foundMissing = byGap.get('found_missing') ?? [];
  if (foundMissing.length > 0) {
    clauses.push(`${names(foundMissing)}只报告了${resolved}，未报告${found}，无法据件数计算${rate}`);
    sources.push(...foundMissing.flatMap((dispute) => dispute.resolved.provenance));
    silent.push(...foundMissing.map((dispute) => dispute.row.key));
  }
  const resolvedMissing = byGap.get('resolved_missing') ?? [];
  if (resolvedMissing.length > 0) {
    clauses.push(`${names(resolvedMissing)}只报告了${found}，未报告${resolved}`);
    sources.push(...resolvedMissing.flatMap((dispute) => dispute.found.provenance));
    silent.push(...resolvedMissing.map((dispute) => dispute.row.key));
  }
  const rateOnly = byGap.get('rate_only') ?? [];
  if (rateOnly.length > 0) {
    clauses.push(`${names(rateOnly)}只报告了${rate}，未报告纠纷件数`);
    sources.push(...rateOnly.flatMap((dispute) => dispute.reportedRateTotal.provenance));
    silent.push(...rateOnly.map((dispute) => dispute.row.key));
  }
  const roundsOnlyGap = byGap.get('rounds_only') ?? [];
  if (roundsOnlyGap.length > 0) {
    clauses.push(`${names(roundsOnlyGap)}未报告纠纷件数和${rate}`);
    silent.push(...roundsOnlyGap.map((dispute) => dispute.row.key));
  }
  // Screening rounds look like dispute counts and are not: say so where they stand in for nothing.
  const roundsOnly = disputes.rows.filter(
    (dispute) => dispute.screeningRounds.figure.status === 'reported' && dispute.found.figure.status !== 'reported',
  );
  if (roundsOnly.length > 0) {
    clauses.push(`${names(roundsOnly)}报告的${quoted(disputes.screeningRounds.label)}是排查行动的次数，不是纠纷件数`);
    sources.push(...roundsOnly.flatMap((dispute) => dispute.screeningRounds.provenance));
  }
  if (clauses.length === 0) return null;
  return {
    id: 'missing:disputes',
    kind: 'missing',
    text: sentence(clauses),
    sources: [...new Set(sources)],
    silentRowKeys: [...new Set(silent)],
  };
}
