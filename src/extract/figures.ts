// Stage 1 of extraction: every figure a (folded) text states — a number with
// a unit (25余次, 2153余人, 94%以上, 两万余人次, 4万余人次, 200余万元, 三场,
// "12 场次", 10-20人) or a 万-number without one (1.2万) — with its bound.
//
// What is *not* a figure is decided here, once for all rules: years (2024年)
// and dates (3月, 6.26, 3·15, 2025-03-21) have no unit; section numbers (一是,
// （一）, (2)) neither; ordinals (第三次, 十届六次全会), numbers inside law
// names (《…十条…》) and inside short quoted names (“一村一法律顾问”, “八五”),
// slogans (一村一…), and words that start with a unit character (一次性, 人民,
// 条例, 一起) are skipped.

import type { Bound } from '../data/types';
import { parseChineseNumber } from '../data/numerals';
import type { FoundFigure } from './types';
import { unitAt, unitStartsAWord } from './units';

const ARABIC = /\d+(?:,\d{3})*(?:\.\d+)?/y;
const CHINESE = /[零〇一二两三四五六七八九十百千万亿]+/y;
/** A Chinese number starts with a digit or 十; 百人, 千方百计, 万一 do not count. */
const CHINESE_START = '零〇一二两三四五六七八九十';
const RANGE_CONNECTOR = /\s*(?:-|~|～|—|–|至|到)\s*/y;
const SPACES = /[ \t]*/y;

const PREFIX_BOUNDS: ReadonlyArray<{ word: string; bound: Bound; notAfter?: string }> = [
  { word: '不少于', bound: 'at_least' },
  { word: '不低于', bound: 'at_least' },
  { word: '超过', bound: 'at_least' },
  { word: '多达', bound: 'at_least' },
  { word: '逾', bound: 'at_least' },
  { word: '大约', bound: 'approx' },
  // 村规民约, 公约, 节约, 签约 … end in 约 without meaning "about".
  { word: '约', bound: 'approx', notAfter: '民公契条制节签履预邀合守誓特简违规相践赴失' },
  { word: '将近', bound: 'approx' },
  { word: '接近', bound: 'approx' },
  // 最近三次 and 附近 are not "nearly".
  { word: '近', bound: 'approx', notAfter: '最附临就' },
];
const SUFFIX_BOUNDS: ReadonlyArray<{ word: string; bound: Bound }> = [
  { word: '以上', bound: 'at_least' },
  { word: '有余', bound: 'at_least' },
  { word: '之多', bound: 'at_least' },
  { word: '余', bound: 'at_least' },
  { word: '多', bound: 'at_least' },
  { word: '左右', bound: 'approx' },
];

/** Characters that make 一 part of a word: 统一, 唯一, 第一, 进一步, 之一, 周一, 初一 … */
const WORD_BEFORE_ONE = '统唯同第万逐之每上下进专单划如合归初周期拜';
/** An ordinal or a rate, not a count: 第三次, 十届六次全会, 每一次. */
const ORDINAL_BEFORE = '第届每';
/** Plenary sessions are numbered with 次: 十届六次、七次全会. */
const SESSION_AFTER = /^[^，,。；;]{0,6}?(?:全会|全体会议|代表大会)/;

/** `set.includes(ch)`, but false for the '' that charAt returns outside the text. */
function charIn(set: string, ch: string): boolean {
  return ch !== '' && set.includes(ch);
}

interface NumberToken {
  start: number;
  end: number;
  value: number;
  chinese: boolean;
}

/** 万余人, 千余份, 百余场: a bare 万/千/百 with 余 or 多 is a figure (at least 10000/1000/100). */
const BARE_MAGNITUDE: Readonly<Record<string, number>> = { 百: 100, 千: 1000, 万: 10_000 };
const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿0123456789';

function readNumber(text: string, pos: number): NumberToken | null {
  const c = text.charAt(pos);
  const magnitude = BARE_MAGNITUDE[c];
  if (magnitude !== undefined) {
    const next = text.charAt(pos + 1);
    if ((next !== '余' && next !== '多') || charIn(NUMERAL_CHARS, text.charAt(pos - 1))) return null;
    return { start: pos, end: pos + 1, value: magnitude, chinese: true };
  }
  if (c >= '0' && c <= '9') {
    ARABIC.lastIndex = pos;
    const m = ARABIC.exec(text);
    if (!m) return null;
    const value = Number(m[0].replace(/,/g, ''));
    return { start: pos, end: pos + m[0].length, value, chinese: false };
  }
  if (!charIn(CHINESE_START, c)) return null;
  CHINESE.lastIndex = pos;
  const m = CHINESE.exec(text);
  if (!m) return null;
  const value = parseChineseNumber(m[0]);
  if (value === null) return null;
  return { start: pos, end: pos + m[0].length, value, chinese: true };
}

