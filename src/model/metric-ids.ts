// Metric ids the model gives a meaning to (issue 2 fixes them). Ids only:
// labels and units always come from metric-catalog.csv.

export const METRIC_IDS = {
  outreachEvents: 'outreach_events',
  outreachReach: 'outreach_reach',
  outreachMaterials: 'outreach_materials',
  disputesScreened: 'disputes_screened',
  disputesResolved: 'disputes_resolved',
  mediationSuccessRate: 'mediation_success_rate',
  /** Counts screening rounds (矛盾纠纷排查400余次), not disputes: never a substitute for disputes_screened. */
  disputeScreeningRounds: 'dispute_screening_rounds',
} as const;

/** The outreach comparisons, in page order. */
export const OUTREACH_METRIC_IDS: readonly string[] = [
  METRIC_IDS.outreachEvents,
  METRIC_IDS.outreachReach,
  METRIC_IDS.outreachMaterials,
];

/** Percent figures cannot be added up: a rate metric's total is its first part. */
export function isPercentUnit(unit: string): boolean {
  const trimmed = unit.trim();
  return trimmed === '%' || trimmed === '％' || trimmed === '百分比';
}
