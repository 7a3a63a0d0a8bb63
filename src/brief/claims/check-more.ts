// The check of the claims beyond figures and rankings: who has no report,
// unread rows, units, approximations, what could not be compared, rows with
// errors, reports not fully entered. Re-derived from the raw tables only.

import { measureKey, type RawIndex } from './raw-index';
import type { Claim, CountedInClaim, NameList, RowRef } from './types';

const EPSILON = 1e-6;
const HIDDEN = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;
const label = (r: RowRef) => `${r.label}（${r.townshipId} ${r.year}）`;

function namesHold(list: NameList): string[] {
  const reasons: string[] = [];
  if (new Set(list.rows.map((r) => r.townshipId)).size !== list.townships) reasons.push(`states ${list.townships} townships, names another number`);
  if (new Set(list.rows.map((r) => `${r.townshipId}:${r.year}`)).size !== list.reports) reasons.push(`states ${list.reports} reports, names another number`);
  for (const r of list.rows) if (HIDDEN.test(r.label)) reasons.push(`label of ${r.townshipId} carries a hidden character`);
  return reasons;
}

const each = (list: NameList, check: (r: RowRef) => string | null): string[] => [
  ...namesHold(list),
  ...list.rows.flatMap((r) => {
    const reason = check(r);
    return reason === null ? [] : [`${label(r)}: ${reason}`];
  }),
];

function countedIn(index: RawIndex, claim: CountedInClaim): string[] {
  const stated = measureKey(claim.units.flatMap((u) => u.split('、')));
  const apart = claim.apartFrom ? measureKey(claim.apartFrom.flatMap((u) => u.split('、'))) : null;
  const reasons = each(claim.who, (r) => {
    const tally = index.tally(r.townshipId, r.year, claim.metric.id);
    if (!tally) return `no usable ${claim.metric.id} row`;
    if (measureKey(tally.measures) !== stated) return `counts in ${tally.measures.join('+')}, stated ${stated}`;
    return null;
  });
  if (apart !== null && apart === stated) reasons.push(`says ${stated} is apart from the compared ${apart}`);
  claim.figures?.forEach((figure, i) => {
    const r = claim.who.rows[i];
    const tally = r ? index.tally(r.townshipId, r.year, claim.metric.id) : null;
    if (!r || !tally) reasons.push(`figure ${i} has no row`);
    else if (Math.abs(tally.value - figure.value) > EPSILON || tally.bound !== figure.bound) reasons.push(`${label(r)} states ${tally.bound} ${tally.value}, written ${figure.bound} ${figure.value}`);
    else if (index.rejectedCount(r.townshipId, r.year, claim.metric.id) !== (figure.unusableParts ?? 0)) reasons.push(`${label(r)}: unusable rows of ${claim.metric.id} miscounted`);
  });
  return reasons;
}

export function checkMore(index: RawIndex, claim: Claim): string[] {
  switch (claim.kind) {
    case 'no_report':
      return each(claim.who, (r) => (index.hasReport(r.townshipId, r.year) ? 'has a report' : null));
    case 'unread_rows': {
      const anyYear = index.unattributed.filter((y) => y === null).length;
      return claim.perYear.flatMap(({ year, count }) => {
        const n = index.unattributed.filter((y) => y === year).length + anyYear;
        return n === count ? [] : [`${n} unread rows may belong to ${year}, stated ${count}`];
      });
    }
    case 'counted_in':
      return countedIn(index, claim);
    case 'units_differ': {
      const reasons = claim.groups.flatMap((g) => countedIn(index, g));
      const keys = claim.groups.map((g) => measureKey(g.units.flatMap((u) => u.split('、'))));
      if (new Set(keys).size !== keys.length || keys.length < 2) reasons.push(`groups ${keys.join(' / ')} are not distinct measures`);
      return reasons;
    }
    case 'approximate':
      return each(claim.who, (r) => {
        const tally = index.tally(r.townshipId, r.year, claim.metric.id);
        return tally?.bound === 'approx' || tally?.approxParts ? null : `${claim.metric.id} is not approximate`;
      });
    case 'not_compared': {
      const lacking = claim.townshipIds.filter((id) =>
        [claim.fromYear, claim.toYear].some((y) => !index.hasReport(id, y) || index.tally(id, y, claim.metric.id) === null),
      );
      return lacking.length === claim.count ? [] : [`${lacking.length} townships lack a report or figure, stated ${claim.count}`];
    }
    case 'change_unknown':
      return each(claim.who, (r) => {
        const from = index.hasReport(r.townshipId, claim.fromYear) ? index.tally(r.townshipId, claim.fromYear, claim.metric.id) : null;
        const to = index.hasReport(r.townshipId, claim.toYear) ? index.tally(r.townshipId, claim.toYear, claim.metric.id) : null;
        if (!from || !to) return 'lacks a figure in one of the years';
        const unitsDiffer = from.measures.length > 1 || to.measures.length > 1 || measureKey(from.measures) !== measureKey(to.measures);
        if (claim.reason === 'units') return unitsDiffer ? null : 'counts in the same unit both years';
        if (unitsDiffer) return 'counts in different units';
        const firmUp = from.bound === 'exact' && to.bound === 'at_least' && !to.approxParts && to.value > from.value;
        const firmDown = to.bound === 'exact' && from.bound === 'at_least' && !from.approxParts && from.value > to.value;
        const bounded = from.bound === 'at_least' || to.bound === 'at_least';
        return bounded && !firmUp && !firmDown ? null : 'the change can be stated';
      });
    case 'problems_data_error':
      return each(claim.who, (r) => (index.rejectedProblems(r.townshipId, r.year).length > 0 ? null : 'has no unusable shortcomings row'));
    case 'rows_to_fix': {
      const all = new Set(
        claim.among.flatMap((r) => [...claim.metrics.flatMap((m) => index.rejectedRows(r.townshipId, r.year, m)), ...index.rejectedProblems(r.townshipId, r.year)]),
      );
      const reasons = claim.listed.filter((k) => !all.has(k)).map((k) => `${k} is not a refused row of the brief`);
      if (new Set(claim.listed).size !== claim.listed.length) reasons.push('lists a row twice');
      if (all.size !== claim.count) reasons.push(`${all.size} rows to fix, stated ${claim.count}`);
      return reasons;
    }
    case 'not_entered':
      return each(claim.who, (r) => {
        if (!index.hasReport(r.townshipId, r.year)) return 'has no report';
        if (index.isAccounted(r.townshipId, r.year)) return 'was fully entered: 未报告, not 未录入';
        const given = claim.metrics.filter((m) => index.rows(r.townshipId, r.year, m.id).length + index.rejectedCount(r.townshipId, r.year, m.id) > 0);
        return given.length === 0 ? null : `has rows of ${given.map((m) => m.id).join(',')}`;
      });
    case 'rounds_only':
      return each(claim.who, (r) =>
        index.tally(r.townshipId, r.year, claim.rounds.id) !== null && index.tally(r.townshipId, r.year, claim.found.id) === null ? null : 'does not give rounds without disputes found',
      );
    case 'all_silent':
      return claim.townshipIds.flatMap((id) =>
        claim.years.flatMap((y) =>
          index.hasReport(id, y) && claim.metrics.some((m) => !index.isSilent(id, y, m.id)) ? [`${id} ${y} is not silent on all of ${claim.metrics.map((m) => m.id).join(',')}`] : [],
        ),
      );
    default:
      return [`no check for ${claim.kind}`];
  }
}
