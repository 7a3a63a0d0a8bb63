import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../../src/export/csv';
import { disputesTable, metricComparisonTable, overviewTable, type CsvTable } from '../../../src/export/model-tables';
import { buildDashboardModel } from '../../../src/model';
import { statesFixture } from '../../fixtures/model/states';

function roundTrip(table: CsvTable): Record<string, string>[] {
  const csv = tableToCsv(table.columns, table.rows);
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data;
}

describe('CSV export of figure states', () => {
  const { dataset, notANumberLine, notInQuoteLine } = statesFixture();
  const model = buildDashboardModel(dataset, { years: [2024] });
  const events = model.outreach.find((c) => c.metric === 'outreach_events')!;
  const rows = roundTrip(metricComparisonTable(events, events.rows, model.noReport.rows));
  const byName = (name: string) => rows.find((r) => r['乡镇'] === name)!;

  it('keeps an incomplete total a number, marked incomplete, with the rejected row in the notes', () => {
    const alpha = byName('甲乡');
    expect(alpha['普法宣传活动']).toBe('25');
    expect(alpha['普法宣传活动标记']).toBe('≥；另有1项数据有误');
    expect(alpha['说明']).toContain(`数据有误：metrics.csv 第${notANumberLine}行`);
  });

  it('writes 数据有误 with an empty number cell (never 0) and the reason', () => {
    const beta = byName('乙镇');
    expect(beta['普法宣传活动']).toBe('');
    expect(beta['普法宣传活动标记']).toBe('数据有误');
    expect(beta['说明']).toContain(`metrics.csv 第${notInQuoteLine}行`);
  });

  it('lists a township without a report once, marked 无报告', () => {
    expect(rows.filter((r) => r['乡镇'] === '丙乡').map((r) => r['普法宣传活动标记'])).toEqual(['无报告']);
    const overview = roundTrip(overviewTable(model.overview, model.noReport.rows));
    expect(overview.filter((r) => r['乡镇'] === '丙乡').map((r) => r['数值标记'])).toEqual(['无报告']);
    const betaEvents = overview.find((r) => r['乡镇'] === '乙镇' && r['指标'] === '普法宣传活动')!;
    expect(betaEvents['页面显示']).toBe('数据有误');
    const unplaced = overview.find((r) => r['乡镇'] === '甲乡' && r['数值标记'] === '数据有误')!;
    expect(unplaced['说明']).toContain('xuanjiang_cishu');
    const disputes = roundTrip(disputesTable(model.disputes, model.noReport.rows));
    expect(disputes.map((r) => r['乡镇'])).toEqual(['甲乡', '乙镇', '丙乡']);
  });
});
