// Stage 2e: one card per selection row with its headline figures, each
// carrying its status, bound and the rows it came from.

import { dataErrorFigure, figureErrors, NOT_REPORTED_FIGURE, silentFigure, withErrors } from './figure-state';
import { unitOfTotal } from './format';
import { indexDataset, rowKeyOf } from './dataset-index';
import { metricRowError } from './rejected-rows';
import type { Dataset } from '../data/types';
import { METRIC_IDS } from './metric-ids';
import type {
  DisputeRow,
  Figure,
  DisputeComparison,
  MetricComparison,
  MetricTotal,
  OverviewCard,
  OverviewFigure,
  OverviewFigureId,
  Selection,
  ShortcomingMatrix,
} from './types';

/** UI wording for the one card figure that is not a catalog metric. */
export const SHORTCOMING_CATEGORIES_LABEL = '存在问题（类别数）';
export const SHORTCOMING_CATEGORIES_UNIT = '类';
/** Fallback when the catalog has no mediation_success_rate entry. */
const SUCCESS_RATE_FALLBACK_LABEL = '调解成功率';

export function overviewCards(
  selection: Selection,
  parts: { outreach: readonly MetricComparison[]; disputes: DisputeComparison; shortcomings: ShortcomingMatrix },
): OverviewCard[] {
  const outreachById = new Map(parts.outreach.map((c) => [c.metric, c] as const));
  const events = outreachById.get(METRIC_IDS.outreachEvents);
  const reach = outreachById.get(METRIC_IDS.outreachReach);
  const errorsByRow = new Map(parts.shortcomings.rowErrors.map((r) => [r.rowKey, r.errors] as const));
  const cellsByRow = new Map<string, ShortcomingMatrix['cells']>();
  for (const cell of parts.shortcomings.cells) {
    const list = cellsByRow.get(cell.rowKey);
    if (list) list.push(cell);
    else cellsByRow.set(cell.rowKey, [cell]);
  }

  return selection.rows.map((row, i) => {
    const dispute = parts.disputes.rows[i];
    const figures: OverviewFigure[] = [];
    if (events) figures.push(fromTotal('outreach_events', events, events.totals[i]));
    if (reach) figures.push(fromTotal('outreach_reach', reach, reach.totals[i]));
    figures.push(fromTotal('disputes_resolved', parts.disputes.resolved, dispute?.resolved));

    const rate = dispute?.headlineRate ?? null;
    figures.push({
      id: 'success_rate',
      label: parts.disputes.reportedRate.definition?.label ?? SUCCESS_RATE_FALLBACK_LABEL,
      unit: '%',
      figure: dispute ? successRateFigure(dispute) : silentFigure(row.report),
      ...(rate ? { rateKind: rate.kind } : {}),
      mixedUnits: false,
      provenance: rate?.provenance ?? [],
    });

    // Distinct categories, not quotes: two sentences about the same lack count once.
    const cells = cellsByRow.get(row.key) ?? [];
    // A report not fully entered (figures_accounted = no) may list problems not entered yet: 未录入, not 未报告.
    const counted: Figure = cells.length > 0 ? { status: 'reported', value: cells.length, bound: 'exact' } : silentFigure(row.report);
    figures.push({
      id: 'shortcoming_categories',
      label: SHORTCOMING_CATEGORIES_LABEL,
      unit: SHORTCOMING_CATEGORIES_UNIT,
      figure: withErrors(counted, errorsByRow.get(row.key) ?? []),
      mixedUnits: false,
      provenance: cells.flatMap((c) => c.provenance),
    });
    return { row, figures };
  });
}

function fromTotal(id: OverviewFigureId, comparison: MetricComparison, total: MetricTotal | undefined): OverviewFigure {
  return {
    id,
    label: comparison.label,
    // The row's own unit (人次 where the catalog says 人; 人/人次 for a flagged mixed sum):
    // a card shows what the report counted, as the charts do.
    unit: total ? unitOfTotal(total, comparison.unit) : comparison.unit,
    figure: total?.figure ?? silentFigure(null),
    mixedUnits: total?.mixedUnits ?? false,
    provenance: total?.provenance ?? [],
  };
}

/**
 * The card's rate: the headline rate (marked incomplete when the report's own
 * rate has an unusable row), else 数据有误 when a row it rests on could not
 * be used, else 未报告.
 */
export function successRateFigure(dispute: DisputeRow): Figure {
  const rate = dispute.headlineRate;
  const rateErrors = figureErrors(dispute.reportedRateTotal.figure);
  if (rate) {
    const figure: Figure = { status: 'reported', value: rate.value, bound: rate.bound };
    return rate.kind === 'reported' ? withErrors(figure, rateErrors, { additive: false }) : figure;
  }
  const errors = [...rateErrors, ...figureErrors(dispute.found.figure), ...figureErrors(dispute.resolved.figure)];
  return errors.length > 0 ? dataErrorFigure(errors) : silentFigure(dispute.row.report);
}

/**
 * Adds to each card the rejected metrics.csv rows of its township and year
 * whose metric is not in the catalog (or unreadable): they belong to no figure,
 * and must not vanish silently.
 */
export function withUnplacedErrors(dataset: Dataset, cards: OverviewCard[]): OverviewCard[] {
  const rejected = dataset.rejectedMetricRows ?? [];
  if (rejected.length === 0) return cards;
  const index = indexDataset(dataset);
  const byRow = new Map<string, ReturnType<typeof metricRowError>[]>();
  for (const row of rejected) {
    if (row.townshipId === null || row.year === null) continue;
    if (row.metric !== null && index.catalogById.has(row.metric)) continue;
    const key = rowKeyOf(row.townshipId, row.year);
    byRow.set(key, [...(byRow.get(key) ?? []), metricRowError(row)]);
  }
  return cards.map((card) => {
    const errors = byRow.get(card.row.key);
    return errors ? { ...card, unplacedErrors: errors } : card;
  });
}
