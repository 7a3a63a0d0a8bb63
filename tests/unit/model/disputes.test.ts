import { describe, expect, it } from 'vitest';
import { buildDashboardModel, compareDisputes, selectRows, type DisputeRow } from '../../../src/model';
import { DatasetBuilder, fiveTownships, withStandardCatalog } from '../../fixtures/model/synth';

function rowFor(rows: DisputeRow[], id: string): DisputeRow {
  const row = rows.find((r) => r.row.townshipId === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe('disputes and success rate', () => {
  const dataset = fiveTownships();
  const disputes = buildDashboardModel(dataset).disputes;
  const value = (id: string, metric: string) =>
    dataset.metrics.find((m) => m.townshipId === id && m.metric === metric)?.value ?? NaN;

  it('computes resolved/found when both counts are exact and of one unit', () => {
    const ta = rowFor(disputes.rows, 'ta');
    expect(ta.computedRate?.kind).toBe('computed');
    expect(ta.computedRate?.value).toBeCloseTo((value('ta', 'disputes_resolved') / value('ta', 'disputes_screened')) * 100, 10);
    expect(ta.computedRate?.bound).toBe('exact');
    expect(ta.computedRate?.provenance).toEqual([...ta.found.provenance, ...ta.resolved.provenance]);
    expect(ta.reportedRate).toBeNull();
    expect(ta.headlineRate).toBe(ta.computedRate);
  });

  it('does not compute from lower-bound counts; shows the reported rate with its bound', () => {
    const bt = rowFor(disputes.rows, 'bt');
    expect(bt.found.figure.bound).toBe('at_least');
    expect(bt.computedRate).toBeNull();
    expect(bt.computedRateMissingReason).toBe('counts_not_exact');
    expect(bt.reportedRate).toMatchObject({ kind: 'reported', value: value('bt', 'mediation_success_rate'), bound: 'at_least' });
    expect(bt.headlineRate?.kind).toBe('reported');
  });

  it('a rate without counts is shown as reported', () => {
    const dg = rowFor(disputes.rows, 'dg');
    expect(dg.found.figure.status).toBe('not_reported');
    expect(dg.computedRate).toBeNull();
    expect(dg.computedRateMissingReason).toBe('counts_missing');
    expect(dg.reportedRate?.value).toBe(value('dg', 'mediation_success_rate'));
  });

  it('keeps both when a township has counts and its own rate', () => {
    const zg = rowFor(disputes.rows, 'zg');
    expect(zg.computedRate?.kind).toBe('computed');
    expect(zg.reportedRate?.kind).toBe('reported');
    expect(zg.headlineRate?.kind).toBe('computed');
  });

  it('a township with no dispute figures is not reported everywhere, never 0', () => {
    const hz = rowFor(disputes.rows, 'hz');
    expect(hz.found.figure).toEqual({ status: 'not_reported', value: null, bound: null });
    expect(hz.resolved.figure.value).toBeNull();
    expect(hz.computedRate).toBeNull();
    expect(hz.reportedRate).toBeNull();
    expect(hz.headlineRate).toBeNull();
  });

  it('screening rounds stay apart and never count as disputes found', () => {
    const zg = rowFor(disputes.rows, 'zg');
    expect(zg.screeningRounds.figure.value).toBe(value('zg', 'dispute_screening_rounds'));
    expect(zg.found.figure.value).toBe(value('zg', 'disputes_screened'));
    expect(zg.found.provenance.some((k) => zg.screeningRounds.provenance.includes(k))).toBe(false);

    const onlyRounds = withStandardCatalog(new DatasetBuilder())
      .township('a', '甲乡')
      .figure('a', 2024, 'dispute_screening_rounds', 400, { unit: '次', bound: 'at_least' })
      .figure('a', 2024, 'disputes_resolved', 12, { unit: '起' })
      .build();
    const row = compareDisputes(onlyRounds, selectRows(onlyRounds)).rows[0];
    expect(row?.found.figure.status).toBe('not_reported');
    expect(row?.computedRate).toBeNull();
  });

  it('does not divide counts in different units, by zero, or when resolved exceeds found', () => {
    const make = (found: number, foundUnit: string, resolved: number) => {
      const ds = withStandardCatalog(new DatasetBuilder())
        .township('a', '甲乡')
        .figure('a', 2024, 'disputes_screened', found, { unit: foundUnit })
        .figure('a', 2024, 'disputes_resolved', resolved, { unit: '起' })
        .build();
      return compareDisputes(ds, selectRows(ds)).rows[0];
    };
    expect(make(10, '户', 5)?.computedRateMissingReason).toBe('units_differ');
    expect(make(0, '起', 0)?.computedRateMissingReason).toBe('found_zero');
    expect(make(5, '起', 9)?.computedRateMissingReason).toBe('resolved_exceeds_found');
    expect(make(10, '起', 5)?.computedRate?.value).toBe(50);
  });

  it('approximate counts give no computed rate', () => {
    const ds = withStandardCatalog(new DatasetBuilder())
      .township('a', '甲乡')
      .figure('a', 2024, 'disputes_screened', 30, { unit: '起', bound: 'approx' })
      .figure('a', 2024, 'disputes_resolved', 20, { unit: '起' })
      .build();
    expect(compareDisputes(ds, selectRows(ds)).rows[0]?.computedRateMissingReason).toBe('counts_not_exact');
  });

  it('a reported rate leads to the row it was taken from, not to a second rate the report gives', () => {
    const ds = withStandardCatalog(new DatasetBuilder())
      .township('a', '甲乡')
      .figure('a', 2024, 'mediation_success_rate', 95, { unit: '%', item: '调解成功率' })
      .figure('a', 2024, 'mediation_success_rate', 90, { unit: '%', item: '信访化解率' })
      .build();
    const model = buildDashboardModel(ds);
    const row = model.disputes.rows[0];
    const [first, second] = ds.metrics.map((m) => `${m.source.file}:${m.source.line}`);
    expect(row?.reportedRate?.value).toBe(95);
    expect(row?.reportedRate?.provenance).toEqual([first]);
    expect(row?.reportedRateTotal.provenance).toEqual([first, second]);
    const card = model.overview[0]?.figures.find((f) => f.id === 'success_rate');
    expect(card?.provenance).toEqual([first]);
  });
});
