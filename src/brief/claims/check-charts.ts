// The check of a chart's rest note ("其余7个乡镇见表格（其中2个未报告）",
// "图中为有数值的乡镇中最高的20个和最低的20个；…"), from the raw tables
// (raw-index.ts): how many of the rows left out are silent, and that no row
// left out ranks above a row drawn (or, with both ends drawn, outside them).

import { RawIndex, measureKey } from './raw-index';
import type { ChartRowRef, OmittedRowsClaim } from './types';

const EPSILON = 1e-6;

/** The success rate as the checker reads it: resolved/found from exact, usable counts of one measure; else the report's own. */
function rateOf(index: RawIndex, townshipId: string, year: number, r: { found: string; resolved: string; rate: string }): number | null {
  const found = index.tally(townshipId, year, r.found);
  const resolved = index.tally(townshipId, year, r.resolved);
  const computable =
    found && resolved && found.bound === 'exact' && resolved.bound === 'exact' && found.measures.length === 1 &&
    measureKey(found.measures) === measureKey(resolved.measures) && found.value > 0 && resolved.value <= found.value;
  if (computable) return (resolved.value / found.value) * 100;
  return index.tally(townshipId, year, r.rate)?.value ?? null;
}

export function checkOmittedRows(index: RawIndex, claim: OmittedRowsClaim): string[] {
  const ranking = claim.ranking;
  const yearValue = (townshipId: string, year: number): number | null => {
    if (!index.hasReport(townshipId, year)) return null;
    if (!ranking) return index.tally(townshipId, year, claim.metric.id)?.value ?? null;
    switch (ranking.by) {
      case 'disputes':
        return (index.tally(townshipId, year, ranking.found) ?? index.tally(townshipId, year, ranking.resolved))?.value ?? null;
      case 'rate':
        return rateOf(index, townshipId, year, ranking);
      case 'mentions':
        return index.categoryCount(townshipId, year);
    }
  };
  const yearSilent = (id: string, year: number): boolean => {
    if (!ranking) return index.isSilent(id, year, claim.metric.id);
    switch (ranking.by) {
      case 'disputes':
        return index.isSilent(id, year, ranking.found) && index.isSilent(id, year, ranking.resolved);
      case 'rate':
        return rateOf(index, id, year, ranking) === null && [ranking.found, ranking.resolved, ranking.rate].every((m) => index.rejectedCount(id, year, m) === 0) &&
          index.isAccounted(id, year) && index.rows(id, year, ranking.rate).length === 0;
      case 'mentions':
        // A report not fully entered may have problems not entered yet: 未录入, not 未报告.
        return !index.hasProblemsSection(id, year) && index.isAccounted(id, year);
    }
  };
  const valueOf = ({ townshipId, years }: ChartRowRef): number | null => {
    let best: number | null = null;
    for (const year of years) {
      const v = yearValue(townshipId, year);
      if (v !== null && (best === null || v > best)) best = v;
    }
    return best;
  };
  const silent = claim.omitted.filter(({ townshipId: id, years }) => {
    const withReport = years.filter((y) => index.hasReport(id, y));
    return withReport.length > 0 && withReport.every((y) => yearSilent(id, y));
  });
  const reasons: string[] = [];
  if (silent.length !== claim.notReported) reasons.push(`${silent.length} of the omitted are 未报告, stated ${claim.notReported}`);
  const seen = new Set<string>();
  for (const row of [...claim.drawn, ...claim.omitted]) {
    const k = `${row.townshipId}:${row.years.join(',')}`;
    if (seen.has(k)) reasons.push(`${k} is counted twice`);
    seen.add(k);
  }
  if (claim.counting === 'townships' && new Set(claim.omitted.map((r) => r.townshipId)).size !== claim.omitted.length) reasons.push('counts reports as townships');
  const drawnValues = claim.drawn.map(valueOf);
  if (claim.ends) {
    // Both ends drawn: every row left out with a value lies between the lowest
    // of the top rows and the highest of the bottom rows.
    const valued = drawnValues.filter((v): v is number => v !== null).sort((a, b) => b - a);
    if (valued.length !== claim.ends.top + claim.ends.bottom) reasons.push(`${valued.length} rows with a value drawn, stated ${claim.ends.top}+${claim.ends.bottom}`);
    const lowestTop = valued[claim.ends.top - 1] ?? -Infinity;
    const highestBottom = valued[claim.ends.top] ?? Infinity;
    for (const row of claim.omitted) {
      const v = valueOf(row);
      if (v !== null && (v > lowestTop + EPSILON || v < highestBottom - EPSILON))
        reasons.push(`${row.townshipId} (${v}) left out although it ranks among the ${claim.ends.top} highest or ${claim.ends.bottom} lowest drawn`);
    }
    return reasons;
  }
  const smallestDrawn = Math.min(...drawnValues.map((v) => (v === null ? -Infinity : v)));
  for (const row of claim.omitted) {
    const v = valueOf(row);
    if (v !== null && v > smallestDrawn + EPSILON) reasons.push(`${row.townshipId} (${v}) left out while a smaller figure (${smallestDrawn}) is drawn`);
  }
  return reasons;
}
