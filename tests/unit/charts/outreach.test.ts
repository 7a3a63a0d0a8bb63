import { describe, expect, it } from 'vitest';
import { buildOutreachChart } from '../../../src/charts';
import { textWidthPx } from '../../../src/charts/layout';
import { LOWER_BOUND_LEGEND, PARTS_LEGEND } from '../../../src/charts/outreach/outreach';
import { buildDashboardModel, type MetricComparison } from '../../../src/model';
import { DatasetBuilder, fiveTownships, withStandardCatalog } from '../../fixtures/model/synth';
import { categoryAxisData, items, labelText, seriesOf, tooltipFor, type Item } from './option-access';
import { renderToSvg, svgTexts } from './ssr';

const dataset = fiveTownships();
const model = buildDashboardModel(dataset);
const comparison = (metric: string): MetricComparison => {
  const c = model.outreach.find((x) => x.metric === metric);
  if (!c) throw new Error(metric);
  return c;
};

describe('outreach chart', () => {
  const spec = buildOutreachChart(comparison('outreach_events'));
  const rowItems = (rowKey: string) => items(spec.option).filter((i) => i.rowKey === rowKey);

  it('sorts townships by total, the silent one last', () => {
    // bt ≥30 and dg ≈30 tie (selection order), ta 20, zg 3, hz none.
    expect(categoryAxisData(spec.option)).toEqual(['丙乡', '丁乡', '甲乡', '戊镇', '乙乡']);
    expect(spec.shownRowKeys).toEqual(['bt:2024', 'dg:2024', 'ta:2024', 'zg:2024', 'hz:2024']);
  });

  it('stacks each report part as its own item with its own provenance', () => {
    const ta = rowItems('ta:2024').filter((i) => typeof i.value === 'number' && i.value > 0);
    const rows = dataset.metrics.filter((m) => m.townshipId === 'ta' && m.metric === 'outreach_events');
    expect(ta.map((i) => i.value)).toEqual(rows.map((r) => r.value));
    expect(ta.map((i) => i.provenance)).toEqual(rows.map((r) => [`${r.source.file}:${r.source.line}`]));
    expect(ta.every((i) => i.rowProvenance?.length === rows.length)).toBe(true);
    // parts of one row sit in consecutive series of one stack
    const stacks = new Set(seriesOf(spec.option).map((s) => (s as { stack?: string }).stack));
    expect(stacks.size).toBe(1);
  });

  it('labels a lower-bound total with ≥ and draws its part open and hatched', () => {
    const bt = rowItems('bt:2024');
    expect(bt.map(labelText)).toContain('≥30场');
    const lowerPart = bt.find((i) => i.value === 25);
    expect(lowerPart?.itemStyle?.borderType).toBe('dashed');
    expect(lowerPart?.itemStyle?.decal).toBeDefined();
    const exactPart = bt.find((i) => i.value === 5);
    expect(exactPart?.itemStyle?.borderType).toBeUndefined();
    expect(rowItems('dg:2024').map(labelText)).toContain('约30场');
  });

  it('writes a name over hatching on its own white box; solid parts are not patterned', () => {
    const hatched = rowItems('bt:2024').find((i) => i.value === 25) as Item & { label?: Record<string, unknown> };
    expect(hatched.label?.formatter).toBe('集中宣讲');
    expect(hatched.label?.backgroundColor).toBe('#FFFFFF');
    expect(hatched.label?.padding).toBeDefined();
    expect(hatched.label?.color).not.toBe('#FFFFFF');
    const solid = rowItems('ta:2024').find((i) => i.value === 12) as Item & { label?: Record<string, unknown> };
    expect(solid.label?.backgroundColor).toBeUndefined();
    // Exact parts are solid (no stripes, no decal at all), so only a lower bound is patterned …
    const parts = seriesOf(spec.option).filter((s) => s.name?.startsWith('分项'));
    expect(parts.length).toBeGreaterThan(0);
    for (const s of parts) expect((s as { itemStyle: { decal?: unknown } }).itemStyle.decal).toBeUndefined();
    // … and the legend keys look like what they explain.
    const legendStyle = (name: string) => (seriesOf(spec.option).find((s) => s.name === name) as { itemStyle: Record<string, any> }).itemStyle;
    expect(legendStyle(PARTS_LEGEND).decal).toBeUndefined();
    expect(legendStyle(LOWER_BOUND_LEGEND).borderType).toBe('dashed');
    expect(legendStyle(LOWER_BOUND_LEGEND).decal).toEqual(hatched.itemStyle?.decal);
  });

  it('writes a name inside only where the drawn segment holds it', () => {
    // At phone width the short segments keep their names to the tooltip.
    const narrow = buildOutreachChart(comparison('outreach_events'), { width: 320 });
    const wide = buildOutreachChart(comparison('outreach_events'), { width: 1440 });
    const named = (s: typeof spec) => items(s.option).filter((i) => i.status === 'reported' && i.label && i.value !== 0).length;
    expect(named(narrow)).toBeLessThan(named(wide));
    const axis = wide.option.xAxis as { max: number };
    const plot = 1440 - (wide.option.grid as { left: number; right: number }).left - (wide.option.grid as { right: number }).right;
    for (const item of items(wide.option).filter((i) => i.label && typeof i.value === 'number' && i.value > 0)) {
      const segment = ((item.value as number) / axis.max) * plot;
      expect(segment, labelText(item)).toBeGreaterThanOrEqual(textWidthPx(labelText(item), 11));
    }
  });

  it('draws 未报告 on purpose for a silent township: a label at the origin, no figure', () => {
    const hz = rowItems('hz:2024');
    expect(hz).toHaveLength(1);
    expect(hz[0]?.status).toBe('not_reported');
    expect(labelText(hz[0]!)).toBe('未报告');
    expect(hz[0]?.provenance).toEqual([]);
    expect(spec.footnotes.some((f) => f.includes('未报告'))).toBe(true);
  });

  it('tooltip gives parts, ≥, quotes and notes; a silent township says 未报告', () => {
    const btIndex = spec.shownRowKeys.indexOf('bt:2024');
    const text = tooltipFor(spec.option, [{ dataIndex: btIndex }]);
    expect(text).toContain('丙乡');
    expect(text).toContain('≥30场');
    expect(text).toContain('集中宣讲：≥25场');
    const quote = dataset.metrics.find((m) => m.townshipId === 'bt' && m.item === '集中宣讲')?.quote ?? '?';
    expect(text).toContain(quote);
    const hzText = tooltipFor(spec.option, [{ dataIndex: spec.shownRowKeys.indexOf('hz:2024') }]);
    expect(hzText).toContain('未报告');
    expect(hzText).not.toMatch(/：0/);

    const reach = buildOutreachChart(comparison('outreach_reach'));
    const zgText = tooltipFor(reach.option, [{ dataIndex: reach.shownRowKeys.indexOf('zg:2024') }]);
    expect(zgText).toContain('注：含主要负责人述法活动');
  });

  it('a lower-bound part in the tooltip is rounded down, never up', () => {
    const ds = withStandardCatalog(new DatasetBuilder())
      .township('x', '某乡')
      .figure('x', 2024, 'outreach_events', 2.556, { item: '半日宣讲', bound: 'at_least' })
      .figure('x', 2024, 'outreach_events', 1, { item: '讲座' })
      .build();
    const s = buildOutreachChart(buildDashboardModel(ds).outreach[0]!);
    const text = tooltipFor(s.option, [{ dataIndex: 0 }]);
    expect(text).toContain('半日宣讲：≥2.55场');
    expect(text).toContain('≥3.55场');
  });

  it('notes unit differences in the subtitle and the footnotes', () => {
    const reach = buildOutreachChart(comparison('outreach_reach'));
    const note = '甲乡按“人”计，丙乡、丁乡、戊镇按“人次”计，口径不同，不宜直接比较';
    expect(((reach.option.title as { subtext: string }).subtext).replace(/\n/g, '')).toContain(note);
    expect(reach.footnotes).toContain(note);
    expect(items(reach.option).filter((i) => i.rowKey === 'ta:2024').map(labelText)).toContain('800人');
  });

  it('shows data text as text: no HTML, no rich-text markup taken from a quote', () => {
    const ds = withStandardCatalog(new DatasetBuilder())
      .township('x', '<img src=x onerror=alert(1)>乡')
      .figure('x', 2024, 'outreach_events', 5, { item: '宣讲', quote: '<script>alert(1)</script>{b|大字}5场' })
      .build();
    const c = buildDashboardModel(ds).outreach[0];
    if (!c) throw new Error('no comparison');
    const s = buildOutreachChart(c);
    const text = tooltipFor(s.option, [{ dataIndex: 0 }]);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('｛b|大字｝');
    expect(text).not.toContain('{b|');
    const svg = renderToSvg(s);
    expect(svg).not.toContain('<img');
    expect(svgTexts(svg)).toContain('<img src=x onerror=alert(1)>乡');
  });
});
