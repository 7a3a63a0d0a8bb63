// The two axes of every row chart: a category axis of row labels (top to
// bottom in drawing order) and a value axis whose tick count follows the plot
// width, so the numbers under a phone-width chart do not run into each other.

import type { XAXisComponentOption, YAXisComponentOption } from 'echarts';
import { formatNumber } from '../model/format';
import { ROLE_COLORS } from './palette';

/** Room one value label needs: "3500", "1.2万" or "100" with a gap either side. */
export const VALUE_LABEL_SPACING_PX = 72;
const MAX_SPLITS = 5;
const MIN_SPLITS = 2;

/** Most value-axis intervals a plot this wide holds: 5 on a desktop, 2–3 on a phone. */
export function splitNumberFor(plotWidthPx: number): number {
  return Math.min(MAX_SPLITS, Math.max(MIN_SPLITS, Math.floor(plotWidthPx / VALUE_LABEL_SPACING_PX)));
}

/** Tick steps, × 10ⁿ: each gives round labels (0, 2500, 5000 …). */
const NICE_STEPS = [1, 2, 2.5, 3, 4, 5, 10];

/**
 * Tick interval and axis maximum for data up to `maxValue` with at most
 * `maxSplits` intervals, the maximum as small as a round step allows. Set
 * both on the axis: then no more labels are drawn than the width holds, the
 * last tick is the maximum, and label fitting (outreach segments) and the
 * drawing agree on how many px a value takes.
 */
export function niceScale(maxValue: number, maxSplits: number, minInterval = 0): { max: number; interval: number } | null {
  if (!(maxValue > 0)) return null;
  const raw = Math.max(maxValue / maxSplits, minInterval);
  const exp10 = 10 ** Math.floor(Math.log10(raw));
  for (const step of NICE_STEPS) {
    const interval = Math.max(Number((step * exp10).toPrecision(12)), minInterval);
    if (minInterval >= 1 && !Number.isInteger(interval)) continue; // counts tick in whole numbers
    const splits = Math.ceil(maxValue / interval - 1e-9);
    if (splits <= maxSplits || step === 10) return { max: Number((Math.max(1, splits) * interval).toPrecision(12)), interval };
  }
  return null;
}

/**
 * Tick interval for an axis whose maximum is fixed (100 %, "out of N"): the
 * smallest round step that divides `max` into at most `maxSplits` equal parts,
 * so the last tick is not crowded by an odd one at the maximum.
 */
export function evenInterval(max: number, maxSplits: number, minInterval = 0): number {
  if (!(max > 0)) return 1;
  let exp10 = 10 ** Math.floor(Math.log10(max / maxSplits));
  for (; exp10 <= max; exp10 *= 10) {
    for (const step of NICE_STEPS.slice(0, -1)) {
      const interval = Number((step * exp10).toPrecision(12));
      const splits = max / interval;
      const whole = minInterval < 1 || Number.isInteger(interval); // counts tick in whole numbers
      if (whole && interval >= minInterval && splits <= maxSplits && Math.abs(splits - Math.round(splits)) < 1e-9) {
        return interval;
      }
    }
  }
  return max;
}

export interface ValueAxisInput {
  plotWidthPx: number;
  /** Unit shown at the axis end. */
  name?: string;
  /** 1.2万 instead of 12000 (counts); rates and ranks keep plain numbers. */
  compact?: boolean;
  min?: number;
  max?: number;
  interval?: number;
  minInterval?: number;
}

export function valueAxis(input: ValueAxisInput): XAXisComponentOption {
  return {
    type: 'value',
    ...(input.name ? { name: input.name, nameGap: 8 } : {}),
    splitNumber: splitNumberFor(input.plotWidthPx),
    ...(input.min !== undefined ? { min: input.min } : {}),
    ...(input.max !== undefined ? { max: input.max } : {}),
    ...(input.interval !== undefined ? { interval: input.interval } : {}),
    ...(input.minInterval !== undefined ? { minInterval: input.minInterval } : {}),
    splitLine: { lineStyle: { color: ROLE_COLORS.gridLine } },
    axisLabel: {
      // A last guard when a label is wider than planned (1.25亿): drop it rather than overprint.
      hideOverlap: true,
      color: ROLE_COLORS.mutedText,
      ...(input.compact ? { formatter: (v: number) => formatNumber(v, { compact: true }) } : {}),
    },
  };
}

/** Row labels down the left, first row on top, truncated to the margin they were given. */
export function rowCategoryAxis(labels: readonly string[], leftPx: number): YAXisComponentOption {
  return {
    type: 'category',
    inverse: true,
    data: [...labels],
    axisTick: { alignWithLabel: true },
    axisLabel: { interval: 0, width: leftPx - 8, overflow: 'truncate', color: ROLE_COLORS.text },
  };
}
