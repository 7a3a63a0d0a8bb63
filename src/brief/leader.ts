// "Who reported the most?" for one metric, said no more firmly than the data
// allows:
// - Only rows counted in the same measure are compared (人 and 人次 are not the
//   same thing; 次, 场 and 场次 are, as the model's units.ts says); rows in
//   another measure are named as left out of the comparison.
// - The leader is the largest *reported* figure. That is a fact about the
//   reports; whether it is a fact about the townships depends on the bounds:
//   a lower bound (余, 以上) elsewhere could hide a larger true figure, and an
//   approximate one could too. Those rows are named, and the sentence says the
//   order may differ. A leader that is itself a lower bound above exact
//   figures is certain: its true value is at least the figure shown.

import type { Finding } from './types';
import type { MetricComparison, MetricTotal, SelectionRow } from '../model/types';
import { distinctMeasures, unitClass } from '../model/units';
import { figureErrors } from '../model/figure-state';
import { isApproximate } from '../model/format';
import { figureText, labelLookup, namesLookup, names, quoted, refLookup, sentence, unitOf, type LabelOf, type NamesOf } from './text';
import type { Claim, CountedInClaim, MetricRef, StatedFigure } from './claims/types';
import { renderCountedIn } from './claims/render';

type ReportedTotal = MetricTotal & { figure: { status: 'reported'; value: number } };

/** Up to this many rows of another unit get their figures in the sentence. */
const FIGURES_LISTED_PER_GROUP = 3;

export function leaderFinding(comparison: MetricComparison, rows: readonly SelectionRow[]): Finding | null {
  const labelOf = labelLookup(rows);
  const namesOf = namesLookup(rows);
  const refOf = refLookup(rows);
  const metric: MetricRef = { id: comparison.metric, label: comparison.label };
  const among = comparison.totals.map((t) => refOf(t.rowKey));
  const stated = (total: ReportedTotal): StatedFigure => {
    const unusable = figureErrors(total.figure).length;
    return {
      value: total.figure.value,
      bound: total.figure.bound,
      unit: unitOf(total, comparison.unit),
      ...(unusable > 0 ? { unusableParts: unusable } : {}),
      ...(total.figure.approxParts ? { approxParts: true as const } : {}),
    };
  };
  const claims: Claim[] = [];
  const reported = comparison.totals.filter((total): total is ReportedTotal => total.figure.status === 'reported');
  if (reported.length === 0) return null;

  const groups = groupByUnit(reported, comparison);
  const primary = primaryGroup(groups, comparison.unit);
  if (!primary) return null;

  const clauses: string[] = [];
  const sources: string[] = [];
  const multipleUnits = groups.size > 1;

  if (primary.totals.length === 1) {
    const only = primary.totals[0] as ReportedTotal;
    const prefix = multipleUnits ? `按${quoted(primary.unit)}计，` : '';
    const figure = figureText(only, comparison.unit);
    // With one row selected there is nobody to compare with: state the figure.
    const only1 = comparison.totals.length === 1;
    claims.push(
      only1
        ? { kind: 'most', metric, who: [refOf(only.rowKey)], figure: stated(only), among }
        : { kind: 'only_reported', metric, who: refOf(only.rowKey), figure: stated(only), among },
    );
    clauses.push(
      comparison.totals.length === 1
        ? `${labelOf(only.rowKey)}报告的${comparison.label}为${figure}`
        : `${prefix}只有${labelOf(only.rowKey)}报告了${comparison.label}（${figure}）`,
    );
    sources.push(...only.provenance);
  } else {
    const ranked = [...primary.totals].sort((a, b) => b.figure.value - a.figure.value);
    const top = (ranked[0] as ReportedTotal).figure.value;
    const leaders = ranked.filter((total) => total.figure.value === top);
    const others = ranked.filter((total) => total.figure.value !== top);
    clauses.push(leaderClause(leaders, others, comparison, labelOf, multipleUnits ? primary.unit : null));
    const runnerUp = others[0];
    claims.push({ kind: 'most', metric, who: leaders.map((t) => refOf(t.rowKey)), figure: stated(leaders[0] as ReportedTotal), among });
    // "其次是…": the most among the others.
    if (runnerUp) claims.push({ kind: 'most', metric, who: [refOf(runnerUp.rowKey)], figure: stated(runnerUp), among: others.map((t) => refOf(t.rowKey)) });
    sources.push(...leaders.flatMap((total) => total.provenance), ...(runnerUp?.provenance ?? []));
    const caveat = uncertaintyClause(leaders, ranked, namesOf, metric, claims);
    if (caveat) clauses.push(caveat);
  }

  for (const group of groups.values()) {
    if (group === primary) continue;
    clauses.push(otherUnitClause(group, primary, metric, stated, namesOf, claims));
    // A figure the sentence states is cited: its quotes go to the endnotes too.
    if (group.totals.length <= FIGURES_LISTED_PER_GROUP) sources.push(...group.totals.flatMap((total) => total.provenance));
  }

  return {
    id: `leader:${comparison.metric}`,
    kind: 'leader',
    text: sentence(clauses),
    sources: unique(sources),
    silentRowKeys: [],
    claims,
  };
}

interface UnitGroup {
  /** The model's measure key (units.ts): 次, 场 and 场次 share one, 人 and 人次 do not. */
  measure: string;
  /** How the group is named in the sentence: the catalog unit when it is that measure. */
  unit: string;
  totals: ReportedTotal[];
}

