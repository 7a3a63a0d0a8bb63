// An independent check of the brief's claims (issue 17): every claim is
// recomputed from the dataset's raw tables — reports, metric rows, shortcoming
// rows and the rows that could not be used — with none of the model's or the
// brief's code (no sums, bounds, units or counts are borrowed), so a bug in
// the code that wrote a sentence cannot also hide in the code that checks it.
// Used by the property tests and the fixture tests; returns what fails.

import type { Dataset } from '../../data/types';
import { checkMore } from './check-more';
import { checkOmittedRows } from './check-charts';
import { RawIndex, type Tally } from './raw-index';
import type { Claim, NameList, RowRef, StatedFigure } from './types';

export interface ClaimFailure {
  claim: Claim;
  reason: string;
}

/** Characters no displayed name may carry (bidi controls, zero-width). */
const HIDDEN = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;
export const EPSILON = 1e-6;

const sameMeasures = (a: Tally, b: Tally) => a.measures.join('+') === b.measures.join('+');
export const label = (r: RowRef) => `${r.label}（${r.townshipId} ${r.year}）`;

/** Every claim that the dataset does not bear out, with why. */
export function checkClaims(dataset: Dataset, claims: readonly Claim[]): ClaimFailure[] {
  const index = new RawIndex(dataset);
  const failures: ClaimFailure[] = [];
  for (const claim of claims) {
    for (const reason of checkOne(index, claim)) failures.push({ claim, reason });
  }
  return failures;
}

export function checkNames(list: NameList): string[] {
  const reasons: string[] = [];
  const townships = new Set(list.rows.map((r) => r.townshipId)).size;
  const reports = new Set(list.rows.map((r) => `${r.townshipId}:${r.year}`)).size;
  if (townships !== list.townships) reasons.push(`states ${list.townships} townships, names ${townships}`);
  if (reports !== list.reports) reasons.push(`states ${list.reports} reports, names ${reports}`);
  for (const r of list.rows) if (HIDDEN.test(r.label)) reasons.push(`label of ${r.townshipId} carries a hidden character`);
  return reasons;
}

/** A tied leader's figure: the stated value, with that row's own bound, approximate part and unusable rows. */
function tiedFigure(index: RawIndex, who: RowRef, metric: string, stated: StatedFigure): StatedFigure {
  const tally = index.tally(who.townshipId, who.year, metric);
  const { approxParts: _stated, ...rest } = stated;
  return {
    ...rest,
    bound: tally?.bound ?? stated.bound,
    unusableParts: index.rejectedCount(who.townshipId, who.year, metric),
    ...(tally?.approxParts ? { approxParts: true as const } : {}),
  };
}

export function checkFigure(index: RawIndex, who: RowRef, metric: string, figure: StatedFigure): string[] {
  const tally = index.tally(who.townshipId, who.year, metric);
  if (!tally) return [`${label(who)} has no usable ${metric} row`];
  const reasons: string[] = [];
  if (Math.abs(tally.value - figure.value) > EPSILON) reasons.push(`${label(who)} ${metric} is ${tally.value}, stated ${figure.value}`);
  if (tally.bound !== figure.bound) reasons.push(`${label(who)} ${metric} bound is ${tally.bound}, stated ${figure.bound}`);
  else if (tally.approxParts !== (figure.approxParts === true)) reasons.push(`${label(who)} ${metric} ${tally.approxParts ? 'has' : 'has no'} approximate part, stated otherwise`);
  const unusable = index.rejectedCount(who.townshipId, who.year, metric);
  if (unusable !== (figure.unusableParts ?? 0)) reasons.push(`${label(who)} ${metric} has ${unusable} unusable rows, stated ${figure.unusableParts ?? 0}`);
  return reasons;
}

