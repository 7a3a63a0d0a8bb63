// Stage 2c: disputes found and resolved, and the success rate — computed
// only when the counts allow it, otherwise the report's own rate, marked as which.

import type { Dataset } from '../data/types';
import { hasDataError } from './figure-state';
import { compareMetric } from './metrics';
import { METRIC_IDS } from './metric-ids';
import { sameMeasure } from './units';
import type {
  DisputeComparison,
  DisputeRow,
  MetricTotal,
  RateFigure,
  RateNotComputedReason,
  Selection,
} from './types';

export function compareDisputes(dataset: Dataset, selection: Selection): DisputeComparison {
  const found = compareMetric(dataset, selection, METRIC_IDS.disputesScreened);
  const resolved = compareMetric(dataset, selection, METRIC_IDS.disputesResolved);
  const screeningRounds = compareMetric(dataset, selection, METRIC_IDS.disputeScreeningRounds);
  const reportedRate = compareMetric(dataset, selection, METRIC_IDS.mediationSuccessRate);

  const rows: DisputeRow[] = selection.rows.map((row, i) => {
    const foundTotal = found.totals[i] as MetricTotal;
    const resolvedTotal = resolved.totals[i] as MetricTotal;
    const rateTotal = reportedRate.totals[i] as MetricTotal;
    const computed = computeRate(foundTotal, resolvedTotal);
    const reported = reportedRateOf(rateTotal);
    return {
      row,
      found: foundTotal,
      resolved: resolvedTotal,
      screeningRounds: screeningRounds.totals[i] as MetricTotal,
      reportedRateTotal: rateTotal,
      computedRate: computed.rate,
      computedRateMissingReason: computed.reason,
      reportedRate: reported,
      headlineRate: computed.rate ?? reported,
    };
  });
  return { rows, found, resolved, screeningRounds, reportedRate };
}

/**
 * resolved / found × 100, only when the division means something: both
 * counts reported, exact (a lower bound over a lower bound bounds nothing),
 * of one and the same measure (起 and 件 are one measure), found > 0 and resolved ≤ found.
 */
export function computeRate(
  found: MetricTotal,
  resolved: MetricTotal,
): { rate: RateFigure | null; reason: RateNotComputedReason | null } {
  // A count with a row that could not be used is not a count to divide by.
  if (hasDataError(found.figure) || hasDataError(resolved.figure)) {
    return { rate: null, reason: 'counts_data_error' };
  }
  if (found.figure.status !== 'reported' || resolved.figure.status !== 'reported') {
    return { rate: null, reason: 'counts_missing' };
  }
  if (found.figure.bound !== 'exact' || resolved.figure.bound !== 'exact') {
    return { rate: null, reason: 'counts_not_exact' };
  }
  if (found.mixedUnits || resolved.mixedUnits || !sameMeasure(found.units[0] ?? '', resolved.units[0] ?? '')) {
    return { rate: null, reason: 'units_differ' };
  }
  if (found.figure.value <= 0) return { rate: null, reason: 'found_zero' };
  if (resolved.figure.value > found.figure.value) return { rate: null, reason: 'resolved_exceeds_found' };
  return {
    rate: {
      kind: 'computed',
      value: (resolved.figure.value / found.figure.value) * 100,
      bound: 'exact',
      provenance: [...found.provenance, ...resolved.provenance],
    },
    reason: null,
  };
}

/**
 * The report's own rate. Rates are not added up: the figure is the first part
 * (metrics.ts), so only that row is its provenance; further parts stay in
 * `reportedRateTotal` for the tooltip.
 */
function reportedRateOf(total: MetricTotal): RateFigure | null {
  const first = total.parts[0];
  if (total.figure.status !== 'reported' || !first) return null;
  return {
    kind: 'reported',
    value: total.figure.value,
    bound: total.figure.bound,
    provenance: total.nonAdditive ? [first.key] : total.provenance,
  };
}

/** Chinese explanation of why no rate was computed, for tooltips and the brief. */
export const RATE_NOT_COMPUTED_TEXT: Record<RateNotComputedReason, string> = {
  counts_missing: '报告未同时给出排查数和化解数，无法计算',
  counts_data_error: '排查数或化解数有数据错误（数据有误），不计算比率',
  counts_not_exact: '排查数或化解数为约数或下限，不计算比率',
  units_differ: '排查数与化解数计量口径不同，不计算比率',
  found_zero: '排查数为0，不计算比率',
  resolved_exceeds_found: '化解数大于排查数，两者口径可能不同，不计算比率',
};
