// Which metric histories the 简报 shows (its 历年变化 section and change
// findings): the brief's metrics (outreach, disputes) across the years up to
// the brief's year, those someone reports; none when the data has no earlier
// year. Shared by the page (BriefView) and the Word brief so they say the same.
// The page loads this module (with model/history.ts and change-findings.ts)
// only when the data has an earlier year (LazyBriefView).

import type { Dataset } from '../data/types';
import { buildHistories, historyHasFigure, type MetricHistory } from '../model/history';
import type { DashboardModel } from '../model/types';
import { changeFindings } from './change-findings';
import { briefYear, hasReportBefore } from './history-years';
import type { BriefFindingOptions } from './findings';

export interface BriefHistory {
  histories: MetricHistory[];
  /** The brief's year (the last selected year), or null for an empty selection. */
  toYear: number | null;
}

export function briefHistories(model: DashboardModel, dataset: Dataset | null): BriefHistory {
  const toYear = briefYear(model);
  if (!hasReportBefore(dataset, toYear) || toYear === null) return { histories: [], toYear };
  const metricIds = [...model.outreach.map((c) => c.metric), model.disputes.found.metric, model.disputes.resolved.metric];
  const townshipIds = model.selection.townships.map((t) => t.id);
  const histories = buildHistories(dataset, { townshipIds, upToYear: toYear }, metricIds).filter(historyHasFigure);
  return { histories, toYear };
}

/** The options of buildBriefFindings that tell what changed, when there is a history to tell. */
export function historyFindingOptions({ histories, toYear }: BriefHistory): BriefFindingOptions {
  return histories.length > 0 && toYear !== null ? { changes: changeFindings(histories, toYear) } : {};
}
