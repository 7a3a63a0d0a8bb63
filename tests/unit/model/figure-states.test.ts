import { describe, expect, it } from 'vitest';
import {
  buildDashboardModel,
  computeRate,
  formatFigure,
  RATE_NOT_COMPUTED_TEXT,
  formatRateFigure,
  isIncomplete,
  noReportText,
  openKeys,
  type Figure,
} from '../../../src/model';
import { statesFixture } from '../../fixtures/model/states';

describe('figure states in the model', () => {
  const { dataset, notANumberLine, notInQuoteLine } = statesFixture();
  const model = buildDashboardModel(dataset, { years: [2024] });
  const events = model.outreach.find((c) => c.metric === 'outreach_events')!;
  const totalOf = (townshipId: string) => events.totals.find((t) => t.townshipId === townshipId)!;

  it('a total with a rejected part is incomplete: a lower bound carrying the error with its file:line and reason', () => {
    const figure = totalOf('alpha').figure;
    expect(figure).toMatchObject({ status: 'reported', value: 25, bound: 'at_least' });
    expect(isIncomplete(figure)).toBe(true);
    const errors = figure.status === 'reported' ? figure.errors ?? [] : [];
    expect(errors).toEqual([
      expect.objectContaining({ key: `metrics.csv:${notANumberLine}`, file: 'metrics.csv', line: notANumberLine, item: '入户宣讲' }),
    ]);
    expect(errors[0]!.reason).toContain('30余');
    expect(formatFigure(figure, '次')).toBe('≥25次，另有1项数据有误');
    // Its good part stays its provenance; the click opens both.
    expect(openKeys(totalOf('alpha').provenance, figure)).toEqual([...totalOf('alpha').provenance, `metrics.csv:${notANumberLine}`]);
  });

  it('a figure whose only row has a value not in its quote is 数据有误, not 未报告 and not drawn as a value', () => {
    const figure = totalOf('beta').figure;
    expect(figure.status).toBe('data_error');
    expect(figure.value).toBeNull();
    expect(formatFigure(figure, '次')).toBe('数据有误');
    const errors = figure.status === 'data_error' ? figure.errors : [];
    expect(errors.map((e) => e.key)).toEqual([`metrics.csv:${notInQuoteLine}`]);
    expect(errors[0]!.reason).toContain('找不到');
  });

  it('a silent report is 未报告; the comparison and the cards keep it', () => {
    const meetings = buildDashboardModel(dataset, { years: [2024] });
    const reach = meetings.outreach.find((c) => c.metric === 'outreach_reach')!;
    expect(reach.totals.map((t) => t.figure.status)).toEqual(['reported', 'reported']);
    const card = meetings.overview.find((c) => c.row.townshipId === 'beta')!;
    expect(card.figures.find((f) => f.id === 'outreach_events')!.figure.status).toBe('data_error');
    expect(card.figures.find((f) => f.id === 'disputes_resolved')!.figure.status).toBe('not_reported');
  });

  it('a township without a report is set aside once, never compared as rows of 未报告', () => {
    expect(model.selection.rows.map((r) => r.townshipId)).toEqual(['alpha', 'beta', 'gamma']);
    expect(model.compared.rows.map((r) => r.townshipId)).toEqual(['alpha', 'beta']);
    expect(model.noReport.rows.map((r) => r.townshipId)).toEqual(['gamma']);
    expect(model.noReport.text).toBe('尚无2024年报告：丙乡');
    for (const comparison of model.outreach) expect(comparison.totals.map((t) => t.townshipId)).not.toContain('gamma');
    expect(model.disputes.rows.map((r) => r.row.townshipId)).not.toContain('gamma');
    expect(model.shortcomings.rows.map((r) => r.townshipId)).not.toContain('gamma');
    expect(model.overview.map((c) => c.row.townshipId)).not.toContain('gamma');
  });

  it('names on the card a rejected row that belongs to no figure (unknown metric id)', () => {
    const { unknownMetricLine } = statesFixture();
    const alpha = model.overview.find((c) => c.row.townshipId === 'alpha')!;
    expect(alpha.unplacedErrors?.map((e) => e.key)).toEqual([`metrics.csv:${unknownMetricLine}`]);
    expect(alpha.unplacedErrors?.[0]?.reason).toContain('xuanjiang_cishu');
    expect(model.overview.find((c) => c.row.townshipId === 'beta')!.unplacedErrors).toBeUndefined();
  });

  it('the no-report line groups by year and stays a line with many townships', () => {
    const rows = Array.from({ length: 15 }, (_, i) => ({ year: 2025, label: `乡${i + 1}` }));
    expect(noReportText(rows)).toBe(`尚无2025年报告：${Array.from({ length: 12 }, (_, i) => `乡${i + 1}`).join('、')}等15个乡镇`);
    const two = [
      { year: 2025, label: '甲乡 2025年' },
      { year: 2024, label: '乙乡 2024年' },
    ];
    expect(noReportText(two)).toBe('尚无2024年报告：乙乡；尚无2025年报告：甲乡');
    expect(noReportText([])).toBeNull();
  });

  it('the shared formatter names every state', () => {
    const states: Figure[] = [
      { status: 'not_reported', value: null, bound: null },
      { status: 'no_report', value: null, bound: null },
      { status: 'data_error', value: null, bound: null, errors: [] },
      { status: 'reported', value: 2153, bound: 'exact' },
    ];
    expect(states.map((f) => formatFigure(f, '人'))).toEqual(['未报告', '无报告', '数据有误', '2153人']);
    const error = { key: 'metrics.csv:9', file: 'metrics.csv', line: 9, item: '调解', reason: 'x' };
    expect(formatRateFigure({ status: 'reported', value: 94, bound: 'at_least', errors: [error] })).toBe('≥94%，另有1项数据有误');
  });

  it('a success rate resting on a count with an unusable row is not computed, and says why', () => {
    const incomplete = totalOf('alpha');
    const exact = { ...incomplete, figure: { status: 'reported', value: 20, bound: 'exact' } as Figure, parts: [] };
    expect(computeRate(incomplete, exact)).toEqual({ rate: null, reason: 'counts_data_error' });
    expect(computeRate(exact, totalOf('beta'))).toEqual({ rate: null, reason: 'counts_data_error' });
    expect(RATE_NOT_COMPUTED_TEXT.counts_data_error).toContain('数据有误');
  });
});
