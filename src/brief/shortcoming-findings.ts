// The shortcomings most townships admit, in the model's ranking order, with
// the model's own sentence ("5个乡镇中4个提到法治人才与队伍力量不足").

import type { ShortcomingMatrix } from '../model/types';
import { labelLookup, listNames, sentence } from './text';
import type { Finding } from './types';

/**
 * The top categories mentioned by at least two rows (a pattern, not one
 * township's remark); if none is, the single most mentioned one.
 */
export function shortcomingFindings(matrix: ShortcomingMatrix, max: number): Finding[] {
  const labelOf = labelLookup(matrix.rows);
  const mentioned = matrix.ranking.filter((rank) => rank.rowCount > 0);
  const shared = mentioned.filter((rank) => rank.rowCount >= 2);
  const chosen = (shared.length > 0 ? shared : mentioned.slice(0, 1)).slice(0, Math.max(0, max));
  return chosen.map((rank) => {
    // Name the townships unless it is all of them ("均提到" already says so).
    const names = rank.rowCount < rank.outOf ? `（${listNames(rank.rowKeys.map(labelOf))}）` : '';
    return {
      id: `shortcoming:${rank.category.id}`,
      kind: 'shortcoming' as const,
      text: sentence([`${rank.sentence}${names}`]),
      sources: [...new Set(rank.provenance)],
      silentRowKeys: [],
    };
  });
}
