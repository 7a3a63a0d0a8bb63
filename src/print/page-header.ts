// What every printed page says at its top: the dashboard's title, which
// townships and years it shows, the latest report date and the build version,
// so a sheet found on a meeting table can be traced to a data state and a build.

import { listNames } from '../model';
import type { Selection } from '../model/types';

export interface PrintHeader {
  /** e.g. 乡镇法治政府建设情况对比 — 普法宣传 */
  title: string;
  /** Townships and years shown, e.g. "甲乡、乙乡 · 2023—2024年". */
  scope: string;
  /**
   * The latest publication date of the reports shown (reportDateText), or null
   * when none gives one: the data carry no date of their own.
   */
  reportDate: string | null;
  /** Build version (package version + commit), e.g. "0.1.0 (a111a6f)". */
  buildVersion: string;
  /** Date printed (YYYY-MM-DD), optional. */
  printedOn?: string;
}

/** "2024年", "2023、2024年", "2021—2024年" (a run of three or more consecutive years). */
export function yearsText(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  const first = sorted[0] as number;
  const last = sorted[sorted.length - 1] as number;
  const consecutive = last - first === sorted.length - 1;
  if (sorted.length >= 3 && consecutive) return `${first}—${last}年`;
  return `${sorted.join('、')}年`;
}

/** "甲乡、乙乡、丙乡 · 2024年"; long selections are cut to "…等30个乡镇". */
export function selectionScopeText(selection: Pick<Selection, 'townships' | 'rows' | 'years'>): string {
  // Only townships with a report in the years shown: one chosen whose report has
  // not arrived is named by the "尚无…报告" line, never as part of the scope (issue 17).
  const withReport = new Set(selection.rows.filter((row) => row.report !== null).map((row) => row.townshipId));
  const names = listNames(selection.townships.filter((township) => withReport.has(township.id)).map((township) => township.name));
  const years = yearsText(selection.years);
  return [names, years].filter((part) => part !== '').join(' · ');
}

/** The latest `published` date of the selected rows' reports, or null when none states one. */
export function latestPublished(selection: Pick<Selection, 'rows'>): string | null {
  const dates = selection.rows.flatMap((row) => (row.report?.published ? [row.report.published] : []));
  dates.sort();
  return dates[dates.length - 1] ?? null;
}

/**
 * "最新报告发布于2025-03-21" when every report of the selection gives its date;
 * when only some do, how many, so that one dated report is not read as the
 * date of all ("5份报告中1份注明发布日期，为2025-03-21"); null without reports.
 */
export function publishedText(selection: Pick<Selection, 'rows'>): string | null {
  const reports = selection.rows.filter((row) => row.report !== null).length;
  if (reports === 0) return null;
  const dated = selection.rows.filter((row) => row.report?.published).length;
  const latest = latestPublished(selection);
  if (latest === null) return '报告未注明发布日期';
  if (dated === reports) return `最新报告发布于${latest}`;
  return `${reports}份报告中${dated}份注明发布日期，${dated === 1 ? '为' : '最新为'}${latest}`;
}

/**
 * The header's date: "2025-03-21" when every report shown gives its date; when
 * only some do, how many ("2025-03-21（5份中1份注明）"), so that one dated
 * report is not read as the date of all; null when none does.
 */
export function reportDateText(selection: Pick<Selection, 'rows'>): string | null {
  const latest = latestPublished(selection);
  if (latest === null) return null;
  const reports = selection.rows.filter((row) => row.report !== null).length;
  const dated = selection.rows.filter((row) => row.report?.published).length;
  return dated === reports ? latest : `${latest}（${reports}份中${dated}份注明）`;
}

/**
 * The two halves of the page header, two lines each (so a portrait page does
 * not wrap them at random): left = title / scope, right = data date / version
 * and print date.
 */
export function headerLines(header: PrintHeader): { left: string; right: string } {
  const version = [`版本：${header.buildVersion}`, ...(header.printedOn ? [`打印：${header.printedOn}`] : [])].join(' · ');
  const left = [header.title, header.scope].filter((part) => part !== '').join('\n');
  return { left, right: `最新报告日期：${header.reportDate ?? '未注明'}\n${version}` };
}