/** Spans the reader should not take figures from: 《law names》 and short “quoted names”. */
function protectedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const mark = (from: number, to: number) => mask.fill(1, from, to);
  const pairs: ReadonlyArray<[string, string, number]> = [
    ['《', '》', 80],
    ['“', '”', 12],
    ['「', '」', 12],
    ['"', '"', 12],
  ];
  for (const [open, close, maxLength] of pairs) {
    let from = text.indexOf(open);
    while (from !== -1) {
      const to = text.indexOf(close, from + 1);
      if (to === -1) break;
      if (to - from - 1 <= maxLength && !text.slice(from, to).includes('\n')) mark(from, to + 1);
      from = text.indexOf(open, open === close ? to + 1 : from + 1);
    }
  }
  return mask;
}

/** 约 / 超过 / 近 … right before the number, with where the word starts. */
function prefixBound(text: string, start: number): { bound: Bound; start: number } | null {
  let end = start;
  while (end > 0 && text.charAt(end - 1) === ' ') end--;
  for (const { word, bound, notAfter } of PREFIX_BOUNDS) {
    const at = end - word.length;
    if (at < 0 || !text.startsWith(word, at)) continue;
    if (notAfter && charIn(notAfter, text.charAt(at - 1))) continue;
    return { bound, start: at };
  }
  return null;
}

function skipSpaces(text: string, pos: number): number {
  SPACES.lastIndex = pos;
  SPACES.exec(text);
  return SPACES.lastIndex;
}

const CJK = /[\u4e00-\u9fff]/;

function suffixBoundAt(text: string, pos: number): { bound: Bound; end: number } | null {
  for (const { word, bound } of SUFFIX_BOUNDS) {
    if (!text.startsWith(word, pos)) continue;
    // 3次多形式 is not "more than 3": a single-character 余/多 after the unit
    // counts only when the phrase ends there (25人余。).
    if (word.length === 1 && CJK.test(text.charAt(pos + 1))) continue;
    return { bound, end: pos + word.length };
  }
  return null;
}

/** A number glued to a date or time: the 21 of 2025-03-21, the 15 of 3·15, 10:30. */
function continuesADate(text: string, start: number): boolean {
  return charIn('-./·:：', text.charAt(start - 1)) && /\d/.test(text.charAt(start - 2));
}

function isSlogan(text: string, number: NumberToken, unitEnd: number): boolean {
  // 一村一法律顾问, 一人一档, 一件事一次办: 一 + unit + 一, or the second 一 of such a pair.
  if (!number.chinese || text.charAt(number.start) !== '一' || number.end - number.start !== 1) return false;
  return text.charAt(unitEnd) === '一' || text.slice(Math.max(0, number.start - 3), number.start).includes('一');
}

function isWordWithOne(text: string, number: NumberToken, unit: string): boolean {
  if (!number.chinese || number.end - number.start !== 1 || text.charAt(number.start) !== '一') return false;
  // 一起 is "together" far more often than "one case"; 一个, 一项, 一支, 一家 are words far more often than counts.
  return charIn('起个项支家', unit) || charIn(WORD_BEFORE_ONE, text.charAt(number.start - 1));
}

