import { describe, expect, it } from 'vitest';
import { buildDisputesChart, buildSuccessRateChart } from '../../../src/charts';
import { RATE_KIND_LABEL, buildDashboardModel } from '../../../src/model';
import { DatasetBuilder, fiveTownships, withStandardCatalog } from '../../fixtures/model/synth';
import { categoryAxisData, items, labelText, seriesOf, tooltipFor, type Item } from './option-access';

const dataset = fiveTownships();
const model = buildDashboardModel(dataset);

describe('disputes chart (found vs resolved)', () => {
  const spec = buildDisputesChart(model.disputes);
  const [found, resolved] = seriesOf(spec.option);
  const itemOf = (series: typeof found, rowKey: string): Item | null =>
    series?.data?.[spec.shownRowKeys.indexOf(rowKey)] ?? null;

  it('one found and one resolved series, named from the catalog', () => {
    expect(found?.name).toBe(dataset.metricCatalog.find((m) => m.id === 'disputes_screened')?.label);
    expect(resolved?.name).toBe(dataset.metricCatalog.find((m) => m.id === 'disputes_resolved')?.label);
  });

  it('keeps the silent townships as categories, marked 未报告, never 0 with provenance', () => {
    expect(categoryAxisData(spec.option)).toContain('乙乡');
    expect(categoryAxisData(spec.option)).toContain('丁乡');
    const hz = itemOf(found, 'hz:2024');
    expect(hz?.status).toBe('not_reported');
    expect(labelText(hz!)).toContain('未报告');
    expect(hz?.provenance).toEqual([]);
    // the rate-only township has no counts: 未报告 too
    expect(itemOf(found, 'dg:2024')?.status).toBe('not_reported');
  });

  it('labels lower-bound counts with ≥ and exact ones plainly', () => {
    expect(labelText(itemOf(found, 'bt:2024')!)).toBe('≥40起');
    expect(itemOf(found, 'bt:2024')?.itemStyle?.borderType).toBe('dashed');
    expect(labelText(itemOf(found, 'ta:2024')!)).toBe('18起');
    expect(itemOf(found, 'ta:2024')?.provenance).toHaveLength(1);
  });

  it('never uses screening rounds as disputes found', () => {
    const rounds = dataset.metrics.find((m) => m.metric === 'dispute_screening_rounds');
    expect(itemOf(found, 'zg:2024')?.value).toBe(10);
    expect(items(spec.option).some((i) => i.provenance.includes(`${rounds?.source.file}:${rounds?.source.line}`))).toBe(false);
    const text = tooltipFor(spec.option, [{ dataIndex: spec.shownRowKeys.indexOf('zg:2024') }]);
    expect(text).toContain('不是纠纷数');
    expect(spec.footnotes.some((f) => f.includes('戊镇') && f.includes('不是纠纷数'))).toBe(true);
  });
});

describe('success-rate chart', () => {
  const spec = buildSuccessRateChart(model.disputes);
  const series = seriesOf(spec.option);
  const computed = series.find((s) => s.name === RATE_KIND_LABEL.computed);
  const reported = series.find((s) => s.name === RATE_KIND_LABEL.reported);
  const at = (s: typeof computed, rowKey: string) => s?.data?.[spec.shownRowKeys.indexOf(rowKey)] ?? null;

  it('has a legend entry for computed and for reported, drawn differently', () => {
    const legend = spec.option.legend as { data: string[] };
    expect(legend.data).toEqual(expect.arrayContaining([RATE_KIND_LABEL.computed, RATE_KIND_LABEL.reported]));
    const style = (s: typeof computed) => (s as { itemStyle: { color: string; decal: unknown } }).itemStyle;
    expect(style(computed).color).not.toBe(style(reported).color);
    expect(style(computed).decal).not.toEqual(style(reported).decal);
  });

  it('computed only from exact counts; reported keeps its bound; both when both exist', () => {
    expect(at(computed, 'ta:2024')?.value).toBeCloseTo((17 / 18) * 100, 10);
    expect(at(reported, 'ta:2024')).toBeNull();
    expect(at(computed, 'bt:2024')).toBeNull();
    expect(labelText(at(reported, 'bt:2024')!)).toBe('≥94%');
    expect(at(computed, 'dg:2024')).toBeNull();
    expect(labelText(at(reported, 'dg:2024')!)).toBe('98%');
    expect(at(computed, 'zg:2024')).not.toBeNull();
    expect(at(reported, 'zg:2024')).not.toBeNull();
  });

  it('a township with no rate at all is a category labelled 未报告', () => {
    expect(categoryAxisData(spec.option)).toContain('乙乡');
    expect(spec.shownRowKeys[spec.shownRowKeys.length - 1]).toBe('hz:2024');
    const marks = [at(computed, 'hz:2024'), at(reported, 'hz:2024')].filter((i): i is Item => i !== null);
    expect(marks).toHaveLength(1);
    expect(labelText(marks[0]!)).toBe('未报告');
    expect(tooltipFor(spec.option, [{ dataIndex: spec.shownRowKeys.indexOf('hz:2024') }])).toContain('未报告');
  });

  it('tooltip says why a rate was not computed and quotes the reported one', () => {
    const text = tooltipFor(spec.option, [{ dataIndex: spec.shownRowKeys.indexOf('bt:2024') }]);
    expect(text).toContain('不计算');
    expect(text).toContain('≥94%');
    expect(text).toContain(dataset.metrics.find((m) => m.townshipId === 'bt' && m.metric === 'mediation_success_rate')?.quote ?? '?');
  });

  it('names who has no computed rate and why', () => {
    expect(spec.footnotes).toContain('丙乡未计算比率：排查数或化解数为约数或下限，不计算比率');
  });

  it('a second rate in one report is listed as not used, with its own quote', () => {
    const ds = withStandardCatalog(new DatasetBuilder())
      .township('a', '甲乡')
      .figure('a', 2024, 'mediation_success_rate', 95, { unit: '%', item: '调解成功率', quote: '调解成功率95%' })
      .figure('a', 2024, 'mediation_success_rate', 90, { unit: '%', item: '信访化解率', quote: '信访化解率90%' })
      .build();
    const s2 = buildSuccessRateChart(buildDashboardModel(ds).disputes);
    const text = tooltipFor(s2.option, [{ dataIndex: 0 }]);
    expect(text).toContain('（报告所述）：95%');
    expect(text).toContain('另报“信访化解率”：90%（未采用）');
    expect(text.indexOf('调解成功率95%')).toBeLessThan(text.indexOf('另报'));
  });
});

describe('found and resolved that count different things', () => {
  it('say so under the chart, naming the township', () => {
    const ds = withStandardCatalog(new DatasetBuilder())
      .township('a', '甲乡')
      .township('b', '乙乡')
      .figure('a', 2024, 'disputes_screened', 12, { unit: '户' })
      .figure('a', 2024, 'disputes_resolved', 10, { unit: '起' })
      .figure('b', 2024, 'disputes_screened', 5, { unit: '起' })
      .figure('b', 2024, 'disputes_resolved', 9, { unit: '起' })
      .build();
    const spec = buildDisputesChart(buildDashboardModel(ds).disputes);
    expect(spec.footnotes).toContain('甲乡：排查数与化解数计量口径不同，两条不宜直接对比');
    expect(spec.footnotes).toContain('乙乡：化解数大于排查数，两者统计口径可能不同，两条不宜直接对比');
  });
});
