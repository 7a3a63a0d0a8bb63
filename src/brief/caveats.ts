// Two caveats a meeting must hear before it compares numbers: which figures
// are only lower bounds, and where townships count in different units.

import { AT_LEAST_MARK } from '../model/format';
import type { DashboardModel, MetricComparison } from '../model/types';
import { namesLookup, names, sentence } from './text';
import type { Claim } from './claims/types';
import type { Finding } from './types';

/** The comparisons the brief speaks about, in page order (outreach, then disputes). */
export function briefComparisons(model: DashboardModel): MetricComparison[] {
  const { found, resolved, reportedRate, screeningRounds } = model.disputes;
  return [...model.outreach, found, resolved, reportedRate, screeningRounds];
}

/**
 * "以下数字是下限（报告称“余”“以上”等，实际可能更多，图表中标“≥”）：
 * 普法宣传活动——甲乡、丙乡；调解成功率——丙乡。"
 */
export function lowerBoundsFinding(model: DashboardModel): Finding | null {
  const namesOf = namesLookup(model.compared.rows);
  const clauses: string[] = [];
  const sources: string[] = [];
  const claims: Claim[] = [];
  let count = 0;
  for (const comparison of briefComparisons(model)) {
    // Lower bounds the report states (余, 以上); an incomplete total is ≥ for another reason (data-errors.ts).
    const lower = comparison.totals.filter(
      (total) => total.figure.status === 'reported' && total.parts.some((part) => part.bound === 'at_least'),
    );
    if (lower.length === 0) continue;
    const claim = { kind: 'lower_bound' as const, metric: { id: comparison.metric, label: comparison.label }, who: namesOf(lower.map((t) => t.rowKey)) };
    claims.push(claim);
    count += claim.who.reports;
    clauses.push(`${comparison.label}——${names(claim.who)}`);
    sources.push(...lower.flatMap((total) => total.parts.filter((part) => part.bound === 'at_least').map((part) => part.key)));
  }
  if (clauses.length === 0) return null;
  const intro = `以下${count}个数字是下限（报告称“余”“以上”等，实际可能更多，图表中标“${AT_LEAST_MARK}”）：`;
  return {
    id: 'lower_bounds',
    kind: 'lower_bounds',
    text: `${intro}${sentence(clauses)}`,
    sources: [...new Set(sources)],
    silentRowKeys: [],
    claims,
  };
}

/** One finding per unit flag of the model: "普法受众：甲乡按“人”计，…，不宜直接比较。" */
export function unitFindings(model: DashboardModel): Finding[] {
  return briefComparisons(model).flatMap((comparison) =>
    comparison.flags
      .filter((flag) => flag.kind === 'units_differ_across_townships' || flag.kind === 'units_mixed_within_township')
      .map((flag) => ({
        id: `units:${comparison.metric}:${flag.kind}`,
        kind: 'units' as const,
        text: sentence([`${comparison.label}：${flag.note}`]),
        sources: [...new Set(flag.provenance)],
        silentRowKeys: [],
        // The model's own note (comparability.ts): not a claim of the brief's making.
        claims: [],
      })),
  );
}
