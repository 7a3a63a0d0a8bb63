// What a drawn chart of the brief asserts about the rows it leaves to its
// table ("其余7个乡镇见表格（其中2个未报告）"), as a claim: the rows drawn and
// omitted, and how many omitted rows are silent on the metric. The note the
// Word brief prints is the claim's rendering (claims/render.ts).

import type { MetricHistory } from '../model/history';
import type { MetricComparison } from '../model/types';
import type { ChartRowRef, OmittedRowsClaim } from './claims/types';

interface DrawnRows {
  shownRowKeys: readonly string[];
  omittedRowKeys: readonly string[];
  ends?: { top: number; bottom: number };
}

/** An outreach chart: rows are township-years; 未报告 = the report gives no figure. */
export function outreachOmittedClaim(comparison: MetricComparison, spec: DrawnRows): OmittedRowsClaim {
  const totals = new Map(comparison.totals.map((t) => [t.rowKey, t] as const));
  const ref = (rowKey: string): ChartRowRef => {
    const total = totals.get(rowKey);
    return { townshipId: total?.townshipId ?? rowKey, years: total ? [total.year] : [] };
  };
  return {
    kind: 'omitted_rows',
    chart: `outreach:${comparison.metric}`,
    metric: { id: comparison.metric, label: comparison.label },
    drawn: spec.shownRowKeys.map(ref),
    omitted: spec.omittedRowKeys.map(ref),
    notReported: spec.omittedRowKeys.filter((key) => totals.get(key)?.figure.status === 'not_reported').length,
    counting: new Set(comparison.rows.map((r) => r.year)).size > 1 ? 'reports' : 'townships',
    ...(spec.ends ? { ends: spec.ends } : {}),
  };
}

/** A history chart: rows are townships over the years; 未报告 = some report, and every report silent. */
export function historyOmittedClaim(history: MetricHistory, spec: DrawnRows): OmittedRowsClaim {
  const byId = new Map(history.townships.map((t) => [t.township.id, t] as const));
  const ref = (id: string): ChartRowRef => ({ townshipId: id, years: [...history.years] });
  const silent = (id: string): boolean => {
    const points = byId.get(id)?.points ?? [];
    return points.some((p) => !p.noReport) && points.every((p) => p.noReport || p.total.figure.status === 'not_reported');
  };
  return {
    kind: 'omitted_rows',
    chart: `history:${history.metric}`,
    metric: { id: history.metric, label: history.label },
    drawn: spec.shownRowKeys.map(ref),
    omitted: spec.omittedRowKeys.map(ref),
    notReported: spec.omittedRowKeys.filter(silent).length,
    counting: 'townships',
  };
}