/** The figure starting at `pos`, or null with the position to continue from. */
function readFigure(text: string, pos: number, mask: Uint8Array): { figure: FoundFigure | null; next: number } {
  const percentWords = text.startsWith('百分之', pos);
  const first = readNumber(text, percentWords ? pos + 3 : pos);
  if (!first) return { figure: null, next: pos + 1 };
  const fail = { figure: null, next: first.end };
  // The 21 of 2025-03-21, or the 3 in the middle of a Latin word (G318, LED3).
  if (continuesADate(text, first.start) || /[A-Za-z]/.test(text.charAt(first.start - 1))) return fail;
  if (!first.chinese && /^[·:：/]\d/.test(text.slice(first.end, first.end + 2))) {
    return { figure: null, next: first.end + 1 };
  }

  let cursor = first.end;
  let rangeHigh: NumberToken | null = null;
  RANGE_CONNECTOR.lastIndex = cursor;
  if (!percentWords && RANGE_CONNECTOR.exec(text)) {
    const second = readNumber(text, RANGE_CONNECTOR.lastIndex);
    if (second && second.chinese === first.chinese) {
      rangeHigh = second;
      cursor = second.end;
    }
  }

  let value = first.value;
  let bound: Bound = 'exact';
  let explicitUnit = percentWords ? '%' : null;
  let multiplied = false;
  cursor = skipSpaces(text, cursor);

  // 4万 / 1.2万 / 3亿 / 3千 after arabic digits; 万元 stays a unit (200余万元, 4万元).
  // A Chinese run already holds its 万 (两万); 三万元 gives it back to the unit.
  // 3千余份 too; 千米, 千克, 千瓦 are units of their own.
  const multiplierChar = text.charAt(cursor);
  const thousand = multiplierChar === '千' && !charIn('米克瓦', text.charAt(cursor + 1));
  if (!first.chinese && (multiplierChar === '万' || multiplierChar === '亿' || thousand) && text.charAt(cursor + 1) !== '元') {
    const factor = multiplierChar === '万' ? 10_000 : multiplierChar === '千' ? 1000 : 100_000_000;
    value = Number((value * factor).toPrecision(15));
    multiplied = true;
    cursor++;
  } else if (first.chinese && text.charAt(first.end - 1) === '万' && text.charAt(cursor) === '元' && rangeHigh === null) {
    const base = parseChineseNumber(text.slice(first.start, first.end - 1));
    if (base === null) return fail;
    value = base;
    explicitUnit = '万元';
    cursor++;
  } else if (first.chinese && /[万亿]$/.test(text.slice(first.start, (rangeHigh ?? first).end))) {
    multiplied = true;
  }

  // 25余次, 30多场, 200余万元, 800 余人次
  if (text.charAt(cursor) === '余' || text.charAt(cursor) === '多') {
    bound = 'at_least';
    cursor = skipSpaces(text, cursor + 1);
  }

  let unit = explicitUnit;
  if (unit === null) {
    unit = unitAt(text, cursor);
    if (unit !== null) cursor += unit.length;
  }
  if (unit === null && !multiplied) return fail;
  if (unit !== null && unit !== '%' && unitStartsAWord(text, unit, cursor)) return fail;

  const suffix = suffixBoundAt(text, skipSpaces(text, cursor));
  if (suffix) {
    bound = suffix.bound === 'approx' ? 'approx' : bound === 'exact' ? suffix.bound : bound;
    cursor = suffix.end;
  }
  const numberStart = percentWords ? pos : first.start;
  const before = prefixBound(text, numberStart);
  if (before?.bound === 'approx') bound = 'approx';
  else if (before?.bound === 'at_least' && bound === 'exact') bound = 'at_least';
  // The figure includes its bound word, so 约300人 is highlighted and quoted whole.
  const start = before?.start ?? numberStart;

  // Ordinals, sessions, slogans, names: read past them.
  if (charIn(ORDINAL_BEFORE, text.charAt(numberStart - 1))) return fail;
  if (unit === '次' && SESSION_AFTER.test(text.slice(cursor, cursor + 12))) return fail;
  if (unit !== null && (isSlogan(text, first, cursor) || isWordWithOne(text, first, unit))) return fail;
  if (mask[numberStart] === 1) return { figure: null, next: cursor };

  const notes: string[] = [];
  if (rangeHigh !== null) {
    // A range is kept as its lower bound: sums stay true lower bounds (see EXTRACTION-RULES.md).
    notes.push(`原文为范围 ${text.slice(numberStart, cursor).trim()}，取下限 ${value}`);
    if (bound === 'exact') bound = 'at_least';
  }
  if (unit === null) notes.push('原文未写单位');
  const figure: FoundFigure = { start, end: cursor, value, unit: unit ?? '', bound, note: notes.join('；') };
  return { figure, next: cursor };
}

/** MAY_START[c] is 1 for the code units a figure can start with: digits, Chinese numerals, 百 (of 百分之). */
const MAY_START = new Uint8Array(0x10000);
for (const c of `0123456789${CHINESE_START}百千万`) MAY_START[c.charCodeAt(0)] = 1;

/** Every figure of a folded text (see foldForMatching), in reading order. */
export function findFigures(text: string): FoundFigure[] {
  const mask = protectedMask(text);
  const figures: FoundFigure[] = [];
  let pos = 0;
  while (pos < text.length) {
    if (MAY_START[text.charCodeAt(pos)] === 0) {
      pos++;
      continue;
    }
    const { figure, next } = readFigure(text, pos, mask);
    if (figure) figures.push(figure);
    pos = Math.max(next, pos + 1);
  }
  return figures;
}
