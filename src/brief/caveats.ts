// Two caveats a meeting must hear before it compares numbers: which figures
// are only lower bounds, and where townships count in different units.

import { AT_LEAST_MARK } from '../model/format';
import type { DashboardModel, MetricComparison, MetricTotal } from '../model/types';
import { distinctMeasures, unitClass } from '../model/units';
import { renderLowerBoundCount, renderMixedUnits, renderUnitsDiffer } from './claims/render';
import { namesLookup, names, sentence } from './text';
import type { Claim, CountedInClaim } from './claims/types';
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
  const claims: Extract<Claim, { kind: 'lower_bound' }>[] = [];
  for (const comparison of briefComparisons(model)) {
    // Lower bounds the report states (余, 以上); an incomplete total is ≥ for another reason (data-errors.ts).
    const lower = comparison.totals.filter(
      (total) => total.figure.status === 'reported' && total.parts.some((part) => part.bound === 'at_least'),
    );
    if (lower.length === 0) continue;
    const claim = { kind: 'lower_bound' as const, metric: { id: comparison.metric, label: comparison.label }, who: namesOf(lower.map((t) => t.rowKey)) };
    claims.push(claim);
    clauses.push(`${comparison.label}——${names(claim.who)}`);
    sources.push(...lower.flatMap((total) => total.parts.filter((part) => part.bound === 'at_least').map((part) => part.key)));
  }
  if (clauses.length === 0) return null;
  const intro = `以下${renderLowerBoundCount(claims)}个数字是下限（报告称“余”“以上”等，实际可能更多，图表中标“${AT_LEAST_MARK}”）：`;
  return {
    id: 'lower_bounds',
    kind: 'lower_bounds',
    text: `${intro}${sentence(clauses)}`,
    sources: [...new Set(sources)],
    silentRowKeys: [],
    claims,
  };
}

/** The measures a total counts in, as written ("人", "人、人次"), and their key (sorted: order of parts does not matter). */
function measuresOf(total: MetricTotal): { units: string[]; key: string } {
  const units = distinctMeasures(total.units);
  return { units, key: [...new Set(units.map(unitClass))].sort().join('+') };
}

/**
 * Where townships count a metric in different measures (人 vs 人次), and where
 * one report's parts mix measures: "普法受众：甲乡按“人”计，乙乡按“人次”计，
 * 口径不同，不宜直接比较。" Written from counted_in claims (claims/render.ts).
 */
export function unitFindings(model: DashboardModel): Finding[] {
  const namesOf = namesLookup(model.compared.rows);
  return briefComparisons(model).flatMap((comparison) => {
    const metric = { id: comparison.metric, label: comparison.label };
    const reported = comparison.totals.filter((t) => t.figure.status === 'reported');
    const groups = new Map<string, { units: string[]; totals: MetricTotal[] }>();
    for (const total of reported) {
      const { units, key } = measuresOf(total);
      const group = groups.get(key);
      if (group) group.totals.push(total);
      else groups.set(key, { units, totals: [total] });
    }
    const findings: Finding[] = [];
    const counted = (units: string[], totals: readonly MetricTotal[]): CountedInClaim => ({
      kind: 'counted_in', metric, units, who: namesOf(totals.map((t) => t.rowKey)), figures: null, apartFrom: null,
    });
    if (groups.size > 1) {
      const claim = { kind: 'units_differ' as const, metric, groups: [...groups.values()].map((g) => counted(g.units, g.totals)) };
      findings.push({
        id: `units:${comparison.metric}:units_differ_across_townships`,
        kind: 'units',
        text: sentence([`${comparison.label}：${renderUnitsDiffer(claim)}`]),
        sources: [...new Set(reported.flatMap((t) => t.provenance))],
        silentRowKeys: [],
        claims: [claim],
      });
    }
    const mixed = reported.filter((t) => measuresOf(t).units.length > 1);
    if (mixed.length > 0) {
      const claims = mixed.map((t) => counted(measuresOf(t).units, [t]));
      findings.push({
        id: `units:${comparison.metric}:units_mixed_within_township`,
        kind: 'units',
        text: sentence([`${comparison.label}：${renderMixedUnits(claims)}`]),
        sources: [...new Set(mixed.flatMap((t) => t.provenance))],
        silentRowKeys: [],
        claims,
      });
    }
    return findings;
  });
}
