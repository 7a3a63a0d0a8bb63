// The review listing: each figure in its context, with what the extractor
// made of it, so a reviewer can check a whole report at a glance:
//   …受教群众达【2153余人】。三是派出所…  → outreach_reach at_least 2153 人（集中宣讲法律法规受教群众）

import type { ReviewedFigure } from './extract-metrics';
import type { DraftShortcoming } from './types';

const CONTEXT = 14;

/** text[start, end) with up to CONTEXT characters either side, on one line, the span in 【】. */
export function inContext(text: string, start: number, end: number, context: number = CONTEXT): string {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  const head = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  return `${head}${oneLine(text.slice(from, start))}【${oneLine(text.slice(start, end))}】${oneLine(text.slice(end, to))}${tail}`;
}

export function describeFigure(text: string, reviewed: ReviewedFigure): string {
  const where = inContext(text, reviewed.figure.start, reviewed.figure.end);
  const { row, rule } = reviewed;
  if (row) {
    const note = row.note === '' ? '' : `；${row.note}`;
    return `${where}  → ${row.metric} ${row.bound} ${row.value} ${row.unit}（${row.item}${note}）`;
  }
  if (rule) return `${where}  → 忽略（规则第${rule.line}行：${rule.note || '不是指标'}）`;
  return `${where}  → 未归类：没有规则适用，请人工判断`;
}

export function describeShortcoming(text: string, draft: DraftShortcoming): string {
  return `${inContext(text, draft.start, draft.end, 6)}  → ${draft.category}`;
}
