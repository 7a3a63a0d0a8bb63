// Numbers as Chinese reports write them: 2153, 1.2万, 4万, 两万, 十二, 二十一,
// 一百, 94%, " 800 余". Used to confirm that a figure's value appears in its
// quote (check-data) and by the extraction stage to draft figures from a text.

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };

const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Full-width digits and decimal point (０-９, ．) as reports pasted from Word sometimes have. */
function toHalfWidth(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * Parses a Chinese-numeral string without arabic digits: 三, 两, 十二, 二十一, 一百,
 * 一千零五, 三万五千, 两万, 一万二 (12000), 二〇二四. Returns null when the string
 * is not a number.
 */
function parseChineseNumerals(s: string): number | null {
  const chars = [...s];
  if (chars.length === 0 || chars.some((c) => !CHINESE_NUMERAL_CHARS.includes(c))) return null;
  if (!chars.some((c) => c in SMALL_UNITS || c in LARGE_UNITS)) {
    // A lone digit (两 → 2), or digit by digit as years are written (二〇二四 → 2024).
    // 三四 without 〇 means "three or four", not 34.
    if (chars.length > 1 && !chars.includes('〇')) return null;
    return Number(chars.map((c) => DIGITS[c]).join(''));
  }
  let yi = 0; // the part before 亿, times 亿
  let wan = 0; // the part before 万, times 万
  let section = 0; // below 万
  let digit: number | null = null; // a digit waiting for its unit
  let unitBeforeDigit: number | null = null; // 一万二: the unit right before a trailing digit
  let previousUnit: number | null = null;
  for (const c of chars) {
    const d = DIGITS[c];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null; // 三四 inside a number with units
      digit = d;
      unitBeforeDigit = previousUnit;
      previousUnit = null;
      continue;
    }
    const small = SMALL_UNITS[c];
    if (small !== undefined) {
      if (digit === null && section !== 0) return null; // 十百
      // 十二: a unit with no digit before it means one of it (only natural for 十).
      section += (digit ?? 1) * small;
      digit = null;
      previousUnit = small;
      continue;
    }
    const large = LARGE_UNITS[c]!;
    const below = section + (digit ?? 0);
    if (large === 10_000) {
      if (wan !== 0 || below === 0) return null; // 万万, or 万 alone
      wan = below * large;
    } else {
      if (yi !== 0 || below + wan === 0) return null;
      yi = (wan + below) * large;
      wan = 0;
    }
    section = 0;
    digit = null;
    previousUnit = large;
  }
  // 一万二 is 12000 and 三百五 is 350: a trailing digit counts in the next lower unit.
  const trailing = digit === null ? 0 : unitBeforeDigit !== null && unitBeforeDigit > 10 ? digit * (unitBeforeDigit / 10) : digit;
  return yi + wan + section + trailing;
}

/**
 * One number a text states. `value` applies a 万/亿/千 written right after
 * the number (1.2万 → 12000); `base` is the number without it (1.2), because
 * a figure may keep 万 in its unit (value 4, unit 万元).
 */
export interface NumberMention {
  value: number;
  base: number;
  multiplier: number;
  /** True for 94% and 百分之九十四. The value stays 94, not 0.94. */
  percent: boolean;
  /** Offsets of the mention in the text: text.slice(start, end) is what was read. */
  start: number;
  end: number;
}

/**
 * Parses a whole string as one number: '2153', '2,153', '0.5', '1.2万', '4万',
 * '两万', '三', '两', '十二', '二十一', '一百', '94%'. Surrounding whitespace is
 * ignored. Anything else ('两次', '200余', 'abc', '') gives null.
 */
export function parseChineseNumber(s: string): number | null {
  const text = toHalfWidth(s.trim()).replace(/[%％]$/, '');
  if (text === '') return null;
  const arabic = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*([千万亿])?$/.exec(text);
  if (arabic) {
    const base = Number(`${arabic[1]!.replace(/,/g, '')}${arabic[2] ? `.${arabic[2]}` : ''}`);
    return applyMultiplier(base, arabic[3]);
  }
  return parseChineseNumerals(text);
}

function multiplierOf(unit: string | undefined): number {
  if (unit === '千') return 1000;
  if (unit === '万') return 10_000;
  if (unit === '亿') return 100_000_000;
  return 1;
}

