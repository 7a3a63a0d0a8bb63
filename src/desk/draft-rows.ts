// The reviewer's working copy of the draft rows: what they changed, and
// whether they took each row. Plain TypeScript (no React), so the rules for
// a valid row and for the downloaded CSV are testable on their own.

import type { Bound } from '../data/types';
import { METRIC_COLUMNS, SHORTCOMING_COLUMNS, csvForSpreadsheet, type CsvCell, type DraftRow, type DraftShortcoming } from '../extract';

export type Decision = 'pending' | 'accepted' | 'rejected';

export interface MetricRowState {
  key: string;
  draft: DraftRow;
  metric: string;
  item: string;
  /** As typed: validated by parseValueText. */
  valueText: string;
  unit: string;
  bound: Bound;
  note: string;
  decision: Decision;
  /** Was accepted, then the report's text changed what the row says: back to pending until reviewed again. */
  reopened?: boolean;
  /** Placed by the clerk at the figure ledger (not drafted by the rules). */
  manual?: boolean;
}

export interface ShortcomingRowState {
  key: string;
  draft: DraftShortcoming;
  category: string;
  decision: Decision;
  /** As for metric rows: accepted, then changed by an edit of the text. */
  reopened?: boolean;
}

export const BOUND_LABELS: Readonly<Record<Bound, string>> = {
  exact: '确数',
  at_least: '下限（余、以上）',
  approx: '约数（约、左右）',
};

/** Shown on a row that was accepted before an edit of the text changed it. */
export const REOPENED_TEXT = '原文改动后本行内容有变，已改回待审核，请重新核对。';

export function initialMetricRows(drafts: readonly DraftRow[]): MetricRowState[] {
  return drafts.map((draft, i) => ({
    key: `m${i}-${draft.figureStart}`,
    draft,
    metric: draft.metric,
    item: draft.item,
    valueText: String(draft.value),
    unit: draft.unit,
    bound: draft.bound,
    note: draft.note,
    decision: 'pending',
  }));
}

export function initialShortcomingRows(drafts: readonly DraftShortcoming[]): ShortcomingRowState[] {
  return drafts.map((draft, i) => ({ key: `s${i}-${draft.start}`, draft, category: draft.category, decision: 'pending' }));
}

/** A value cell: digits with an optional decimal part (2153, 1.2). 200余 or 约300 are not values. */
export function parseValueText(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) : null;
}

/** Why a row cannot be taken as it stands, in Chinese, or null. */
export function metricRowProblem(row: MetricRowState): string | null {
  if (row.metric.trim() === '') return '请选择指标。';
  if (row.item.trim() === '') return 'item 不能为空：写报告对这一项的原称。';
  if (parseValueText(row.valueText) === null) return '数值只写数字（如 2153、1.2），“余”“以上”用口径一栏表示。';
  if (row.unit.trim() === '') return '请填写单位。';
  return null;
}

/** The report the rows come from, as the CSV writes it. */
export interface ReportIdentity {
  townshipId: string;
  /** Four digits, or '' when not given. */
  year: string;
}

export function identityProblem(identity: ReportIdentity): string | null {
  if (!/^[a-z0-9_-]+$/.test(identity.townshipId)) return '请在“这份报告属于”中选择乡镇（新乡镇要填全名称、县、市、省，乡镇编号会自动生成）。';
  if (!/^\d{4}$/.test(identity.year)) return '请填写四位年份（如 2024）。';
  return null;
}

function yearCell(identity: ReportIdentity): CsvCell {
  return identity.year === '' ? '' : Number(identity.year);
}

export function acceptedMetricRecords(rows: readonly MetricRowState[], identity: ReportIdentity): CsvCell[][] {
  return rows
    .filter((row) => row.decision === 'accepted' && metricRowProblem(row) === null)
    .map((row) => [
      identity.townshipId,
      yearCell(identity),
      row.metric.trim(),
      row.item.trim(),
      parseValueText(row.valueText)!,
      row.unit.trim(),
      row.bound,
      row.draft.quote,
      row.note.trim(),
    ]);
}

export function acceptedShortcomingRecords(rows: readonly ShortcomingRowState[], identity: ReportIdentity): CsvCell[][] {
  return rows
    .filter((row) => row.decision === 'accepted' && row.category !== '')
    .map((row) => [identity.townshipId, yearCell(identity), row.category, row.draft.quote]);
}

/** CSV for Excel/WPS (BOM, formulae escaped, numbers as numbers) of the accepted metric rows. */
export function metricsDownload(rows: readonly MetricRowState[], identity: ReportIdentity): string {
  return csvForSpreadsheet(METRIC_COLUMNS, acceptedMetricRecords(rows, identity));
}

export function shortcomingsDownload(rows: readonly ShortcomingRowState[], identity: ReportIdentity): string {
  return csvForSpreadsheet(SHORTCOMING_COLUMNS, acceptedShortcomingRecords(rows, identity));
}
