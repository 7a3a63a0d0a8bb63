// Where the reports are silent. A missing figure is a finding in itself: the
// brief says who did not report what, so a reader never mistakes a gap for a
// zero or for a township that was left out.

import type { DisputeComparison, DisputeRow, MetricComparison, SelectionRow } from '../model/types';
import { namesLookup, names as namesText, quoted, sentence } from './text';
import type { Claim, MetricRef } from './claims/types';
import type { Finding } from './types';

/** "乙乡未报告普法受众；甲乡、乙乡未报告发放普法资料。" across the outreach metrics. */
export function missingOutreachFinding(
  comparisons: readonly MetricComparison[],
  rows: readonly SelectionRow[],
): Finding | null {
  const namesOf = namesLookup(rows);
  // Metrics missing from the same rows share one clause: "乙乡未报告普法宣传活动、普法受众".
  // 未录入 (the report's figures were not all entered) is said as such, never as 未报告.
  const bySilentRows = new Map<
    string,
    { rowKeys: string[]; everyRow: boolean; labels: string[]; metrics: MetricRef[]; word: '未报告' | '未录入' }
  >();
  for (const comparison of comparisons) for (const [status, word] of [['not_reported', '未报告'], ['not_entered', '未录入']] as const) {
    const missing = comparison.totals.filter((total) => total.figure.status === status);
    if (missing.length === 0) continue;
    const rowKeys = missing.map((total) => total.rowKey);
    const signature = `${status}:${rowKeys.join('|')}`;
    const group = bySilentRows.get(signature);
    const metric = { id: comparison.metric, label: comparison.label };
    if (group) {
      group.labels.push(comparison.label);
      group.metrics.push(metric);
    } else
      bySilentRows.set(signature, {
        rowKeys,
        everyRow: missing.length === comparison.totals.length && missing.length > 1,
        labels: [comparison.label],
        metrics: [metric],
        word,
      });
  }
  const claims: Claim[] = [];
  const clauses = [...bySilentRows.values()].map((group) => {
    const who = namesOf(group.rowKeys);
    // Only 未报告 is a claim about the report's text; 未录入 says the entry is incomplete.
    if (group.word === '未报告') claims.push({ kind: 'not_reported' as const, metrics: group.metrics, who });
    else claims.push({ kind: 'not_entered' as const, metrics: group.metrics, who });
    if (group.everyRow && group.word === '未报告') claims.push({ kind: 'all_silent', metrics: group.metrics, townshipIds: comparisons[0]?.rows.map((r) => r.townshipId) ?? [], years: [...new Set(rows.map((r) => r.year))] });
    return `${group.everyRow ? '所选乡镇均' : namesText(who)}${group.word}${group.labels.join('、')}`;
  });
  const silent = new Set([...bySilentRows.values()].filter((group) => group.word === '未报告').flatMap((group) => group.rowKeys));
  if (clauses.length === 0) return null;
  return { id: 'missing:outreach', kind: 'missing', text: sentence(clauses), sources: [], silentRowKeys: [...silent], claims };
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
 * "乙乡未报告矛盾纠纷件数、调解成功率和排查次数；甲乡只报告了化解的纠纷，未报告排查出的纠纷，
 * 无法计算成功率；丁乡只报告了调解成功率，未报告纠纷件数；戊镇报告的“矛盾纠纷
 * 排查次数”是排查行动的次数，不是纠纷件数。"
 */
export function missingDisputesFinding(disputes: DisputeComparison): Finding | null {
  const rows = disputes.rows.map((dispute) => dispute.row);
  const namesOf = namesLookup(rows);
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
  const claims: Claim[] = [];
  const ref = (c: { metric: string; label: string }): MetricRef => ({ id: c.metric, label: c.label });
  /** The names of `list`, claiming that each report is silent on `silentOn`. */
  const names = (list: readonly DisputeRow[], silentOn: readonly MetricRef[] = []): string => {
    const who = namesOf(list.map((dispute) => dispute.row.key));
    if (silentOn.length > 0) claims.push({ kind: 'not_reported', metrics: [...silentOn], who });
    return namesText(who);
  };
  const found = disputes.found.label;
  const resolved = disputes.resolved.label;
  const rate = disputes.reportedRate.label;
  const [foundRef, resolvedRef, rateRef, roundsRef] = [disputes.found, disputes.resolved, disputes.reportedRate, disputes.screeningRounds].map(ref) as [MetricRef, MetricRef, MetricRef, MetricRef];

  const clauses: string[] = [];
  const sources: string[] = [];
  const silent: string[] = [];
  const nothing = byGap.get('nothing') ?? [];
  if (nothing.length > 0) {
    // Named, not "任何矛盾纠纷数字": a report silent on these may still give another dispute figure (纠纷涉及金额).
    clauses.push(`${names(nothing, [foundRef, resolvedRef, rateRef, roundsRef])}未报告矛盾纠纷件数、${rate}和排查次数`);
    silent.push(...nothing.map((dispute) => dispute.row.key));
  }
  if (notEntered.length > 0) {
    const who = namesOf(notEntered.map((dispute) => dispute.row.key));
    // The dispute figures these reports do not give (rows usable or not): 未录入, not 未报告.
    const ungiven = (d: DisputeRow) => [[d.found, foundRef], [d.resolved, resolvedRef], [d.reportedRateTotal, rateRef], [d.screeningRounds, roundsRef]].filter(([t]) => !given((t as DisputeRow['found']).figure)).map(([, m]) => m as MetricRef);
    const metrics = [foundRef, resolvedRef, rateRef, roundsRef].filter((m) => notEntered.every((d) => ungiven(d).includes(m)));
    claims.push({ kind: 'not_entered', metrics, who });
    clauses.push(`${namesText(who)}报告中的数字尚未全部录入，矛盾纠纷数字未录入`);
  }
  const foundMissing = byGap.get('found_missing') ?? [];
  if (foundMissing.length > 0) {
    clauses.push(`${names(foundMissing, [foundRef])}只报告了${resolved}，未报告${found}，无法据件数计算${rate}`);
    sources.push(...foundMissing.flatMap((dispute) => dispute.resolved.provenance));
    silent.push(...foundMissing.map((dispute) => dispute.row.key));
  }
  const resolvedMissing = byGap.get('resolved_missing') ?? [];
  if (resolvedMissing.length > 0) {
    clauses.push(`${names(resolvedMissing, [resolvedRef])}只报告了${found}，未报告${resolved}`);
    sources.push(...resolvedMissing.flatMap((dispute) => dispute.found.provenance));
    silent.push(...resolvedMissing.map((dispute) => dispute.row.key));
  }
  const rateOnly = byGap.get('rate_only') ?? [];
  if (rateOnly.length > 0) {
    clauses.push(`${names(rateOnly, [foundRef, resolvedRef])}只报告了${rate}，未报告纠纷件数`);
    sources.push(...rateOnly.flatMap((dispute) => dispute.reportedRateTotal.provenance));
    silent.push(...rateOnly.map((dispute) => dispute.row.key));
  }
  const roundsOnlyGap = byGap.get('rounds_only') ?? [];
  if (roundsOnlyGap.length > 0) {
    clauses.push(`${names(roundsOnlyGap, [foundRef, resolvedRef, rateRef])}未报告纠纷件数和${rate}`);
    silent.push(...roundsOnlyGap.map((dispute) => dispute.row.key));
  }
  // Screening rounds look like dispute counts and are not: say so where they stand in for nothing.
  const roundsOnly = disputes.rows.filter(
    (dispute) => dispute.screeningRounds.figure.status === 'reported' && dispute.found.figure.status !== 'reported',
  );
  if (roundsOnly.length > 0) {
    const who = namesOf(roundsOnly.map((dispute) => dispute.row.key));
    claims.push({ kind: 'rounds_only', rounds: roundsRef, found: foundRef, who });
    clauses.push(`${namesText(who)}报告的${quoted(disputes.screeningRounds.label)}是排查行动的次数，不是纠纷件数`);
    sources.push(...roundsOnly.flatMap((dispute) => dispute.screeningRounds.provenance));
  }
  if (clauses.length === 0) return null;
  return {
    id: 'missing:disputes',
    kind: 'missing',
    text: sentence(clauses),
    sources: [...new Set(sources)],
    silentRowKeys: [...new Set(silent)],
    claims,
  };
}
