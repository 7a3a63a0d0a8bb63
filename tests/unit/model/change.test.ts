import { describe, expect, it } from 'vitest';
import { describeChange, type ChangeSide } from '../../../src/model/change';
import type { Bound } from '../../../src/data/types';

const fig = (value: number, bound: Bound = 'exact', units: string[] = ['场次']): ChangeSide => ({ kind: 'figure', value, bound, units });

describe('describeChange', () => {
  it('exact → exact: +N, −N or 持平', () => {
    expect(describeChange(fig(10), fig(15), '场次')).toEqual({ kind: 'increase', delta: 5, text: '+5场次' });
    expect(describeChange(fig(15), fig(10), '场次')).toEqual({ kind: 'decrease', delta: -5, text: '−5场次' });
    expect(describeChange(fig(12), fig(12), '场次')).toEqual({ kind: 'same', delta: 0, text: '持平' });
  });

  it('≥a → b exact with b < a: 减少至少 a−b', () => {
    expect(describeChange(fig(25, 'at_least'), fig(20), '场次')).toEqual({ kind: 'decrease_at_least', delta: -5, text: '减少至少5场次' });
  });

  it('≥a → b exact with b ≥ a: cannot tell (the old value may have been larger)', () => {
    expect(describeChange(fig(25, 'at_least'), fig(30), '场次').kind).toBe('undetermined');
    expect(describeChange(fig(25, 'at_least'), fig(25), '场次').kind).toBe('undetermined');
  });

  it('a exact → ≥b with b > a: 增加至少 b−a', () => {
    expect(describeChange(fig(20), fig(50, 'at_least'), '场次')).toEqual({ kind: 'increase_at_least', delta: 30, text: '增加至少30场次' });
  });

  it('a exact → ≥b with b ≤ a: cannot tell', () => {
    expect(describeChange(fig(60), fig(50, 'at_least'), '场次').kind).toBe('undetermined');
  });

  it('≥a → ≥b: 无法判断增减, whichever is larger', () => {
    for (const [a, b] of [
      [10, 20],
      [20, 10],
      [15, 15],
    ] as const) {
      const change = describeChange(fig(a, 'at_least'), fig(b, 'at_least'), '场次');
      expect(change.kind).toBe('undetermined');
      expect(change.text).toContain('无法判断增减');
      expect(change.delta).toBeNull();
    }
  });

  it('a year without a report is a gap, not a zero', () => {
    const gapBefore = describeChange({ kind: 'no_report' }, fig(10), '场次');
    expect(gapBefore.kind).toBe('gap');
    expect(gapBefore.delta).toBeNull();
    expect(gapBefore.text).toBe('上一年无报告，无法比较');
    expect(describeChange(fig(10), { kind: 'no_report' }, '场次').text).toBe('本年无报告，无法比较');
  });

  it('a figure the report does not give is not a zero either', () => {
    const change = describeChange({ kind: 'not_reported' }, fig(10), '场次');
    expect(change.kind).toBe('not_reported');
    expect(change.delta).toBeNull();
    expect(change.text).toContain('未报告');
  });

  it('a figure that could not be read is 数据有误, not 未报告, on either side and beside 未报告 or 未录入', () => {
    expect(describeChange(fig(10), { kind: 'data_error' }, '场次')).toEqual({ kind: 'data_error', delta: null, text: '本年数据有误，无法比较' });
    expect(describeChange({ kind: 'data_error' }, fig(10), '场次').text).toBe('上一年数据有误，无法比较');
    expect(describeChange({ kind: 'data_error' }, { kind: 'data_error' }, '场次').text).toBe('两年均数据有误，无法比较');
    expect(describeChange({ kind: 'not_reported' }, { kind: 'data_error' }, '场次')).toMatchObject({ kind: 'data_error', text: '上一年未报告、本年数据有误，无法比较' });
    expect(describeChange({ kind: 'data_error' }, { kind: 'not_reported', notEntered: true }, '场次').text).toBe('上一年数据有误、本年未录入，无法比较');
    // A year without a report still comes first: there is no report to be wrong about.
    expect(describeChange({ kind: 'no_report' }, { kind: 'data_error' }, '场次').kind).toBe('gap');
  });

  it('a lower bound whose minimum is itself approximate (≥约) gives no sure change', () => {
    const approxMin = (value: number): ChangeSide => ({ kind: 'figure', value, bound: 'at_least', units: ['场次'], approxParts: true });
    expect(describeChange(fig(100), fig(113, 'at_least'), '场次')).toMatchObject({ kind: 'increase_at_least', text: '增加至少13场次' });
    expect(describeChange(fig(100), approxMin(113), '场次')).toMatchObject({ kind: 'undetermined', delta: null });
    expect(describeChange(fig(120, 'at_least'), fig(100), '场次')).toMatchObject({ kind: 'decrease_at_least' });
    expect(describeChange(approxMin(120), fig(100), '场次')).toMatchObject({ kind: 'undetermined', delta: null });
  });

  it('人 vs 人次 between years is flagged, not compared', () => {
    const change = describeChange(fig(800, 'exact', ['人']), fig(1200, 'exact', ['人次']), '人次');
    expect(change).toEqual({ kind: 'units_differ', delta: null, text: '口径不同（人→人次），不比较' });
  });

  it('a mixed sum is not compared either; spellings of one measure are', () => {
    expect(describeChange(fig(800, 'exact', ['人', '人次']), fig(1200, 'exact', ['人次']), '人次').kind).toBe('units_differ');
    expect(describeChange(fig(10, 'exact', ['次']), fig(12, 'exact', ['场次']), '场次')).toMatchObject({ kind: 'increase', delta: 2 });
  });

  it('uses the catalog unit when a figure has no unit of its own', () => {
    expect(describeChange(fig(3, 'exact', []), fig(5, 'exact', []), '起').text).toBe('+2起');
  });

  it('approximations give an approximate change', () => {
    expect(describeChange(fig(300, 'approx'), fig(350), '人次')).toMatchObject({ kind: 'approx_increase', text: '约+50场次' });
    expect(describeChange(fig(300), fig(250, 'approx'), '人次').kind).toBe('approx_decrease');
    expect(describeChange(fig(300, 'approx'), fig(300, 'approx'), '人次').kind).toBe('approx_same');
    // A lower bound against an approximation: nothing can be said.
    expect(describeChange(fig(300, 'at_least'), fig(200, 'approx'), '人次').kind).toBe('undetermined');
  });

  it('percent figures change by percentage points', () => {
    expect(describeChange(fig(90, 'exact', ['%']), fig(96, 'exact', ['%']), '%').text).toBe('+6个百分点');
    expect(describeChange(fig(0.3, 'exact', ['%']), fig(0.1, 'exact', ['%']), '%').text).toBe('−0.2个百分点');
  });
});
