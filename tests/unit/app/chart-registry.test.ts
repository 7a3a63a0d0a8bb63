import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../src/charts/types';
import {
  allChartsFinished,
  getChart,
  listCharts,
  markFinished,
  registerChart,
  subscribeCharts,
  unregisterChart,
} from '../../../src/components/chart-registry';

const spec = (id: string): ChartSpec => ({
  id,
  title: id,
  option: {},
  height: 100,
  footnotes: [],
  shownRowKeys: [],
  omittedRowKeys: [],
  ariaDescription: id,
  sources: [],
});

describe('chart registry', () => {
  it('is finished only when every registered chart has drawn its current option', () => {
    const changes: number[] = [];
    const unsubscribe = subscribeCharts(() => changes.push(listCharts().length));
    registerChart('a', spec('a'));
    registerChart('b', spec('b'), (options) => ({ ...spec('b'), height: options.width ?? 0 }));
    expect(allChartsFinished()).toBe(false);
    markFinished('a');
    expect(allChartsFinished()).toBe(false);
    markFinished('b');
    expect(allChartsFinished()).toBe(true);
    // A new option for a drawn chart makes it pending again.
    registerChart('a', spec('a'));
    expect(allChartsFinished()).toBe(false);
    expect(getChart('b')?.rebuild?.({ width: 1047 }).height).toBe(1047);
    unregisterChart('a');
    unregisterChart('b');
    expect(listCharts()).toEqual([]);
    expect(allChartsFinished()).toBe(true);
    unsubscribe();
    expect(changes.length).toBeGreaterThanOrEqual(6);
  });
});
