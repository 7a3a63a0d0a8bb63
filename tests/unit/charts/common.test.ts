import { describe, expect, it } from 'vitest';
import { OKABE_ITO } from '../../../src/charts';
import { withSeriesDecals } from '../../../src/charts/common';
import { lowerBoundDecal, SERIES_DECALS, SOLID_DECAL } from '../../../src/charts/palette';
import { buildDashboardModel, buildProvenanceIndex } from '../../../src/model';
import { fiveTownships } from '../../fixtures/model/synth';
import { categoryAxisData, items } from './option-access';
import { allSpecs, rowSpecs } from './specs';
import { renderToSvg, svgTexts } from './ssr';

const dataset = fiveTownships();
const model = buildDashboardModel(dataset);
const specs = allSpecs(model);

describe('withSeriesDecals', () => {
  it('gives the palette decals in series order, drops a solid one, keeps a series’ own', () => {
    const hatch = lowerBoundDecal('#000000');
    const [plain, solid, own, second] = withSeriesDecals([
      { type: 'bar', name: 'a', itemStyle: { color: 'red' } },
      { type: 'bar', name: 'b', itemStyle: { color: 'blue', decal: SOLID_DECAL } },
      { type: 'bar', name: 'c', itemStyle: { decal: hatch } },
      { type: 'bar', name: 'd' },
    ]);
    expect(plain!.itemStyle).toEqual({ color: 'red', decal: SERIES_DECALS[0] });
    expect(solid!.itemStyle).toEqual({ color: 'blue' });
    expect(own!.itemStyle?.decal).toBe(hatch);
    expect(second!.itemStyle?.decal).toBe(SERIES_DECALS[3]);
  });

  it('the disputes chart tells found from resolved apart in grey print', () => {
    const disputes = specs.find((s) => s.id === 'disputes')!;
    const [found, resolved] = (disputes.option.series as { itemStyle: { decal?: unknown } }[]).slice(0, 2);
    expect(found!.itemStyle.decal).toBeDefined();
    expect(resolved!.itemStyle.decal).toBeDefined();
    expect(found!.itemStyle.decal).not.toEqual(resolved!.itemStyle.decal);
  });
});

describe('every option builder', () => {
  it('builds the seven charts with distinct ids', () => {
    expect(specs.map((s) => s.id)).toEqual([
      'outreach:outreach_events',
      'outreach:outreach_reach',
      'outreach:outreach_materials',
      'disputes',
      'success-rate',
      'shortcoming-matrix',
      'shortcoming-ranking',
    ]);
  });

  it.each(specs.map((s) => [s.id, s] as const))('%s: a readable summary, no ECharts aria, richText tooltip, Okabe–Ito colours', (_id, spec) => {
    const option = spec.option as Record<string, any>;
    // EChart.tsx labels the chart with it (ECharts' aria component is not loaded: its
    // decals patterned every bar anew on each draw, issue 19).
    expect(spec.ariaDescription.startsWith(spec.title)).toBe(true);
    expect(option.aria).toBeUndefined();
    expect(option.tooltip.renderMode).toBe('richText');
    expect(option.color).toContain(OKABE_ITO.blue);
    expect(option.title.text).toBe(spec.title);
  });

  it('animation is off on screen and in print, unless asked for', () => {
    expect(specs.every((s) => s.option.animation === false)).toBe(true);
    expect(allSpecs(model, { forPrint: true }).every((s) => s.option.animation === false)).toBe(true);
    expect(allSpecs(model, { animation: true }).every((s) => s.option.animation === true)).toBe(true);
  });

  it('every data item carries status and provenance keys that resolve to rows', () => {
    const index = buildProvenanceIndex(dataset);
    for (const spec of specs) {
      const all = items(spec.option);
      expect(all.length).toBeGreaterThan(0);
      for (const item of all) {
        expect(['reported', 'not_reported']).toContain(item.status);
        expect(Array.isArray(item.provenance)).toBe(true);
        expect(index.resolve(item.provenance)).toHaveLength(item.provenance.length);
        if (item.status === 'not_reported') expect(item.provenance).toEqual([]);
      }
      for (const key of spec.sources) expect(index.get(key)).toBeDefined();
    }
  });

  it('a reported bar or cell has at least one provenance key', () => {
    for (const spec of specs.filter((s) => s.id !== 'shortcoming-ranking')) {
      for (const item of items(spec.option).filter((i) => i.status === 'reported')) {
        expect(item.provenance.length, `${spec.id} ${item.rowKey}`).toBeGreaterThan(0);
      }
    }
  });

  it('every township appears as a category of every row chart, and is drawn', () => {
    const names = dataset.townships.map((t) => t.name);
    for (const spec of rowSpecs(model)) {
      expect([...categoryAxisData(spec.option)].sort(), spec.id).toEqual([...names].sort());
      expect(spec.shownRowKeys).toHaveLength(names.length);
      const texts = svgTexts(renderToSvg(spec));
      for (const name of names) expect(texts, `${spec.id} draws ${name}`).toContain(name);
    }
  });

  it('the drawn charts say 未报告 where a township is silent and ≥ for lower bounds', () => {
    const drawn = Object.fromEntries(specs.map((s) => [s.id, svgTexts(renderToSvg(s)).join('\n')]));
    expect(drawn['outreach:outreach_events']).toContain('未报告');
    expect(drawn['outreach:outreach_events']).toContain('≥30场');
    expect(drawn.disputes).toContain('未报告');
    expect(drawn['success-rate']).toContain('未报告');
    expect(drawn['success-rate']).toContain('≥94%');
    expect(drawn['shortcoming-matrix']).toContain('未报告');
  });
});

describe('an empty selection', () => {
  it('builds and draws every chart without rows', () => {
    const empty = buildDashboardModel(fiveTownships(), { townshipIds: ['no-such-township'] });
    expect(empty.selection.rows).toEqual([]);
    for (const spec of allSpecs(empty)) {
      expect(spec.shownRowKeys).toEqual([]);
      expect(() => renderToSvg(spec)).not.toThrow();
    }
  });
});
