import { describe, expect, it } from 'vitest';
import { buildDashboardModel, SHORTCOMING_CATEGORIES_LABEL, type OverviewCard } from '../../../src/model';
import { DatasetBuilder, fiveTownships, withStandardCatalog } from '../../fixtures/model/synth';

describe('overview cards', () => {
  const dataset = fiveTownships();
  const model = buildDashboardModel(dataset);
  const card = (id: string): OverviewCard => {
    const c = model.overview.find((x) => x.row.townshipId === id);
    if (!c) throw new Error(`no card ${id}`);
    return c;
  };
  const figure = (id: string, fig: string) => card(id).figures.find((f) => f.id === fig);

  it('one card per township, in selection order, with the five headline figures', () => {
    expect(model.overview.map((c) => c.row.key)).toEqual(model.selection.rows.map((r) => r.key));
    expect(card('ta').figures.map((f) => f.id)).toEqual([
      'outreach_events',
      'outreach_reach',
      'disputes_resolved',
      'success_rate',
      'shortcoming_categories',
    ]);
  });

  it('labels come from the catalog', () => {
    const events = dataset.metricCatalog.find((m) => m.id === 'outreach_events');
    expect(figure('ta', 'outreach_events')?.label).toBe(events?.label);
    expect(figure('ta', 'success_rate')?.label).toBe(dataset.metricCatalog.find((m) => m.id === 'mediation_success_rate')?.label);
    expect(figure('ta', 'shortcoming_categories')?.label).toBe(SHORTCOMING_CATEGORIES_LABEL);
  });

  it('carries status, bound, unit and provenance', () => {
    const reach = figure('bt', 'outreach_reach');
    expect(reach?.figure.bound).toBe('at_least');
    expect(reach?.unit).toBe('人次');
    expect(figure('ta', 'outreach_reach')?.unit).toBe('人');
    expect(reach?.provenance.length).toBe(2);
    expect(figure('hz', 'disputes_resolved')?.figure.status).toBe('not_reported');
    expect(figure('hz', 'success_rate')?.figure.value).toBeNull();
  });

  it('success rate says which kind it is', () => {
    expect(figure('ta', 'success_rate')?.rateKind).toBe('computed');
    expect(figure('dg', 'success_rate')?.rateKind).toBe('reported');
    expect(figure('hz', 'success_rate')?.rateKind).toBeUndefined();
  });

  it('counts distinct shortcoming categories, not quotes; none listed is not reported', () => {
    // ta has two talent quotes and one depth quote: 2 categories.
    const quotes = dataset.shortcomings.filter((s) => s.townshipId === 'ta');
    expect(quotes.length).toBe(3);
    expect(figure('ta', 'shortcoming_categories')?.figure.value).toBe(2);
    expect(figure('ta', 'shortcoming_categories')?.provenance.length).toBe(3);
    expect(figure('dg', 'shortcoming_categories')?.figure.status).toBe('not_reported');
  });

  it('a card shows the unit the report counted in, both for a mixed sum', () => {
    const ds = withStandardCatalog(new DatasetBuilder())
      .township('a', '甲乡')
      .figure('a', 2024, 'outreach_events', 5, { unit: '次' })
      .figure('a', 2024, 'outreach_events', 3, { unit: '场' })
      .figure('a', 2024, 'outreach_reach', 300, { unit: '人' })
      .figure('a', 2024, 'outreach_reach', 200, { unit: '人次' })
      .build();
    const figures = buildDashboardModel(ds).overview[0]?.figures ?? [];
    expect(figures.find((f) => f.id === 'outreach_events')?.unit).toBe('次');
    const reach = figures.find((f) => f.id === 'outreach_reach');
    expect(reach?.unit).toBe('人/人次');
    expect(reach?.mixedUnits).toBe(true);
  });
});
