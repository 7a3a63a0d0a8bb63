// Rows of the selection that have no report (无报告): a township whose report
// for the year has not arrived yet is not a township that reported nothing.
// It is left out of every comparison and named once per view.

import { indexDataset } from './dataset-index';
import type { Dataset } from '../data/types';
import type { NoReportRows, Selection, SelectionRow } from './types';
import { unreadRowsCaveat } from './unread-rows';

/** True when reports.csv has no report for the row and no usable row of data names it. */
export function rowHasNoReport(dataset: Dataset, row: SelectionRow): boolean {
  return row.report === null && !indexDataset(dataset).rowKeysWithData.has(row.key);
}

/** Names listed in the "尚无…报告" line before "等N个乡镇". */
const NAMES_LISTED = 12;

/** "尚无2025年报告：甲乡、乙乡"; one clause per year, in year order. */
export function noReportText(rows: readonly Pick<SelectionRow, 'year' | 'label'>[]): string | null {
  if (rows.length === 0) return null;
  const byYear = new Map<number, string[]>();
  for (const row of rows) {
    const names = byYear.get(row.year);
    // Across years a label is "甲乡 2024年"; the clause already names the year.
    const name = row.label.replace(/ \d{4}年$/, '');
    if (names) names.push(name);
    else byYear.set(row.year, [name]);
  }
  return [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, names]) => {
      const listed = names.length > NAMES_LISTED ? `${names.slice(0, NAMES_LISTED).join('、')}等${names.length}个乡镇` : names.join('、');
      return `尚无${year}年报告：${listed}`;
    })
    .join('；');
}

/**
 * What the "尚无…报告" line leaves out of the comparison: the townships, or,
 * when several years are chosen, only those years of them (a township without
 * its 2020 report is still compared in the years it has).
 */
export function leftOutByNoReport(years: readonly number[]): string {
  return years.length > 1 ? '这些乡镇的这些年度' : '这些乡镇';
}

/** The selection split into the rows compared and the rows without a report. */
export function splitNoReport(dataset: Dataset, selection: Selection): { compared: Selection; noReport: NoReportRows } {
  const missing = selection.rows.filter((row) => rowHasNoReport(dataset, row));
  // Rows that could not be read nor attributed: said beside every 未报告 of their year (unread-rows.ts).
  const unread = unreadRowsCaveat(dataset, selection.years);
  if (missing.length === 0) return { compared: selection, noReport: { rows: [], text: null, unread } };
  const missingKeys = new Set(missing.map((row) => row.key));
  const rows = selection.rows.filter((row) => !missingKeys.has(row.key));
  const townshipIds = new Set(rows.map((row) => row.townshipId));
  return {
    compared: { ...selection, rows, townships: selection.townships.filter((t) => townshipIds.has(t.id)) },
    noReport: { rows: missing, text: noReportText(missing), unread },
  };
}
