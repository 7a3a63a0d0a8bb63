import { describe, expect, it } from 'vitest';
import { buildDashboardModel, buildProvenanceIndex } from '../../../../src/model';
import { briefHistories } from '../../../../src/brief/histories';
import { buildBriefContent } from '../../../../src/export/word/brief-content';
import { historyTextTable } from '../../../../src/export/word/brief-tables';
import { DatasetBuilder, withStandardCatalog } from '../../../fixtures/model/synth';

/** 甲乡 reports both years, 乙乡 only 2025: a gap, never a zero. */
function twoYears() {
  return withStandardCatalog(new DatasetBuilder())
    .township('a', '甲乡')
    .township('b', '乙乡')
    .report('a', 2024)
    .report('a', 2025)
    .report('b', 2025)
    .figure('a', 2024, 'outreach_events', 20, { item: '宣讲', unit: '场', bound: 'at_least' })
    .figure('a', 2025, 'outreach_events', 12, { item: '宣讲', unit: '场' })
    .figure('b', 2025, 'outreach_events', 7, { item: '宣讲', unit: '场' })
    .build();
}

describe('the Word brief across years', () => {
  const dataset = twoYears();
  const model = buildDashboardModel(dataset, { years: [2025] });
  const history = briefHistories(model, dataset);

  it('has the page’s 历年变化: a chart and table per metric, with the change into the brief’s year', () => {
    expect(history.toYear).toBe(2025);
    const events = history.histories.find((h) => h.metric === 'outreach_events')!;
    const table = historyTextTable(events);
    expect(table.header).toEqual(['乡镇', '2024年', '2025年', '较上年变化']);
    const rows = new Map(table.rows.map((row) => [row[0], row] as const));
    expect(rows.get('甲乡')).toEqual(['甲乡', '≥20场', '12场', '减少至少8场']);
    expect(rows.get('乙乡')?.slice(0, 3)).toEqual(['乙乡', '无报告', '7场']);

    const content = buildBriefContent(model, buildProvenanceIndex(dataset), { history });
    const withHistory = content.charts.filter((chart) => chart.table.caption.endsWith('历年数值（表）'));
    expect(withHistory.length).toBe(history.histories.length);
    expect(content.findings.some((finding) => finding.kind === 'change')).toBe(true);
    expect(content.legend.join('')).toContain('无报告');
  });

  it('has no history part when the data has one year only', () => {
    const oneYear = buildDashboardModel(dataset, { years: [2024] });
    const none = briefHistories(oneYear, dataset);
    expect(none.histories).toEqual([]);
    const content = buildBriefContent(oneYear, buildProvenanceIndex(dataset), { history: none });
    expect(content.charts.some((chart) => chart.table.caption.endsWith('历年数值（表）'))).toBe(false);
  });
});
