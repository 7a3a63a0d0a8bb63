// The figure ledger of one report (issue 16): every number the text states,
// in reading order with its sentence, and what became of it — placed in a
// metrics.csv row, set aside with a reason, or still open. A report is
// "accounted for" (reports.csv figures_accounted = yes) only when no figure
// is open; only then may the page say 未报告 for a metric it has no row for.
//
// The numbers come from src/extract (analyseMetrics → ReviewedFigure): the
// same finder that drafts the rows, so a drafted row and its ledger line are
// one figure. Plain TypeScript, no React.

import type { Bound } from '../data/types';
import { unplacedReason, type DraftRow, type ReviewedFigure } from '../extract';

/** Why a figure is not a metrics.csv row. The clerk picks one; drafting suggests one. */
export const SET_ASIDE_REASONS = {
  date: '日期或年份',
  plan: '计划、目标或要求，不是完成数',
  frequency: '频次（每月、每周……），不是总数',
  cadre: '干部内部的学习、培训、会议（目录中无对应指标）',
  not_in_catalog: '指标目录中没有这一项',
  not_a_figure: '不是数量（词语、名称、序号的一部分）',
  repeated: '与已录入的数字是同一件事（重复）',
  rejected: '审核时不采用',
  rule: '按解析规则忽略',
} as const;

export type SetAsideReason = keyof typeof SET_ASIDE_REASONS;

export type LedgerState = 'placed' | 'set_aside' | 'open';

export interface LedgerLine {
  /** Index in the extraction's figures (reading order). */
  index: number;
  /** Offsets of the figure (with its bound word) in the text. */
  start: number;
  end: number;
  /** The figure as the text writes it: 2153余人, 两场. */
  figureText: string;
  /** The figure's sentence on one line. */
  sentence: string;
  state: LedgerState;
  /** For placed: the metric; for set aside: the reason. */
  metric: string | null;
  reason: SetAsideReason | null;
  /** The reason drafting suggests for an open figure (plan, frequency …), or null. */
  suggested: SetAsideReason | null;
  /** Why drafting did not place it (a plan, a rate, a unit not in the table, no rule), or '' for a drafted figure. */
  why: string;
}

