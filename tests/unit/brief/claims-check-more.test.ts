// The checker catches false statements of the claim kinds beyond figures:
// who has no report, unit groups, approximations, what could not be compared,
// reports not fully entered, rows to fix and the rest notes of the dispute,
// success-rate and matrix charts. Each case has a true twin that passes.

import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../src/brief/claims/check';
import { nameList, type Claim, type OmittedRowsClaim, type RowRef } from '../../../src/brief/claims/types';
import type { Dataset } from '../../../src/data/types';
import { DatasetBuilder, withStandardCatalog } from '../../fixtures/model/synth';

const row = (townshipId: string, year: number): RowRef => ({ townshipId, year, label: townshipId });
const reach = { id: 'outreach_reach', label: '普法受众' };
const events = { id: 'outreach_events', label: '普法宣传活动' };

function dataset(): Dataset {
  const b = withStandardCatalog(new DatasetBuilder()).category('talent', '人才不足');
  for (const id of ['a', 'b', 'c', 'd']) b.township(id, id);
  b.report('a', 2024).report('b', 2024).report('c', 2024, { figuresAccounted: false }).report('a', 2025);
  b.figure('a', 2024, 'outreach_reach', 900, { unit: '人' })
    .figure('b', 2024, 'outreach_reach', 1200, { unit: '人次', bound: 'approx' })
    .figure('a', 2024, 'outreach_events', 10)
    .figure('a', 2025, 'outreach_events', 12, { bound: 'at_least' })
    .figure('a', 2024, 'disputes_screened', 10)
    .figure('a', 2024, 'disputes_resolved', 9)
    .shortcoming('a', 2024, 'talent', '缺人');
  const built = b.build();
  const source = { file: 'metrics.csv', line: 900 };
  return {
    ...built,
    rejectedMetricRows: [
      { source, cells: {}, townshipId: 'b', year: 2024, quote: null, problems: [], metric: 'outreach_events', item: null, figure: null },
      { source: { file: 'metrics.csv', line: 901 }, cells: {}, townshipId: 'zz', year: 2024, quote: null, problems: [], metric: 'outreach_events', item: null, figure: null },
    ],
  };
}

const holds = (claim: Claim) => expect(checkClaims(dataset(), [claim]).map((f) => f.reason)).toEqual([]);
const fails = (claim: Claim) => expect(checkClaims(dataset(), [claim]).length).toBeGreaterThan(0);

describe('claim checker, further kinds', () => {
  it('尚无报告 only for a township without a report that year', () => {
    holds({ kind: 'no_report', who: nameList([row('d', 2024), row('b', 2025)]) });
    fails({ kind: 'no_report', who: nameList([row('a', 2025)]) });
  });

  it('counts unread rows per year', () => {
    holds({ kind: 'unread_rows', perYear: [{ year: 2024, count: 1 }] });
    fails({ kind: 'unread_rows', perYear: [{ year: 2024, count: 2 }] });
  });

  it('人 and 人次 are different measures; a group in the wrong one is caught', () => {
    const group = (id: string, unit: string) => ({ kind: 'counted_in' as const, metric: reach, units: [unit], who: nameList([row(id, 2024)]), figures: null, apartFrom: null });
    holds({ kind: 'units_differ', metric: reach, groups: [group('a', '人'), group('b', '人次')] });
    fails({ kind: 'units_differ', metric: reach, groups: [group('a', '人次'), group('b', '人')] });
    fails({ kind: 'counted_in', metric: reach, units: ['人'], who: nameList([row('a', 2024)]), figures: [{ value: 800, bound: 'exact', unit: '人' }], apartFrom: null });
  });

  it('约数 only for an approximate figure', () => {
    holds({ kind: 'approximate', metric: reach, who: nameList([row('b', 2024)]) });
    fails({ kind: 'approximate', metric: reach, who: nameList([row('a', 2024)]) });
  });

  it('"另有N个乡镇缺少…" counts the townships without both figures', () => {
    holds({ kind: 'not_compared', metric: events, fromYear: 2024, toYear: 2025, count: 3, townshipIds: ['a', 'b', 'c', 'd'] });
    fails({ kind: 'not_compared', metric: events, fromYear: 2024, toYear: 2025, count: 4, townshipIds: ['a', 'b', 'c', 'd'] });
    // 10 → ≥12: an increase of at least 2, not "无法判断".
    fails({ kind: 'change_unknown', metric: events, fromYear: 2024, toYear: 2025, reason: 'bounds', who: nameList([row('a', 2025)]) });
  });

  it('未录入 for a report not fully entered, never 未报告', () => {
    holds({ kind: 'not_entered', metrics: [events], who: nameList([row('c', 2024)]) });
    fails({ kind: 'not_reported', metrics: [events], who: nameList([row('c', 2024)]) });
    fails({ kind: 'not_entered', metrics: [events], who: nameList([row('b', 2024)]) });
  });

  it('the rows to fix are the refused rows of the brief, counted', () => {
    const among = [row('a', 2024), row('b', 2024), row('c', 2024)];
    holds({ kind: 'rows_to_fix', listed: ['metrics.csv:900'], count: 1, metrics: [events.id], among });
    fails({ kind: 'rows_to_fix', listed: ['metrics.csv:901'], count: 2, metrics: [events.id], among });
  });

  it('a rest note of the disputes or matrix chart counts only silent reports as 未报告', () => {
    const note = (ranking: OmittedRowsClaim['ranking'], notReported: number): OmittedRowsClaim => ({
      kind: 'omitted_rows', chart: 'x', metric: events, drawn: [{ townshipId: 'a', years: [2024] }],
      omitted: [{ townshipId: 'b', years: [2024] }, { townshipId: 'c', years: [2024] }], notReported, counting: 'townships', ranking,
    });
    // b is silent on disputes; c was not fully entered (未录入).
    holds(note({ by: 'disputes', found: 'disputes_screened', resolved: 'disputes_resolved' }, 1));
    fails(note({ by: 'disputes', found: 'disputes_screened', resolved: 'disputes_resolved' }, 2));
    // Neither b nor c has a problems section; c's may simply not be entered (未录入), so only b is 未报告.
    holds(note({ by: 'mentions' }, 1));
    fails(note({ by: 'mentions' }, 2));
    fails(note({ by: 'rate', found: 'disputes_screened', resolved: 'disputes_resolved', rate: 'mediation_success_rate' }, 2));
  });
});
