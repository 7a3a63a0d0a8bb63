import { describe, expect, it } from 'vitest';
import { buildShortcomingMatrixChart, buildShortcomingRankingChart } from '../../../src/charts';
import { buildDashboardModel } from '../../../src/model';
import { fiveTownships } from '../../fixtures/model/synth';
import { categoryAxisData, items, labelText, tooltipFor } from './option-access';

const dataset = fiveTownships();
const model = buildDashboardModel(dataset);

describe('shortcoming matrix chart', () => {
  const spec = buildShortcomingMatrixChart(model.shortcomings);
  const cells = items(spec.option).filter((i) => i.status === 'reported');

  it('one filled cell per township × category with quotes, carrying the cell provenance', () => {
    expect(cells).toHaveLength(model.shortcomings.cells.length);
    for (const cell of model.shortcomings.cells) {
      const item = cells.find((i) => i.rowKey === cell.rowKey && i.categoryId === cell.categoryId);
      expect(item?.provenance).toEqual(cell.provenance);
    }
  });

  it('categories in ranking order; every township a row; silent one marked 未报告', () => {
    expect(categoryAxisData(spec.option, 'xAxis').map((l) => l.replace(/\n/g, ''))).toEqual(
      model.shortcomings.ranking.map((r) => r.category.label),
    );
    expect([...categoryAxisData(spec.option)].sort()).toEqual(dataset.townships.map((t) => t.name).sort());
    const silent = items(spec.option).filter((i) => i.status === 'not_reported');
    expect(silent.map((i) => i.rowKey)).toEqual(['dg:2024']);
  });

  it('numbers its columns on a chart too narrow for their names, with a key under it (phones)', () => {
    const narrow = buildShortcomingMatrixChart(model.shortcomings, { width: 200 });
    const headings = categoryAxisData(narrow.option, 'xAxis');
    const categories = model.shortcomings.categories;
    expect(headings).toEqual(categories.map((_, i) => String(i + 1)));
    const key = narrow.footnotes.find((note) => note.startsWith('列号：'));
    expect(key).toBe(`列号：${categories.map((c, i) => `${i + 1} ${c.label}`).join('；')}`);
  });

  it('names its columns in full, wrapped, where they fit', () => {
    expect(spec.footnotes.some((note) => note.startsWith('列号：'))).toBe(false);
    for (const heading of categoryAxisData(spec.option, 'xAxis')) {
      expect(heading.split('\n').length).toBeLessThanOrEqual(3);
      expect(heading).not.toContain('…');
    }
  });

  it('cell tooltip lists its quotes', () => {
    const item = cells.find((i) => i.rowKey === 'ta:2024' && i.categoryId === 'talent');
    const text = tooltipFor(spec.option, { data: item });
    for (const s of dataset.shortcomings.filter((x) => x.townshipId === 'ta' && x.category === 'talent')) {
      expect(text).toContain(s.quote);
    }
    expect(labelText(item!)).toBe('2条');
  });
});

describe('shortcoming ranking chart', () => {
  const spec = buildShortcomingRankingChart(model.shortcomings);

  it('bars by number of townships, labelled n/N, with the sentence', () => {
    const bars = items(spec.option);
    expect(bars.map((b) => b.value)).toEqual([4, 2, 0]);
    expect(bars.map(labelText)).toEqual(['4/4', '2/4', '0/4']);
    expect(bars[0]?.categoryId).toBe('talent');
    expect(bars[0]?.provenance).toEqual(model.shortcomings.ranking[0]?.provenance);
    expect((spec.option.title as { subtext: string }).subtext).toContain('4个乡镇均提到法治人才与队伍力量不足');
    const text = tooltipFor(spec.option, [{ dataIndex: 0 }]);
    expect(text).toContain('4个乡镇均提到法治人才与队伍力量不足');
    expect(text).toContain('甲乡');
  });
});
