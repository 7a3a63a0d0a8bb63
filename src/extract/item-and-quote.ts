// The item (the report's own name for a part: 集中宣讲法律法规, 受教群众,
// 宣传资料 …) and the quote (the shortest verbatim fragment stating the
// figure) of a classified figure.
//
// Both come from the figure's clause. The words in front of the number name
// it once the filler is peeled off (section markers 一是/（一）, time phrases
// 今年以来/全年/2024年, subjects 我乡/全乡, adverbs 共/累计, light verbs
// 开展/组织/发放, and 达/共/实现/提升至 right before the number). When the
// name follows the number (参加2次学法用法考试, 21个村“一村一法律顾问”,
// 召开两次…推进会) it is taken from behind, up to the rule's anchor word.

const LEADING_FILLER = new RegExp(
  '^(?:' +
    [
      '[\\s，,、：:；;]+',
      '[（(][^）)]{1,3}[）)]',
      '[一二三四五六七八九十]+是',
      '[一二三四五六七八九十]+、',
      '\\d+[、.．]',
      '(?:19|20)\\d\\d年度?(?:以来|内)?',
      '今年以来|今年来|一年来|今年|全年|本年度|年度内|年内|截至目前|目前|同时|此外|另外|其中|另|并|还',
      '通过|结合|围绕|依托|积极|深入|扎实|持续|定期|广泛|认真|大力|常态化|及时',
      '我乡|我镇|全乡|全镇|本乡|本镇|该乡|该镇|我们',
      '共计|累计|总计|合计|共|先后|已经|已',
      '组织开展了?|开展了?|组织了?|举办了?|召开了?|进行了?|完成了?|发放了?|印发了?|利用',
    ].join('|') +
    ')',
);
const TRAILING_FILLER = /(?:[\s，,、：:]+|共计|累计|总计|合计|达到了?|提升至|提高到|提高至|实现了?|共|达|约|近|超过|(?<!行)为|计|了|至|有|的)$/;

/** Longer than this, an item is cut down to the words nearest its anchor or figure. */
const MAX_ITEM = 14;
/** Longer than this, a quote starts after the last list comma (、) before the figure. */
const MAX_QUOTE = 24;
/** A cut-down name keeps at least this many characters (活动 alone names nothing). */
const MIN_CUT_ITEM = 4;

interface Span {
  start: number;
  end: number;
}

function peel(folded: string, span: Span): Span {
  let { start, end } = span;
  for (;;) {
    const m = LEADING_FILLER.exec(folded.slice(start, end));
    if (!m || m[0].length === 0) break;
    start += m[0].length;
  }
  for (;;) {
    const m = TRAILING_FILLER.exec(folded.slice(start, end));
    if (!m || m[0].length === 0) break;
    end -= m[0].length;
  }
  return { start, end: Math.max(start, end) };
}

/**
 * A long name is cut down to the words that name the part:
 * - the head up to an anchor standing at its very start (集中学习了…重要内容 → 集中学习);
 * - else from the anchor on, when that is a name of its own (…镇长先后主持召开…推进会 → 主持召开…推进会);
 * - else the tail after the last 等, 、 or 》 (《…》等法律知识宣传单 → 法律知识宣传单);
 * - else the whole, unless it is very long.
 */
function shorten(folded: string, span: Span, anchor: Span | null): Span {
  const length = span.end - span.start;
  if (length <= MAX_ITEM) return span;
  if (anchor && anchor.start >= span.start && anchor.end <= span.end) {
    if (anchor.start - span.start <= 2 && anchor.end - span.start >= 2) return { start: span.start, end: anchor.end };
    const fromAnchor = span.end - anchor.start;
    if (fromAnchor >= MIN_CUT_ITEM && fromAnchor <= MAX_ITEM + 2) return { start: anchor.start, end: span.end };
  }
  const text = folded.slice(span.start, span.end);
  const cut = Math.max(text.lastIndexOf('等'), text.lastIndexOf('、'), text.lastIndexOf('》'));
  if (cut !== -1 && text.length - cut - 1 >= MIN_CUT_ITEM) return peel(folded, { start: span.start + cut + 1, end: span.end });
  return length <= MAX_QUOTE ? span : { start: span.end - MAX_ITEM, end: span.end };
}

/** Extends a span that opens a quotation mark to its closing mark (“一村一法律顾问”). */
function closeQuote(folded: string, span: Span, limit: number): Span {
  const text = folded.slice(span.start, span.end);
  const open = text.lastIndexOf('“');
  if (open === -1 || text.indexOf('”', open) !== -1) return span;
  const close = folded.indexOf('”', span.end);
  return close !== -1 && close < limit ? { start: span.start, end: close + 1 } : span;
}

function unquote(item: string): string {
  return /^“[^“”]*”$/.test(item) ? item.slice(1, -1) : item;
}

