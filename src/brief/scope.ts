// The scope lines of the brief, the Word cover and the Excel 说明 sheet
// ("甲乡、乙乡 · 2025年"): it names only townships that have a report in
// the years chosen (issue 17). A township chosen whose report has not arrived
// is named once by the "尚无2025年报告" line, never as part of the scope; rows
// that could not be read nor attributed are counted per year beside it.

import type { Dataset } from '../data/types';
import { yearsText } from '../print/page-header';
import type { DashboardModel } from '../model/types';
import { unreadRowCount, unreadRows } from '../model/unread-rows';
import { nameList, rowRef, scopeClaim, type Claim, type ScopeClaim, type UnreadRowsClaim } from './claims/types';
import { renderNoReport, renderScope, renderUnread } from './claims/render';

/** The claim the scope line makes: these townships have a report in these years. */
export function briefScopeClaim(model: Pick<DashboardModel, 'selection'>): ScopeClaim {
  const withReport = model.selection.rows.filter((row) => row.report !== null);
  return scopeClaim(withReport, model.selection.years);
}

/** "甲乡、乙乡 · 2024年"; "2025年" alone when no chosen township has a report. */
export function briefScopeText(model: Pick<DashboardModel, 'selection'>): string {
  return renderScope(briefScopeClaim(model), yearsText(model.selection.years));
}

export type NoReportClaim = Extract<Claim, { kind: 'no_report' }>;

/** "尚无2025年报告：…" as a claim: the rows chosen that have no report (model.noReport). */
export function briefNoReportClaim(model: Pick<DashboardModel, 'noReport'>): NoReportClaim | null {
  return model.noReport.rows.length > 0 ? { kind: 'no_report', who: nameList(model.noReport.rows.map(rowRef)) } : null;
}

export function briefNoReportText(model: Pick<DashboardModel, 'noReport'>): string | null {
  const claim = briefNoReportClaim(model);
  return claim ? renderNoReport(claim) : null;
}

/** "2024年的数据中有N行无法读取…" as a claim: per year chosen, the rows no township or figure can claim. */
export function briefUnreadClaim(dataset: Dataset, years: readonly number[]): UnreadRowsClaim | null {
  const unread = unreadRows(dataset);
  const perYear = [...years].sort((a, b) => a - b).map((year) => ({ year, count: unreadRowCount(unread, year) })).filter((c) => c.count > 0);
  return perYear.length > 0 ? { kind: 'unread_rows', perYear } : null;
}

export function briefUnreadText(dataset: Dataset, years: readonly number[]): string | null {
  const claim = briefUnreadClaim(dataset, years);
  return claim ? renderUnread(claim) : null;
}
