import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber, formatPercent, formatRate, NOT_REPORTED, unitOfTotal } from '../../../src/model';

describe('format', () => {
  it('numbers: full digits, or 万/亿 when compact', () => {
    expect(formatNumber(2153)).toBe('2153');
    expect(formatNumber(12345)).toBe('12345');
    expect(formatNumber(12345, { compact: true })).toBe('1.2万');
    expect(formatNumber(20000, { compact: true })).toBe('2万');
    expect(formatNumber(350000000, { compact: true })).toBe('3.5亿');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(1 / 3)).toBe('0.33');
  });

  it('a lower bound is rounded down, never up', () => {
    expect(formatFigure({ status: 'reported', value: 12999, bound: 'at_least' }, '人', { compact: true })).toBe('≥1.2万人');
    expect(formatFigure({ status: 'reported', value: 12999, bound: 'exact' }, '人', { compact: true })).toBe('1.3万人');
  });

  it('marks bounds and absence', () => {
    expect(formatFigure({ status: 'reported', value: 2153, bound: 'at_least' }, '人次')).toBe('≥2153人次');
    expect(formatFigure({ status: 'reported', value: 300, bound: 'approx' }, '人')).toBe('约300人');
    expect(formatFigure({ status: 'reported', value: 18, bound: 'exact' }, '起')).toBe('18起');
    expect(formatFigure({ status: 'not_reported', value: null, bound: null }, '起')).toBe(NOT_REPORTED);
    expect(NOT_REPORTED).toBe('未报告');
  });

  it('percent and rates', () => {
    expect(formatPercent(94)).toBe('94%');
    expect(formatPercent((17 / 18) * 100)).toBe('94.4%');
    expect(formatRate({ value: 94, bound: 'at_least' })).toBe('≥94%');
    expect(formatRate({ value: 99.99, bound: 'at_least' })).toBe('≥99.9%');
    expect(formatRate(null)).toBe('未报告');
  });

  it('the unit of a total: one spelling per measure, both measures for a mixed sum, else the catalog', () => {
    expect(unitOfTotal({ units: ['人次'] }, '人')).toBe('人次');
    expect(unitOfTotal({ units: ['次', '场'] }, '场次')).toBe('次');
    expect(unitOfTotal({ units: ['人', '人次'] }, '人次')).toBe('人/人次');
    expect(unitOfTotal({ units: [] }, '场次')).toBe('场次');
  });
});
