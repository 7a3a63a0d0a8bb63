// 指标一览 (issue 8): every metric of metric-catalog.csv, grouped by the
// catalog's `group` column, so a metric added to the catalog appears on the
// page with no code change. Group ids are the catalog's; their Chinese names
// are fixed UI words (data/README.md lists them); a group the list does not
// know is shown under its own id, after the known ones.

import type { Dataset } from '../data/types';
import { indexDataset } from './dataset-index';
import { compareMetric } from './metrics';
import type { MetricComparison, Selection } from './types';

export const METRIC_GROUP_LABELS: Readonly<Record<string, string>> = {
  outreach: '普法宣传',
  study: '干部学法',
  legal_services: '法律服务',
  disputes: '矛盾纠纷',
  petitions: '信访',
  services: '政务服务',
  governance: '组织推进',
  administration: '依法行政',
};
const GROUP_ORDER = Object.keys(METRIC_GROUP_LABELS);

/** Metrics in metrics.csv whose id the catalog lacks (check-data reports them). */
export const UNCATALOGUED_GROUP = 'uncatalogued';
const UNCATALOGUED_LABEL = '目录外指标';

export interface MetricGroup {
  id: string;
  label: string;
  /** Catalog order within the group. */
  metricIds: string[];
}

export function metricGroupLabel(id: string): string {
  if (id === UNCATALOGUED_GROUP) return UNCATALOGUED_LABEL;
  return METRIC_GROUP_LABELS[id] ?? (id.trim() === '' ? '未分组' : id);
}

/** The catalog's groups: known groups in their fixed order, then others in catalog order; only groups with metrics. */
export function metricGroups(dataset: Dataset): MetricGroup[] {
  const byGroup = new Map<string, string[]>();
  for (const definition of dataset.metricCatalog) {
    const list = byGroup.get(definition.group);
    if (list) {
      if (!list.includes(definition.id)) list.push(definition.id);
    } else byGroup.set(definition.group, [definition.id]);
  }
  const index = indexDataset(dataset);
  const uncatalogued = [...new Set(dataset.metrics.map((m) => m.metric))].filter((id) => !index.catalogById.has(id));
  if (uncatalogued.length > 0) byGroup.set(UNCATALOGUED_GROUP, uncatalogued);

  const rank = (id: string) => {
    if (id === UNCATALOGUED_GROUP) return GROUP_ORDER.length + 1;
    const known = GROUP_ORDER.indexOf(id);
    return known >= 0 ? known : GROUP_ORDER.length;
  };
  return [...byGroup]
    .map(([id, metricIds], order) => ({ id, label: metricGroupLabel(id), metricIds, order }))
    .sort((a, b) => rank(a.id) - rank(b.id) || a.order - b.order)
    .map(({ id, label, metricIds }) => ({ id, label, metricIds }));
}

/** The chosen group, or the first when the id is unknown (a stale URL). */
export function chooseGroup(groups: readonly MetricGroup[], id: string | null): MetricGroup | null {
  return groups.find((group) => group.id === id) ?? groups[0] ?? null;
}

/** One comparison per metric of the group, for the selection (the same as the 普法宣传 charts use). */
export function compareGroup(dataset: Dataset, selection: Selection, group: MetricGroup): MetricComparison[] {
  return group.metricIds.map((id) => compareMetric(dataset, selection, id));
}

/** True when at least one selected row reports the metric: only then is a chart drawn. */
export function hasReportedFigure(comparison: MetricComparison): boolean {
  return comparison.totals.some((total) => total.figure.status === 'reported');
}
