import { describe, expect, it } from 'vitest';
import { buildDashboardModel, combineBounds, compareMetric, formatFigure, metricTotal, selectRows } from '../../../src/model';
import { withErrors } from '../../../src/model/figure-state';
import { figureCells } from '../../../src/export/figure-cells';
import { DatasetBuilder, fiveTownships, withStandardCatalog } from '../../fixtures/model/synth';

describe('metric totals', () => {
  const dataset = fiveTownships();
  const selection = selectRows(dataset, { years: [2024] });
  const rowOf = (id: string) => {
    const row = selection.rows.find((r) => r.townshipId === id);
    if (!row) throw new Error(`no row ${id}`);
    return row;
  };

  it('sums the parts of a report and keeps each part under its own name', () => {
    const total = metricTotal(dataset, rowOf('ta'), 'outreach_events');
    const parts = dataset.metrics.filter((m) => m.townshipId === 'ta' && m.metric === 'outreach_events');
    expect(total.figure).toEqual({
      status: 'reported',
      value: parts.reduce((s, p) => s + p.value, 0),
      bound: 'exact',
    });
    expect(total.parts.map((p) => p.item)).toEqual(parts.map((p) => p.item));
    expect(total.provenance).toEqual(parts.map((p) => `${p.source.file}:${p.source.line}`));
  });

  it('a total with one lower-bound part is a lower bound', () => {
    const total = metricTotal(dataset, rowOf('bt'), 'outreach_events');
    expect(total.figure.bound).toBe('at_least');
    expect(total.figure.value).toBe(30);
  });

  it('combines bounds: at_least wins over approx, approx over exact', () => {
    expect(combineBounds(['exact', 'approx'])).toBe('approx');
    expect(combineBounds(['approx', 'at_least', 'exact'])).toBe('at_least');
    expect(combineBounds(['exact', 'exact'])).toBe('exact');
    expect(combineBounds([])).toBe('exact');
  });

  it('a lower bound with an approximate part is a minimum that is itself approximate: ≥约, never a firm ≥', () => {
    const b = withStandardCatalog(new DatasetBuilder()).township('x', '戊乡').report('x', 2024);
    const ds = b
      .figure('x', 2024, 'outreach_events', 7, { item: '专题讲座', unit: '场' })
      .figure('x', 2024, 'outreach_events', 101, { item: '入户宣讲', unit: '场', bound: 'approx' })
      .figure('x', 2024, 'outreach_events', 5, { item: '集中宣讲', unit: '场', bound: 'at_least' })
      .build();
    const total = metricTotal(ds, selectRows(ds).rows[0]!, 'outreach_events');
    expect(total.figure).toEqual({ status: 'reported', value: 113, bound: 'at_least', approxParts: true });
    expect(formatFigure(total.figure, '场')).toBe('≥约113场');
    expect(figureCells(total.figure)).toEqual({ value: 113, mark: '≥约' });
    // Without the approximate part the minimum is firm.
    const firm = metricTotal(withStandardCatalog(new DatasetBuilder()).township('x', '戊乡').report('x', 2024).figure('x', 2024, 'outreach_events', 5, { unit: '场', bound: 'at_least' }).build(), selectRows(ds).rows[0]!, 'outreach_events');
    expect(firm.figure).toEqual({ status: 'reported', value: 5, bound: 'at_least' });
    expect(formatFigure(firm.figure, '场')).toBe('≥5场');
    // An approximate sum with a part that could not be read is such a minimum too.
    expect(withErrors({ status: 'reported', value: 300, bound: 'approx' }, [{ key: 'metrics.csv:9', file: 'metrics.csv', line: 9, item: null, reason: '' }])).toMatchObject({ bound: 'at_least', approxParts: true });
  });

  it('a metric without rows is not_reported with a null value, never 0', () => {
    const total = metricTotal(dataset, rowOf('hz'), 'outreach_events');
    expect(total.figure).toEqual({ status: 'not_reported', value: null, bound: null });
    expect(total.parts).toEqual([]);
    expect(total.provenance).toEqual([]);
  });

  it('a figure of 0 the report states stays reported', () => {
    const ds = withStandardCatalog(new DatasetBuilder()).township('a', '甲').figure('a', 2024, 'outreach_events', 0).build();
    const row = selectRows(ds).rows[0];
    if (!row) throw new Error('no row');
    expect(metricTotal(ds, row, 'outreach_events').figure).toEqual({ status: 'reported', value: 0, bound: 'exact' });
  });

  it('flags parts that mix units within one township', () => {
    const ds = withStandardCatalog(new DatasetBuilder())
      .township('a', '甲乡')
      .figure('a', 2024, 'outreach_materials', 300, { item: '宣传单', unit: '份' })
      .figure('a', 2024, 'outreach_materials', 40, { item: '法律读本', unit: '册' })
      .build();
    const comparison = compareMetric(ds, selectRows(ds), 'outreach_materials');
    const total = comparison.totals[0];
    expect(total?.mixedUnits).toBe(true);
    expect(total?.units).toEqual(['份', '册']);
    const flag = comparison.flags.find((f) => f.kind === 'units_mixed_within_township');
    expect(flag?.note).toContain('甲乡');
    expect(flag?.note).toContain('“份”和“册”');
  });

  it('rates are not added up: a percent metric is its first part', () => {
    const ds = withStandardCatalog(new DatasetBuilder())
      .township('a', '甲乡')
      .figure('a', 2024, 'mediation_success_rate', 95, { unit: '%' })
      .figure('a', 2024, 'mediation_success_rate', 90, { unit: '%', item: '另一口径' })
      .build();
    const row = selectRows(ds).rows[0];
    if (!row) throw new Error('no row');
    const total = metricTotal(ds, row, 'mediation_success_rate');
    expect(total.nonAdditive).toBe(true);
    expect(total.figure.value).toBe(95);
    expect(total.parts).toHaveLength(2);
  });

  it('sums decimals without floating-point noise', () => {
    const ds = withStandardCatalog(new DatasetBuilder())
      .township('a', '甲乡')
      .figure('a', 2024, 'outreach_events', 0.1)
      .figure('a', 2024, 'outreach_events', 0.2)
      .build();
    const row = selectRows(ds).rows[0];
    if (!row) throw new Error('no row');
    expect(metricTotal(ds, row, 'outreach_events').figure.value).toBe(0.3);
  });

  it('passes the note column through', () => {
    const total = metricTotal(dataset, rowOf('zg'), 'outreach_reach');
    const note = dataset.metrics.find((m) => m.townshipId === 'zg' && m.metric === 'outreach_reach')?.note;
    expect(note).toBeTruthy();
    expect(total.notes).toEqual([note]);
  });
});

