// What the words around a figure say about it, beyond its own clause:
// - its audience: whom the paragraph says the activity was for (干部 training
//   is not public outreach), from the `audience` lines of the rules file;
// - a frequency: 每月1次, 每季度听取一次 state a rate, not a total;
// - a plan: 计划开展…, 不少于4次, a 下一步 sentence or a 工作计划 section
//   state a target, not what was done.
// The rules decide with the first; the other two keep a figure out of the
// drafts (it is listed for review with the reason).

import { UNNAMED_AUDIENCE } from './rules';
import { isSubHeading } from './structure';
import type { ExtractionRule } from './types';

export { UNNAMED_AUDIENCE };

/** A 每… word in the figure's clause before it: 每月1次, 平均每月开展…1次, 每季度听取一次. */
const RATE = /(?:每|平均每|人均每)(?:[一二两三四五六七八九十\d]{1,2})?(?:个)?(?:月|周|星期|季度|季|半年|年|学期|天|日)|月均|周均|年均|日均/;
/** Words right after the figure that make it a rate: 以每两月1次频次…, 1次的频率. */
const RATE_AFTER = /^(?:的)?(?:频次|频率)/;

/** Words that make the figure's clause a target: 计划开展…, 力争…, 确保…, 不少于4次. */
const PLAN_IN_CLAUSE = /计划开展|计划组织|计划召开|计划举办|计划|力争|争取|预计|拟于|拟开展|拟组织|拟召开|目标是|目标为|确保|不少于|不低于|至少/;
/** Words that make the whole sentence a plan: 下一步，…；明年… */
const PLAN_IN_SENTENCE = /下一步|明年|来年|将继续|将进一步/;
/** Top-level headings of the plans part: 三、下一步工作打算, 二、2025年工作计划. */
const PLAN_HEADING = /下一步|打算|工作计划|工作思路|工作安排|努力方向/;

/**
 * The (first) rate word before the figure, or right after it (1次频次), or null.
 * `before` reaches back only to the previous figure: in 以每两月1次频次开展学习5次
 * the 1次 is a rate and the 5次 a total.
 */
export function rateOf(before: string, after = ''): string | null {
  const m = RATE.exec(before);
  if (m) return m[0];
  const a = RATE_AFTER.exec(after);
  return a ? a[0] : null;
}

/** The word that makes the figure a target, or null. */
export function planOf(clauseBefore: string, sentence: string, heading: string): string | null {
  const inClause = PLAN_IN_CLAUSE.exec(clauseBefore);
  if (inClause) return inClause[0];
  const inSentence = PLAN_IN_SENTENCE.exec(sentence);
  if (inSentence) return inSentence[0];
  const inHeading = PLAN_HEADING.exec(heading);
  return inHeading ? inHeading[0] : null;
}

export interface AudienceWord {
  word: string;
  audience: string;
  /** From an audience line with a negative priority: used only when no other word names the audience. */
  fallback: boolean;
}

const wordsOfRules = new WeakMap<readonly ExtractionRule[], AudienceWord[]>();

/** The audience words of the rules file, longest first (镇村干部 before 干部). */
export function audienceWords(rules: readonly ExtractionRule[]): AudienceWord[] {
  let words = wordsOfRules.get(rules);
  if (!words) {
    words = collectAudienceWords(rules);
    wordsOfRules.set(rules, words);
  }
  return words;
}

function collectAudienceWords(rules: readonly ExtractionRule[]): AudienceWord[] {
  return rules
    .filter((r) => r.kind === 'audience')
    .flatMap((r) => r.anchor.map((word) => ({ word, audience: r.target, fallback: r.priority < 0 })))
    .sort((a, b) => b.word.length - a.word.length);
}

/**
 * People who do the outreach are not its audience: 由村干部、法律顾问组成的…小分队,
 * 组织干部深入村组…. Their words are blanked before the audience is looked for.
 */
const MADE_UP_OF = /由[^，,。；;]{1,30}?组成/g;
const GOING_OUT = /(?:干部|工作人员|党员|执法人员|法律明白人|普法骨干|志愿者|律师|法律顾问)(?:深入|走进|走村|进村|入户|下沉|到村|带头走)/g;
const CLAUSE_STOPS = '，,。；;、';

