import { describe, expect, it } from 'vitest';
import { chartHeightFor } from '../../../src/charts/layout';
import type { ChartBuildOptions, ChartSpec } from '../../../src/charts/types';
import { cardTextHeightPx, estimateLines, fitSpecToPage } from '../../../src/print/fit-spec';
import { maxChartRowsPerPage, mmToPx, printableBox } from '../../../src/print/paper';

describe('printableBox', () => {
  it('is A4 minus 10 mm margins in CSS px (277 × 190 mm landscape)', () => {
    expect(printableBox('landscape')).toEqual({ widthPx: 1046, heightPx: 718 });
    expect(printableBox('portrait')).toEqual({ widthPx: 718, heightPx: 1046 });
    expect(mmToPx(25.4)).toBeCloseTo(96);
  });

  it('fits more bar rows on a portrait page than a landscape one', () => {
    const landscape = maxChartRowsPerPage('landscape');
    const portrait = maxChartRowsPerPage('portrait');
    expect(portrait).toBeGreaterThan(landscape);
    // The first guess really fits: chart plus the allowance stays inside the page.
    expect(chartHeightFor(landscape) + 150).toBeLessThanOrEqual(printableBox('landscape').heightPx);
    expect(chartHeightFor(landscape + 1) + 150).toBeGreaterThan(printableBox('landscape').heightPx);
  });
});

/** A fake builder: `perRow` px per drawn row, `rows` rows in all, notes as given. */
function fakeBuilder(rows: number, perRow: number, footnotes: string[] = ['注']) {
  const calls: ChartBuildOptions[] = [];
  const build = (options: ChartBuildOptions): ChartSpec => {
    calls.push(options);
    const shown = Math.min(rows, options.maxRows ?? rows);
    return {
      id: 'fake',
      title: '测试',
      option: {},
      height: 110 + shown * perRow,
      footnotes,
      shownRowKeys: Array.from({ length: shown }, (_, i) => `r${i}:2024`),
      omittedRowKeys: Array.from({ length: rows - shown }, (_, i) => `o${i}:2024`),
      ariaDescription: '',
      sources: [],
    };
  };
  return { build, calls };
}

describe('fitSpecToPage', () => {
  it('builds once for print at the paper width when the chart fits', () => {
    const { build, calls } = fakeBuilder(5, 28);
    const result = fitSpecToPage(build, 'landscape');
    expect(result.fits).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ forPrint: true, animation: false, width: 1046 });
    expect(result.spec.shownRowKeys).toHaveLength(5);
  });

  it('draws fewer rows when the builder’s rows are taller than the guess', () => {
    const { build } = fakeBuilder(30, 56);
    const result = fitSpecToPage(build, 'landscape');
    expect(result.fits).toBe(true);
    expect(result.spec.height + cardTextHeightPx(result.spec, 1046)).toBeLessThanOrEqual(718);
    // …but not needlessly few: one more row would not fit.
    const oneMore = 110 + (result.spec.shownRowKeys.length + 1) * 56;
    expect(oneMore + cardTextHeightPx(result.spec, 1046)).toBeGreaterThan(718);
    expect(result.options.maxRows).toBe(result.spec.shownRowKeys.length);
  });

  it('draws every row when they all fit, however many that is', () => {
    const { build } = fakeBuilder(40, 12);
    const result = fitSpecToPage(build, 'portrait');
    expect(result.fits).toBe(true);
    expect(result.spec.shownRowKeys).toHaveLength(40);
    expect(result.spec.omittedRowKeys).toHaveLength(0);
  });

  it('keeps the most rows that fit, found in few builds', () => {
    const { build, calls } = fakeBuilder(300, 22);
    const result = fitSpecToPage(build, 'landscape');
    const rows = result.spec.shownRowKeys.length;
    expect(result.spec.height + cardTextHeightPx(result.spec, 1046)).toBeLessThanOrEqual(718);
    expect(110 + (rows + 1) * 22 + cardTextHeightPx(result.spec, 1046)).toBeGreaterThan(718);
    expect(calls.length).toBeLessThanOrEqual(12);
  });

  it('counts the text printed under the chart (a long sources line leaves fewer rows)', () => {
    const { build } = fakeBuilder(60, 22);
    const plain = fitSpecToPage(build, 'landscape', {}, { textUnder: () => ['来源：甲乡'] });
    const long = fitSpecToPage(build, 'landscape', {}, { textUnder: () => ['来源：' + '某乡 2024年《某乡2024年法治政府建设情况报告》、'.repeat(20)] });
    expect(long.spec.shownRowKeys.length).toBeLessThan(plain.spec.shownRowKeys.length);
    expect(estimateLines('一'.repeat(100), 1000, 10)).toBe(1);
    expect(estimateLines('一'.repeat(101), 1000, 10)).toBe(2);
    expect(estimateLines('a'.repeat(160), 1000, 10)).toBe(1);
  });

  it('passes the caller’s build options through (e.g. no title under a card heading)', () => {
    const { build, calls } = fakeBuilder(5, 28);
    fitSpecToPage(build, 'portrait', { showTitle: false });
    expect(calls[0]).toMatchObject({ showTitle: false, forPrint: true, animation: false, width: 718 });
  });

  it('counts wrapped footnotes, and reports when nothing fits', () => {
    const longNotes = Array.from({ length: 60 }, () => '很长的脚注'.repeat(30));
    const { build } = fakeBuilder(10, 28, longNotes);
    const result = fitSpecToPage(build, 'landscape');
    expect(result.fits).toBe(false);
    expect(result.spec.shownRowKeys).toHaveLength(1);
    expect(cardTextHeightPx({ footnotes: ['短'] }, 1046)).toBeLessThan(cardTextHeightPx({ footnotes: longNotes }, 1046));
  });
});