/** Words that name what was covered, not the part itself: …等法律法规组织专题学习, …等形式开展…. */
const GENERIC_HEAD = /^(?:法律法规|法律知识|法规|内容|形式|方式|载体|节点)/;
/** A covered-subject tail worth keeping after the list's head: 组织学习…等法律法规 → 学习法律法规. */
const SUBJECT_TAIL = /^(?:法律法规|法律知识|法规)$/;
/** A tail that adds nothing: …等重要内容, …等精神. */
const EMPTY_TAIL = /^(?:重要|相关|有关|会议)?(?:内容|精神|知识|文件)?$/;
/** A tail naming the kind of part: …等活动 stays …等活动. */
const KIND_TAIL = /^(?:活动|工作|形式|方式)$/;
/** Who held an activity, or how often, is not its name: 镇村干部开展…, 平均每月开展…. */
const HOLDER_BEFORE_VERB = /^(?:[^“”、]*?(?:干部|职工|人员|专家|律师|我乡|我镇|本乡|本镇)|[^“”、]*?每[月周年]|)(?:开展|举办|组织)(?=.{4})/;
const VERB = /(?:开展|举办|组织)(?=.{4})/;

function peelString(name: string): string {
  let out = name;
  for (;;) {
    const m = LEADING_FILLER.exec(out);
    if (!m || m[0].length === 0) break;
    out = out.slice(m[0].length);
  }
  for (;;) {
    const m = TRAILING_FILLER.exec(out);
    if (!m || m[0].length === 0) break;
    out = out.slice(0, out.length - m[0].length);
  }
  return out;
}

/** The name after the list's 等, or the list itself, per the kind of tail. */
function nameAroundList(text: string): string {
  const cut = text.lastIndexOf('等');
  if (cut === -1) return text;
  const head = text.slice(0, cut).replace(/[、，,]+$/, '');
  const tail = peelString(text.slice(cut + 1));
  const generic = GENERIC_HEAD.exec(tail);
  if (head === '') return tail;
  if (SUBJECT_TAIL.test(tail)) return `${head}${tail}`;
  if (generic && tail.length > generic[0].length) return tail.slice(generic[0].length);
  if (KIND_TAIL.test(tail)) return `${head}等${tail}`;
  if (EMPTY_TAIL.test(tail)) return head;
  return tail;
}

/**
 * The report's own short name from the words before a figure: law titles
 * dropped (组织学习《民法典》等法律法规 → 学习法律法规), the name after a list's
 * 等 kept (…等法律法规组织专题学习 → 专题学习), who held it dropped
 * (镇村干部开展“法治能力提升专项培训” → 法治能力提升专项培训).
 */
export function tidyItem(item: string): string {
  let name = peelString(nameAroundList(item.replace(/《[^》]*》[、，,]?/g, '')));
  const holder = HOLDER_BEFORE_VERB.exec(name);
  if (holder) name = peelString(name.slice(holder[0].length));
  else if (VERB.test(name) && !name.includes('、')) name = peelString(name.replace(VERB, ''));
  name = name.replace(/^“([^“”]*)”$/, '$1');
  return name.length >= 2 ? name : item;
}

export interface ItemAndQuote {
  item: string;
  quoteStart: number;
  quoteEnd: number;
}

export interface FigureWindow {
  figureStart: number;
  figureEnd: number;
  /** The figure's clause, cut at its neighbouring figures. */
  nearStart: number;
  nearEnd: number;
  /** Where the deciding rule's anchor word stands. */
  anchorStart: number;
  anchorEnd: number;
}

export function itemAndQuote(original: string, folded: string, w: FigureWindow): ItemAndQuote {
  const anchorBefore = w.anchorEnd <= w.figureStart;
  const before = peel(folded, { start: w.nearStart, end: w.figureStart });

  if (anchorBefore && before.end > before.start) {
    const item = shorten(folded, before, { start: w.anchorStart, end: w.anchorEnd });
    // A tail cut (法律知识宣传单) starts the quote with the item; a head cut
    // (集中学习) keeps the words up to the number, shortened at a list comma.
    let quoteStart = item.end === before.end ? item.start : before.start;
    if (w.figureEnd - quoteStart > MAX_QUOTE) {
      const comma = folded.lastIndexOf('、', w.figureStart);
      if (comma >= quoteStart && w.figureStart - comma > 4) quoteStart = comma + 1;
    }
    // The whole clause, tidied (law titles out, the name after 等), when that is short enough;
    // else the cut-down span.
    const whole = tidyItem(original.slice(before.start, before.end));
    const name = whole.length <= MAX_ITEM + 4 ? whole : tidyItem(unquote(original.slice(item.start, item.end)));
    return { item: name, quoteStart, quoteEnd: w.figureEnd };
  }

  // The name follows the number (30余场次的法律宣讲活动, 21个村“一村一法律顾问”的聘用工作):
  // the rest of the clause, cut at the first 的 after the anchor.
  let after = peel(folded, { start: w.figureEnd, end: w.nearEnd });
  after = { start: after.start + (folded.charAt(after.start) === '的' ? 1 : 0), end: after.end };
  if (w.anchorStart >= after.start) {
    const of = folded.indexOf('的', w.anchorEnd);
    if (of !== -1 && of < after.end) after = { start: after.start, end: of };
  }
  after = closeQuote(folded, after, w.nearEnd);
  after = shorten(folded, after, null);
  const quoteEnd = Math.max(w.figureEnd, after.end);
  return { item: unquote(original.slice(after.start, after.end)), quoteStart: w.figureStart, quoteEnd };
}