/** What the review holds about one figure, keyed by the figure's start offset. */
export interface FigureDecisions {
  /** Metric rows by figure start: their metric and whether the clerk took them. */
  rows: ReadonlyArray<{ figureStart: number; metric: string; decision: 'pending' | 'accepted' | 'rejected' }>;
  /** Figures the clerk set aside, by figure start. */
  setAside: ReadonlyMap<number, SetAsideReason>;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The reason drafting suggests for a figure it did not place. */
export function suggestedReason(figure: ReviewedFigure): SetAsideReason | null {
  if (figure.outcome === 'plan') return 'plan';
  if (figure.outcome === 'rate') return 'frequency';
  if (figure.outcome === 'ignored') return 'rule';
  return null;
}

/**
 * The ledger: one line per figure, in reading order. A figure is placed when
 * its row is taken (采用), set aside when the clerk gave a reason (a row not
 * taken counts as set aside: 审核时不采用; a figure an ignore rule named is set
 * aside by that rule), and open otherwise — a drafted row still waiting for
 * 采用 is open, because the saved package would not hold it.
 */
export function buildLedger(text: string, figures: readonly ReviewedFigure[], decisions: FigureDecisions): LedgerLine[] {
  const rowsByFigure = new Map<number, FigureDecisions['rows'][number][]>();
  for (const row of decisions.rows) {
    const list = rowsByFigure.get(row.figureStart);
    if (list) list.push(row);
    else rowsByFigure.set(row.figureStart, [row]);
  }
  return figures.map((reviewed, index) => {
    const { figure } = reviewed;
    const rows = rowsByFigure.get(figure.start) ?? [];
    const accepted = rows.find((r) => r.decision === 'accepted');
    const aside = decisions.setAside.get(figure.start) ?? null;
    const rejected = rows.length > 0 && rows.every((r) => r.decision === 'rejected');
    const suggested = suggestedReason(reviewed);
    let state: LedgerState = 'open';
    let reason: SetAsideReason | null = null;
    if (accepted) state = 'placed';
    else if (aside) [state, reason] = ['set_aside', aside];
    else if (rejected) [state, reason] = ['set_aside', 'rejected'];
    else if (reviewed.outcome === 'ignored') [state, reason] = ['set_aside', 'rule'];
    return {
      index,
      start: figure.start,
      end: figure.end,
      figureText: text.slice(figure.start, figure.end),
      sentence: oneLine(text.slice(reviewed.sentenceStart, reviewed.sentenceEnd)),
      state,
      metric: accepted?.metric ?? rows[0]?.metric ?? null,
      reason,
      suggested,
      why: reviewed.row === null && reviewed.outcome !== 'ignored' ? unplacedReason(reviewed) : '',
    };
  });
}

export interface LedgerCount {
  total: number;
  placed: number;
  setAside: number;
  open: number;
}

export function countLedger(lines: readonly LedgerLine[]): LedgerCount {
  const of = (state: LedgerState) => lines.filter((l) => l.state === state).length;
  return { total: lines.length, placed: of('placed'), setAside: of('set_aside'), open: of('open') };
}

/** True when every figure is placed or set aside: reports.csv figures_accounted = yes. */
export function isAccountedFor(lines: readonly LedgerLine[], pendingProblems = 0): boolean {
  return pendingProblems === 0 && lines.every((l) => l.state !== 'open');
}

/** Characters that end a clause: the quote of a placed figure runs from the clause start. */
const CLAUSE_BREAK = /[，,。；;：:！!？?\n、]/;

/**
 * Where the quote of a placed figure starts: the start of the clause holding
 * it (after the previous ，。；：), but at the sentence start at the latest.
 */
function clauseStart(text: string, figureStart: number, sentenceStart: number): number {
  let at = figureStart;
  while (at > sentenceStart && !CLAUSE_BREAK.test(text.charAt(at - 1))) at--;
  while (at < figureStart && /\s/.test(text.charAt(at))) at++;
  return at;
}

/** Words that say what the figure counts but are not its name: 共, 累计, 达 … trimmed off the item. */
const ITEM_NOISE = /^(?:全年|今年以来|本年度|共计|共|累计|总计|合计|先后|全乡|全镇|我乡|我镇)+|(?:共计|共|累计|达到|达|了|为|约|近|超过|逾|计)+$/g;

/**
 * A metrics.csv row for a figure the clerk places by hand: metric as chosen,
 * item = the clause's words before the figure (the clerk may edit it), value,
 * unit and bound as the finder read them (余/以上 → at_least, 约/近 → approx),
 * quote = the clause up to the end of the figure, verbatim from the text.
 */
export function placedDraft(text: string, reviewed: ReviewedFigure, metric: string): DraftRow {
  const { figure } = reviewed;
  const start = clauseStart(text, figure.start, reviewed.sentenceStart);
  const before = oneLine(text.slice(start, figure.start)).replace(ITEM_NOISE, '');
  const after = oneLine(text.slice(figure.end, Math.min(reviewed.sentenceEnd, figure.end + 12))).split(CLAUSE_BREAK)[0] ?? '';
  const item = before !== '' ? before : after !== '' ? after : oneLine(text.slice(figure.start, figure.end));
  return {
    townshipId: '',
    year: null,
    metric,
    item,
    value: figure.value,
    unit: figure.unit,
    bound: figure.bound as Bound,
    quote: text.slice(start, figure.end),
    start,
    end: figure.end,
    figureStart: figure.start,
    figureEnd: figure.end,
    note: figure.note,
    ruleLine: 0,
  };
}

/**
 * "还有 3 个数字未处理" — the words of the save confirmation. Drafted problems
 * not yet taken or left out count too: a report saved as accounted for with
 * its problems section not entered would show 未报告 for its problems.
 */
export function openFiguresText(open: number, pendingProblems = 0): string {
  const figures = `${open} 个数字未处理（既未录入，也未说明不录入的理由）`;
  const problems = `${pendingProblems} 条存在的问题未审核（既未采用，也未不采用）`;
  if (pendingProblems === 0) return `还有 ${figures}`;
  return open === 0 ? `还有 ${problems}` : `还有 ${figures}，${problems}`;
}

/** The words of the "save anyway" box: "还有 3 个数字未处理", "还有 2 条问题未审核". */
export function openItemsShort(open: number, pendingProblems = 0): string {
  const parts = [...(open > 0 || pendingProblems === 0 ? [`${open} 个数字未处理`] : []), ...(pendingProblems > 0 ? [`${pendingProblems} 条问题未审核`] : [])];
  return `还有 ${parts.join('、')}`;
}