export function blankAgents(text: string): string {
  const blanked = text.replace(MADE_UP_OF, (m) => ' '.repeat(m.length));
  let out = '';
  let copied = 0;
  for (const m of blanked.matchAll(GOING_OUT)) {
    // The words naming them reach back at most 8 characters, within the clause: 组织镇村干部深入….
    let from = m.index;
    while (from > copied && m.index - from < 8 && !CLAUSE_STOPS.includes(blanked.charAt(from - 1))) from--;
    const to = m.index + m[0].length;
    out += blanked.slice(copied, from) + ' '.repeat(to - from);
    copied = to;
  }
  return copied === 0 ? blanked : out + blanked.slice(copied);
}

/**
 * A clause that names whom it is for (对普法骨干开展学法培训4次, 面向…组织…) governs its
 * figure's audience. When the people named there are none of the audience words,
 * the figure's audience is OTHER_AUDIENCE: no cadre or public rule takes it, and it
 * is listed for review instead of borrowing 干部 from a neighbouring list item.
 */
export const OTHER_AUDIENCE = '其他';
const OBJECT_PHRASE = /(?:针对|面向|(?:^|[^针相绝反])对(?![照标接于象比外口应]))([^，,。；;]{1,14}?)(?:开展|组织|举办|进行|召开|提供)/g;
/** The named object must be people (对普法骨干…, 面向新任村干部…), not a place or a task (对全镇开展…). */
const PEOPLE_END = /(?:人员|骨干|明白人|代表|成员|对象|群体|干部|人|者|员|户|师|长|生)$/;

/** The people a clause names with 对…开展 / 面向…组织, or null when it names none. */
export function namedObject(clauseBefore: string): string | null {
  let last: string | null = null;
  for (const m of clauseBefore.matchAll(OBJECT_PHRASE)) if (PEOPLE_END.test(m[1]!)) last = m[1]!;
  return last;
}

/** The audience word nearest to `to` in text[0, to) (ending closest to it), or null. */
function nearestBefore(text: string, words: readonly AudienceWord[]): string | null {
  let best: { end: number; audience: string } | null = null;
  for (const { word, audience } of words) {
    const at = text.lastIndexOf(word);
    if (at === -1) continue;
    const end = at + word.length;
    if (!best || end > best.end) best = { end, audience };
  }
  return best ? best.audience : null;
}


interface Occurrence {
  start: number;
  end: number;
  audience: string;
}

/**
 * Where the audience words stand in a text (agents blanked), found once per
 * text so that each figure only looks up its own windows.
 */
export class AudienceIndex {
  private readonly primary: Occurrence[];
  private readonly fallback: Occurrence[];

  constructor(blankedText: string, words: readonly AudienceWord[]) {
    const primary: Occurrence[] = [];
    const fallback: Occurrence[] = [];
    const { starts, byFirst } = firstCharTable(words);
    // One pass over the text; at each place the longest word wins, so 执法人员 is not also read as 人员.
    for (let at = 0; at < blankedText.length; at++) {
      const code = blankedText.charCodeAt(at);
      if (starts[code] === 0) continue;
      for (const w of byFirst.get(code)!) {
        if (!blankedText.startsWith(w.word, at)) continue;
        (w.fallback ? fallback : primary).push({ start: at, end: at + w.word.length, audience: w.audience });
        at += w.word.length - 1;
        break;
      }
    }
    this.primary = primary;
    this.fallback = fallback;
  }

  /** The audience of the word ending nearest to `to` within [from, to), or null. */
  nearestBefore(from: number, to: number, useFallback = false): string | null {
    const list = useFallback ? this.fallback : this.primary;
    let best: Occurrence | null = null;
    for (let i = lastStartingBefore(list, to); i >= 0 && list[i]!.start >= from; i--) {
      const o = list[i]!;
      if (o.end <= to && (!best || o.end > best.end)) best = o;
    }
    return best ? best.audience : null;
  }

  /** The audience of the first word within [from, to), or null. */
  firstAfter(from: number, to: number, useFallback = false): string | null {
    const list = useFallback ? this.fallback : this.primary;
    for (let i = lastStartingBefore(list, from) + 1; i < list.length && list[i]!.start < to; i++) {
      if (list[i]!.end <= to) return list[i]!.audience;
    }
    return null;
  }
}

interface FirstCharTable {
  /** starts[c] = 1 when some word starts with code unit c. */
  starts: Uint8Array;
  /** The words by their first code unit, longest first. */
  byFirst: Map<number, AudienceWord[]>;
}

const tables = new WeakMap<readonly AudienceWord[], FirstCharTable>();

