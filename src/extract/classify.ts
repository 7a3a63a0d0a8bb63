// Stage 2 of extraction: which rule decides what a figure is.
//
// A metric (or ignore) rule fits a figure when
// - the figure's unit is one of the rule's units (a figure without a unit, 1.2万, fits a rule
//   for people, copies, money or posts),
// - one of its anchor words stands in the figure's own clause, cut at the
//   neighbouring figures (so in 排查矛盾纠纷18起，化解17起 the 17 sees only 化解),
// - each context group has a word in the sentence up to the figure (or in the rest of its clause),
// - no exclude word stands in the clause, and
// - the current top-level section heading has one of its section words,
// - the figure's audience (see figure-context.ts) is one the rule allows, and
// - a rule with a per-period unit (unit_as 次/月) takes only figures stated as
//   a rate (每月1次), and only such rules take them.
// Figures stated as a plan (计划…, 不少于4次, 下一步…) are matched by no metric rule.
// Among fitting rules the highest priority wins, then the anchor nearest to
// the number, then the longer anchor, then the earlier line.

import { AudienceIndex, audienceOf, audienceWords, blankAgents, headingAbove, lineStart, namedObject, opensWithProvider, planOf, rateOf } from './figure-context';
import { clauseEnd, clauseStart, headingBefore, sentenceEnd, sentenceStart, topLevelHeadings } from './structure';
import type { ExtractionRule, FoundFigure } from './types';

export interface FigureMatch {
  rule: ExtractionRule;
  anchorStart: number;
  anchorEnd: number;
}

export interface ClassifiedWindow {
  figure: FoundFigure;
  /** null when no rule fits. */
  match: FigureMatch | null;
  nearStart: number;
  nearEnd: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** Whom the paragraph says the figure is about (an audience name, or 未写明). */
  audience: string;
  /** The 每… word that makes the figure a rate (每月1次), or null. */
  rate: string | null;
  /** The word that makes the figure a target, not an achieved count, or null. */
  plan: string | null;
}

interface AnchorHit {
  start: number;
  end: number;
  distance: number;
}

/**
 * The anchor word nearest to the figure in its clause. `before` is
 * text[nearStart, figure.start) and `after` is text[figure.end, nearEnd):
 * searching these short slices, not the whole text, keeps extraction fast.
 */
function nearestAnchor(words: readonly string[], figure: FoundFigure, before: string, nearStart: number, after: string): AnchorHit | null {
  let best: AnchorHit | null = null;
  for (const word of words) {
    const b = before.lastIndexOf(word);
    if (b !== -1) {
      const distance = before.length - (b + word.length);
      if (!best || distance < best.distance) best = { start: nearStart + b, end: nearStart + b + word.length, distance };
    }
    const a = after.indexOf(word);
    if (a !== -1) {
      if (!best || a < best.distance) best = { start: figure.end + a, end: figure.end + a + word.length, distance: a };
    }
  }
  return best;
}

/** Units a unitless 万-number (受益群众1.2万) can stand for: people, copies, money, posts — never 支, 项 or 课时. */
const UNITLESS_MAY_BE = ['人次', '人', '份', '册', '本', '张', '元', '万元', '条', '件'];

function unitFits(rule: ExtractionRule, unit: string): boolean {
  if (rule.units.length === 0) return true;
  if (unit === '') return rule.units.some((u) => UNITLESS_MAY_BE.includes(u));
  return rule.units.includes(unit);
}

/** A rule that drafts a rate (unit_as 次/月) rather than a count. */
function isRateRule(rule: ExtractionRule): boolean {
  return rule.unitAs.includes('/');
}

interface Candidate extends FigureMatch {
  distance: number;
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.rule.priority !== b.rule.priority) return a.rule.priority > b.rule.priority;
  if (a.distance !== b.distance) return a.distance < b.distance;
  const aLength = a.anchorEnd - a.anchorStart;
  const bLength = b.anchorEnd - b.anchorStart;
  if (aLength !== bLength) return aLength > bLength;
  return a.rule.line < b.rule.line;
}

/**
 * Classifies each figure of a folded text with the metric and ignore rules.
 * `figures` must be in reading order (as findFigures returns them).
 */
