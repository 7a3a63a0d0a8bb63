// The shape of a report's text, as far as the extractor needs it: clauses
// (between commas), sentences (between full stops, semicolons and line
// breaks), and the top-level sections (一、… 二、…) whose headings tell, for
// instance, that a figure sits in the part on the head of government's duties.

// A colon does not end a clause: in 浏览次数：1024次 or 排查纠纷：18起 the words
// before it name the figure after it.
const CLAUSE_BREAKS = '，,。！？；;!?\n';
const SENTENCE_BREAKS = '。！？；;!?\n';

/** Start of the clause containing `pos` (just after the previous comma or stop). */
export function clauseStart(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !CLAUSE_BREAKS.includes(text.charAt(i - 1))) i--;
  return i;
}

/** End of the clause containing `pos` (the offset of the next comma or stop). */
export function clauseEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !CLAUSE_BREAKS.includes(text.charAt(i))) i++;
  return i;
}

export function sentenceStart(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !SENTENCE_BREAKS.includes(text.charAt(i - 1))) i--;
  return i;
}

export function sentenceEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !SENTENCE_BREAKS.includes(text.charAt(i))) i++;
  return i;
}

export interface Heading {
  /** Offsets of the heading line in the text. */
  start: number;
  end: number;
  /** The line as folded text. */
  text: string;
}

/** 一、… 二、… (also 一. and 一 、 as copied from web pages). */
const TOP_LEVEL_HEADING = /^[ \t]*[一二三四五六七八九十]+[ \t]*[、.．]/;
/** （一）… (2) … 1. … 1、 … and 一是 / 二是 inside a paragraph. */
const SUB_HEADING = /^[ \t]*(?:[（(][ \t]*[一二三四五六七八九十\d]+[ \t]*[）)]|\d+[、.．])/;

/** Lines of the text, with their offsets. */
export function lines(text: string): Heading[] {
  const out: Heading[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    out.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return out;
}

/** Top-level section headings (一、…), in order. */
export function topLevelHeadings(text: string): Heading[] {
  return lines(text).filter((line) => TOP_LEVEL_HEADING.test(line.text) && line.text.length <= 80);
}

export function isSubHeading(line: string): boolean {
  return SUB_HEADING.test(line);
}

export function isTopLevelHeading(line: string): boolean {
  return TOP_LEVEL_HEADING.test(line);
}

/** The last heading that starts before `pos`, or null before the first one. */
export function headingBefore(headings: readonly Heading[], pos: number): Heading | null {
  let found: Heading | null = null;
  for (const heading of headings) {
    if (heading.start > pos) break;
    found = heading;
  }
  return found;
}
