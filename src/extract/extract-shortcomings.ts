// A report's text → draft rows for shortcomings.csv.
//
// Only the report's own section on problems is read (存在的问题与不足, 存在的
// 不足和原因 …): from its heading to the next top-level heading, or to the
// sentence that turns to plans (下一步, 工作打算, 针对上述问题) when a report
// puts both under one heading. In each sentence a shortcoming rule fits a
// clause holding its anchor word, with each context group in the same clause
// or, failing that, elsewhere in the sentence. One row per category and
// point (a （一）/一是 block, or each sentence when the section has no
// points), quoting the clause.

import { foldForMatching } from './normalize';
import { inferReportYear } from './report-meta';
import { isSubHeading, isTopLevelHeading, lines } from './structure';
import type { DraftShortcoming, ExtractOptions, ExtractionRule } from './types';

const PROBLEM_HEADING = /问题|不足|短板|差距/;
const UNNUMBERED_PROBLEM_HEADING = /存在的?(?:问题|不足)|问题[与和及]不足|不足[与和及]原因/;
const TURN_TO_PLANS = /下一步|工作打算|改进措施|努力方向|针对上述问题|针对以上问题/;
const CLAUSE_BREAKS = '，,：:。！？；;!?\n';
const SENTENCE_BREAKS = '。！？；;!?\n';
const POINT_MARKER = /(^|[。；;：:\n])[ \t]*[一二三四五六七八九十]+是/g;
const LEADING_QUOTE_FILLER =
  /^(?:[\s　]+|[（(][^）)]{1,3}[）)]|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\d+[、.．]|同时|此外|另外|再比如|比如|例如|但是|但)+/;

interface Span {
  start: number;
  end: number;
}

/** The problem sections of a folded text. */
export function problemSections(folded: string): Span[] {
  const all = lines(folded);
  const sections: Span[] = [];
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    const isHeading =
      (isTopLevelHeading(line.text) && PROBLEM_HEADING.test(line.text)) ||
      (line.text.length <= 40 && !line.text.includes('。') && UNNUMBERED_PROBLEM_HEADING.test(line.text));
    if (!isHeading) continue;
    let end = folded.length;
    for (let j = i + 1; j < all.length; j++) {
      const next = all[j]!;
      if (isTopLevelHeading(next.text) || (next.text.length <= 40 && /^[ \t]*(?:下一步|[0-9]{4}年.*(?:计划|打算))/.test(next.text))) {
        end = next.start;
        break;
      }
    }
    // Stop at the sentence that turns to plans, when problems and plans share a heading.
    const body = folded.slice(line.end, end);
    const turn = body.search(TURN_TO_PLANS);
    if (turn !== -1) {
      let sentence = turn;
      while (sentence > 0 && !SENTENCE_BREAKS.includes(body.charAt(sentence - 1))) sentence--;
      end = line.end + sentence;
    }
    sections.push({ start: line.end, end });
    i = all.findIndex((l) => l.start >= end) - 1;
    if (i < 0) break;
  }
  return sections;
}

/** Offsets where a point of the section starts: （一）… lines and 一是 / 二是 markers. */
function pointStarts(folded: string, section: Span): number[] {
  const starts = [section.start];
  for (const line of lines(folded.slice(section.start, section.end))) {
    if (isSubHeading(line.text)) starts.push(section.start + line.start);
  }
  const body = folded.slice(section.start, section.end);
  for (const m of body.matchAll(POINT_MARKER)) starts.push(section.start + m.index + m[1]!.length);
  // Without （一）/一是 points, each sentence is a point of its own.
  if (starts.length === 1) {
    for (const sentence of split(folded, section, SENTENCE_BREAKS)) starts.push(sentence.start);
  }
  return starts.sort((a, b) => a - b);
}

function pointOf(starts: readonly number[], pos: number): number {
  let point = 0;
  for (let i = 0; i < starts.length && starts[i]! <= pos; i++) point = i;
  return point;
}

function split(folded: string, span: Span, breaks: string): Span[] {
  const parts: Span[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || breaks.includes(folded.charAt(i))) {
      if (i > start) parts.push({ start, end: i });
      start = i + 1;
    }
  }
  return parts;
}

/** A span with its text, so that word tests search the clause only. */
interface Clause extends Span {
  text: string;
}

/** The clause(s) a rule fits in a sentence, or null. */
function fitRule(rule: ExtractionRule, clauses: readonly Clause[]): Span | null {
  const fits = (clause: Clause, scope: readonly Clause[]) =>
    rule.anchor.some((w) => clause.text.includes(w)) &&
    !rule.exclude.some((w) => clause.text.includes(w)) &&
    rule.context.every((group) => group.some((w) => scope.some((s) => s.text.includes(w))));
  const whole = clauses.find((c) => fits(c, [c]));
  if (whole) return whole;
  const anchored = clauses.find((c) => fits(c, clauses));
  if (!anchored) return null;
  // Quote from the anchor's clause to the nearest clause that holds the context.
  let span: Span = { start: anchored.start, end: anchored.end };
  for (const group of rule.context) {
    if (group.some((w) => anchored.text.includes(w))) continue;
    const holders = clauses.filter((c) => group.some((w) => c.text.includes(w)));
    const nearest = holders.reduce((a, b) => (Math.abs(b.start - anchored.start) < Math.abs(a.start - anchored.start) ? b : a));
    span = { start: Math.min(span.start, nearest.start), end: Math.max(span.end, nearest.end) };
  }
  return span;
}

function trimQuote(folded: string, span: Span): Span {
  const m = LEADING_QUOTE_FILLER.exec(folded.slice(span.start, span.end));
  const start = span.start + (m ? m[0].length : 0);
  let end = span.end;
  while (end > start && /\s/.test(folded.charAt(end - 1))) end--;
  return { start, end };
}

export function extractShortcomings(text: string, options: ExtractOptions): DraftShortcoming[] {
  const folded = foldForMatching(text);
  const rules = options.rules.filter((r) => r.kind === 'shortcoming');
  const townshipId = options.townshipId ?? '';
  const year = options.year ?? inferReportYear(text);
  const drafts: DraftShortcoming[] = [];

  for (const section of problemSections(folded)) {
    const points = pointStarts(folded, section);
    const taken = new Set<string>();
    // Most rules have no anchor word in a section, or in a sentence: drop them before looking at clauses.
    const sectionText = folded.slice(section.start, section.end);
    const sectionRules = rules.filter((r) => r.anchor.some((w) => sectionText.includes(w)));
    for (const sentence of split(folded, section, SENTENCE_BREAKS)) {
      const sentenceText = folded.slice(sentence.start, sentence.end);
      const sentenceRules = sectionRules.filter((r) => r.anchor.some((w) => sentenceText.includes(w)));
      if (sentenceRules.length === 0) continue;
      const clauses = split(folded, sentence, CLAUSE_BREAKS).map((c) => ({ ...c, text: folded.slice(c.start, c.end) }));
      for (const rule of sentenceRules) {
        const fitted = fitRule(rule, clauses);
        if (!fitted) continue;
        const key = `${rule.target}\u0000${pointOf(points, fitted.start)}`;
        if (taken.has(key)) continue;
        taken.add(key);
        const quote = trimQuote(folded, fitted);
        if (quote.end <= quote.start) continue;
        drafts.push({
          townshipId,
          year,
          category: rule.target,
          quote: text.slice(quote.start, quote.end),
          start: quote.start,
          end: quote.end,
          ruleLine: rule.line,
        });
      }
    }
  }
  return drafts.sort((a, b) => a.start - b.start);
}
