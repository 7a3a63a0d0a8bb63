// The numbers under the charts (value axis labels) must stay apart at phone
// width: fewer ticks on a narrow plot, and hideOverlap as the last guard.
import { describe, expect, it } from 'vitest';
import { evenInterval, niceScale, splitNumberFor } from '../../../src/charts/axes';
import { buildDashboardModel, type DashboardModel } from '../../../src/model';
import { DatasetBuilder, fiveTownships, withStandardCatalog } from '../../fixtures/model/synth';
import { rowSpecs } from './specs';
import { renderToSvg, svgTextBoxes } from './ssr';

/**
 * Totals whose nice scales have many ticks at ECharts' default of five
 * splits (0…7000 by 1000, 0…3500 by 500): what crowded the phone layout.
 * `scale` 10 gives counts in the tens of thousands ("1.5万" labels).
 */
function manyTicks(scale = 1) {
  const b = withStandardCatalog(new DatasetBuilder()).category('talent', '人才不足');
  const rows = [
    ['a', 6400, 3300, 38, 31],
    ['b', 3000, 2000, 25, 20],
    ['c', 2100, 1200, 12, 12],
    ['d', 800, 600, 7, 5],
  ] as const;
  for (const [id, reach, materials, found, resolved] of rows) {
    b.township(id, `${id}乡`).report(id, 2024);
    b.figure(id, 2024, 'outreach_events', found * 3 * scale, { unit: '场' });
    b.figure(id, 2024, 'outreach_reach', reach * scale, { unit: '人次' });
    b.figure(id, 2024, 'outreach_materials', materials * scale, { unit: '份' });
    b.figure(id, 2024, 'disputes_screened', found * scale, { unit: '起' });
    b.figure(id, 2024, 'disputes_resolved', resolved * scale, { unit: '起' });
  }
  return b.build();
}

/** The value-axis labels drawn: the row of numeric labels with the most members. */
function valueAxisLabels(svg: string) {
  const numeric = svgTextBoxes(svg).filter((t) => t.anchor === 'middle' && /^[\d.]+(万|亿)?%?$/.test(t.text));
  const byY = new Map<number, typeof numeric>();
  for (const t of numeric) byY.set(Math.round(t.y), [...(byY.get(Math.round(t.y)) ?? []), t]);
  return [...byY.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

describe('value axis', () => {
  it('has fewer ticks on a narrow plot', () => {
    expect(splitNumberFor(200)).toBe(2);
    expect(splitNumberFor(250)).toBeLessThanOrEqual(3);
    expect(splitNumberFor(1000)).toBe(5);
  });

  it('niceScale: round steps, no more splits than asked, the smallest maximum that holds the data', () => {
    expect(niceScale(6403, 2)).toEqual({ max: 8000, interval: 4000 });
    expect(niceScale(6403, 3)).toEqual({ max: 7500, interval: 2500 });
    expect(niceScale(6403, 5)).toEqual({ max: 8000, interval: 2000 });
    expect(niceScale(100, 5)).toEqual({ max: 100, interval: 20 });
    expect(niceScale(3, 5, 1)).toEqual({ max: 3, interval: 1 });
    expect(niceScale(5, 2, 1)).toEqual({ max: 6, interval: 3 });
    expect(niceScale(0.3, 3)).toEqual({ max: 0.3, interval: 0.1 });
    expect(niceScale(0, 5)).toBeNull();
  });

  it('evenInterval divides a fixed maximum into round, equal steps', () => {
    expect(evenInterval(100, 5)).toBe(20);
    expect(evenInterval(100, 4)).toBe(25);
    expect(evenInterval(100, 3)).toBe(50);
    expect(evenInterval(5, 5, 1)).toBe(1);
    expect(evenInterval(5, 3, 1)).toBe(5);
    expect(evenInterval(300, 5, 1)).toBe(100);
    expect(evenInterval(7, 2, 1)).toBe(7);
  });

  const models: [string, DashboardModel][] = [
    ['five townships', buildDashboardModel(fiveTownships())],
    ['many ticks', buildDashboardModel(manyTicks())],
    ['counts in 万', buildDashboardModel(manyTicks(10))],
  ];
  for (const [name, model] of models) {
    for (const width of [300, 340, 390, 1024, 1440]) {
      it(`${name} at ${width}px: drawn value labels never overlap`, () => {
        for (const spec of rowSpecs(model, { width }).filter((s) => s.id !== 'shortcoming-matrix')) {
          const axis = spec.option.xAxis as { axisLabel?: { hideOverlap?: boolean } };
          expect(axis.axisLabel?.hideOverlap, spec.id).toBe(true);
          const svg = renderToSvg(spec, width);
          const labels = valueAxisLabels(svg).sort((a, b) => a.x - b.x);
          // The key, wrapped or not, sits below the numbers, not over them.
          const keyNames = new Set((spec.option.legend as { data: string[] }).data);
          const keys = svgTextBoxes(svg).filter((t) => keyNames.has(t.text));
          expect(keys.length, `${spec.id} draws its key`).toBe(keyNames.size);
          const lowestLabel = Math.max(...labels.map((l) => l.y));
          for (const key of keys) expect(key.y - lowestLabel, `${spec.id}: key "${key.text}"`).toBeGreaterThanOrEqual(14);
          expect(Math.max(...keys.map((k) => k.y)), `${spec.id} keeps its key inside`).toBeLessThanOrEqual(spec.height - 6);
          expect(labels.length, `${spec.id} draws its scale`).toBeGreaterThanOrEqual(2);
          // Whether the numbers overprint needs the real font's widths, not the
          // code's own estimate: tests/browser/label-overlap.test.ts measures them.
          for (let i = 1; i < labels.length; i++) expect(labels[i]!.x, `${spec.id}: "${labels[i]!.text}" right of "${labels[i - 1]!.text}"`).toBeGreaterThan(labels[i - 1]!.x);
        }
      });
    }
  }
});