describe('comparability across townships', () => {
  const dataset = fiveTownships();
  const model = buildDashboardModel(dataset, { years: [2024] });
  const reach = model.outreach.find((c) => c.metric === 'outreach_reach');

  it('flags 人 vs 人次 with a Chinese note naming who counts what', () => {
    const flag = reach?.flags.find((f) => f.kind === 'units_differ_across_townships');
    expect(flag).toBeDefined();
    expect(flag?.note).toBe('甲乡按“人”计，丙乡、丁乡、戊镇按“人次”计，口径不同，不宜直接比较');
    expect(flag?.groups.map((g) => g.unit)).toEqual(['人', '人次']);
  });

  it('does not flag a metric all townships count in one unit', () => {
    const events = model.outreach.find((c) => c.metric === 'outreach_events');
    expect(events?.flags.some((f) => f.kind === 'units_differ_across_townships')).toBe(false);
  });

  it('names lower-bound townships in a note', () => {
    const flag = reach?.flags.find((f) => f.kind === 'lower_bounds');
    expect(flag?.note.startsWith('丙乡')).toBe(true);
    const lowerKeys = dataset.metrics
      .filter((m) => m.metric === 'outreach_reach' && m.bound === 'at_least')
      .map((m) => `${m.source.file}:${m.source.line}`);
    expect(flag?.provenance).toEqual(lowerKeys);
  });

  it('takes label and unit from the metric catalog', () => {
    const def = dataset.metricCatalog.find((m) => m.id === 'outreach_reach');
    expect(reach?.label).toBe(def?.label);
    expect(reach?.unit).toBe(def?.unit);
  });

  it('names many townships that mix units within their own total as "等N个乡镇"', () => {
    const b = withStandardCatalog(new DatasetBuilder());
    for (let i = 0; i < 7; i++) {
      b.township(`t${i}`, `乡${i}`)
        .figure(`t${i}`, 2024, 'outreach_materials', 300, { unit: '份' })
        .figure(`t${i}`, 2024, 'outreach_materials', 40, { unit: '册' });
    }
    const ds = b.build();
    const flag = compareMetric(ds, selectRows(ds), 'outreach_materials').flags.find((f) => f.kind === 'units_mixed_within_township');
    expect(flag?.note).toContain('等7个乡镇');
    const years = compareMetric(ds, selectRows(ds, { years: [2024, 2025] }), 'outreach_materials').flags.find(
      (f) => f.kind === 'units_mixed_within_township',
    );
    expect(years?.note).toContain('等7份报告');
  });

  it('keeps a long list of names to a sentence', () => {
    const b = withStandardCatalog(new DatasetBuilder());
    for (let i = 0; i < 12; i++) b.township(`t${i}`, `乡${i}`).figure(`t${i}`, 2024, 'outreach_reach', 10, { unit: i === 0 ? '人' : '人次' });
    const ds = b.build();
    const flag = compareMetric(ds, selectRows(ds), 'outreach_reach').flags[0];
    expect(flag?.note).toContain('等11个乡镇');
    expect(flag?.note.length).toBeLessThan(80);
  });
});
