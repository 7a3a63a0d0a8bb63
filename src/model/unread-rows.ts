// Refused rows that cannot be attributed to a township and a figure (an id
// close to no known one, a year that cannot be read, a line with nothing
// readable): they belong to no figure, so no figure can be marked — but they
// still count. Each year's scope line, the views' note and the brief (page
// and Word) say "2024年的数据中有N行无法读取", so no 未报告 of that year is
// stated without that caveat (issue 22 item 2). A row whose year cannot be
// read (or names a year no report has) counts for every year.

import type { Dataset, RejectedMetricRow, RejectedShortcomingRow } from '../data/types';
import { indexDataset } from './dataset-index';

export interface UnreadRows {
  /** Unattributed rows by the year they name (a year some data has). */
  byYear: ReadonlyMap<number, number>;
  /** Unattributed rows whose year cannot be read: they count for every year. */
  anyYear: number;
  /** The rows' provenance keys ("metrics.csv:12"), in file order. */
  keys: readonly string[];
}

const cache = new WeakMap<Dataset, UnreadRows>();

/** True when the row names a known township, a year some data has, and a known metric or category. */
function attributed(
  row: RejectedMetricRow | RejectedShortcomingRow,
  known: { township: (id: string) => boolean; item: (id: string) => boolean; year: (y: number) => boolean },
): boolean {
  const item = 'metric' in row ? row.metric : row.category;
  return row.townshipId !== null && known.township(row.townshipId) && row.year !== null && known.year(row.year) && item !== null && known.item(item);
}

export function unreadRows(dataset: Dataset): UnreadRows {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const index = indexDataset(dataset);
  const years = new Set(index.years);
  const township = (id: string) => index.townshipsById.has(id);
  const year = (y: number) => years.has(y);
  const byYear = new Map<number, number>();
  let anyYear = 0;
  const keys: string[] = [];
  const count = (row: RejectedMetricRow | RejectedShortcomingRow) => {
    keys.push(`${row.source.file}:${row.source.line}`);
    if (row.year !== null && years.has(row.year)) byYear.set(row.year, (byYear.get(row.year) ?? 0) + 1);
    else anyYear++;
  };
  for (const row of dataset.rejectedMetricRows ?? []) {
    if (!attributed(row, { township, year, item: (id) => index.catalogById.has(id) })) count(row);
  }
  for (const row of dataset.rejectedShortcomingRows ?? []) {
    if (!attributed(row, { township, year, item: (id) => index.categoriesById.has(id) })) count(row);
  }
  const result: UnreadRows = { byYear, anyYear, keys };
  cache.set(dataset, result);
  return result;
}

/** Unattributed rows that may belong to `year`: its own and those of no readable year. */
export function unreadRowCount(unread: UnreadRows, year: number): number {
  return (unread.byYear.get(year) ?? 0) + unread.anyYear;
}

/** "，另有2行数据无法读取" for a year's scope line; '' when none. */
export function unreadScopeSuffix(unread: UnreadRows, year: number): string {
  const n = unreadRowCount(unread, year);
  return n > 0 ? `，另有${n}行数据无法读取` : '';
}

/**
 * The caveat under 未报告 for the years shown: "2024年的数据中有1行无法读取
 * （归不到任何乡镇或指标，见“数据问题”），标为“未报告”的数字可能在其中。"
 * Null when every refused row of those years was attributed.
 */
export function unreadRowsCaveat(dataset: Dataset, years: readonly number[]): string | null {
  const unread = unreadRows(dataset);
  const shown = [...years].sort((a, b) => a - b);
  const clauses = shown.flatMap((year) => {
    const n = unreadRowCount(unread, year);
    return n > 0 ? [{ year, n }] : [];
  });
  if (clauses.length === 0) return null;
  const sameCount = clauses.every((c) => c.n === clauses[0]!.n);
  const subject =
    clauses.length > 1 && sameCount
      ? `${clauses.map((c) => `${c.year}年`).join('、')}的数据中各有${clauses[0]!.n}行`
      : clauses.map((c) => `${c.year}年的数据中有${c.n}行`).join('，');
  return `${subject}无法读取（归不到任何乡镇或指标，见“数据问题”），标为“未报告”的数字可能在其中。`;
}