function checkOne(index: RawIndex, claim: Claim): string[] {
  switch (claim.kind) {
    case 'scope':
      return [
        ...checkNames(claim.who),
        ...claim.who.rows.flatMap((r) =>
          claim.years.includes(r.year) && index.hasReport(r.townshipId, r.year) ? [] : [`${label(r)} has no report in ${claim.years.join(',')}`],
        ),
      ];
    case 'not_reported':
      return [
        ...checkNames(claim.who),
        ...claim.who.rows.flatMap((r) => {
          if (!index.hasReport(r.townshipId, r.year)) return [`${label(r)} has no report: 无报告, not 未报告`];
          if (!index.isAccounted(r.townshipId, r.year)) return [`${label(r)} was not fully entered: 未录入, not 未报告`];
          return claim.metrics.flatMap((m) => {
            if (index.rows(r.townshipId, r.year, m.id).length > 0) return [`${label(r)} does report ${m.id}`];
            if (index.rejectedCount(r.townshipId, r.year, m.id) > 0) return [`${label(r)} has an unusable ${m.id} row: 数据有误, not 未报告`];
            return [];
          });
        }),
      ];
    case 'only_reported': {
      const reasons = checkFigure(index, claim.who, claim.metric.id, claim.figure);
      const own = index.tally(claim.who.townshipId, claim.who.year, claim.metric.id);
      for (const other of claim.among) {
        if (other.townshipId === claim.who.townshipId && other.year === claim.who.year) continue;
        const tally = index.tally(other.townshipId, other.year, claim.metric.id);
        if (tally && own && sameMeasures(tally, own)) reasons.push(`${label(other)} also reports ${claim.metric.id} in the same unit`);
      }
      return reasons;
    }
    case 'most': {
      // Tied leaders share the value; each has its own bound and unusable rows.
      const reasons = claim.who.flatMap((w, i) =>
        checkFigure(
          index,
          w,
          claim.metric.id,
          i === 0 ? claim.figure : tiedFigure(index, w, claim.metric.id, claim.figure),
        ),
      );
      const first = claim.who[0];
      const own = first ? index.tally(first.townshipId, first.year, claim.metric.id) : null;
      for (const other of claim.among) {
        const tally = index.tally(other.townshipId, other.year, claim.metric.id);
        if (tally && own && sameMeasures(tally, own) && tally.value > claim.figure.value + EPSILON) {
          reasons.push(`${label(other)} states ${tally.value} > ${claim.figure.value}`);
        }
      }
      return reasons;
    }
    case 'lower_bound':
      return [
        ...checkNames(claim.who),
        ...claim.who.rows.flatMap((r) =>
          // A lower bound: a row says 余/以上, or the total lacks a row that could not be used.
          index.rows(r.townshipId, r.year, claim.metric.id).some((m) => m.bound === 'at_least') || index.rejectedCount(r.townshipId, r.year, claim.metric.id) > 0
            ? []
            : [`${label(r)} ${claim.metric.id} has no lower-bound row`],
        ),
      ];
    case 'data_error':
      return [
        ...checkNames(claim.who),
        ...claim.who.rows.flatMap((r) => {
          if (index.rejectedCount(r.townshipId, r.year, claim.metric.id) === 0) return [`${label(r)} has no unusable ${claim.metric.id} row`];
          // 未能使用: nothing of it could be used; 合计不完整: some rows could.
          const usable = index.rows(r.townshipId, r.year, claim.metric.id).length > 0;
          return usable === claim.whole ? [`${label(r)} ${claim.metric.id} is ${usable ? 'an incomplete total' : 'wholly unusable'}`] : [];
        }),
      ];
    case 'changed': {
      const { townshipId } = claim.who;
      if (!index.hasReport(townshipId, claim.fromYear) || !index.hasReport(townshipId, claim.toYear)) return [`${townshipId} lacks a report in ${claim.fromYear} or ${claim.toYear}`];
      const from = index.tally(townshipId, claim.fromYear, claim.metric.id);
      const to = index.tally(townshipId, claim.toYear, claim.metric.id);
      if (!from || !to) return [`${townshipId} lacks a ${claim.metric.id} figure in one of the years`];
      if (!sameMeasures(from, to) || from.measures.length !== 1) return [`${townshipId} counts ${claim.metric.id} differently in the two years`];
      const diff = to.value - from.value;
      return changeHolds(claim.direction, claim.amount, claim.firmness, from, to, diff)
        ? []
        : [`${townshipId} ${claim.metric.id} ${from.bound} ${from.value} → ${to.bound} ${to.value} does not support ${claim.direction} ${claim.firmness} ${claim.amount}`];
    }
    case 'mentions': {
      const reasons = claim.who ? checkNames(claim.who) : [];
      const withSection = claim.among.filter((r) => index.hasReport(r.townshipId, r.year) && index.hasProblemsSection(r.townshipId, r.year));
      const mentioning = withSection.filter((r) => index.mentions(r.townshipId, r.year, claim.category.id));
      if (withSection.length !== claim.outOf) reasons.push(`${withSection.length} reports have a problems section, stated ${claim.outOf}`);
      if (mentioning.length !== claim.count) reasons.push(`${mentioning.length} mention ${claim.category.id}, stated ${claim.count}`);
      const townshipsAmong = new Set(claim.among.map((r) => r.townshipId)).size;
      if (claim.counting === 'townships' && townshipsAmong !== claim.among.length) reasons.push('counts reports as townships');
      if (claim.who && claim.who.rows.some((r) => !index.mentions(r.townshipId, r.year, claim.category.id))) reasons.push('names a row that does not mention it');
      return reasons;
    }
    case 'omitted_rows':
      return checkOmittedRows(index, claim);
    default:
      return checkMore(index, claim);
  }
}

function changeHolds(direction: 'up' | 'down' | 'same', amount: number, firmness: string, from: Tally, to: Tally, diff: number): boolean {
  const close = (a: number, b: number) => Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
  if (firmness === 'exact') {
    if (from.bound !== 'exact' || to.bound !== 'exact') return false;
    if (direction === 'same') return close(diff, 0);
    return close(direction === 'up' ? diff : -diff, amount) && amount > 0;
  }
  if (firmness === 'at_least') {
    // Up: the new figure is at least what is shown and the old one exact. Down: the reverse.
    // A minimum that is itself approximate (≥约) is no firm ground.
    if (direction === 'up') return from.bound === 'exact' && to.bound !== 'approx' && !to.approxParts && diff + EPSILON >= amount && amount > 0;
    if (direction === 'down') return to.bound === 'exact' && from.bound !== 'approx' && !from.approxParts && -diff + EPSILON >= amount && amount > 0;
    return false;
  }
  // approx: the sign and size of the difference of the stated figures.
  if (from.bound === 'at_least' || to.bound === 'at_least') return false;
  if (direction === 'same') return close(diff, 0);
  return close(direction === 'up' ? diff : -diff, amount);
}
