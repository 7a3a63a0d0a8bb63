// A total drafted together with its breakdown: 开展普法活动20场，其中进校园5场、
// 进村15场 (or 集中宣讲5场、入户宣讲15场，共20场). The page sums a metric's rows,
// so drafting all three would show 40. The total stays a row; the parts become a
// note on it and are listed for review as parts of that total, never dropped.
//
// Parts are rows of the same metric and unit in the total's sentence that
// - follow it after 其中 / 包括 / 分别, or
// - follow or precede it and add up exactly to it (a complete breakdown;
//   a total preceded by 共 / 合计 / 累计 when the parts come first).

import type { DraftRow } from './types';

const PARTS_FOLLOW = /其中|包括|分别为|分别是|分别/;
const TOTAL_WORD = /(?:共|合计|总计|累计|共计)[^，,。；;]{0,12}$/;

export interface Breakdown {
  total: DraftRow;
  parts: DraftRow[];
}

function sameKind(a: DraftRow, b: DraftRow): boolean {
  return a.metric === b.metric && a.unit === b.unit;
}

const sum = (rows: readonly DraftRow[]) => rows.reduce((s, r) => s + r.value, 0);

/**
 * Finds totals and their parts among the rows of one text (in reading order).
 * `sentenceOf(row)` gives the [start, end) of the row's sentence in the folded text.
 */
export function findBreakdowns(folded: string, rows: readonly DraftRow[], sentenceOf: (row: DraftRow) => [number, number]): Breakdown[] {
  const found: Breakdown[] = [];
  const used = new Set<DraftRow>();
  rows.forEach((total, i) => {
    if (used.has(total)) return;
    const [from, to] = sentenceOf(total);
    const inSentence = (r: DraftRow) => r.figureStart >= from && r.figureStart < to;
    const after: DraftRow[] = [];
    for (let j = i + 1; j < rows.length && inSentence(rows[j]!); j++) if (sameKind(rows[j]!, total) && !used.has(rows[j]!)) after.push(rows[j]!);
    if (after.length > 0) {
      const between = folded.slice(total.figureEnd, after[0]!.figureStart);
      const named = PARTS_FOLLOW.test(between);
      // A complete breakdown adds up exactly (exact figures only: 余 parts give no sum).
      const complete = after.length >= 2 && after.every((r) => r.bound === 'exact') && sum(after) === total.value;
      if (named || complete) {
        found.push({ total, parts: after });
        for (const r of [total, ...after]) used.add(r);
        return;
      }
    }
    const before: DraftRow[] = [];
    for (let j = i - 1; j >= 0 && inSentence(rows[j]!); j--) if (sameKind(rows[j]!, total) && !used.has(rows[j]!)) before.unshift(rows[j]!);
    const totalWord = TOTAL_WORD.test(folded.slice(from, total.figureStart));
    if (before.length >= 2 && totalWord && before.every((r) => r.bound === 'exact') && sum(before) === total.value) {
      found.push({ total, parts: before });
      for (const r of [total, ...before]) used.add(r);
    }
  });
  return found;
}

/** The note written on a total: its parts, as the report names them. */
export function partsNote(parts: readonly DraftRow[]): string {
  return `分项（已含在本行合计中，不另起草）：${parts.map((p) => `${p.item}${p.value}${p.unit}`).join('、')}`;
}
