// Print and export: a chart drawn under a card heading drops its own title
// (showTitle: false) without losing a note, and a print chart fits one A4
// landscape page with the card's text.
import { describe, expect, it } from 'vitest';
import {
  chartHeightFor,
  PRINT_CHART_MAX_HEIGHT_PX,
  PRINT_MAX_ROWS,
  PRINT_ROW_HEIGHT_PX,
  type ChartBuildOptions,
  type ChartSpec,
} from '../../../src/charts';
import { TITLE_PX } from '../../../src/charts/layout';
import { buildDashboardModel } from '../../../src/model';
import { DatasetBuilder, fiveTownships, manyTownships } from '../../fixtures/model/synth';
import { allSpecs, rowSpecs } from './specs';
import { renderToSvg, svgTextBoxes, svgTexts } from './ssr';

/** A4 landscape inside 10 mm margins, as print/paper.ts computes it. */
const A4_LANDSCAPE = { widthPx: 1046, heightPx: 718 };
const PRINT: ChartBuildOptions = { forPrint: true, width: A4_LANDSCAPE.widthPx };

function subtitleOf(spec: ChartSpec): string {
  return ((spec.option.title as { subtext?: string } | undefined)?.subtext ?? '').replace(/\n/g, '');
}

describe('showTitle: false', () => {
  const model = buildDashboardModel(fiveTownships());
  const titled = allSpecs(model);
  const untitled = allSpecs(model, { showTitle: false });

  it('every note drawn under a title is also a footnote, so dropping the title loses nothing', () => {
    for (const spec of titled) {
      let rest = subtitleOf(spec);
      for (const note of spec.footnotes) rest = rest.replace(note, '');
      expect(rest, spec.id).toBe('');
    }
    const ranking = titled.find((s) => s.id === 'shortcoming-ranking');
    expect(ranking?.footnotes).toContain('4个乡镇均提到法治人才与队伍力量不足');
  });

  it('draws no title, keeps spec.title for the card heading, and is shorter by the header', () => {
    untitled.forEach((spec, i) => {
      const withTitle = titled[i]!;
      expect(spec.option.title, spec.id).toBeUndefined();
      expect(spec.title).toBe(withTitle.title);
      expect(spec.footnotes).toEqual(withTitle.footnotes);
      expect(svgTexts(renderToSvg(spec))).not.toContain(spec.title);
      expect(svgTexts(renderToSvg(withTitle))).toContain(withTitle.title);
      expect(spec.height, spec.id).toBeLessThanOrEqual(withTitle.height - TITLE_PX);
    });
  });

  it('the plot keeps its size: only the header goes', () => {
    untitled.forEach((spec, i) => {
      const withTitle = titled[i]!;
      const grid = (s: ChartSpec) => s.option.grid as { top: number; bottom: number };
      const plot = (s: ChartSpec) => s.height - grid(s).top - grid(s).bottom;
      expect(plot(spec), spec.id).toBe(plot(withTitle));
    });
  });
});

describe('a long title at phone width', () => {
  it('wraps instead of running off the chart, and the chart makes room', () => {
    const ds = new DatasetBuilder()
      .metricDefinition('disputes_screened', '排查出的矛盾纠纷', '起', 'disputes')
      .metricDefinition('disputes_resolved', '化解（调解成功）的矛盾纠纷', '起', 'disputes')
      .township('a', '甲乡')
      .figure('a', 2024, 'disputes_screened', 18, { unit: '起' })
      .figure('a', 2024, 'disputes_resolved', 17, { unit: '起' })
      .build();
    const model = buildDashboardModel(ds);
    const narrow = allSpecs(model, { width: 300 }).find((s) => s.id === 'disputes')!;
    const text = (narrow.option.title as { text: string }).text;
    expect(text.split('\n').length).toBeGreaterThan(1);
    expect(text.replace(/\n/g, '')).toBe(narrow.title);
    for (const line of text.split('\n')) expect([...line].length * 15).toBeLessThanOrEqual(300 - 16);
    const wide = allSpecs(model, { width: 1024 }).find((s) => s.id === 'disputes')!;
    expect(narrow.height).toBeGreaterThan(wide.height);
  });
});