function firstCharTable(words: readonly AudienceWord[]): FirstCharTable {
  let table = tables.get(words);
  if (!table) {
    const starts = new Uint8Array(0x10000);
    const byFirst = new Map<number, AudienceWord[]>();
    for (const w of words) {
      const code = w.word.charCodeAt(0);
      starts[code] = 1;
      const list = byFirst.get(code);
      if (list) list.push(w);
      else byFirst.set(code, [w]);
    }
    table = { starts, byFirst };
    tables.set(words, table);
  }
  return table;
}

/** Index of the last occurrence starting before `pos` (-1 when none). */
function lastStartingBefore(list: readonly Occurrence[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Offsets of the windows around a figure where its audience is looked for. */
export interface FigureSpans {
  paragraphStart: number;
  sentenceStart: number;
  /** The figure's own clause (between commas and stops). */
  clauseStart: number;
  figureStart: number;
  figureEnd: number;
  clauseEnd: number;
  /** The end of the clause after the figure's clause (覆盖群众… after 开展活动22场次), within the sentence. */
  nextClauseEnd: number;
  sentenceEnd: number;
  /** The nearest short heading line above the paragraph ((二)提升干部素养), or ''. */
  headingAbove: string;
  /** The people the figure's clause names with 对…开展 (see namedObject), or null. */
  namedObject: string | null;
  /** True when the sentence opens with those who give the service (法律顾问…开展培训会2次). */
  providerSubject: boolean;
}

/**
 * A sentence whose subject gives legal services (镇、村法律顾问全年…开展专题培训会2次，
 * 参加研讨会1次): its 培训, 学习 are their work, so they do not make the figure a cadre one.
 */
const PROVIDER_SUBJECT = /^[^，,。；;]{0,12}?(?:法律顾问|律师|法官|检察官|司法所|法律服务所|公共法律服务)/;

export function opensWithProvider(sentence: string): boolean {
  return PROVIDER_SUBJECT.test(sentence);
}

/**
 * The figure's audience, decided by the clause that governs it (agents blanked):
 * 1. its own clause: the audience word nearest before the figure, else the first after it;
 *    a clause naming other people (对普法骨干开展…) gives OTHER_AUDIENCE;
 * 2. the earlier clauses of its sentence (the word nearest to it), then the next
 *    clause (覆盖群众… after 开展活动22场次) — not the rest of the sentence, whose
 *    words (…，群众满意度逐年提高) belong to other clauses;
 * 3. the activity words of fallback audience lines (培训, 学法) in the same reach:
 *    the figure's own sentence names the activity, which outweighs an earlier sentence
 *    (not when the sentence opens with those who give the service: 法律顾问…培训会);
 * 4. the paragraph's earlier sentences, the sub-heading above the paragraph;
 * 5. 未写明.
 * `primary` are the audience words that are not fallbacks (for the heading).
 */
export function audienceOf(index: AudienceIndex, spans: FigureSpans, primary: readonly AudienceWord[]): string {
  const own = index.nearestBefore(spans.clauseStart, spans.figureStart) ?? index.firstAfter(spans.figureEnd, spans.clauseEnd);
  if (own !== null) return own;
  if (spans.namedObject !== null) return nearestBefore(spans.namedObject, primary) ?? OTHER_AUDIENCE;
  return (
    index.nearestBefore(spans.sentenceStart, spans.clauseStart) ??
    index.firstAfter(spans.clauseEnd, spans.nextClauseEnd) ??
    (spans.providerSubject ? null : index.nearestBefore(spans.sentenceStart, spans.figureStart, true)) ??
    (spans.providerSubject ? null : index.firstAfter(spans.figureEnd, spans.nextClauseEnd, true)) ??
    index.nearestBefore(spans.paragraphStart, spans.sentenceStart) ??
    nearestBefore(spans.headingAbove, primary) ??
    UNNAMED_AUDIENCE
  );
}

/** The start of the line holding `pos`. */
export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** The nearest short heading line above the line starting at `start`: (二)提升干部素养. */
export function headingAbove(text: string, start: number): string {
  let end = start - 1;
  for (let looked = 0; end > 0 && looked < 4; looked++) {
    const from = lineStart(text, end);
    const line = text.slice(from, end).trim();
    if (line !== '' && line.length <= 40 && !line.includes('。') && (isSubHeading(line) || !/[，,]/.test(line))) return line;
    if (line !== '') return '';
    end = from - 1;
  }
  return '';
}
