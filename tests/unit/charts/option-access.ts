// Typed-enough access to the parts of an EChartsOption the tests inspect.
import type { EChartsOption } from 'echarts';
import type { ChartDatum } from '../../../src/charts/types';

export type Item = ChartDatum & { label?: { show?: boolean; formatter?: unknown }; itemStyle?: Record<string, unknown> };
export interface SeriesLike {
  name?: string;
  type?: string;
  data?: (Item | null)[];
}

export function seriesOf(option: EChartsOption): SeriesLike[] {
  const series = option.series;
  return (Array.isArray(series) ? series : series ? [series] : []) as SeriesLike[];
}

export function items(option: EChartsOption): Item[] {
  return seriesOf(option).flatMap((s) => (s.data ?? []).filter((d): d is Item => d !== null && typeof d === 'object'));
}

export function categoryAxisData(option: EChartsOption, axis: 'xAxis' | 'yAxis' = 'yAxis'): string[] {
  const a = option[axis];
  const first = (Array.isArray(a) ? a[0] : a) as { data?: string[] } | undefined;
  return first?.data ?? [];
}

export function labelText(item: Item): string {
  return typeof item.label?.formatter === 'string' ? item.label.formatter : '';
}

/** Calls the tooltip formatter the way ECharts does for an axis or item trigger. */
export function tooltipFor(option: EChartsOption, params: unknown): string {
  const tooltip = option.tooltip as { formatter?: unknown } | undefined;
  if (typeof tooltip?.formatter !== 'function') throw new Error('no tooltip formatter');
  return String((tooltip.formatter as (p: unknown) => unknown)(params));
}
