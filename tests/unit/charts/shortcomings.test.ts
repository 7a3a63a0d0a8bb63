import { describe, expect, it } from 'vitest';
import { buildShortcomingMatrixChart, buildShortcomingRankingChart } from '../../../src/charts';
import { buildDashboardModel } from '../../../src/model';
import { fiveTownships } from '../../fixtures/model/synth';
import { categoryAxisData, items, labelText, tooltipFor } from './option-access';
import { renderToSvg, svgTextBoxes } from './ssr';
import { ROLE_COLORS } from '../../../src/charts/palette';

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

  it('draws each filled cell centred under its column heading and beside its township', () => {
    const svg = renderToSvg(spec, 800);
    const drawn = [...svg.matchAll(new RegExp(`<path d="([^"]+)" fill="${ROLE_COLORS.matrixCell}"`, 'g'))].map((m) => {
      const xs = [...m[1]!.matchAll(/[ML]([-\d.]+) ([-\d.]+)/g)].map((p) => [Number(p[1]), Number(p[2])] as const);
      const mid = (values: number[]) => (Math.min(...values) + Math.max(...values)) / 2;
      return { x: mid(xs.map((p) => p[0])), y: mid(xs.map((p) => p[1])) };
    });
    const texts = svgTextBoxes(svg);
    const headings = categoryAxisData(spec.option, 'xAxis');
    const rowYs = categoryAxisData(spec.option).map((name) => texts.find((t) => t.text === name)!.y);
    // Shapes of the cell colour between the first and the last row (the legend's key is below): one per cell.
    const inGrid = drawn.filter((d) => d.y > Math.min(...rowYs) - 10 && d.y < Math.max(...rowYs) + 10);
    expect(inGrid).toHaveLength(model.shortcomings.cells.length);
    for (const cell of model.shortcomings.cells) {
      const column = model.shortcomings.categories.findIndex((c) => c.id === cell.categoryId);
      const heading = texts.find((t) => t.text === headings[column]!.split('\n')[0]);
      const township = dataset.townships.find((t) => cell.rowKey.startsWith(`${t.id}:`))!;
      const rowLabel = texts.find((t) => t.text === township.name);
      expect(
        drawn.some((d) => Math.abs(d.x - heading!.x) < 1.5 && Math.abs(d.y - rowLabel!.y) < 1.5),
        `${township.name} × ${headings[column]}`,
      ).toBe(true);
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
