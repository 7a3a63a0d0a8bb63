// The scope line of the brief, the Word cover and the Excel 说明 sheet
// ("甲乡、乙乡 · 2025年"): it names only townships that have a report in
// the years chosen (issue 17). A township chosen whose report has not arrived
// is named once by the "尚无2025年报告" line, never as part of the scope.

import { yearsText } from '../print/page-header';
import type { DashboardModel } from '../model/types';
import { scopeClaim, type ScopeClaim } from './claims/types';
import { renderScope } from './claims/render';

/** The claim the scope line makes: these townships have a report in these years. */
export function briefScopeClaim(model: Pick<DashboardModel, 'selection'>): ScopeClaim {
  const withReport = model.selection.rows.filter((row) => row.report !== null);
  return scopeClaim(withReport, model.selection.years);
}

/** "甲乡、乙乡 · 2024年"; "2025年" alone when no chosen township has a report. */
export function briefScopeText(model: Pick<DashboardModel, 'selection'>): string {
  return renderScope(briefScopeClaim(model), yearsText(model.selection.years));
}
