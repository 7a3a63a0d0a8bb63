// The batch test's reader of 未报告 statements (tests/browser/silence-statements.ts)
// must catch a false one: it is what makes the batch test able to fail.
import { describe, expect, it } from 'vitest';
import { contradicted, sentenceSilences, tableSilences, type Catalog } from '../../browser/silence-statements';

const catalog: Catalog = {
  labels: new Map([
    ['普法宣传活动', 'outreach_events'],
    ['发放宣传品', 'outreach_promo_items'],
    ['排查出的矛盾纠纷', 'disputes_screened'],
  ]),
  townships: ['甲镇', '乙乡'],
};
const reports = [{ township: '甲镇', year: 2025, gives: new Set(['outreach_events', 'problems']) }];

describe('silence statements', () => {
  it('flags a table 未报告 of a figure the report gives, and passes one it does not give', () => {
    const table = [
      ['乡镇', '合计', '报告所列分项'],
      ['甲镇', '未报告', ''],
      ['乙乡', '未报告', ''],
    ];
    const events = tableSilences('page', '普法宣传活动（表）', table, 2025, catalog);
    expect(events.map((s) => [s.township, s.subject])).toEqual([
      ['甲镇', 'outreach_events'],
      ['乙乡', 'outreach_events'],
    ]);
    expect(contradicted(events, reports)).toHaveLength(1);
    expect(contradicted(tableSilences('page', '发放宣传品（表）', table, 2025, catalog), reports)).toEqual([]);
  });

  it('reads year columns, the problems count and disputes columns', () => {
    const history = tableSilences('page', '普法宣传活动历年数值（表）', [['乡镇', '2024年', '2025年'], ['甲镇', '未报告', '未报告']], 2025, catalog);
    expect(history.map((s) => s.year)).toEqual([2024, 2025]);
    expect(contradicted(history, reports)).toHaveLength(1);
    const matrix = tableSilences('page', '乡镇 × 问题类别（表）', [['乡镇', '类别数'], ['甲镇', '未报告']], 2025, catalog);
    expect(contradicted(matrix, reports)[0]).toContain('problems');
    const disputes = tableSilences('page', '排查与化解（表）', [['乡镇', '排查出的纠纷', '化解'], ['甲镇', '未报告', '3起']], 2025, catalog);
    expect(disputes[0]!.subject).toBe('disputes_screened');
  });

  it('reads sentences: the townships before the word, the list after it to the comma; 未录入 and unknown subjects fail', () => {
    const said = sentenceSilences('brief', '甲镇、乙乡未报告发放宣传品、普法宣传活动，无法比较。', 2025, catalog);
    expect(said.map((s) => `${s.township}:${s.subject}`)).toEqual(['甲镇:outreach_promo_items', '甲镇:outreach_events', '乙乡:outreach_promo_items', '乙乡:outreach_events']);
    expect(contradicted(said, reports)).toHaveLength(1);
    expect(contradicted(sentenceSilences('brief', '甲镇未录入发放宣传品。', 2025, catalog), reports)).toHaveLength(1);
    expect(contradicted(sentenceSilences('brief', '甲镇未报告某项新指标。', 2025, catalog), reports)[0]).toContain('cannot name');
  });
});
