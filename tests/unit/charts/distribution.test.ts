import { describe, expect, it } from 'vitest';
import { buildDistributionChart, distributionOf, EXACT_LEGEND } from '../../../src/charts/distribution/distribution';
import { LOWER_BOUND_LEGEND } from '../../../src/charts/bar-items';
import { buildDashboardModel } from '../../../src/model';
import { manyTownships } from '../../fixtures/model/synth';
import { renderToSvg, svgTextBoxes } from './ssr';

describe('distribution of a metric across townships (issue 19)', () => {
  const model = buildDashboardModel(manyTownships(300));
  const events = model.outreach.find((c) => c.metric === 'outreach_events')!;

  it('bins every township with a value once; lower bounds apart; 未报告 counted, not binned', () => {
    const d = distributionOf(events);
    const valued = events.totals.filter((t) => t.figure.value !== null);
    const binned = d.bins.flatMap((b) => [...b.exact, ...b.lowerBound]);
    expect(binned).toHaveLength(valued.length);
    expect(new Set(binned.map((t) => t.rowKey)).size).toBe(valued.length);
    for (const bin of d.bins) {
      for (const t of [...bin.exact, ...bin.lowerBound]) {
        expect(t.figure.value!).toBeGreaterThanOrEqual(bin.from);
        expect(t.figure.value!).toBeLessThanOrEqual(bin.to);
      }
      expect(bin.lowerBound.every((t) => t.figure.bound === 'at_least')).toBe(true);
      expect(bin.exact.every((t) => t.figure.bound !== 'at_least')).toBe(true);
    }
    const silent = events.totals.filter((t) => t.figure.status === 'not_reported').length;
    expect(silent).toBeGreaterThan(0);
    expect(d.notReported).toBe(silent);
    expect(d.lowerBounds).toBeGreaterThan(0);
  });

  it('draws lower bounds as their own hatched series, names 未报告 and traces each bar to its quotes', () => {
    const spec = buildDistributionChart(events, { width: 800 });
    const d = distributionOf(events);
    expect(spec.footnotes.join('；')).toContain(`其中${d.lowerBounds}个乡镇的合计为下限（≥）`);
    expect(spec.footnotes.join('；')).toContain(`未报告${d.notReported}个乡镇`);
    const series = spec.option.series as { name: string; data: { value: number | null; provenance: string[] }[] }[];
    expect(series.map((s) => s.name)).toEqual([EXACT_LEGEND, LOWER_BOUND_LEGEND]);
    d.bins.forEach((bin, i) => {
      expect(series[1]!.data[i]!.value).toBe(bin.lowerBound.length === 0 ? null : bin.lowerBound.length);
      expect(series[1]!.data[i]!.provenance).toEqual(bin.lowerBound.flatMap((t) => t.provenance));
    });
    expect(renderToSvg(spec)).toContain(LOWER_BOUND_LEGEND);
  });

  it('draws the y-axis name below the last subtitle line, not on it (three note lines)', () => {
    const spec = buildDistributionChart(events, { width: 800 });
    expect(spec.footnotes).toHaveLength(3);
    const boxes = svgTextBoxes(renderToSvg(spec));
    const axisName = boxes.find((b) => b.text === '乡镇');
    expect(axisName).toBeDefined();
    const lastNote = boxes.find((b) => b.text.includes('没有数值，不在图中'));
    expect(lastNote).toBeDefined();
    // Baselines: the name's glyphs (one font size tall) start below the note's baseline.
    expect(axisName!.y - axisName!.fontPx).toBeGreaterThan(lastNote!.y + 2);
  });
});
