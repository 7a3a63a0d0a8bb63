import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../../src/export/csv';
import {
  disputesTable,
  metricComparisonTable,
  overviewTable,
  shortcomingQuotesTable,
  shortcomingRankingTable,
  type CsvTable,
} from '../../../src/export/model-tables';
import { buildDashboardModel } from '../../../src/model';
import { DatasetBuilder, fiveTownships, withStandardCatalog } from '../../fixtures/model/synth';

/** CSV → rows of cells keyed by header, BOM stripped, no type guessing. */
function roundTrip(table: CsvTable): Record<string, string>[] {
  const csv = tableToCsv(table.columns, table.rows);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const model = buildDashboardModel(fiveTownships());

describe('metricComparisonTable', () => {
  it('writes one row per township with the number, its mark and unit in separate columns', () => {
    const events = model.outreach[0];
    if (!events) throw new Error('no outreach comparison');
    const rows = roundTrip(metricComparisonTable(events, model.selection.rows));
    expect(rows.map((row) => row['乡镇'])).toEqual(['甲乡', '乙乡', '丙乡', '丁乡', '戊镇']);
    const byName = new Map(rows.map((row) => [row['乡镇'], row] as const));
    expect(byName.get('甲乡')).toMatchObject({ 年度: '2024', 普法宣传活动: '20', 普法宣传活动标记: '', 单位: '场' });
    expect(byName.get('丙乡')).toMatchObject({ 普法宣传活动: '30', 普法宣传活动标记: '≥' });
    expect(byName.get('丁乡')).toMatchObject({ 普法宣传活动: '30', 普法宣传活动标记: '约' });
    // Not reported: empty number (never 0) and 未报告 in the mark column.
    expect(byName.get('乙乡')).toMatchObject({ 普法宣传活动: '', 普法宣传活动标记: '未报告' });
    expect(byName.get('甲乡')?.['分项']).toBe('集中宣讲 12场；入户宣讲 8场');
    expect(byName.get('甲乡')?.['来源（数据文件:行）']).toMatch(/^metrics\.csv:\d+\nmetrics\.csv:\d+$/);
  });
});

describe('disputesTable', () => {
  it('keeps computed and reported rates apart and rounds the computed one', () => {
    const rows = roundTrip(disputesTable(model.disputes));
    const byName = new Map(rows.map((row) => [row['乡镇'], row] as const));
    expect(byName.get('甲乡')).toMatchObject({
      排查矛盾纠纷: '18',
      化解矛盾纠纷: '17',
      '调解成功率（%）': '94.44',
      成功率来源: '计算值（化解数÷排查数）',
    });
    expect(byName.get('丙乡')?.['调解成功率（%）标记']).toBe('≥');
    expect(byName.get('丙乡')?.['成功率来源']).toMatch(/^报告所述；/);
    expect(byName.get('乙乡')).toMatchObject({ 排查矛盾纠纷标记: '未报告', '调解成功率（%）': '', '调解成功率（%）标记': '未报告' });
    expect(byName.get('戊镇')).toMatchObject({ 矛盾纠纷排查次数: '400', 矛盾纠纷排查次数标记: '≥' });
  });
});

describe('shortcoming tables', () => {
  it('lists every quote in long format and the ranking with its sentence', () => {
    const quotes = roundTrip(shortcomingQuotesTable(model.shortcomings));
    expect(quotes).toHaveLength(7);
    expect(quotes[0]).toMatchObject({ 乡镇: '甲乡', 问题类别: '法治人才与队伍力量不足', 报告原文: '法律专业人才匮乏' });
    const ranking = roundTrip(shortcomingRankingTable(model.shortcomings));
    expect(ranking[0]).toMatchObject({ 问题类别: '法治人才与队伍力量不足', 提到的数量: '4', 总数: '4' });
    expect(ranking[0]?.['说明']).toBe('4个乡镇均提到法治人才与队伍力量不足');
  });
});

describe('overviewTable', () => {
  it('writes each card figure as a number with its mark', () => {
    const rows = roundTrip(overviewTable(model.overview));
    const rate = rows.find((row) => row['乡镇'] === '甲乡' && row['指标'] === '调解成功率');
    expect(rate).toMatchObject({ 数值: '94.44', 数值标记: '', 页面显示: '94.4%' });
    const missing = rows.find((row) => row['乡镇'] === '乙乡' && row['指标'] === '普法宣传活动');
    expect(missing).toMatchObject({ 数值: '', 数值标记: '未报告', 页面显示: '未报告' });
  });
});

describe('formula payloads in data', () => {
  it('neutralises township names, item names and quotes that look like formulas, and keeps numbers numeric', () => {
    const dataset = withStandardCatalog(new DatasetBuilder())
      .township('x', '=HYPERLINK("http://evil.example","点我")')
      .township('y', '@SUM(A1:A9)')
      .township('z', '-1+1乡')
      .report('x', 2024)
      .report('y', 2024)
      .report('z', 2024)
      .category('c', '+cmd类别')
      .figure('x', 2024, 'outreach_events', 5, { item: '+cmd|calc', quote: '\t=1+1' })
      .figure('y', 2024, 'outreach_events', 7, { quote: '\r=2+2' })
      .shortcoming('z', 2024, 'c', '=1+1')
      .build();
    const payloadModel = buildDashboardModel(dataset);
    const events = payloadModel.outreach[0];
    if (!events) throw new Error('no outreach comparison');
    const tables = [
      metricComparisonTable(events, payloadModel.selection.rows),
      disputesTable(payloadModel.disputes),
      shortcomingQuotesTable(payloadModel.shortcomings),
      shortcomingRankingTable(payloadModel.shortcomings),
      overviewTable(payloadModel.overview),
    ];
    for (const table of tables) {
      for (const row of roundTrip(table)) {
        for (const cell of Object.values(row)) {
          // A cell may be a plain number; anything else must not start a formula.
          if (/^-?\d+(\.\d+)?$/.test(cell)) continue;
          expect(cell, `cell ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/);
        }
      }
    }
    const eventRows = roundTrip(tables[0] as CsvTable);
    expect(eventRows[0]?.['乡镇']).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    expect(eventRows[0]?.['报告原文']).toBe("'\t=1+1");
    expect(eventRows[1]?.['乡镇']).toBe("'@SUM(A1:A9)");
    expect(eventRows[2]?.['乡镇']).toBe("'-1+1乡");
    expect(eventRows.map((row) => row['普法宣传活动'])).toEqual(['5', '7', '']);
  });
});
