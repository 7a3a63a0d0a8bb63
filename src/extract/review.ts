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

/** Why a figure was not placed, in words for the reviewer. */
export function unplacedReason(reviewed: ReviewedFigure): string {
  switch (reviewed.outcome) {
    case 'plan':
      return `原文是计划或要求（“${reviewed.why}”），不是完成数，请人工判断`;
    case 'rate':
      return `原文是频次（“${reviewed.why}”），不是总数，请人工判断`;
    case 'unknown_unit':
      return reviewed.figure.note;
    case 'part_of_total':
      return `是同一句中合计“${reviewed.why}”的分项，已写入合计那一行的备注，不另起草（避免重复相加）`;
    default:
      return '没有规则适用，请人工判断';
  }
}

/** The figure's sentence on one line with the figure in 【】. */
export function figureSentence(text: string, reviewed: ReviewedFigure): string {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  const { figure } = reviewed;
  return `${oneLine(text.slice(reviewed.sentenceStart, figure.start))}【${oneLine(text.slice(figure.start, figure.end))}】${oneLine(text.slice(figure.end, reviewed.sentenceEnd))}`;
}

export function describeFigure(text: string, reviewed: ReviewedFigure): string {
  const where = inContext(text, reviewed.figure.start, reviewed.figure.end);
  const { row, rule } = reviewed;
  if (row) {
    const note = row.note === '' ? '' : `；${row.note}`;
    return `${where}  → ${row.metric} ${row.bound} ${row.value} ${row.unit}（${row.item}${note}）`;
  }
  if (rule) return `${where}  → 忽略（规则第${rule.line}行：${rule.note || '不是指标'}）`;
  return `${figureSentence(text, reviewed)}  → 未归类：${unplacedReason(reviewed)}`;
}

export function describeShortcoming(text: string, draft: DraftShortcoming): string {
  return `${inContext(text, draft.start, draft.end, 6)}  → ${draft.category}`;
}
