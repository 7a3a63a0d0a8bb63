// Issue 16: 未报告 only for a report whose figures were all accounted for
// (reports.csv figures_accounted = yes); a report that was not is 未录入 in
// every output that states a figure, and never said to be silent.

import { describe, expect, it } from 'vitest';
import { buildBriefFindings } from '../../../src/brief';
import { buildDataset } from '../../../src/data/index';
import { buildDashboardModel, metricTotal } from '../../../src/model';
import { describeChange } from '../../../src/model/change';
import { figureCells } from '../../../src/export/figure-cells';
import { formatFigure, FOOTNOTE_NOT_ENTERED } from '../../../src/model/format';
import { FIGURE_STATE_MEANING, silentFigure } from '../../../src/model/figure-state';
import { buildShortcomingMatrixChart } from '../../../src/charts/shortcoming-matrix/shortcoming-matrix';
import { matrixTextTable } from '../../../src/export/word/brief-tables';
import { DatasetBuilder } from '../../fixtures/model/synth';
import { fixtureFiles, fixtureText, replaceLine } from '../data/helpers';

function twoReports() {
  return new DatasetBuilder()
    .township('alpha', '甲乡')
    .township('beta', '乙镇')
    .report('alpha', 2024)
    .report('beta', 2024, { figuresAccounted: false })
    .metricDefinition('outreach_events', '普法宣传活动', '场次')
    .metricDefinition('outreach_reach', '普法受众', '人次')
    .metricDefinition('disputes_screened', '排查出的矛盾纠纷', '起', 'disputes')
    .metricDefinition('disputes_resolved', '化解的矛盾纠纷', '起', 'disputes')
    .metricDefinition('mediation_success_rate', '调解成功率', '%', 'disputes')
    .figure('alpha', 2024, 'outreach_events', 12)
    .figure('beta', 2024, 'outreach_events', 30, { bound: 'at_least' })
    .build();
}

describe('reports.csv figures_accounted', () => {
  it('reads yes/是 as accounted, no/否/empty as not, and anything else as not with a warning', () => {
    const header = 'township_id,year,title,published,file,figures_accounted';
    const text = (cell: string) =>
      replaceLine(replaceLine(fixtureText('reports.csv'), 1, header), 2, `alpha,2024,甲乡2024年法治政府建设情况报告,2025-03-21,reports/alpha-2024.txt,${cell}`);
    const flag = (cell: string) => buildDataset(fixtureFiles({ reports: text(cell) })).reports.find((r) => r.townshipId === 'alpha')!.figuresAccounted;
    expect(flag('yes')).toBe(true);
    expect(flag('是')).toBe(true);
    expect(flag('no')).toBe(false);
    expect(flag('否')).toBe(false);
    expect(flag('')).toBe(false);
    expect(flag('ok')).toBe(false);
    const problems = buildDataset(fixtureFiles({ reports: text('ok') })).problems.filter((p) => p.code === 'bad_flag');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('yes 或 no');
  });

  it('a reports.csv without the column: every report is not accounted for, with a warning naming the column', () => {
    const old = fixtureText('reports.csv').replace(/,figures_accounted$/m, '').replace(/,yes$/gm, '');
    const dataset = buildDataset(fixtureFiles({ reports: old }));
    expect(dataset.reports.length).toBeGreaterThan(0);
    expect(dataset.reports.every((r) => !r.figuresAccounted)).toBe(true);
    expect(dataset.problems.some((p) => p.code === 'column_missing' && p.column === 'figures_accounted')).toBe(true);
  });
});

