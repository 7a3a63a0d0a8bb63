// Comparability flags: where the numbers of one metric do not measure the
// same thing across the selected rows, say so in a Chinese footnote rather
// than let the chart imply a like-for-like comparison.

import { distinctMeasures, unitClass } from './units';
import type { ComparabilityFlag, MetricComparison, MetricTotal, SelectionRow } from './types';

/** Names listed in a note before "等N个乡镇": a 300-township note must stay a sentence. */
const NAMES_PER_GROUP = 5;

export function comparabilityFlags(
  comparison: Pick<MetricComparison, 'metric' | 'totals'>,
  rows: readonly SelectionRow[],
): ComparabilityFlag[] {
  const labelOf = new Map(rows.map((r) => [r.key, r.label] as const));
  const noun = rowNoun(rows);
  const names = (labels: readonly string[]) => listNames(labels, noun);
  const reported = comparison.totals.filter((t) => t.figure.status === 'reported');
  const flags: ComparabilityFlag[] = [];

  const acrossFlag = unitsDifferAcross(comparison.metric, reported, labelOf, names);
  if (acrossFlag) flags.push(acrossFlag);

  const mixed = reported.filter((t) => t.mixedUnits);
  if (mixed.length > 0) {
    const groups = mixed.map((t) => ({
      unit: distinctMeasures(t.units).join('、'),
      rowKeys: [t.rowKey],
      labels: [labelOf.get(t.rowKey) ?? t.rowKey],
    }));
    const sentences = mixed
      .slice(0, NAMES_PER_GROUP)
      .map((t) => `${labelOf.get(t.rowKey) ?? t.rowKey}的分项分别按${distinctMeasures(t.units).map(quoteUnit).join('和')}计`);
    const rest = mixed.length > NAMES_PER_GROUP ? `等${mixed.length}${noun}` : '';
    flags.push({
      metric: comparison.metric,
      kind: 'units_mixed_within_township',
      groups,
      note: `${sentences.join('；')}${rest}，合计仅供参考`,
      provenance: mixed.flatMap((t) => t.provenance),
    });
  }

  const lower = reported.filter((t) => t.figure.bound === 'at_least');
  if (lower.length > 0) {
    flags.push({
      metric: comparison.metric,
      kind: 'lower_bounds',
      groups: [{ unit: '', rowKeys: lower.map((t) => t.rowKey), labels: lower.map((t) => labelOf.get(t.rowKey) ?? t.rowKey) }],
      note: `${names(lower.map((t) => labelOf.get(t.rowKey) ?? t.rowKey))}的数字为下限（报告称“余”“以上”等），实际可能更多，标“≥”`,
      provenance: lower.flatMap((t) => t.parts.filter((p) => p.bound === 'at_least').map((p) => p.key)),
    });
  }
  return flags;
}

/**
 * Rows are grouped by the unit(s) they count in ("人" vs "人次"). One group =
 * comparable; more than one = the note names who counts what.
 */
function unitsDifferAcross(
  metric: string,
  reported: readonly MetricTotal[],
  labelOf: ReadonlyMap<string, string>,
  names: (labels: readonly string[]) => string,
): ComparabilityFlag | null {
  // Grouped by measure, not spelling: 次 and 场次 count the same thing (units.ts).
  const groupsByMeasure = new Map<string, { unit: string; totals: MetricTotal[] }>();
  for (const total of reported) {
    const measures = distinctMeasures(total.units);
    const key = measures.map(unitClass).join('+');
    const group = groupsByMeasure.get(key);
    if (group) group.totals.push(total);
    else groupsByMeasure.set(key, { unit: measures.join('、'), totals: [total] });
  }
  if (groupsByMeasure.size < 2) return null;

  const groups = [...groupsByMeasure.values()].map(({ unit, totals }) => ({
    unit,
    rowKeys: totals.map((t) => t.rowKey),
    labels: totals.map((t) => labelOf.get(t.rowKey) ?? t.rowKey),
  }));
  const clauses = groups.map((g) => {
    const units = g.unit.split('、').map(quoteUnit);
    const how = units.length > 1 ? `${units.join('和')}混合计` : `${units[0] ?? ''}计`;
    return `${names(g.labels)}按${how}`;
  });
  return {
    metric,
    kind: 'units_differ_across_townships',
    groups,
    note: `${clauses.join('，')}，口径不同，不宜直接比较`,
    provenance: reported.flatMap((t) => t.provenance),
  };
}

function quoteUnit(unit: string): string {
  return `“${unit}”`;
}

/**
 * "碧土乡、达果乡、哲古镇", or "碧土乡、达果乡…等12个乡镇" when long. Rows of
 * several years are reports, not townships: pass noun '份报告'.
 */
export function listNames(labels: readonly string[], noun = '个乡镇'): string {
  if (labels.length <= NAMES_PER_GROUP) return labels.join('、');
  return `${labels.slice(0, NAMES_PER_GROUP).join('、')}等${labels.length}${noun}`;
}

/** The counting noun for selection rows: townships for one year, reports across years. */
export function rowNoun(rows: readonly Pick<SelectionRow, 'year'>[]): string {
  return new Set(rows.map((r) => r.year)).size > 1 ? '份报告' : '个乡镇';
}
