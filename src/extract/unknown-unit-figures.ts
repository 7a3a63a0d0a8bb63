// Figures whose unit is not in the unit table (units.ts): 20余处, 3块, 8类,
// 15个月, 200平方米. No rule can take them, but a reviewer must see them, so
// they are listed as figures that could not be placed, never dropped.
//
// Arabic numbers are taken whatever word follows them, except where the word
// makes them a year, date, time, document or index number (2024年, 3月, 26号,
// 16:33, 2026-00009, 〔2025〕5号, 11500230008689607X), and except numbers of
// four or more digits before a word that is no measure word: those name a
// hotline, a year or a code (8890诉求, 12345热线, 2022法治…), not a count. Chinese numerals are
// taken only before a measure word of the list below: 一般, 三重一大, 二十届
// are words, not figures.

import { parseChineseNumber } from '../data/numerals';
import type { FoundFigure } from './types';

/** Measure words for Chinese numerals (and the longer words an arabic number may carry). */
const MEASURE_WORDS = ['平方米', '个月', '小时', '公里', '处', '块', '幅', '台', '辆', '所', '类', '批', '天', '亩', '宗', '套', '座', '栋', '棵', '首', '封'];
/** MEASURE_FIRST[c] = 1 when a measure word starts with code unit c. */
const MEASURE_FIRST = new Uint8Array(0x10000);
for (const word of MEASURE_WORDS) MEASURE_FIRST[word.charCodeAt(0)] = 1;
/** After an arabic number these make it a year, date, time, ordinal or code: 2024年, 3月, 5号. */
const NOT_A_FIGURE_AFTER = '年月日号时分秒届版点';
const ARABIC = /\d+(?:\.\d+)?/g;
const CHINESE_NUMERAL = '一二两三四五六七八九十百千';
const CJK = /[\u4e00-\u9fff]/;

/** 6.26国际禁毒日, 3.15消费者权益日, 12.4宪法日: month.day, not a decimal. */
function looksLikeADate(number: string): boolean {
  const m = /^(\d{1,2})\.(\d{1,2})$/.exec(number);
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 12 && Number(m[2]) >= 1 && Number(m[2]) <= 31;
}

/** COVERED[i] = 1 where a known figure stands. */
function coveredMask(length: number, known: readonly FoundFigure[]): Uint8Array {
  const mask = new Uint8Array(length + 1);
  for (const f of known) mask.fill(1, f.start, f.end);
  return mask;
}

function covered(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end && i < mask.length; i++) if (mask[i] === 1) return true;
  return false;
}

/** Inside 《…》 or a short “…” name: 《纲要(2021—2025年)》, “1310”. */
function insideName(text: string, pos: number): boolean {
  const pairs: ReadonlyArray<[string, string, number]> = [
    ['《', '》', 80],
    ['“', '”', 12],
  ];
  return pairs.some(([open, close, max]) => {
    const o = text.lastIndexOf(open, pos);
    if (o === -1) return false;
    const c = text.indexOf(close, o + 1);
    return c !== -1 && c >= pos && c - o - 1 <= max;
  });
}

function measureAt(text: string, pos: number): string | null {
  for (const word of MEASURE_WORDS) if (text.startsWith(word, pos)) return word;
  return null;
}

function unknownFigure(start: number, end: number, value: number, unit: string, bound: FoundFigure['bound']): FoundFigure {
  return { start, end, value, unit, bound, note: `单位“${unit}”不在单位表中，请人工判断` };
}

/** Figures of a folded text that findFigures leaves out because of their unit. `known` are its figures. */
export function findUnknownUnitFigures(text: string, known: readonly FoundFigure[]): FoundFigure[] {
  const found: FoundFigure[] = [];
  const mask = coveredMask(text.length, known);
  for (const m of text.matchAll(ARABIC)) {
    const start = m.index;
    let end = start + m[0].length;
    const before = text.charAt(start - 1);
    const after = text.charAt(end);
    if (/[\dA-Za-z/\-.·:：_〔\[]/.test(before) || /[A-Za-z/\-.·:：_%％]/.test(after)) continue;
    if (before === '第' || before === '每' || looksLikeADate(m[0])) continue;
    let cursor = end;
    while (text.charAt(cursor) === ' ') cursor++;
    let bound: FoundFigure['bound'] = 'exact';
    if ('余多'.includes(text.charAt(cursor)) && text.charAt(cursor) !== '') {
      bound = 'at_least';
      cursor++;
    }
    const next = text.charAt(cursor);
    if (!CJK.test(next) || NOT_A_FIGURE_AFTER.includes(next) || text.charAt(start - 1) === '〔') continue;
    if (covered(mask, start, cursor + 1) || insideName(text, start)) continue;
    const measure = measureAt(text, cursor);
    // A long bare number before a word is a name, year or code, not a count: 8890诉求, 12345热线, 2022法治….
    if (measure === null && bound === 'exact' && m[0].length >= 4 && !m[0].includes('.')) continue;
    const unit = measure ?? next;
    end = cursor + unit.length;
    found.push(unknownFigure(start, end, Number(m[0]), unit, bound));
  }
  // Chinese numerals: look only where a measure word stands, then back over the numerals before it.
  for (let cursor = 1; cursor < text.length; cursor++) {
    if (MEASURE_FIRST[text.charCodeAt(cursor)] === 0 || !CHINESE_NUMERAL.includes(text.charAt(cursor - 1))) continue;
    const unit = measureAt(text, cursor);
    if (unit === null) continue;
    let start = cursor - 1;
    while (start > 0 && CHINESE_NUMERAL.includes(text.charAt(start - 1))) start--;
    const numerals = text.slice(start, cursor);
    const previous = text.charAt(start - 1);
    if ((previous !== '' && '第每'.includes(previous)) || numerals === '一') continue;
    if (covered(mask, start, cursor + 1) || insideName(text, start)) continue;
    const value = parseChineseNumber(numerals);
    if (value === null) continue;
    found.push(unknownFigure(start, cursor + unit.length, value, unit, 'exact'));
  }
  return found.sort((a, b) => a.start - b.start);
}