describe('print fits one A4 landscape page', () => {
  const model = buildDashboardModel(manyTownships(300));

  for (const showTitle of [true, false]) {
    it(`300 townships, showTitle ${showTitle}: every chart fits with the card's text; the rest is named`, () => {
      for (const spec of rowSpecs(model, { ...PRINT, showTitle })) {
        expect(spec.height, spec.id).toBeLessThanOrEqual(PRINT_CHART_MAX_HEIGHT_PX);
        expect(spec.height + 150, spec.id).toBeLessThanOrEqual(A4_LANDSCAPE.heightPx);
        expect(spec.shownRowKeys.length, spec.id).toBeLessThanOrEqual(PRINT_MAX_ROWS);
        expect(spec.shownRowKeys.length, spec.id).toBeGreaterThanOrEqual(10);
        const rest = 300 - spec.shownRowKeys.length;
        expect(spec.omittedRowKeys).toHaveLength(rest);
        expect(spec.footnotes.some((f) => f.includes(`其余${rest}个乡镇见表格`)), spec.id).toBe(true);
      }
    });
  }

  it('draws as many rows as fit, not needlessly few', () => {
    for (const spec of rowSpecs(model, PRINT)) {
      const drawn = spec.shownRowKeys.length;
      if (drawn === PRINT_MAX_ROWS) continue;
      const oneMore = rowSpecs(model, { ...PRINT, maxRows: drawn + 1 }).find((s) => s.id === spec.id)!;
      expect(oneMore.height, spec.id).toBeGreaterThan(PRINT_CHART_MAX_HEIGHT_PX);
    }
  });

  it('print rows are shorter than screen rows; an explicit maxRows is used as given', () => {
    expect(chartHeightFor(11, 0, { forPrint: true }) - chartHeightFor(10, 0, { forPrint: true })).toBe(PRINT_ROW_HEIGHT_PX);
    expect(chartHeightFor(10, 0, { forPrint: true })).toBeLessThan(chartHeightFor(10));
    const events = rowSpecs(model, { ...PRINT, maxRows: 5 })[0]!;
    expect(events.shownRowKeys).toHaveLength(5);
  });

  it('the two labels of a grouped row never overprint each other, even with equal values', () => {
    const equal = new DatasetBuilder();
    equal.metricDefinition('disputes_screened', '排查矛盾纠纷', '起', 'disputes').metricDefinition('disputes_resolved', '化解矛盾纠纷', '起', 'disputes');
    for (let i = 0; i < 40; i++) {
      equal.township(`t${i}`, `第${i}乡`).figure(`t${i}`, 2024, 'disputes_screened', 200 - i, { unit: '起' });
      equal.figure(`t${i}`, 2024, 'disputes_resolved', 200 - i - (i % 3), { unit: '起' });
    }
    for (const showTitle of [true, false]) {
      const spec = rowSpecs(buildDashboardModel(equal.build()), { ...PRINT, showTitle }).find((s) => s.id === 'disputes')!;
      const labels = svgTextBoxes(renderToSvg(spec, A4_LANDSCAPE.widthPx)).filter((t) => /^[\d.]+起$/.test(t.text));
      // Every label drawn; whether two overprint needs the real font's widths, not the
      // code's own estimate: tests/browser/label-overlap.test.ts draws this data and measures.
      expect(labels.length).toBe(2 * spec.shownRowKeys.length);
    }
  });

  it('the drawn print chart is as tall as its spec says (rows × print row height)', () => {
    const spec = rowSpecs(model, { ...PRINT, showTitle: false })[0]!;
    const grid = spec.option.grid as { top: number; bottom: number };
    const plot = spec.height - grid.top - grid.bottom;
    expect(plot / spec.shownRowKeys.length).toBeCloseTo(PRINT_ROW_HEIGHT_PX, 0);
    expect(() => renderToSvg(spec, A4_LANDSCAPE.widthPx)).not.toThrow();
  });
});
