// The checker must catch false claims: each case states something the data
// contradicts — the five findings of issue 17 among them — and expects a failure.

import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../src/brief/claims/check';
import { nameList, type Claim, type RowRef } from '../../../src/brief/claims/types';
import { DatasetBuilder, withStandardCatalog } from '../../fixtures/model/synth';

const row = (townshipId: string, year: number, label = townshipId): RowRef => ({ townshipId, year, label });
const events = { id: 'outreach_events', label: '普法宣传活动' };

function dataset() {
  const b = withStandardCatalog(new DatasetBuilder()).category('talent', '人才不足');
  for (const id of ['a', 'b', 'c']) b.township(id, id);
  b.report('a', 2024).report('b', 2024).report('c', 2024).report('a', 2025);
  b.figure('a', 2024, 'outreach_events', 100, { bound: 'at_least' })
    .figure('b', 2024, 'outreach_events', 30)
    .figure('a', 2025, 'outreach_events', 40)
    .shortcoming('a', 2024, 'talent', '缺人');
  return b.build();
}

const reasonsOf = (claim: Claim) => checkClaims(dataset(), [claim]).map((f) => f.reason);

describe('claim checker', () => {
  it('passes true claims', () => {
    const claims: Claim[] = [
      { kind: 'scope', years: [2025], who: nameList([row('a', 2025)]) },
      { kind: 'not_reported', metrics: [events], who: nameList([row('c', 2024)]) },
      { kind: 'lower_bound', metric: events, who: nameList([row('a', 2024)]) },
      { kind: 'most', metric: events, who: [row('a', 2024)], figure: { value: 100, bound: 'at_least', unit: '场' }, among: [row('a', 2024), row('b', 2024), row('c', 2024)] },
      { kind: 'changed', metric: events, who: row('a', 2025), fromYear: 2024, toYear: 2025, direction: 'down', amount: 60, firmness: 'at_least' },
      { kind: 'mentions', category: { id: 'talent', label: '人才不足' }, count: 1, outOf: 1, counting: 'townships', who: nameList([row('a', 2024)]), among: [row('a', 2024), row('b', 2024), row('c', 2024)] },
    ];
    expect(checkClaims(dataset(), claims)).toEqual([]);
  });

  it('catches a scope line naming a township with no report that year', () => {
    expect(reasonsOf({ kind: 'scope', years: [2025], who: nameList([row('a', 2025), row('b', 2025)]) })).toHaveLength(1);
  });

  it('catches 未报告 said of a report that gives the figure, or of a missing report', () => {
    expect(reasonsOf({ kind: 'not_reported', metrics: [events], who: nameList([row('b', 2024)]) })[0]).toContain('does report');
    expect(reasonsOf({ kind: 'not_reported', metrics: [events], who: nameList([row('b', 2025)]) })[0]).toContain('无报告');
  });

  it('catches a denominator that counts a report with no problems section', () => {
    const among = [row('a', 2024), row('b', 2024), row('c', 2024)];
    expect(reasonsOf({ kind: 'mentions', category: { id: 'talent', label: '人才不足' }, count: 1, outOf: 3, counting: 'townships', who: null, among })[0]).toContain('problems section');
  });

  it('catches reports counted as townships', () => {
    const list = { ...nameList([row('a', 2024), row('a', 2025)]), townships: 2 };
    expect(reasonsOf({ kind: 'lower_bound', metric: events, who: list }).join()).toContain('townships');
  });

  it('catches a chart that leaves out a larger figure than one it draws, and a false 未报告 count', () => {
    const claim: Claim = {
      kind: 'omitted_rows',
      chart: 'history:outreach_events',
      metric: events,
      drawn: [{ townshipId: 'b', years: [2024, 2025] }],
      omitted: [{ townshipId: 'a', years: [2024, 2025] }, { townshipId: 'c', years: [2024, 2025] }],
      notReported: 2,
      counting: 'townships',
    };
    const reasons = reasonsOf(claim);
    expect(reasons.some((r) => r.includes('left out while a smaller figure'))).toBe(true);
    expect(reasons.some((r) => r.includes('1 of the omitted are 未报告, stated 2'))).toBe(true);
  });

  it('catches a change stated more firmly than the bounds allow', () => {
    expect(reasonsOf({ kind: 'changed', metric: events, who: row('a', 2025), fromYear: 2024, toYear: 2025, direction: 'down', amount: 60, firmness: 'exact' })).toHaveLength(1);
    expect(reasonsOf({ kind: 'changed', metric: events, who: row('a', 2025), fromYear: 2024, toYear: 2025, direction: 'down', amount: 61, firmness: 'at_least' })).toHaveLength(1);
  });

  it('catches a sure change from a minimum that is itself approximate (≥约: a part is 约)', () => {
    const b = withStandardCatalog(new DatasetBuilder());
    b.township('a', 'a').report('a', 2024).report('a', 2025);
    const approxMinimum = b
      .figure('a', 2024, 'outreach_events', 100, { bound: 'at_least', item: '集中宣讲' })
      .figure('a', 2024, 'outreach_events', 20, { bound: 'approx', item: '入户宣讲' })
      .figure('a', 2025, 'outreach_events', 40)
      .build();
    const down: Claim = { kind: 'changed', metric: events, who: row('a', 2025), fromYear: 2024, toYear: 2025, direction: 'down', amount: 80, firmness: 'at_least' };
    expect(checkClaims(approxMinimum, [down])).toHaveLength(1);
    const unknown: Claim = { kind: 'change_unknown', metric: events, fromYear: 2024, toYear: 2025, reason: 'bounds', who: nameList([row('a', 2025)]) };
    expect(checkClaims(approxMinimum, [unknown])).toEqual([]);
    // The same change from a firm minimum holds, and "unknown" is then the false claim.
    expect(checkClaims(dataset(), [{ ...down, amount: 60 }])).toEqual([]);
    expect(checkClaims(dataset(), [unknown])).toHaveLength(1);
  });

  it('catches a name carrying a bidi control', () => {
    expect(reasonsOf({ kind: 'lower_bound', metric: events, who: nameList([row('a', 2024, 'a\u202E')]) }).join()).toContain('hidden character');
  });
});
