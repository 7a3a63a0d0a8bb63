// What a drawn chart of the brief asserts about the rows it leaves to its
// table ("其余7个乡镇见表格（其中2个未报告）"), as a claim: the rows drawn and
// omitted, and how many omitted rows are silent on the metric. The note the
// Word brief prints is the claim's rendering (claims/render.ts).

import type { MetricHistory } from '../model/history';
import type { DisputeComparison, MetricComparison, SelectionRow, ShortcomingMatrix } from '../model/types';
import { successRateFigure } from '../model/overview';
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

/** Township-year rows of the disputes or success-rate chart, or of the matrix. */
function rowRefs(rows: readonly SelectionRow[]): (key: string) => ChartRowRef {
  const byKey = new Map(rows.map((r) => [r.key, r] as const));
  return (key) => {
    const row = byKey.get(key);
    return { townshipId: row?.townshipId ?? key, years: row ? [row.year] : [] };
  };
}

const countingOf = (rows: readonly SelectionRow[]): OmittedRowsClaim['counting'] => (new Set(rows.map((r) => r.year)).size > 1 ? 'reports' : 'townships');

/** Disputes found and resolved: ranked by found (else resolved); 未报告 = silent on both. */
export function disputesOmittedClaim(disputes: DisputeComparison, spec: DrawnRows): OmittedRowsClaim {
  const rows = disputes.rows.map((d) => d.row);
  const ref = rowRefs(rows);
  const byKey = new Map(disputes.rows.map((d) => [d.row.key, d] as const));
  return {
    kind: 'omitted_rows',
    chart: 'disputes',
    metric: { id: disputes.found.metric, label: disputes.found.label },
    drawn: spec.shownRowKeys.map(ref),
    omitted: spec.omittedRowKeys.map(ref),
    notReported: spec.omittedRowKeys.filter((k) => {
      const d = byKey.get(k);
      return d !== undefined && d.found.figure.status === 'not_reported' && d.resolved.figure.status === 'not_reported';
    }).length,
    counting: countingOf(rows),
    ranking: { by: 'disputes', found: disputes.found.metric, resolved: disputes.resolved.metric },
    ...(spec.ends ? { ends: spec.ends } : {}),
  };
}

/** The success rate: ranked by the rate shown; 未报告 = no rate, no count error, no rate row. */
export function rateOmittedClaim(disputes: DisputeComparison, spec: DrawnRows): OmittedRowsClaim {
  const rows = disputes.rows.map((d) => d.row);
  const ref = rowRefs(rows);
  const byKey = new Map(disputes.rows.map((d) => [d.row.key, d] as const));
  return {
    kind: 'omitted_rows',
    chart: 'success-rate',
    metric: { id: disputes.reportedRate.metric, label: disputes.reportedRate.label },
    drawn: spec.shownRowKeys.map(ref),
    omitted: spec.omittedRowKeys.map(ref),
    notReported: spec.omittedRowKeys.filter((k) => {
      const d = byKey.get(k);
      return d !== undefined && successRateFigure(d).status === 'not_reported';
    }).length,
    counting: countingOf(rows),
    ranking: { by: 'rate', found: disputes.found.metric, resolved: disputes.resolved.metric, rate: disputes.reportedRate.metric },
    ...(spec.ends ? { ends: spec.ends } : {}),
  };
}

/** The shortcoming matrix: ranked by categories mentioned; 未报告 = no problems section. */
export function matrixOmittedClaim(matrix: ShortcomingMatrix, spec: DrawnRows): OmittedRowsClaim {
  const ref = rowRefs(matrix.rows);
  const mentioning = new Set(matrix.cells.map((c) => c.rowKey));
  const withErrors = new Set(matrix.rowErrors.map((r) => r.rowKey));
  const accounted = new Set(matrix.rows.filter((r) => r.report?.figuresAccounted).map((r) => r.key));
  return {
    kind: 'omitted_rows',
    chart: 'shortcoming-matrix',
    metric: { id: 'shortcomings', label: '存在问题' },
    drawn: spec.shownRowKeys.map(ref),
    omitted: spec.omittedRowKeys.map(ref),
    // Only a fully entered report without problems is 未报告 (else 未录入).
    notReported: spec.omittedRowKeys.filter((k) => !mentioning.has(k) && !withErrors.has(k) && accounted.has(k)).length,
    counting: countingOf(matrix.rows),
    ranking: { by: 'mentions' },
    ...(spec.ends ? { ends: spec.ends } : {}),
  };
}
