// The dashboard's views, in tab order. Adding a view is one entry here plus a
// case in ViewSwitch.tsx; the URL codec reads this list. 简报 (the meeting
// brief, issue 4) gathers the findings, every chart and the endnotes for print.

export type ViewId = 'overview' | 'outreach' | 'disputes' | 'shortcomings' | 'catalog' | 'history' | 'brief' | 'extract';

export interface ViewInfo {
  id: ViewId;
  /** Tab text, Simplified Chinese. */
  label: string;
  /** Views that compare townships use the township/year choosers; the extraction page does not. */
  usesSelection: boolean;
  /** Draws ECharts charts: their code is fetched at once when the page opens on this view. */
  hasCharts: boolean;
}

export const VIEWS: readonly ViewInfo[] = [
  { id: 'overview', label: '概览', usesSelection: true, hasCharts: false },
  { id: 'outreach', label: '普法宣传', usesSelection: true, hasCharts: true },
  { id: 'disputes', label: '矛盾纠纷', usesSelection: true, hasCharts: true },
  { id: 'shortcomings', label: '存在的问题', usesSelection: true, hasCharts: true },
  // Issue 8: every catalog metric by group, and each metric across the years.
  { id: 'catalog', label: '指标一览', usesSelection: true, hasCharts: true },
  { id: 'history', label: '历年变化', usesSelection: true, hasCharts: true },
  { id: 'brief', label: '简报', usesSelection: true, hasCharts: true },
  { id: 'extract', label: '报告解析', usesSelection: false, hasCharts: false },
];

export const DEFAULT_VIEW: ViewId = 'overview';

export function isViewId(value: string): value is ViewId {
  return VIEWS.some((view) => view.id === value);
}

export function viewInfo(id: ViewId): ViewInfo {
  const found = VIEWS.find((view) => view.id === id);
  if (!found) throw new Error(`unknown view ${id}`);
  return found;
}
