// The check a package passes before it is offered: against the folder it was
// built on, every table keeps every record it had, in order — unless the
// record was replaced and its old file is in the package's backup/ — and no
// file passes a size limit of the loader (src/data/limits.ts), which would
// cut off rows (the new ones first: they are at the end). The counts per
// table are what the page shows after saving ("metrics.csv：原有 42 行，现有 48 行").

import * as limitsModule from '../data/limits';
import { readCsvFile, tableRecords } from './csv-text';
import { TABLE_FILES } from './site-read';
import type { DataFolderFiles } from './types';

/** The limits the loader applies, as far as src/data/limits.ts defines them (a limit it drops is simply not checked). */
export interface FileLimits {
  maxRowsPerFile?: number;
  maxFileBytes?: number;
}

const exported = limitsModule as unknown as Partial<Record<'MAX_ROWS_PER_FILE' | 'MAX_FILE_BYTES', number>>;
/** An infinite "limit" is none: the loader reads every row. */
const finite = (limit: number | undefined): number | undefined => (limit !== undefined && Number.isFinite(limit) ? limit : undefined);
export const LOADER_LIMITS: FileLimits = { maxRowsPerFile: finite(exported.MAX_ROWS_PER_FILE), maxFileBytes: finite(exported.MAX_FILE_BYTES) };

export interface TableCount {
  file: string;
  /** Records the table had where the package was built from. */
  before: number;
  /** Records in the package. */
  after: number;
  /** Earlier records not in the package but kept in its backup/ (a confirmed replacement). */
  replaced: number;
  /** Earlier records neither in the package nor in backup/: the package must not be offered. */
  lost: number;
}

export interface GuardResult {
  counts: TableCount[];
  /** Why the package must not be offered (Chinese); [] when it may be. */
  problems: string[];
}

const key = (cells: readonly string[]) => cells.join('\u0000');

function recordsOf(file: string, bytes: Uint8Array | undefined): string[][] | null {
  if (!bytes) return [];
  const read = readCsvFile(file, bytes);
  return read === null ? null : tableRecords(read.text, file);
}

/** Records of `before` that are not, in order, in `after` (a greedy subsequence match). */
export function missingInOrder(before: readonly string[][], after: readonly string[][]): string[][] {
  // Where each record occurs in `after`, ascending, to find the next occurrence past `at` quickly.
  const positions = new Map<string, number[]>();
  after.forEach((record, i) => {
    const k = key(record);
    const list = positions.get(k);
    if (list) list.push(i);
    else positions.set(k, [i]);
  });
  const missing: string[][] = [];
  let at = 0;
  for (const record of before) {
    const list = positions.get(key(record)) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    if (lo === list.length) missing.push(record);
    else at = list[lo]! + 1;
  }
  return missing;
}

const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Compares the package (`after`, the complete folder, backups under
 * backup/…) with the folder it was built on.
 */
export function guardPackage(before: DataFolderFiles, after: DataFolderFiles, changed: Iterable<string>, limits: FileLimits = LOADER_LIMITS): GuardResult {
  const counts: TableCount[] = [];
  const problems: string[] = [];
  for (const file of TABLE_FILES) {
    const old = recordsOf(file, before.get(file));
    const now = recordsOf(file, after.get(file));
    if (old === null) continue; // Not readable CSV where it came from: the merge refuses to change it, the check reports it.
    if (now === null) {
      problems.push(`数据包里的 ${file} 不是可读的 CSV，没有生成数据包。`);
      continue;
    }
    const missing = missingInOrder(old, now);
    const backedUp = new Set<string>();
    for (const [path, bytes] of after) {
      if (!path.startsWith('backup/') || !path.endsWith(`/${file}`)) continue;
      for (const record of recordsOf(file, bytes) ?? []) backedUp.add(key(record));
    }
    const lost = missing.filter((record) => !backedUp.has(key(record)));
    counts.push({ file, before: old.length, after: now.length, replaced: missing.length - lost.length, lost: lost.length });
    if (lost.length > 0) {
      problems.push(
        `这个数据包会丢掉 ${file} 原有的 ${fmt(lost.length)} 行（原有 ${fmt(old.length)} 行，数据包里 ${fmt(now.length)} 行；第一行丢失的是：${lost[0]!.join(',').slice(0, 60)}），所以没有生成。`,
      );
    }
    if (limits.maxRowsPerFile !== undefined && now.length > limits.maxRowsPerFile) {
      problems.push(
        `${file} 保存后将有 ${fmt(now.length)} 行数据，超过看板每个文件能读取的 ${fmt(limits.maxRowsPerFile)} 行：超出的行（包括这次新加的行）不会显示，所以没有保存。请联系 IT 人员，把较早年度的数据分开存放后再保存。`,
      );
    }
  }
  if (limits.maxFileBytes !== undefined) {
    for (const path of changed) {
      const bytes = after.get(path);
      if (bytes && bytes.length > limits.maxFileBytes) {
        const mb = (n: number) => Math.ceil(n / (1024 * 1024));
        problems.push(`${path} 保存后将有 ${mb(bytes.length)} MB，超过看板能读取的 ${mb(limits.maxFileBytes)} MB：这个文件将整个读不出来，所以没有保存。请联系 IT 人员。`);
      }
    }
  }
  return { counts, problems };
}

/** One line per table for the page: metrics.csv：原有 42 行，现有 48 行（新增 6 行）. */
export function describeCount(count: TableCount): string {
  const added = count.after - (count.before - count.replaced - count.lost);
  const parts = [`${count.file}：原有 ${fmt(count.before)} 行，现有 ${fmt(count.after)} 行`];
  const notes = [added > 0 ? `新增 ${fmt(added)} 行` : '', count.replaced > 0 ? `替换 ${fmt(count.replaced)} 行（原行在 backup/ 中）` : '', count.lost > 0 ? `丢失 ${fmt(count.lost)} 行` : ''].filter(Boolean);
  return notes.length > 0 ? `${parts[0]}（${notes.join('，')}）` : `${parts[0]}（未改动）`;
}
