// The page's "这份报告属于" rules without the page: guesses fill only the
// fields the clerk has not typed, a new township needs all four places (a
// municipality counts as its own prefecture), and the accepted rows are the
// ones the merge gets.

import { describe, expect, it } from 'vitest';
import {
  acceptedRows,
  buildEntry,
  choiceForNewReport,
  chosenTownship,
  EMPTY_IDENTITY,
  identityIssues,
  isMunicipality,
  NEW_TOWNSHIP,
  reportInData,
  withReportMeta,
} from '../../../src/desk/identity';
import { initialMetricRows, initialShortcomingRows } from '../../../src/desk/draft-rows';
import type { Report, Township } from '../../../src/data/types';
import type { DraftRow, DraftShortcoming } from '../../../src/extract';

const source = { file: 'townships.csv', line: 2 };
const townships: Township[] = [{ id: 'bitu', name: '碧土乡', county: '左贡县', prefecture: '昌都市', province: '西藏自治区', source }];
const reports: Report[] = [{ townshipId: 'bitu', year: 2024, title: '碧土乡2024年法治政府建设情况报告', published: null, file: 'reports/bitu-2024.txt', figuresAccounted: true, source }];

describe('identity', () => {
  it('fills year, title and date from the text, but never over what the clerk typed', () => {
    const meta = { year: 2025, title: '碧土乡2025年法治政府建设情况报告', published: '2026-03-02' };
    const filled = withReportMeta(EMPTY_IDENTITY, meta, 'bitu');
    expect(filled).toMatchObject({ choice: 'bitu', year: '2025', title: meta.title, published: '2026-03-02' });
    const typed = { ...filled, title: '自拟标题', edited: ['title' as const] };
    expect(withReportMeta(typed, { year: 2026, title: '另一个标题', published: null }, null)).toMatchObject({
      choice: 'bitu',
      year: '2026',
      title: '自拟标题',
      published: '2026-03-02',
    });
  });

  it('needs every place of a new township and its generated id; a known one is taken from the data', () => {
    const state = {
      ...EMPTY_IDENTITY,
      choice: NEW_TOWNSHIP,
      year: '2025',
      title: 't',
      newTownship: { name: '高观镇', county: '城口县', prefecture: '', province: '重庆市' },
    };
    expect(identityIssues(state, townships)).toEqual(['新乡镇还缺：所属地级市。']);
    expect(chosenTownship(state, townships)).toBeNull();
    const complete = { ...state, newId: 'gaoguan', newIdFrom: '高观镇|城口县', newTownship: { ...state.newTownship, prefecture: '重庆市' } };
    expect(identityIssues(complete, townships)).toEqual([]);
    // An id made from a half-typed name (高 → gao) is never saved for the whole name, and the reason is said.
    const stale = { ...complete, newId: 'gao', newIdFrom: '高|城口县' };
    expect(chosenTownship(stale, townships)).toBeNull();
    expect(identityIssues(stale, townships)).toEqual([expect.stringContaining('正在根据乡镇名称生成乡镇编号')]);
    expect(chosenTownship(complete, townships)).toEqual({ id: 'gaoguan', name: '高观镇', county: '城口县', prefecture: '重庆市', province: '重庆市' });
    expect(chosenTownship({ ...EMPTY_IDENTITY, choice: 'bitu' }, townships)).toEqual({
      id: 'bitu',
      name: '碧土乡',
      county: '左贡县',
      prefecture: '昌都市',
      province: '西藏自治区',
    });
    expect(isMunicipality('重庆市')).toBe(true);
    expect(isMunicipality('四川省')).toBe(false);
  });

  it('points a new township that is already listed back to the list, and says what else is missing', () => {
    const state = {
      ...EMPTY_IDENTITY,
      choice: NEW_TOWNSHIP,
      newId: 'bitu-zuogong',
      newIdFrom: '碧土乡|左贡县',
      year: '25',
      title: '',
      published: '2026/3/2',
      newTownship: { name: '碧土乡', county: '左贡县', prefecture: '昌都市', province: '西藏自治区' },
    };
    expect(identityIssues(state, townships)).toEqual([
      '碧土乡（左贡县）已在乡镇列表中，请直接在列表中选择它。',
      '请填写报告年度（四位数字，如 2025）。',
      '请填写报告标题。',
      '发布日期写成 2026-03-21 这样，报告没写就留空。',
    ]);
  });

  it('finds the report already in the data for the chosen township and year', () => {
    expect(reportInData({ ...EMPTY_IDENTITY, choice: 'bitu', year: '2024' }, reports)?.title).toBe('碧土乡2024年法治政府建设情况报告');
    expect(reportInData({ ...EMPTY_IDENTITY, choice: 'bitu', year: '2025' }, reports)).toBeNull();
  });

  it('hands the merge only the accepted rows, as corrected', () => {
    const draft: DraftRow = {
      townshipId: '',
      year: null,
      metric: 'outreach_events',
      item: '宣讲',
      value: 25,
      unit: '次',
      bound: 'at_least',
      quote: '宣讲25余次',
      start: 0,
      end: 6,
      figureStart: 2,
      figureEnd: 6,
      note: '',
      ruleLine: 2,
    };
    const [taken, left, broken] = initialMetricRows([draft, { ...draft, item: '其他', figureStart: 10 }, { ...draft, item: '坏', figureStart: 20 }]);
    const shortcoming: DraftShortcoming = { townshipId: '', year: null, category: 'legal_talent', quote: '人员不足', start: 0, end: 4, ruleLine: 3 };
    const [problem] = initialShortcomingRows([shortcoming]);
    const rows = acceptedRows(
      [{ ...taken!, decision: 'accepted', valueText: '26', note: ' 改过 ' }, left!, { ...broken!, decision: 'accepted', valueText: '25余' }],
      [{ ...problem!, decision: 'accepted' }],
    );
    expect(rows).toEqual({
      metrics: [{ metric: 'outreach_events', item: '宣讲', value: 26, unit: '次', bound: 'at_least', quote: '宣讲25余次', note: '改过' }],
      shortcomings: [{ category: 'legal_talent', quote: '人员不足' }],
    });
    const bitu = chosenTownship({ ...EMPTY_IDENTITY, choice: 'bitu' }, townships)!;
    const entry = buildEntry({ ...EMPTY_IDENTITY, choice: 'bitu', year: '2025', title: ' 标题 ', published: '' }, bitu, 'text', rows.metrics, rows.shortcomings);
    expect(entry).toMatchObject({ newTownship: false, year: 2025, title: '标题', published: null, reportText: 'text' });
  });

  it('keeps a township chosen before the paste only when the report names it, and says so when a paste changes it', () => {
    const list = [...townships, { id: 'daguo', name: '达果乡' }];
    const names = (text: string) => (name: string) => text.includes(name);
    const daguo = '尼玛县达果乡2024年度法治政府建设情况报告';
    // 碧土乡 chosen on the empty page, then 达果乡's report pasted: changed, with a notice naming both.
    const switched = choiceForNewReport({ choice: 'bitu', textWasBlank: true }, 'daguo', list, names(daguo));
    expect(switched.choice).toBe('daguo');
    expect(switched.notice).toContain('“碧土乡”');
    expect(switched.notice).toContain('已改选“达果乡”');
    // The chosen township's own report whose first lines name no known township: the choice stays.
    expect(choiceForNewReport({ choice: 'bitu', textWasBlank: true }, null, list, names('2025年报告……碧土乡全年开展……'))).toEqual({ choice: 'bitu', notice: null });
    // The next report after one of 碧土乡 (not a blank box) never inherits it, even when it mentions it.
    const next = choiceForNewReport({ choice: 'bitu', textWasBlank: false }, null, list, names('七星镇报告，与碧土乡交界'));
    expect(next.choice).toBeNull();
    expect(next.notice).toContain('已清空乡镇选择');
    // Nothing chosen, or the report names the chosen township: no notice.
    expect(choiceForNewReport({ choice: '', textWasBlank: true }, 'daguo', list, names(daguo))).toEqual({ choice: 'daguo', notice: null });
    expect(choiceForNewReport({ choice: 'daguo', textWasBlank: false }, 'daguo', list, names(daguo))).toEqual({ choice: 'daguo', notice: null });
  });
});
