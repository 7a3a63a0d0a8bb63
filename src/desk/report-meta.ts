// What a report says about itself, read from its first lines so the clerk
// only checks it: the year (src/extract's inferReportYear), the title as the
// report writes it (joined when the web page broke it over two lines:
// "西宁市湟中区海子沟乡" / "2024年法治政府建设情况报告"), the publication date
// ("发布时间: 2025-03-21" or "2025年3月21日" near the top), and which known
// township it names. Every guess can be corrected on the page.

import { inferReportYear } from '../extract';

/** How far into the text the title and date are looked for: web pages put menus first. */
const HEAD_LINES = 15;
/** A title line is short and is not a sentence. */
const TITLE_MAX = 60;
const SENTENCE_MARKS = /[，。；：,;:!?！？]/;
const PLACE_ENDING = /(省|自治区|市|州|盟|县|区|旗|乡|镇|街道|苏木)$/;
const YEAR = /(19|20)\d\d\s*年/;

/** The first non-empty lines, read line by line: a 5 MB paste is not split whole on every keystroke. */
function headLines(text: string): string[] {
  const lines: string[] = [];
  let from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (lines.length < HEAD_LINES && from < text.length) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end === -1 ? text.length : end).replace(/\s+/g, ' ').trim();
    if (line !== '') lines.push(line);
    from = end === -1 ? text.length : end + 1;
  }
  return lines;
}

const titleLike = (line: string): boolean => line.length <= TITLE_MAX && !SENTENCE_MARKS.test(line);

export interface ReportMeta {
  year: number | null;
  title: string | null;
  /** YYYY-MM-DD or null. */
  published: string | null;
}

/**
 * The title: the first short line near the top that ends in 报告, with the
 * line before it when that line is the first half of the title (it names a
 * place, or the title line has no year and it has one).
 */
export function inferReportTitle(text: string): string | null {
  const lines = headLines(text);
  const at = lines.findIndex((line) => titleLike(line) && /报告$/.test(line));
  if (at < 0) return null;
  let title = lines[at]!.replace(/\s/g, '');
  const before = at > 0 ? lines[at - 1]!.replace(/\s/g, '') : '';
  if (before !== '' && titleLike(before) && !/报告/.test(before)) {
    const firstHalfOfTitle = (!YEAR.test(title) && YEAR.test(before)) || (PLACE_ENDING.test(before) && before.length <= 20 && !/政府$/.test(before));
    if (firstHalfOfTitle) title = before + title;
  }
  return title;
}

const pad = (n: string): string => n.padStart(2, '0');

function validDate(y: string, m: string, d: string): string | null {
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day > days ? null : `${y}-${pad(m)}-${pad(d)}`;
}

/** "发布时间: 2025-03-21", "发布日期：2025年3月21日" or "2025/3/21" near the top. */
export function inferPublished(text: string): string | null {
  for (const line of headLines(text)) {
    if (!/发布|日期|时间/.test(line)) continue;
    const m = /((?:19|20)\d\d)\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})/.exec(line);
    if (m) return validDate(m[1]!, m[2]!, m[3]!);
  }
  return null;
}

export function inferReportMeta(text: string): ReportMeta {
  return { year: inferReportYear(text), title: inferReportTitle(text), published: inferPublished(text) };
}

/**
 * The known township the report's first lines name, when exactly one name
 * fits (the longest name wins over one it contains); else null.
 */
export function suggestTownship<T extends { id: string; name: string; county: string }>(text: string, townships: readonly T[]): T | null {
  const head = headLines(text).join('\n');
  const named = townships.filter((t) => t.name !== '' && head.includes(t.name));
  if (named.length === 0) return null;
  // 城关镇 in two counties: the county written before it decides.
  const withCounty = named.filter((t) => t.county !== '' && head.includes(t.county + t.name));
  const pool = withCounty.length > 0 ? withCounty : named;
  const longest = pool.filter((t) => !pool.some((o) => o !== t && o.name.length > t.name.length && o.name.includes(t.name)));
  return longest.length === 1 ? longest[0]! : null;
}

/** A new township as the title names it ("西宁市湟中区海子沟乡2024年…" → 海子沟乡, 湟中区, 西宁市), for a first guess. */
export function guessNewTownship(title: string): { name: string; county: string; prefecture: string } | null {
  // A province first (四川省达州市渠县…) is not the prefecture; a prefecture runs to its 市 (达州市, not 达州),
  // else to 自治州/地区/盟 (甘孜藏族自治州).
  const m =
    /^(?:.{1,8}?(?:省|自治区))?(?:(.{1,8}?(?:市|自治州|地区|盟)))?(?:(.{1,8}?(?:自治县|县|区|旗)))?(.{1,10}?(?:民族乡|乡|镇|街道|苏木))(?:19|20)\d\d/.exec(title);
  if (!m) return null;
  return { name: m[3]!, county: m[2] ?? '', prefecture: m[1] ?? '' };
}
