// What a report says about itself: its year, from the title (2024年法治政府建设情况报告).

import { foldForMatching } from './normalize';

/** How far into the text the title is looked for: web pages put menus and dates first. */
const TITLE_ZONE = 600;
const YEAR = /((?:19|20)\d\d)\s*年/g;

/**
 * The report year: the year of the first line that mentions 报告 and a year
 * (碧土乡2024年法治政府建设情况报告), else the first "YYYY年" near the top.
 * A 发布时间 2025-03-21 is not a "YYYY年" and so never taken for it. Null when none.
 */
export function inferReportYear(text: string): number | null {
  const head = foldForMatching(text.slice(0, TITLE_ZONE));
  for (const line of head.split('\n')) {
    if (!line.includes('报告')) continue;
    const m = new RegExp(YEAR.source).exec(line);
    if (m) return Number(m[1]);
  }
  const first = new RegExp(YEAR.source).exec(head);
  return first ? Number(first[1]) : null;
}
