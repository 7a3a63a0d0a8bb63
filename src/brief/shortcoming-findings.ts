// The shortcomings most townships admit, in the model's ranking order
// ("5个乡镇中4个提到法治人才与队伍力量不足"), as mention claims: the count is
// out of the reports that have a problems section (model/shortcomings.ts).

import type { ShortcomingMatrix } from '../model/types';
import { renderMentions, renderMentionsOfSeveral } from './claims/render';
import type { MentionClaim } from './claims/types';
import { namesLookup, names, refLookup, sentence } from './text';
import type { Finding } from './types';

/**
 * The top `max` categories mentioned by at least two rows (a pattern, not
 * one township's remark); if none is, those mentioned once. A category
 * mentioned as often as the last one chosen is named too (leaving out one of
 * two equal counts would make the other look the more common), and
 * categories mentioned equally often are named in one sentence.
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
  const claimOf = (rank: (typeof chosen)[number]): MentionClaim => ({
    kind: 'mentions',
    category: { id: rank.category.id, label: rank.category.label },
    count: rank.rowCount,
    outOf: rank.outOf,
    counting: severalYears ? 'reports' : 'townships',
    // Name the townships unless it is all of several ("均提到" already says so).
    who: rank.rowCount < rank.outOf || rank.outOf === 1 ? namesOf(rank.rowKeys) : null,
    among: matrix.rows.map((r) => refOf(r.key)),
  });
  // Categories mentioned equally often make one finding: one sentence, not six alike.
  const groups: Array<typeof chosen> = [];
  for (const rank of chosen) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.rowCount === rank.rowCount) last.push(rank);
    else groups.push([rank]);
  }
  return groups.map((group) => {
    const claims = group.map(claimOf);
    const named = (claim: MentionClaim) => (claim.who ? `（${names(claim.who)}）` : '');
    const first = claims[0]!;
    const text =
      claims.length === 1
        ? `${renderMentions(first)}${named(first)}`
        : `${renderMentionsOfSeveral(first)}：${claims.map((claim) => `${claim.category.label}${named(claim)}`).join('；')}`;
    return {
      id: `shortcoming:${group.map((rank) => rank.category.id).join('+')}`,
      kind: 'shortcoming' as const,
      text: sentence([text]),
      sources: [...new Set(group.flatMap((rank) => rank.provenance))],
      silentRowKeys: [],
      claims,
    };
  });
}