/**
 * The measure a total counts in, keyed exactly as the model keys its
 * "units differ" flag (comparability.ts): distinct measures of the parts'
 * units. So the brief compares the rows the chart's footnote calls
 * comparable, and names apart the rows the footnote names apart.
 */
function measureKey(total: MetricTotal, fallbackUnit: string): string {
  const units = total.units.length > 0 ? total.units : [fallbackUnit];
  // Sorted: a mixed sum of 人次 and 人 is one measure whichever part comes first (found by the property test).
  return [...new Set(distinctMeasures(units).map(unitClass))].sort().join('+');
}

/** Rows grouped by measure (never by spelling: “≥75次” and “≥100场次” are compared). */
function groupByUnit(totals: readonly ReportedTotal[], comparison: MetricComparison): Map<string, UnitGroup> {
  const catalogMeasure = unitClass(comparison.unit);
  const groups = new Map<string, UnitGroup>();
  for (const total of totals) {
    const measure = measureKey(total, comparison.unit);
    const group = groups.get(measure);
    if (group) {
      group.totals.push(total);
      continue;
    }
    const unit = measure === catalogMeasure ? comparison.unit : distinctMeasures(total.units).join('、');
    groups.set(measure, { measure, unit, totals: [total] });
  }
  return groups;
}

/** The catalog's measure when some rows count in it, else the measure most rows use (first seen on a tie). */
function primaryGroup(groups: ReadonlyMap<string, UnitGroup>, catalogUnit: string): UnitGroup | undefined {
  const catalogGroup = groups.get(unitClass(catalogUnit));
  if (catalogGroup) return catalogGroup;
  let best: UnitGroup | undefined;
  for (const group of groups.values()) if (!best || group.totals.length > best.totals.length) best = group;
  return best;
}

function leaderClause(
  leaders: readonly ReportedTotal[],
  others: readonly ReportedTotal[],
  comparison: MetricComparison,
  labelOf: LabelOf,
  unitPrefix: string | null,
): string {
  const prefix = unitPrefix ? `按${quoted(unitPrefix)}计，` : '';
  const names = leaders.map((total) => labelOf(total.rowKey));
  const figures = distinct(leaders.map((total) => figureText(total, comparison.unit)));
  const figureNote =
    figures.length === 1
      ? figures[0]
      : leaders.map((total) => `${labelOf(total.rowKey)}${figureText(total, comparison.unit)}`).join('，');
  const most = leaders.length > 1 ? '并列最多' : '最多';
  const runnerUp = others[0];
  const next = runnerUp ? `，其次是${labelOf(runnerUp.rowKey)}（${figureText(runnerUp, comparison.unit)}）` : '';
  return `${prefix}${names.join('、')}报告的${comparison.label}${most}（${figureNote}）${next}`;
}

/**
 * Rows whose true figure could exceed the leader's: lower bounds (no upper
 * limit) and approximations. None → the ranking is certain, no caveat.
 */
function uncertaintyClause(
  leaders: readonly ReportedTotal[],
  ranked: readonly ReportedTotal[],
  namesOf: NamesOf,
  metric: MetricRef,
  claims: Claim[],
): string | null {
  const leaderKeys = new Set(leaders.map((total) => total.rowKey));
  const challengers = ranked.filter((total) => !leaderKeys.has(total.rowKey));
  const lowerBounds = challengers.filter((total) => total.figure.bound === 'at_least');
  const approximate = challengers.filter((total) => total.figure.bound === 'approx');
  // A tie is itself uncertain when one of the tied figures is approximate; so is a lead whose
  // minimum is itself approximate (≥约: a part is 约), over any challenger.
  const approxLeaders =
    challengers.length > 0 || leaders.length > 1 ? leaders.filter((total) => isApproximate(total.figure)) : [];
  if (lowerBounds.length === 0 && approximate.length === 0 && approxLeaders.length === 0) return null;

  const leaderIsLowerBound = leaders.every((total) => total.figure.bound === 'at_least');
  const parts: string[] = [];
  if (lowerBounds.length > 0) {
    const also = leaderIsLowerBound ? '也' : '';
    const who = namesOf(lowerBounds.map((total) => total.rowKey));
    claims.push({ kind: 'lower_bound', metric, who });
    parts.push(`${names(who)}的数字${also}是下限`);
  }
  const approx = (totals: readonly ReportedTotal[]): string => {
    const who = namesOf(totals.map((total) => total.rowKey));
    claims.push({ kind: 'approximate', metric, who });
    return names(who);
  };
  if (approximate.length > 0) {
    parts.push(`${approx(approximate)}的数字是约数`);
  }
  if (approxLeaders.length > 0) {
    parts.push(`${approx(approxLeaders)}的数字本身是约数`);
  }
  return `${parts.join('，')}，实际多少无法确知，排序可能不同`;
}

/** "甲乡按“人”计（900人），口径不同，未参与比较" from a counted_in claim. */
function otherUnitClause(
  group: UnitGroup,
  primary: UnitGroup,
  metric: MetricRef,
  stated: (total: ReportedTotal) => StatedFigure,
  namesOf: NamesOf,
  claims: Claim[],
): string {
  const claim: CountedInClaim = {
    kind: 'counted_in',
    metric,
    units: [group.unit],
    who: namesOf(group.totals.map((total) => total.rowKey)),
    figures: group.totals.length <= FIGURES_LISTED_PER_GROUP ? group.totals.map(stated) : null,
    apartFrom: distinctMeasures(primary.totals[0]?.units ?? [primary.unit]),
  };
  claims.push(claim);
  return `${renderCountedIn(claim)}，口径不同，未参与比较`;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
