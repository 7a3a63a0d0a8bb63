// A report's text → draft rows for metrics.csv, each with its item, bound,
// verbatim quote and offsets. The pipeline: fold the text (traditional →
// simplified, full-width → ASCII, same length) → find figures → classify
// them with the rules → name and quote each one → make items unique.

import { findBreakdowns, partsNote } from './breakdowns';
import { classifyFigures, type ClassifiedWindow } from './classify';
import { findFigures } from './figures';
import { sentenceEnd, sentenceStart } from './structure';
import { findUnknownUnitFigures } from './unknown-unit-figures';
import { itemAndQuote } from './item-and-quote';
import { foldForMatching } from './normalize';
import { inferReportYear } from './report-meta';
import type { DraftRow, ExtractOptions, ExtractionRule, FoundFigure } from './types';

/**
 * Why a figure did or did not become a draft row:
 * - drafted: a metric rule placed it;
 * - ignored: an ignore rule says it is no metric (a page's view counter);
 * - plan: the text states it as a target (计划…, 不少于4次, 下一步…);
 * - rate: the text states it per period (每月1次) and no rate rule takes it;
 * - unknown_unit: its unit is not in the unit table (20余处, 8类);
 * - no_rule: no rule fits;
 * - part_of_total: a part of a total drafted in the same sentence (其中进校园5场…);
 *   the total's row notes it, so that the page does not count it twice.
 * Every figure but the drafted and ignored ones is listed as 未归类 for review.
 */
export type FigureOutcome = 'drafted' | 'ignored' | 'plan' | 'rate' | 'unknown_unit' | 'no_rule' | 'part_of_total';

/** A figure as the review listing and the page show it: with its rule and row, if any. */
export interface ReviewedFigure {
  figure: FoundFigure;
  /** The deciding rule; null when no rule fits (the figure is listed as 未归类). */
  rule: ExtractionRule | null;
  /** The draft row, for metric rules; null for ignored and unclassified figures. */
  row: DraftRow | null;
  outcome: FigureOutcome;
  /** The sentence holding the figure (offsets in the text), shown with unplaced figures. */
  sentenceStart: number;
  sentenceEnd: number;
  /** The word that made the figure a plan or a rate (计划, 每月), the total a part belongs to (20场), else ''. */
  why: string;
}

export interface MetricExtraction {
  rows: DraftRow[];
  figures: ReviewedFigure[];
}

function draftRow(text: string, folded: string, window: ClassifiedWindow, townshipId: string, year: number | null): DraftRow | null {
  const { figure, match } = window;
  if (!match || match.rule.kind !== 'metric') return null;
  const rule = match.rule;
  const { item, quoteStart, quoteEnd } = itemAndQuote(text, folded, {
    figureStart: figure.start,
    figureEnd: figure.end,
    nearStart: window.nearStart,
    nearEnd: window.nearEnd,
    anchorStart: match.anchorStart,
    anchorEnd: match.anchorEnd,
  });
  const notes = figure.note === '' ? [] : [figure.note];
  let unit = rule.unitAs !== '' ? rule.unitAs : figure.unit;
  if (unit === '') {
    unit = rule.units[0] ?? '';
    notes.push(`单位按规则取“${unit}”，请核对`);
  }
  return {
    townshipId,
    year,
    metric: rule.target,
    item,
    value: figure.value,
    unit,
    bound: figure.bound,
    quote: text.slice(quoteStart, quoteEnd),
    start: quoteStart,
    end: quoteEnd,
    figureStart: figure.start,
    figureEnd: figure.end,
    note: notes.join('；'),
    ruleLine: rule.line,
  };
}

/**
 * Two parts of one metric need two names (one row per township, year, metric,
 * item): 受教群众 after 集中宣讲… and again after 入户宣传宣讲… become
 * 集中宣讲…受教群众 and 入户宣传宣讲受教群众, named after the figure before them in
 * their sentence; failing that they are numbered.
 */
