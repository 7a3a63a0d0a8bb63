import { describe, expect, it } from 'vitest';
import { selectRows } from '../../../src/model';
import { buildHistories, metricHistory, tallyChanges } from '../../../src/model/history';
import type { RejectedMetricRow } from '../../../src/data/types';
import { DatasetBuilder } from '../../fixtures/model/synth';

function dataset() {
  const b = new DatasetBuilder()
    .metricDefinition('outreach_events', '普法宣传活动', '场次')
    .metricDefinition('outreach_reach', '普法受众', '人次')
    .township('a', '甲乡')
    .township('b', '乙乡')
    .township('c', '丙乡')
    .township('d', '丁乡');
  for (const id of ['a', 'b', 'c', 'd']) b.report(id, 2023);
  for (const id of ['a', 'c', 'd']) b.report(id, 2024);
  return b
    .figure('a', 2023, 'outreach_events', 25, { bound: 'at_least', unit: '场次' })
    .figure('a', 2024, 'outreach_events', 12, { item: '集中宣讲', unit: '场次' })
    .figure('a', 2024, 'outreach_events', 8, { item: '入户宣讲', unit: '场次' })
    .figure('b', 2023, 'outreach_events', 30, { unit: '场次' })
    .figure('c', 2023, 'outreach_events', 4, { unit: '场次' })
    .figure('d', 2023, 'outreach_events', 5, { unit: '次' })
    .figure('d', 2024, 'outreach_events', 9, { unit: '场次' })
    .figure('d', 2023, 'outreach_reach', 800, { unit: '人' })
    .figure('d', 2024, 'outreach_reach', 1200, { unit: '人次' })
    .build();
}

