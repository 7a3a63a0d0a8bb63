import { describe, expect, it } from 'vitest';
import { selectRows } from '../../../src/model';
import { chooseGroup, compareGroup, hasReportedFigure, metricGroups } from '../../../src/model/catalog';
import { buildOutreachChart, RATE_LEGEND } from '../../../src/charts/outreach/outreach';
import { DatasetBuilder } from '../../fixtures/model/synth';

function dataset(extra?: (b: DatasetBuilder) => void) {
  const b = new DatasetBuilder()
    .metricDefinition('petition_visits', '接待群众来访', '人次', 'petitions')
    .metricDefinition('outreach_events', '普法宣传活动', '场次', 'outreach')
    .metricDefinition('cadre_study_sessions', '干部集中学法', '次', 'study')
    .metricDefinition('public_satisfaction', '群众满意度', '%', 'services')
    .metricDefinition('outreach_online', '网络普法', '条', 'outreach')
    .township('a', '甲乡')
    .township('b', '乙乡')
    .report('a', 2024)
    .report('b', 2024)
    .figure('a', 2024, 'public_satisfaction', 80, { unit: '%', item: '群众满意度' })
    .figure('a', 2024, 'public_satisfaction', 95, { unit: '%', item: '窗口满意度' })
    .figure('b', 2024, 'petition_visits', 160, { unit: '人次' });
  extra?.(b);
  return b.build();
}

describe('metric groups from the catalog', () => {
  it('known groups in the fixed order, metrics in catalog order', () => {
    const groups = metricGroups(dataset());
    expect(groups.map((g) => g.label)).toEqual(['普法宣传', '干部学法', '信访', '政务服务']);
    expect(groups[0]!.metricIds).toEqual(['outreach_events', 'outreach_online']);
  });

  it('a new catalog row (even in a new group) is on the page with no code change', () => {
    const groups = metricGroups(dataset((b) => b.metricDefinition('bar_visits', '律师驻点', '次', 'lawyers')));
    expect(groups.map((g) => g.label)).toEqual(['普法宣传', '干部学法', '信访', '政务服务', 'lawyers']);
    expect(groups.at(-1)!.metricIds).toEqual(['bar_visits']);
  });

  it('metrics in the data but not in the catalog get a group of their own', () => {
    const groups = metricGroups(dataset((b) => b.figure('a', 2024, 'mystery', 3)));
    expect(groups.at(-1)).toEqual({ id: 'uncatalogued', label: '目录外指标', metricIds: ['mystery'] });
  });

  it('a stale group id falls back to the first group', () => {
    const groups = metricGroups(dataset());
    expect(chooseGroup(groups, 'petitions')!.id).toBe('petitions');
    expect(chooseGroup(groups, 'gone')!.id).toBe('outreach');
    expect(chooseGroup([], null)).toBeNull();
  });

  it('compares every metric of a group; a metric nobody reports draws no chart', () => {
    const ds = dataset();
    const groups = metricGroups(ds);
    const comparisons = compareGroup(ds, selectRows(ds), chooseGroup(groups, 'outreach')!);
    expect(comparisons.map((c) => c.metric)).toEqual(['outreach_events', 'outreach_online']);
    expect(comparisons.every((c) => !hasReportedFigure(c))).toBe(true);
    const petitions = compareGroup(ds, selectRows(ds), chooseGroup(groups, 'petitions')!);
    expect(hasReportedFigure(petitions[0]!)).toBe(true);
  });

  it('percent metrics are never summed: the figure is the first part and the chart draws only it', () => {
    const ds = dataset();
    const [satisfaction] = compareGroup(ds, selectRows(ds), chooseGroup(metricGroups(ds), 'services')!);
    const total = satisfaction!.totals[0]!;
    expect(total.figure).toEqual({ status: 'reported', value: 80, bound: 'exact' });
    const spec = buildOutreachChart(satisfaction!, { width: 800 });
    const series = spec.option.series as { name: string; data: ({ value: number } | null)[] }[];
    const partSeries = series.filter((s) => s.name.startsWith('分项'));
    expect(partSeries).toHaveLength(1);
    expect(partSeries[0]!.data.map((d) => d?.value ?? null)).toContain(80);
    expect(JSON.stringify(spec.option.series)).not.toContain('175');
    expect(series.some((s) => s.name === RATE_LEGEND)).toBe(true);
  });
});

describe('percent axis', () => {
  it('runs to 100 % even when the highest figure is lower', () => {
    const ds = dataset();
    const [satisfaction] = compareGroup(ds, selectRows(ds), chooseGroup(metricGroups(ds), 'services')!);
    const axis = buildOutreachChart(satisfaction!, { width: 800 }).option.xAxis as { max?: number };
    expect(axis.max).toBe(100);
  });
});
