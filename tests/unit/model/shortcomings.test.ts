import { describe, expect, it } from 'vitest';
import { buildDashboardModel, cellFor, selectRows, shortcomingMatrix } from '../../../src/model';
import { DatasetBuilder, fiveTownships } from '../../fixtures/model/synth';

describe('shortcoming matrix', () => {
  const dataset = fiveTownships();
  const matrix = buildDashboardModel(dataset).shortcomings;

  it('puts every quote in its township × category cell with its provenance', () => {
    const cell = cellFor(matrix, 'ta:2024', 'talent');
    const rows = dataset.shortcomings.filter((s) => s.townshipId === 'ta' && s.category === 'talent');
    expect(cell?.quotes.map((q) => q.quote)).toEqual(rows.map((r) => r.quote));
    expect(cell?.provenance).toEqual(rows.map((r) => `${r.source.file}:${r.source.line}`));
    expect(cellFor(matrix, 'dg:2024', 'talent')).toBeUndefined();
  });

  it('ranks categories by the number of townships, counting a township once', () => {
    const counts = matrix.ranking.map((r) => [r.category.id, r.rowCount]);
    expect(counts).toEqual([
      ['talent', 4],
      ['depth', 2],
      ['funding', 0],
    ]);
    expect(matrix.categories.map((c) => c.id)).toEqual(['talent', 'depth', 'funding']);
  });

  it('writes the ranking as a Chinese sentence', () => {
    expect(matrix.ranking[0]?.sentence).toBe('4个乡镇均提到法治人才与队伍力量不足');
    expect(matrix.ranking[2]?.sentence).toBe('4个乡镇均未提到经费与物资保障不足');
  });

  it('counts out of the selected townships only', () => {
    const sub = shortcomingMatrix(dataset, selectRows(dataset, { townshipIds: ['ta', 'zg'] }));
    expect(sub.ranking[0]?.sentence).toBe('2个乡镇均提到法治人才与队伍力量不足');
    expect(sub.ranking[1]?.sentence).toBe('2个乡镇均提到普法宣传深度不够');
  });

  it('across several years it counts reports', () => {
    const ds = new DatasetBuilder()
      .township('a', '甲乡')
      .category('talent', '人才不足')
      .report('a', 2023)
      .report('a', 2024)
      .category('funding', '经费不足')
      .shortcoming('a', 2023, 'funding', '缺钱')
      .shortcoming('a', 2024, 'talent', '缺人')
      .build();
    const m = shortcomingMatrix(ds, selectRows(ds));
    expect(m.ranking[0]?.sentence).toBe('2份报告中1份提到人才不足');
  });

  it('counts only reports with a problems section (a shortcomings.csv row, usable or not)', () => {
    const ds = new DatasetBuilder()
      .township('a', '甲乡')
      .township('b', '乙乡')
      .township('c', '丙乡')
      .category('talent', '人才不足')
      .report('a', 2024)
      .report('b', 2024)
      .report('c', 2024)
      .shortcoming('a', 2024, 'talent', '缺人')
      .build();
    const rejected = { source: { file: 'shortcomings.csv', line: 9 }, cells: {}, townshipId: 'b', year: 2024, quote: null, problems: [], category: null };
    const m = shortcomingMatrix({ ...ds, rejectedShortcomingRows: [rejected] }, selectRows(ds));
    // 丙乡's report has no problems section; 乙乡's has one whose only row could not be read.
    expect(m.ranking[0]).toMatchObject({ rowCount: 1, outOf: 2, sentence: '2个乡镇中1个提到人才不足' });
  });

  it('keeps a category missing from the catalog, under its id', () => {
    const ds = new DatasetBuilder().township('a', '甲乡').report('a', 2024).shortcoming('a', 2024, 'mystery', '某问题').build();
    const m = shortcomingMatrix(ds, selectRows(ds));
    expect(m.unknownCategoryIds).toEqual(['mystery']);
    expect(m.categories.map((c) => c.label)).toEqual(['mystery']);
    expect(m.ranking[0]?.rowCount).toBe(1);
  });
});