function applyMultiplier(base: number, unit: string | undefined): number {
  // Round away binary noise: 1.2 * 10000 is 12000.000000000002 in floating point.
  const value = base * multiplierOf(unit);
  return Number(value.toPrecision(15));
}

// An arabic number, with optional thousands separators, decimals, a 千/万/亿
// right after it, and a percent sign after optional spaces.
const ARABIC_MENTION = /(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(\d+))?(\s*[千万亿])?(\s*[%％])?/g;
const CHINESE_MENTION = /(百分之)?([零〇一二两三四五六七八九十百千万亿]+)/g;

/**
 * Every number a text states, in reading order: arabic (2153, 1,200, 0.5),
 * with 千/万/亿 written right after (1.2万 → 12000), Chinese numerals (两万 →
 * 20000, 十二 → 12, 两次 → 2) and percentages as their number (94%以上 → 94,
 * 百分之九十四 → 94).
 *
 * Deliberately generous: it is used to confirm that a known value is present,
 * so it also reads the 一 of 一是 and the 2024 of 2024年.
 *
 * 余/多 between a number and 万 leaves 万 to the unit: 200余万元 gives 200 (the
 * figure is 200 with unit 万元), while 4万元 gives 40000 with base 4.
 */
export function findNumbers(text: string): NumberMention[] {
  const normalised = toHalfWidth(text);
  const mentions: NumberMention[] = [];
  for (const m of normalised.matchAll(ARABIC_MENTION)) {
    const base = Number(`${m[1]!.replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
    const unit = m[3]?.trim();
    mentions.push({
      value: applyMultiplier(base, unit),
      base,
      multiplier: multiplierOf(unit),
      percent: m[4] !== undefined,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  for (const m of normalised.matchAll(CHINESE_MENTION)) {
    const numerals = m[2]!;
    const value = parseChineseNumerals(numerals) ?? parseLeadingNumerals(numerals);
    if (value === null) continue;
    mentions.push({
      value,
      base: value,
      multiplier: 1,
      percent: m[1] !== undefined,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Runs like 万一 or 千万 do not parse as a whole; read the longest numeric prefix. */
function parseLeadingNumerals(run: string): number | null {
  for (let end = run.length - 1; end > 0; end--) {
    const value = parseChineseNumerals(run.slice(0, end));
    if (value !== null) return value;
  }
  return null;
}

/** The values of findNumbers(text): every number the text states. */
export function numbersInText(text: string): number[] {
  return findNumbers(text).map((m) => m.value);
}

/** Digits, the decimal point and the thousands comma, half- and full-width: what a number is written with. */
function isNumberCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 46 || code === 44 || (code >= 0xff10 && code <= 0xff19) || code === 0xff0e;
}

/**
 * True when the value is written in the text as JavaScript writes it ("25",
 * "0.5") with no digit, point or comma either side: a mention that
 * textStatesNumber reads as this very number. Most quotes say their value so:
 * every figure of a province's metrics.csv (250,000 rows) is checked here
 * first (quotes.ts linesNotStatingValue, in the data worker; issue 19), and
 * the regular expressions are only run on the rest.
 */
export function writesNumberPlainly(text: string, value: number): boolean {
  const written = String(value);
  if (!/^\d+(\.\d+)?$/.test(written)) return false;
  for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
    if ((at === 0 || !isNumberCharacter(text.charCodeAt(at - 1))) && !isNumberCharacter(text.charCodeAt(at + written.length))) return true;
  }
  return false;
}

/**
 * True when the text states this value, with or without its 万 multiplier
 * (a value of 4 with unit 万元 and a value of 40000 both match 4万元).
 */
export function textStatesNumber(text: string, value: number): boolean {
  // The same mentions as findNumbers, tested as they are found.
  const normalised = toHalfWidth(text);
  for (const m of normalised.matchAll(ARABIC_MENTION)) {
    const base = Number(`${m[1]!.replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
    if (sameNumber(base, value) || sameNumber(applyMultiplier(base, m[3]?.trim()), value)) return true;
  }
  for (const m of normalised.matchAll(CHINESE_MENTION)) {
    const numerals = m[2]!;
    const parsed = parseChineseNumerals(numerals) ?? parseLeadingNumerals(numerals);
    if (parsed !== null && sameNumber(parsed, value)) return true;
  }
  return false;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
