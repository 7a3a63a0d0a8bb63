import { describe, expect, it } from 'vitest';
import { buildDisputesChart } from '../../../src/charts/disputes/disputes';
import { buildOutreachChart } from '../../../src/charts/outreach/outreach';
import { buildShortcomingMatrixChart } from '../../../src/charts/shortcoming-matrix/shortcoming-matrix';
import { buildShortcomingRankingChart } from '../../../src/charts/shortcoming-ranking/shortcoming-ranking';
import { buildSuccessRateChart } from '../../../src/charts/success-rate/success-rate';
import { buildDashboardModel, FOOTNOTE_DATA_ERROR } from '../../../src/model';
import { statesFixture } from '../../fixtures/model/states';
import { categoryAxisData, items, labelText, seriesOf, tooltipFor } from './option-access';

describe('figure states in the option builders', () => {
  const { dataset, notANumberLine, notInQuoteLine } = statesFixture();
  const model = buildDashboardModel(dataset, { years: [2024] });
  const events = model.outreach.find((c) => c.metric === 'outreach_events')!;
  const spec = buildOutreachChart(events, { width: 1024 });
  const totals = seriesOf(spec.option).find((s) => s.name === '合计')!.data!;
  const rowIndex = (id: string) => spec.shownRowKeys.indexOf(`${id}:2024`);

  it('draws an incomplete total with its note, and its click opens the rejected row as well', () => {
    const alpha = totals[rowIndex('alpha')]!;
    expect(labelText(alpha)).toBe('≥25次，另有1项数据有误');
    expect(alpha.provenance).toContain(`metrics.csv:${notANumberLine}`);
    expect(spec.footnotes).toContain(FOOTNOTE_DATA_ERROR);
    const tip = tooltipFor(spec.option, [{ dataIndex: rowIndex('alpha') }]);
    expect(tip).toContain('合计不完整');
    expect(tip).toContain(`metrics.csv 第${notANumberLine}行`);
  });

  it('draws 数据有误, not a bar and not 未报告, for a figure whose only row was rejected', () => {
    const beta = totals[rowIndex('beta')]!;
    expect(beta.status).toBe('data_error');
    expect(labelText(beta)).toBe('数据有误');
    expect(beta.provenance).toEqual([`metrics.csv:${notInQuoteLine}`]);
    // No part of beta is drawn as a value.
    const betaParts = items(spec.option).filter((i) => i.rowKey === 'beta:2024' && i.status === 'reported');
    expect(betaParts).toEqual([]);
    expect(tooltipFor(spec.option, [{ dataIndex: rowIndex('beta') }])).toContain('找不到');
  });

  it('leaves the township without a report out of the rows', () => {
    expect(categoryAxisData(spec.option)).toEqual(['甲乡', '乙镇']);
    expect(spec.emptyMessage).toBeUndefined();
  });

  it('says in a sentence, instead of an empty axis, that no row has a value', () => {
    const meetings = buildDashboardModel(dataset, { years: [2024] }).disputes;
    const disputes = buildDisputesChart(meetings, { width: 800 });
    expect(disputes.emptyMessage).toMatch(/没有可画出的数字——所选报告均未报告/);
    const rate = buildSuccessRateChart(meetings, { width: 800 });
    expect(rate.emptyMessage).toBeUndefined(); // 甲乡 reports a success rate
    const onlyGamma = buildDashboardModel(dataset, { years: [2024], townshipIds: ['gamma'] });
    const outreach = buildOutreachChart(onlyGamma.outreach[0]!, { width: 800 });
    expect(outreach.emptyMessage).toContain('所选范围内没有可比较的报告');
  });

  it('the ranking draws no "0/1" bars when no compared report lists a shortcoming', () => {
    const onlyGamma = buildDashboardModel(dataset, { years: [2024], townshipIds: ['gamma'] });
    expect(buildShortcomingRankingChart(onlyGamma.shortcomings, { width: 800 }).emptyMessage).toBeTruthy();
    expect(buildShortcomingMatrixChart(onlyGamma.shortcomings, { width: 800 }).emptyMessage).toBeTruthy();
    const both = buildDashboardModel(dataset, { years: [2024] });
    expect(buildShortcomingRankingChart(both.shortcomings, { width: 800 }).emptyMessage).toBeUndefined();
  });
});

describe('a township whose only shortcomings row was rejected', () => {
  it('shows 数据有误 in the matrix, opening that row, not 未报告', async () => {
    const { buildDataset } = await import('../../../src/data/index');
    const { fixtureFiles, fixtureText, replaceLine } = await import('../data/helpers');
    const shortcomings = replaceLine(fixtureText('shortcomings.csv'), 2, 'alpha,2024,no_such_category,法治工作队伍人员数量不足');
    const model = buildDashboardModel(buildDataset(fixtureFiles({ shortcomings })), { years: [2024] });
    const spec = buildShortcomingMatrixChart(model.shortcomings, { width: 800 });
    const mark = items(spec.option).find((i) => i.rowKey === 'alpha:2024' && i.status === 'data_error');
    expect(mark?.provenance).toEqual(['shortcomings.csv:2']);
    expect(spec.footnotes.join('\n')).toContain('甲乡另有1条问题数据有误：shortcomings.csv 第2行');
    const card = model.overview.find((c) => c.row.townshipId === 'alpha')!;
    expect(card.figures.find((f) => f.id === 'shortcoming_categories')!.figure.status).toBe('data_error');
  });
});
