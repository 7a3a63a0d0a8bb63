// The shortcomings most townships admit, in the model's ranking order
// ("5个乡镇中4个提到法治人才与队伍力量不足"), as mention claims: the count is
// out of the reports that have a problems section (model/shortcomings.ts).

import type { ShortcomingMatrix } from '../model/types';
import { renderMentions } from './claims/render';
import type { MentionClaim } from './claims/types';
import { namesLookup, names, refLookup, sentence } from './text';
import type { Finding } from './types';

/**
 * The top categories mentioned by at least two rows (a pattern, not one
 * township's remark); if none is, the most mentioned one. A category
 * mentioned as often as the last one chosen is named too: leaving out one of
 * two equal counts would make the other look the more common.
 */
export function shortcomingFindings(matrix: ShortcomingMatrix, max: number): Finding[] {
  const namesOf = namesLookup(matrix.rows);
  const refOf = refLookup(matrix.rows);
  const severalYears = new Set(matrix.rows.map((r) => r.year)).size > 1;
  const mentioned = matrix.ranking.filter((rank) => rank.rowCount > 0);
  const shared = mentioned.filter((rank) => rank.rowCount >= 2);
  const pool = shared.length > 0 ? shared : mentioned;
  const top = pool.slice(0, Math.max(0, max));
  const cutoff = top[top.length - 1]?.rowCount;
  const chosen = cutoff === undefined ? [] : pool.filter((rank, i) => i < top.length || rank.rowCount === cutoff);
  return chosen.map((rank) => {
    const claim: MentionClaim = {
      kind: 'mentions',
      category: { id: rank.category.id, label: rank.category.label },
      count: rank.rowCount,
      outOf: rank.outOf,
      counting: severalYears ? 'reports' : 'townships',
      // Name the townships unless it is all of several ("均提到" already says so).
      who: rank.rowCount < rank.outOf || rank.outOf === 1 ? namesOf(rank.rowKeys) : null,
      among: matrix.rows.map((r) => refOf(r.key)),
    };
    const named = claim.who ? `（${names(claim.who)}）` : '';
    return {
      id: `shortcoming:${rank.category.id}`,
      kind: 'shortcoming' as const,
      text: sentence([`${renderMentions(claim)}${named}`]),
      sources: [...new Set(rank.provenance)],
      silentRowKeys: [],
      claims: [claim],
    };
  });
}