export function classifyFigures(text: string, figures: readonly FoundFigure[], rules: readonly ExtractionRule[]): ClassifiedWindow[] {
  const figureRules = rules.filter((r) => r.kind === 'metric' || r.kind === 'ignore');
  const words = audienceWords(rules);
  const primaryWords = words.filter((w) => !w.fallback);
  // Agents blanked and audience words found once for the whole text (same length, so offsets hold).
  const audiences = new AudienceIndex(words.length > 0 ? blankAgents(text) : text, words);
  const headingsAbove = new Map<number, string>();
  const headingAboveLine = (line: number): string => {
    let heading = headingsAbove.get(line);
    if (heading === undefined) {
      heading = words.length > 0 ? headingAbove(text, line) : '';
      headingsAbove.set(line, heading);
    }
    return heading;
  };
  // Rules by unit, so that each figure only tries the rules that allow its unit.
  const rulesByUnit = new Map<string, ExtractionRule[]>();
  const rulesFor = (unit: string): ExtractionRule[] => {
    let list = rulesByUnit.get(unit);
    if (!list) {
      list = figureRules.filter((r) => unitFits(r, unit));
      rulesByUnit.set(unit, list);
    }
    return list;
  };
  const headings = topLevelHeadings(text);
  return figures.map((figure, i) => {
    const previous = figures[i - 1];
    const next = figures[i + 1];
    const clauseFrom = clauseStart(text, figure.start);
    const nearStart = Math.max(clauseFrom, previous?.end ?? 0);
    const nearEnd = Math.min(clauseEnd(text, figure.end), next?.start ?? text.length);
    const sentence = sentenceStart(text, figure.start);
    const heading = headingBefore(headings, figure.start)?.text ?? '';
    const before = text.slice(nearStart, figure.start);
    const after = text.slice(figure.end, nearEnd);
    // After a list comma the words name the next item (行政复议案件1件、行政诉讼案件2件).
    const listComma = after.indexOf('、');
    const afterForAnchor = listComma === -1 ? after : after.slice(0, listComma);
    const sentenceBefore = text.slice(sentence, figure.start);
    const inContext = (word: string) => sentenceBefore.includes(word) || after.includes(word);
    const inClause = (word: string) => before.includes(word) || after.includes(word);
    const clauseBefore = text.slice(clauseFrom, figure.start);
    const end = sentenceEnd(text, figure.end);
    const rate = rateOf(before, after);
    const plan = planOf(clauseBefore + text.slice(figure.start, figure.end), text.slice(sentence, end), heading);
    const paragraph = lineStart(text, figure.start);
    const ownClauseEnd = clauseEnd(text, figure.end);
    const audience = audienceOf(
      audiences,
      {
        paragraphStart: paragraph,
        sentenceStart: Math.max(paragraph, sentence),
        clauseStart: Math.max(paragraph, clauseFrom),
        figureStart: figure.start,
        figureEnd: figure.end,
        clauseEnd: ownClauseEnd,
        nextClauseEnd: Math.min(end, clauseEnd(text, Math.min(end, ownClauseEnd + 1))),
        sentenceEnd: end,
        headingAbove: headingAboveLine(paragraph),
        namedObject: namedObject(clauseBefore),
        providerSubject: opensWithProvider(text.slice(Math.max(paragraph, sentence), figure.start)),
      },
      primaryWords,
    );

    let best: Candidate | null = null;
    for (const rule of rulesFor(figure.unit)) {
      if (rule.section.length > 0 && !rule.section.some((w) => heading.includes(w))) continue;
      if (rule.kind === 'metric' && (plan !== null || isRateRule(rule) !== (rate !== null))) continue;
      if (rule.audience.length > 0 && !rule.audience.includes(audience)) continue;
      const anchor = nearestAnchor(rule.anchor, figure, before, nearStart, afterForAnchor);
      if (!anchor) continue;
      if (!rule.context.every((group) => group.some(inContext))) continue;
      if (rule.exclude.some(inClause)) continue;
      const candidate: Candidate = { rule, anchorStart: anchor.start, anchorEnd: anchor.end, distance: anchor.distance };
      if (!best || better(candidate, best)) best = candidate;
    }
    const match = best ? { rule: best.rule, anchorStart: best.anchorStart, anchorEnd: best.anchorEnd } : null;
    return { figure, match, nearStart, nearEnd, sentenceStart: sentence, sentenceEnd: end, audience, rate, plan };
  });
}
