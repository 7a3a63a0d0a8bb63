import { describe, expect, it } from 'vitest';
import { buildDashboardModel } from '../../../../src/model';
import {
  disputeCountsTextTable,
  matrixTextTable,
  outreachTextTable,
  rankingTextTable,
  successRateTextTable,
} from '../../../../src/export/word/brief-tables';
import { exportFilename, yearsForFilename } from '../../../../src/export/export-names';
import { DatasetBuilder, fiveTownships, withStandardCatalog } from '../../../fixtures/model/synth';

const model = buildDashboardModel(fiveTownships());
const byTownship = (rows: string[][]) => new Map(rows.map((row) => [row[0], row] as const));

describe('brief tables as text', () => {
  it('writes outreach totals and parts with the page’s marks', () => {
    const table = outreachTextTable(model.outreach[0]!);
    expect(table.header).toEqual(['乡镇', '合计', '报告所列分项']);
    const rows = byTownship(table.rows);
    expect(rows.get('甲乡')).toEqual(['甲乡', '20场', '集中宣讲 12场；入户宣讲 8场']);
    expect(rows.get('丙乡')?.[1]).toBe('≥30场');
    expect(rows.get('丁乡')?.[1]).toBe('约30场');
    expect(rows.get('乙乡')).toEqual(['乙乡', '未报告', '—']);
  });

  it('flags a total whose parts mix measures', () => {
    const dataset = withStandardCatalog(new DatasetBuilder())
      .township('a', '甲乡')
      .report('a', 2024)
      .figure('a', 2024, 'outreach_reach', 100, { item: '群众', unit: '人' })
      .figure('a', 2024, 'outreach_reach', 50, { item: '人次', unit: '人次' })
      .build();
    const reach = buildDashboardModel(dataset).outreach.find((comparison) => comparison.metric === 'outreach_reach')!;
    expect(outreachTextTable(reach).rows[0]?.[1]).toBe('150人/人次（单位不一）');
  });

  it('keeps screening rounds apart from disputes and says where a rate comes from', () => {
    const counts = byTownship(disputeCountsTextTable(model.disputes).rows);
    expect(counts.get('戊镇')).toEqual(['戊镇', '10起', '9起', '≥400次']);
    expect(counts.get('乙乡')).toEqual(['乙乡', '未报告', '未报告', '未报告']);
    const rates = byTownship(successRateTextTable(model.disputes).rows);
    expect(rates.get('甲乡')?.slice(1, 3)).toEqual(['94.4%', '计算值（化解数÷排查数）']);
    expect(rates.get('丁乡')?.slice(1, 3)).toEqual(['98%', '报告所述']);
    expect(rates.get('乙乡')?.[1]).toBe('未报告');
  });

  it('lists every township in the ranking and marks a silent report in the matrix', () => {
    const ranking = rankingTextTable(model.shortcomings);
    expect(ranking.rows[0]).toEqual(['法治人才与队伍力量不足', '4/4', '甲乡、乙乡、丙乡、戊镇']);
    const matrix = matrixTextTable(model.shortcomings);
    expect(matrix.header.slice(0, 2)).toEqual(['乡镇', '类别数']);
    const rows = byTownship(matrix.rows);
    expect(rows.get('甲乡')?.slice(1, 3)).toEqual(['2', '提到（2条）']);
    expect(rows.get('丁乡')?.[1]).toBe('未报告');
  });
});

describe('export file names', () => {
  const township = (name: string) => ({ id: name, name, county: '', prefecture: '', province: '', source: { file: 'townships.csv', line: 2 } });

  it('names up to three townships and the years', () => {
    expect(exportFilename('简报', { townships: [township('甲乡'), township('乙乡')], years: [2023, 2024] }, 'docx')).toBe(
      '简报-甲乡、乙乡-2023-2024.docx',
    );
    expect(exportFilename('简报', { townships: ['甲', '乙', '丙', '丁'].map(township), years: [2024] }, 'xlsx')).toBe('简报-2024.xlsx');
  });

  it('writes years as a range only when they run on', () => {
    expect(yearsForFilename([2024])).toBe('2024');
    expect(yearsForFilename([2024, 2022, 2023])).toBe('2022-2024');
    expect(yearsForFilename([2021, 2024])).toBe('2021、2024');
    expect(yearsForFilename([])).toBe('');
  });
});
