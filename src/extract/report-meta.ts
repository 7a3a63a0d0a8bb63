// What a report says about itself: its year, from the title (2024年法治政府建设情况报告,
// 二〇二四年度…工作总结, 关于报送2024年度…的报告, 2021年里田乡法治政府建设工作总结).

import { parseChineseNumber } from '../data/numerals';
import { foldForMatching } from './normalize';

/** How far into the text the title is looked for: web pages put menus, index numbers and dates first. */
const TITLE_ZONE = 1500;
/** A year: 2024年, 2024 年度, 二〇二四年; not the first year of a range (2021—2025年) nor a date (2023年05月11日). */
const YEAR = /((?:19|20)\d\d|[二][〇零○][一二三四五六七八九〇零○][〇零○一二三四五六七八九])\s*年(?!\s*\d{1,2}\s*月)/g;
const RANGE_BEFORE = /[-—–~～至到]\s*$/;
const RANGE_AFTER = /^\s*[-—–~～至到]/;
/** Words of a report's title. */
const TITLE_WORDS = /报告|总结|工作情况|建设情况/;
const DIGIT: Readonly<Record<string, string>> = { 〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

function yearValue(raw: string): number | null {
  if (/^\d{4}$/.test(raw)) return Number(raw);
  const digits = [...raw].map((c) => DIGIT[c] ?? '').join('');
  if (digits.length === 4) return Number(digits);
  return parseChineseNumber(raw);
}

/** The years of a line that are not part of a range or a date, in order. */
function yearsIn(line: string): number[] {
  const out: number[] = [];
  for (const m of line.matchAll(YEAR)) {
    const end = m.index + m[1]!.length;
    if (RANGE_BEFORE.test(line.slice(0, m.index)) || RANGE_AFTER.test(line.slice(end))) continue;
    const value = yearValue(m[1]!);
    if (value !== null && value >= 1990 && value <= 2100) out.push(value);
  }
  return out;
}

/**
 * The report year: the year of the first title-like line (报告, 总结, 工作情况 …)
 * that names one, else the first year near the top that is not a date or a range.
 * A 发布时间 2025-03-21 or 日期:2023年05月11日 is never taken for it. Null when none.
 */
export function inferReportYear(text: string): number | null {
  const head = foldForMatching(text.slice(0, TITLE_ZONE));
  const lines = head.split('\n');
  for (const line of lines) {
    // A title is short; a long line (a whole page on one line) is looked at only where it starts.
    const title = line.slice(0, 150);
    if (!TITLE_WORDS.test(title)) continue;
    const years = yearsIn(title);
    if (years.length > 0) return years[0]!;
  }
  for (const line of lines) {
    const years = yearsIn(line);
    if (years.length > 0) return years[0]!;
  }
  return null;
}
