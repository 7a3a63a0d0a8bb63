import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { hardenOption } from '../../../src/components/harden-option';

describe('hardenOption', () => {
  it('forces rich-text tooltips (no HTML, no style attributes under the CSP)', () => {
    const option: EChartsOption = { tooltip: { trigger: 'axis', renderMode: 'html' }, series: [] };
    expect(hardenOption(option).tooltip).toEqual({ trigger: 'axis', renderMode: 'richText' });
    const many = hardenOption({ tooltip: [{ trigger: 'item' }, { trigger: 'axis', renderMode: 'html' }] });
    expect(many.tooltip).toEqual([
      { trigger: 'item', renderMode: 'richText' },
      { trigger: 'axis', renderMode: 'richText' },
    ]);
  });

  it('adds no tooltip where the builder has none, and leaves the input untouched', () => {
    const option: EChartsOption = { series: [{ type: 'bar', data: [1] }] };
    const copy = structuredClone(option);
    const hardened = hardenOption(option);
    expect(hardened.tooltip).toBeUndefined();
    expect(option).toEqual(copy);
  });
});