describe('metric history', () => {
  const ds = dataset();
  const selection = selectRows(ds);
  const events = metricHistory(ds, selection, 'outreach_events');
  const byId = new Map(events.townships.map((t) => [t.township.id, t] as const));

  it('one point per township and year, labelled by township name', () => {
    expect(events.years).toEqual([2023, 2024]);
    expect(events.townships.map((t) => t.label)).toEqual(['甲乡', '乙乡', '丙乡', '丁乡']);
    expect(byId.get('a')!.points.map((p) => p.total.figure.value)).toEqual([25, 20]);
    expect(byId.get('a')!.points[1]!.total.provenance).toHaveLength(2);
  });

  it('changes follow the bounds: ≥25 → 20 is a sure decrease of at least 5', () => {
    expect(byId.get('a')!.points[0]!.change).toBeNull();
    expect(byId.get('a')!.points[1]!.change).toMatchObject({ kind: 'decrease_at_least', text: '减少至少5场次' });
  });

  it('a year without a report is a gap, not a zero', () => {
    const point = byId.get('b')!.points[1]!;
    expect(point.noReport).toBe(true);
    expect(point.total.figure.value).toBeNull();
    expect(point.change?.kind).toBe('gap');
  });

  it('a report silent on the metric is 未报告, not a gap and not a zero', () => {
    const point = byId.get('c')!.points[1]!;
    expect(point.noReport).toBe(false);
    expect(point.change?.kind).toBe('not_reported');
  });

  it('a figure whose every row was refused is 数据有误 in the change, never 未报告', () => {
    const b = new DatasetBuilder().metricDefinition('outreach_events', '普法宣传活动', '场次').township('e', '戊乡').township('f', '己乡').township('g', '庚乡');
    for (const id of ['e', 'f', 'g']) for (const year of [2023, 2024]) b.report(id, year);
    const built = b.figure('e', 2023, 'outreach_events', 7, { unit: '场次' }).figure('g', 2023, 'outreach_events', 9, { unit: '场次' }).build();
    const refused = (townshipId: string, year: number, line: number): RejectedMetricRow => ({
      source: { file: 'metrics.csv', line },
      cells: {},
      townshipId,
      year,
      quote: null,
      problems: [],
      metric: 'outreach_events',
      item: '集中宣讲',
      figure: null,
    });
    const withRefused = { ...built, rejectedMetricRows: [refused('e', 2024, 40), refused('f', 2023, 41), refused('g', 2024, 42), refused('g', 2023, 43)] };
    const history = metricHistory(withRefused, selectRows(withRefused), 'outreach_events');
    const change = (id: string) => history.townships.find((t) => t.township.id === id)!.points[1]!.change;
    expect(change('e')).toMatchObject({ kind: 'data_error', delta: null, text: '本年数据有误，无法比较' });
    expect(change('f')).toMatchObject({ kind: 'data_error', delta: null, text: '上一年数据有误、本年未报告，无法比较' });
    // 庚乡 2023: one part read (9), one refused: a lower bound, compared as one; 2024 has nothing readable.
    expect(history.townships[2]!.points[0]!.total.figure).toMatchObject({ status: 'reported', value: 9, bound: 'at_least' });
    expect(change('g')).toMatchObject({ kind: 'data_error', text: '本年数据有误，无法比较' });
    expect((tallyChanges(history, 2024)!.byKind.get('data_error') ?? []).map((t) => t.label)).toEqual(['戊乡', '己乡', '庚乡']);
    expect(tallyChanges(history, 2024)!.byKind.get('not_reported')).toBeUndefined();
  });

  it('次 and 场次 are compared; 人 and 人次 are flagged in a note', () => {
    expect(byId.get('d')!.points[1]!.change).toMatchObject({ kind: 'increase', delta: 4 });
    const [reach] = buildHistories(ds, {}, ['outreach_reach']);
    expect(reach!.townships[3]!.points[1]!.change?.kind).toBe('units_differ');
    expect(reach!.notes).toEqual(['丁乡在不同年度按不同单位计（如“人”与“人次”），口径不同的年份之间不比较增减']);
    expect(events.notes).toEqual([]);
  });

  it('a township that counts in 人 one year and 人次 a later one is noted, with a year without a figure between', () => {
    const b = new DatasetBuilder().metricDefinition('outreach_reach', '普法受众', '人次').township('h', '辛乡').township('k', '壬乡');
    for (const id of ['h', 'k']) for (const year of [2022, 2023, 2024]) b.report(id, year);
    const ds2 = b
      .figure('h', 2022, 'outreach_reach', 800, { unit: '人' })
      .figure('h', 2024, 'outreach_reach', 1200, { unit: '人次' })
      .figure('k', 2022, 'outreach_reach', 500, { unit: '人次' })
      .figure('k', 2024, 'outreach_reach', 600, { unit: '人次' })
      .build();
    const reach = metricHistory(ds2, selectRows(ds2), 'outreach_reach');
    // No change compares 人 with 人次 here (2023 breaks the chain), yet 辛乡 did count in both.
    expect(reach.townships[0]!.points.some((p) => p.change?.kind === 'units_differ')).toBe(false);
    expect(reach.notes).toEqual(['辛乡在不同年度按不同单位计（如“人”与“人次”），口径不同的年份之间不比较增减']);
  });

  it('tallies the changes into a year', () => {
    const tally = tallyChanges(events, 2024)!;
    expect(tally.fromYear).toBe(2023);
    const names = (kind: string) => (tally.byKind.get(kind as never) ?? []).map((t) => t.label);
    expect(names('decrease_at_least')).toEqual(['甲乡']);
    expect(names('gap')).toEqual(['乙乡']);
    expect(names('not_reported')).toEqual(['丙乡']);
    expect(names('increase')).toEqual(['丁乡']);
    expect(tallyChanges(events, 2023)).toBeNull();
  });

  it('keeps only the chosen townships', () => {
    const [history] = buildHistories(ds, { townshipIds: ['d', 'a'] }, ['outreach_events']);
    expect(history!.townships.map((t) => t.township.id)).toEqual(['a', 'd']);
  });
});
