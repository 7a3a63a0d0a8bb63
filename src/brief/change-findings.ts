// 历年变化 in the brief: per metric, which townships' figures rose, fell or
// held from the year before, as firmly as the bounds allow (model/change.ts).
// Only townships with a figure in both years are named; those missing a
// report or a figure in either year are counted, never read as a change.

import type { ChangeKind } from '../model/change';
import type { MetricHistory, TownshipHistory } from '../model/history';
import { pointFor, tallyChanges } from '../model/history';
import { names, sentence } from './text';
import { nameList, type ChangeClaim, type Claim, type NotComparedClaim } from './claims/types';
import { renderNotCompared } from './claims/render';
import type { Finding } from './types';

/** Changes named in the sentence, in this order, each with its heading. */
const STATED: readonly { kinds: readonly ChangeKind[]; heading: string; withFigures: boolean }[] = [
  { kinds: ['increase', 'increase_at_least', 'approx_increase'], heading: '增加', withFigures: true },
  { kinds: ['decrease', 'decrease_at_least', 'approx_decrease'], heading: '减少', withFigures: true },
  { kinds: ['same', 'approx_same'], heading: '持平', withFigures: false },
  { kinds: ['undetermined'], heading: '数字为下限、无法判断增减', withFigures: false },
  { kinds: ['units_differ'], heading: '两年单位不同、未比较', withFigures: false },
];
/** Past this many townships in a clause the figures are left to the table. */
const FIGURES_LISTED = 5;

export function changeFindings(histories: readonly MetricHistory[], toYear: number): Finding[] {
  return histories.flatMap((history) => {
    const tally = tallyChanges(history, toYear);
    if (!tally) return [];
    const clauses: string[] = [];
    const sources: string[] = [];
    const claims: Claim[] = [];
    const metric = { id: history.metric, label: history.label };
    for (const { kinds, heading, withFigures } of STATED) {
      const townships = kinds.flatMap((kind) => tally.byKind.get(kind) ?? []);
      if (townships.length === 0) continue;
      const ordered = history.townships.filter((t) => townships.includes(t));
      for (const t of ordered) {
        const claim = changeClaim(t, metric, tally.fromYear, toYear);
        if (claim) claims.push(claim);
      }
      const who = nameList(ordered.map((t) => ({ townshipId: t.township.id, year: toYear, label: t.label })));
      const unknown = kinds.includes('undetermined') ? 'bounds' : kinds.includes('units_differ') ? 'units' : null;
      if (unknown) claims.push({ kind: 'change_unknown', metric, fromYear: tally.fromYear, toYear, reason: unknown, who });
      const named =
        withFigures && ordered.length <= FIGURES_LISTED
          ? ordered.map((t) => `${t.label}（${pointFor(t, toYear)?.change?.text ?? ''}）`).join('、')
          : names(who);
      clauses.push(`${heading}：${named}`);
      sources.push(...ordered.flatMap((t) => bothYearsSources(t, tally.fromYear, toYear)));
    }
    if (clauses.length === 0) return [];
    const missing = (['gap', 'not_reported', 'data_error'] as const).reduce((n, kind) => n + (tally.byKind.get(kind)?.length ?? 0), 0);
    if (missing > 0) {
      const notCompared: NotComparedClaim = { kind: 'not_compared', metric, fromYear: tally.fromYear, toYear, count: missing, townshipIds: history.townships.map((t) => t.township.id) };
      claims.push(notCompared);
      clauses.push(renderNotCompared(notCompared));
    }
    const finding: Finding = {
      id: `change:${history.metric}`,
      kind: 'change',
      text: `${history.label}（${tally.fromYear}→${toYear}年）——${sentence(clauses)}`,
      sources: [...new Set(sources)],
      silentRowKeys: [],
      claims,
    };
    return [finding];
  });
}

/** The change a named township's clause states, as a claim; none for "无法判断" or "口径不同". */
function changeClaim(t: TownshipHistory, metric: ChangeClaim['metric'], fromYear: number, toYear: number): ChangeClaim | null {
  const change = pointFor(t, toYear)?.change;
  if (!change || change.delta === null) return null;
  const firmness = FIRMNESS[change.kind];
  if (!firmness) return null;
  const direction = change.delta > 0 ? 'up' : change.delta < 0 ? 'down' : 'same';
  const who = { townshipId: t.township.id, year: toYear, label: t.label };
  return { kind: 'changed', metric, who, fromYear, toYear, direction, amount: Math.abs(change.delta), firmness };
}

const FIRMNESS: Partial<Record<ChangeKind, ChangeClaim['firmness']>> = {
  increase: 'exact',
  decrease: 'exact',
  same: 'exact',
  increase_at_least: 'at_least',
  decrease_at_least: 'at_least',
  approx_increase: 'approx',
  approx_decrease: 'approx',
  approx_same: 'approx',
};

function bothYearsSources(township: TownshipHistory, fromYear: number, toYear: number): string[] {
  return [fromYear, toYear].flatMap((year) => pointFor(township, year)?.total.provenance ?? []);
}