function makeItemsUnique(rows: DraftRow[], windows: readonly ClassifiedWindow[]): void {
  const byFigure = new Map(windows.map((w) => [w.figure.start, w]));
  const taken = new Set<string>();
  const keyOf = (row: DraftRow) => `${row.metric}\u0000${row.item}`;
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(keyOf(row), (counts.get(keyOf(row)) ?? 0) + 1);

  rows.forEach((row, i) => {
    if ((counts.get(keyOf(row)) ?? 0) > 1) {
      const sentence = byFigure.get(row.figureStart)?.sentenceStart ?? row.figureStart;
      const previous = rows[i - 1];
      if (previous && previous.metric !== row.metric && previous.figureStart >= sentence && !row.item.startsWith(previous.item)) {
        row.item = `${previous.item}${row.item}`;
      }
    }
    let candidate = row.item;
    for (let n = 2; taken.has(`${row.metric}\u0000${candidate}`); n++) candidate = `${row.item}（${n}）`;
    row.item = candidate;
    taken.add(keyOf(row));
  });
}

/** Items that are only a verb (覆盖270余人次) are named after the part before them in their sentence. */
const BARE_VERB_ITEM = /^(?:覆盖|参加|参与|参训|受益|惠及|受教|受众)$/;

function nameBareVerbs(rows: DraftRow[], windows: readonly ClassifiedWindow[]): void {
  const byFigure = new Map(windows.map((w) => [w.figure.start, w]));
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    const sentence = byFigure.get(row.figureStart)?.sentenceStart ?? row.figureStart;
    if (BARE_VERB_ITEM.test(row.item) && previous && previous.figureStart >= sentence) row.item = `${previous.item}${row.item}`;
  });
}

/** Totals keep their row with the parts in a note; the parts are listed as part_of_total (see breakdowns.ts). */
function keepTotalsOnly(folded: string, rows: DraftRow[], classified: ReviewedFigure[]): DraftRow[] {
  const byRow = new Map(classified.flatMap((f) => (f.row ? [[f.row, f] as const] : [])));
  const breakdowns = findBreakdowns(folded, rows, (row) => {
    const f = byRow.get(row)!;
    return [f.sentenceStart, f.sentenceEnd];
  });
  if (breakdowns.length === 0) return rows;
  const parts = new Set<DraftRow>();
  for (const { total, parts: ofTotal } of breakdowns) {
    total.note = [total.note, partsNote(ofTotal)].filter((n) => n !== '').join('；');
    const totalText = folded.slice(total.figureStart, total.figureEnd);
    for (const part of ofTotal) {
      parts.add(part);
      const reviewed = byRow.get(part)!;
      reviewed.row = null;
      reviewed.outcome = 'part_of_total';
      reviewed.why = totalText;
    }
  }
  return rows.filter((r) => !parts.has(r));
}

/** Every figure of the text with its rule and draft row: for the review listing and the page. */
export function analyseMetrics(text: string, options: ExtractOptions): MetricExtraction {
  const folded = foldForMatching(text);
  const windows = classifyFigures(folded, findFigures(folded), options.rules);
  const townshipId = options.townshipId ?? '';
  const year = options.year ?? inferReportYear(text);
  const classified: ReviewedFigure[] = windows.map((w) => {
    const row = draftRow(text, folded, w, townshipId, year);
    const rule = w.match?.rule ?? null;
    const outcome: FigureOutcome = row ? 'drafted' : rule ? 'ignored' : w.plan !== null ? 'plan' : w.rate !== null ? 'rate' : 'no_rule';
    const why = outcome === 'plan' ? (w.plan ?? '') : outcome === 'rate' ? (w.rate ?? '') : '';
    return { figure: w.figure, rule, row, outcome, sentenceStart: w.sentenceStart, sentenceEnd: w.sentenceEnd, why };
  });
  const unknown: ReviewedFigure[] = findUnknownUnitFigures(folded, windows.map((w) => w.figure)).map((figure) => ({
    figure,
    rule: null,
    row: null,
    outcome: 'unknown_unit',
    sentenceStart: sentenceStart(folded, figure.start),
    sentenceEnd: sentenceEnd(folded, figure.end),
    why: '',
  }));
  const figures = [...classified, ...unknown].sort((a, b) => a.figure.start - b.figure.start);
  let rows = classified.flatMap((f) => (f.row ? [f.row] : []));
  nameBareVerbs(rows, windows);
  rows = keepTotalsOnly(folded, rows, classified);
  makeItemsUnique(rows, windows);
  return { rows, figures };
}

/** Draft metrics.csv rows for a report's text (see analyseMetrics for the figures left out). */
export function extractMetrics(text: string, options: ExtractOptions): DraftRow[] {
  return analyseMetrics(text, options).rows;
}
