import { describe, expect, it } from 'vitest';
import { buildDistributionChart, distributionOf, EXACT_LEGEND } from '../../../src/charts/distribution/distribution';
import { LOWER_BOUND_LEGEND } from '../../../src/charts/bar-items';
import { buildDashboardModel } from '../../../src/model';
import { DatasetBuilder, manyTownships } from '../../fixtures/model/synth';
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
    expect(d.unvalued).toEqual([{ status: 'not_reported', label: '未报告', totals: events.totals.filter((t) => t.figure.status === 'not_reported') }]);
    expect(d.lowerBounds).toBeGreaterThan(0);
  });

  it('draws lower bounds as their own hatched series, names 未报告 and traces each bar to its quotes', () => {
    const spec = buildDistributionChart(events, { width: 800 });
    const d = distributionOf(events);
    expect(spec.footnotes.join('；')).toContain(`其中${d.lowerBounds}个乡镇的合计为下限（≥）`);
    const silent = events.totals.filter((t) => t.figure.status === 'not_reported').length;
    expect(spec.footnotes.join('；')).toContain(`未报告${silent}个乡镇`);
    const series = spec.option.series as { name: string; data: { value: number | null; provenance: string[] }[] }[];
    expect(series.map((s) => s.name)).toEqual([EXACT_LEGEND, LOWER_BOUND_LEGEND]);
    d.bins.forEach((bin, i) => {
      expect(series[1]!.data[i]!.value).toBe(bin.lowerBound.length === 0 ? null : bin.lowerBound.length);
      expect(series[1]!.data[i]!.provenance).toEqual(bin.lowerBound.flatMap((t) => t.provenance));
    });
    expect(renderToSvg(spec)).toContain(LOWER_BOUND_LEGEND);
  });

  it('bins only totals in the chart\'s unit: 人 against 人次, or a mixed sum, is counted in a note, not on the 人次 axis', () => {
    const b = new DatasetBuilder().metricDefinition('outreach_reach', '普法受众', '人次');
    const units: Array<[string, ...string[]]> = [['人次'], ['人次'], ['次'], ['人'], ['人', '人次']];
    units.forEach((list, i) => {
      const id = `t${i}`;
      b.township(id, `第${i}乡`).report(id, 2024);
      list.forEach((unit, j) => b.figure(id, 2024, 'outreach_reach', 100 * (i + 1), { unit, item: `分项${j}` }));
    });
    const reach = buildDashboardModel(b.build()).outreach.find((c) => c.metric === 'outreach_reach')!;
    const d = distributionOf(reach);
    const binned = d.bins.flatMap((bin) => [...bin.exact, ...bin.lowerBound]).map((t) => t.townshipId);
    // 次 counts times, not people: only 人次 is on this axis.
    expect(binned.sort()).toEqual(['t0', 't1']);
    expect(d.valued).toBe(2);
    expect(d.otherMeasures.map((t) => t.townshipId)).toEqual(['t2', 't3']);
    expect(d.otherUnits).toEqual(['次', '人']);
    expect(d.mixedSums.map((t) => t.townshipId)).toEqual(['t4']);
    const notes = buildDistributionChart(reach, { width: 800 }).footnotes;
    expect(notes[0]).toBe('2个乡镇有按“人次”计的数值，按合计所在区间计数（区间含下沿，不含上沿）');
    expect(notes).toContain('另有2个乡镇按“次”“人”计、1个乡镇的合计混有不同单位，口径不同，不在图中');
  });

  it('counts every township without a value, 未录入 and 数据有误 included, in the note: none is left out silently', () => {
    const b = new DatasetBuilder().metricDefinition('outreach_events', '普法宣传活动', '场');
    for (let i = 0; i < 50; i++) {
      const id = `t${i}`;
      // Every fifth report not fully entered yet; its silence is 未录入, not 未报告.
      b.township(id, `第${i}乡`).report(id, 2024, { figuresAccounted: i % 5 !== 0 });
      if (i % 5 !== 0 && i % 2 === 0) b.figure(id, 2024, 'outreach_events', i, { unit: '场' });
    }
    const comparison = buildDashboardModel(b.build()).outreach.find((c) => c.metric === 'outreach_events')!;
    const d = distributionOf(comparison);
    expect(d.unvalued.map((g) => [g.label, g.totals.length])).toEqual([['未报告', 20], ['未录入', 10]]);
    const binned = d.bins.reduce((n, bin) => n + bin.exact.length + bin.lowerBound.length, 0);
    expect(binned + d.unvalued.reduce((n, g) => n + g.totals.length, 0)).toBe(50);
    expect(buildDistributionChart(comparison).footnotes).toContain('未报告20个乡镇、未录入10个乡镇，没有数值，不在图中');
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