describe('the 未录入 state', () => {
  const dataset = twoReports();
  const model = buildDashboardModel(dataset, { years: [2024] });

  it('a metric without rows is 未报告 for an accounted report and 未录入 for the other', () => {
    const reach = model.outreach.find((c) => c.metric === 'outreach_reach')!;
    const [alpha, beta] = reach.totals;
    expect(alpha!.figure.status).toBe('not_reported');
    expect(beta!.figure.status).toBe('not_entered');
    expect(formatFigure(alpha!.figure, '人次')).toBe('未报告');
    expect(formatFigure(beta!.figure, '人次')).toBe('未录入');
    expect(FIGURE_STATE_MEANING.not_entered).not.toContain('没有给出');
  });

  it('a reported figure of a not-accounted report stays a figure', () => {
    const row = model.selection.rows.find((r) => r.townshipId === 'beta')!;
    const total = metricTotal(dataset, row, 'outreach_events');
    expect(formatFigure(total.figure, '场次')).toBe('≥30场次');
  });

  it('the overview cards and the success rate say 未录入 for the not-accounted report', () => {
    const beta = model.overview.find((o) => o.row.townshipId === 'beta')!;
    const rate = beta.figures.find((f) => f.id === 'success_rate')!;
    expect(rate.figure.status).toBe('not_entered');
    const reach = beta.figures.find((f) => f.id === 'outreach_reach')!;
    expect(formatFigure(reach.figure, reach.unit)).toBe('未录入');
  });

  it('CSV and Excel cells carry 未录入 in the mark column, never a number', () => {
    const cells = figureCells(silentFigure({ figuresAccounted: false }));
    expect(cells).toMatchObject({ value: null, mark: '未录入' });
  });

  it('a change across years names 未录入, not 未报告', () => {
    const entered = { kind: 'not_reported', notEntered: true } as const;
    const figure = { kind: 'figure', value: 3, bound: 'exact', units: ['次'] } as const;
    expect(describeChange(figure, entered, '次').text).toBe('本年未录入，无法比较');
    expect(describeChange({ kind: 'not_reported' }, entered, '次').text).toBe('上一年未报告、本年未录入，无法比较');
  });

  it('the brief never says the not-accounted report is silent, and says 未录入', () => {
    const findings = buildBriefFindings(model);
    const text = findings.map((f) => f.text).join('\n');
    expect(text).not.toMatch(/乙镇[^；。]*未报告/);
    expect(text).toMatch(/乙镇[^；。]*未录入/);
    expect(text).toMatch(/甲乡[^；。]*未报告/);
    for (const finding of findings) expect(finding.silentRowKeys ?? []).not.toContain('beta:2024');
  });

  it('the footnote explains 未录入 apart from 未报告', () => {
    expect(FOOTNOTE_NOT_ENTERED).toContain('未录入');
    expect(FOOTNOTE_NOT_ENTERED).toContain('不是0');
  });
});

describe('the problems section of a report not fully entered', () => {
  // Neither report has a shortcomings row: 甲乡 (accounted) lists none, 乙镇's may not be entered yet.
  const dataset = new DatasetBuilder()
    .township('alpha', '甲乡')
    .township('beta', '乙镇')
    .township('gamma', '丙乡')
    .report('alpha', 2024)
    .report('beta', 2024, { figuresAccounted: false })
    .report('gamma', 2024)
    .metricDefinition('outreach_events', '普法宣传活动', '场次')
    .category('legal_talent', '法治人才不足')
    .shortcoming('gamma', 2024, 'legal_talent', '法律人才缺乏')
    .build();
  const model = buildDashboardModel(dataset, { years: [2024] });

  it('the overview card counts its categories as 未录入, the accounted one as 未报告', () => {
    const state = (id: string) => model.overview.find((o) => o.row.townshipId === id)!.figures.find((f) => f.id === 'shortcoming_categories')!.figure.status;
    expect(state('alpha')).toBe('not_reported');
    expect(state('beta')).toBe('not_entered');
  });

  it('the matrix chart marks the row 未录入 with its footnote, and counts only 甲乡 as 未报告', () => {
    const spec = buildShortcomingMatrixChart(model.shortcomings);
    const series = (spec.option.series as Array<{ name: string; data: Array<{ rowKey: string } | '-'> }>).map((s) => ({
      name: s.name,
      rows: s.data.flatMap((d) => (d === '-' ? [] : [d.rowKey])),
    }));
    expect(series.find((s) => s.name === '未报告')!.rows).toEqual(['alpha:2024']);
    expect(series.find((s) => s.name === '未录入')!.rows).toEqual(['beta:2024']);
    expect(spec.footnotes).toContain(FOOTNOTE_NOT_ENTERED);
    expect(spec.ariaDescription).toMatch(/乙镇[^；]*未录入/);
  });

  it('the Word table says 未录入 for 乙镇 and 未报告 for 甲乡', () => {
    const rows = matrixTextTable(model.shortcomings).rows;
    expect(rows.find((r) => r[0]!.includes('乙镇'))![1]).toBe('未录入');
    expect(rows.find((r) => r[0]!.includes('甲乡'))![1]).toBe('未报告');
  });
});
