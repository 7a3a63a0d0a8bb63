// Merges one new report (DeskEntry) into a data folder: a townships.csv row
// for a new township, the reports.csv row, the accepted metrics.csv and
// shortcomings.csv rows, and the report text as reports/<id>-<year>.txt.
// Existing rows keep their content and place. A report already there for
// the same township and year (its row, its rows, or its text file) is only
// replaced when the caller says so, and then every file it touches is
// returned as a backup too. Pure: bytes in, bytes out; no browser, no React.
//
// `mergeFile` merges one file on its own, so the dashboard's preview can
// apply the same change to each file as it is fetched (preview.ts).

import { DATA_FILES, textStatesNumber } from '../data/index';
import { editCsvBytes, findRecords, readCsvFile } from './csv-text';
import { reportFileOf, type DataFolderFiles, type DeskEntry } from './types';

/** The files a merge may change (paths under data/). */
export const MERGED_CSV_FILES = [DATA_FILES.townships, DATA_FILES.reports, DATA_FILES.metrics, DATA_FILES.shortcomings] as const;


/** What the folder already holds for the entry's township and year. */
export interface ExistingReport {
  /** reports.csv row (title as written), or null when only rows or the text file are there. */
  title: string | null;
  reportLine: number | null;
  metricRows: number;
  shortcomingRows: number;
  /** reports/<id>-<year>.txt exists. */
  textFile: boolean;
}

export type MergeOutcome =
  | { status: 'blocked'; messages: string[] }
  | { status: 'needs_confirmation'; existing: ExistingReport }
  | {
      status: 'merged';
      /** Every file written: the four CSVs (when changed) and the report text. */
      changed: DataFolderFiles;
      /** Previous versions of the files a replacement changed, under backup/… (empty otherwise). */
      backups: DataFolderFiles;
      replaced: ExistingReport | null;
    };

export interface MergeOptions {
  /** The clerk confirmed that the existing report of this township and year is replaced. */
  replaceExisting: boolean;
  /** Names the backup folder, e.g. 20251203-0930 (passed in: the module has no clock). */
  stamp: string;
}

const sameReport = (entry: DeskEntry) => (cells: Readonly<Record<string, string>>) =>
  cells.township_id === entry.township.id && cells.year === String(entry.year);

function rowsOf(entry: DeskEntry): Record<string, Array<Record<string, string>>> {
  const id = entry.township.id;
  const year = String(entry.year);
  const t = entry.township;
  return {
    [DATA_FILES.townships]: entry.newTownship ? [{ id, name: t.name, county: t.county, prefecture: t.prefecture, province: t.province }] : [],
    [DATA_FILES.reports]: [{ township_id: id, year, title: entry.title, published: entry.published ?? '', file: reportFileOf(id, entry.year), figures_accounted: entry.figuresAccounted ? 'yes' : 'no' }],
    [DATA_FILES.metrics]: entry.metrics.map((m) => ({
      township_id: id,
      year,
      metric: m.metric,
      item: m.item,
      value: String(m.value),
      unit: m.unit,
      bound: m.bound,
      quote: m.quote,
      note: m.note,
    })),
    [DATA_FILES.shortcomings]: entry.shortcomings.map((s) => ({ township_id: id, year, category: s.category, quote: s.quote })),
  };
}

const encoder = new TextEncoder();

/**
 * One file after the merge, or null when the entry does not change it (or
 * the file is not readable CSV). Existing lines keep their bytes; new rows
 * take the file's dialect (csv-text.ts). `replaceExisting` cuts out the
 * previous rows of the same township and year first.
 */
export function mergeFile(path: string, bytes: Uint8Array | null | undefined, entry: DeskEntry, replaceExisting: boolean): Uint8Array | null {
  if (path === reportFileOf(entry.township.id, entry.year)) return encoder.encode(entry.reportText);
  const rows = rowsOf(entry)[path];
  if (rows === undefined) return null;
  const remove = replaceExisting && path !== DATA_FILES.townships ? sameReport(entry) : undefined;
  if (rows.length === 0 && (!remove || !bytes)) return null;
  const after = editCsvBytes(path, bytes, rows, remove);
  return after === null || after === bytes ? null : after;
}

/** What the folder holds for the entry's township and year, or null when nothing. */
export function existingReport(folder: DataFolderFiles, entry: DeskEntry): ExistingReport | null {
  const find = (path: string) => {
    const bytes = folder.get(path);
    const file = bytes ? readCsvFile(path, bytes) : null;
    return file ? findRecords(file.text, path, sameReport(entry)) : [];
  };
  const reportRows = find(DATA_FILES.reports);
  const metricRows = find(DATA_FILES.metrics).length;
  const shortcomingRows = find(DATA_FILES.shortcomings).length;
  const textFile = folder.has(reportFileOf(entry.township.id, entry.year));
  if (reportRows.length === 0 && metricRows === 0 && shortcomingRows === 0 && !textFile) return null;
  const first = reportRows[0];
  return { title: first ? (first.cells.title ?? '') : null, reportLine: first ? first.line : null, metricRows, shortcomingRows, textFile };
}

/**
 * Rows the loader would refuse or check-data would fail: a value its quote
 * does not state (a corrected number), and two rows with the same key.
 */
export function entryRowProblems(entry: DeskEntry): string[] {
  const problems: string[] = [];
  for (const m of entry.metrics) {
    if (!textStatesNumber(m.quote, m.value)) {
      problems.push(`指标行“${m.item}”的数值 ${m.value} 在引文“${m.quote}”中找不到：数值要与报告原文一致，请改回原文的数字，或不采用这一行。`);
    }
  }
  const seen = new Set<string>();
  for (const m of entry.metrics) {
    const key = `${m.metric}\u0000${m.item}`;
    if (seen.has(key)) problems.push(`有两行指标相同（指标 ${m.metric}、item“${m.item}”）：同一指标的不同部分请用不同的 item 区分，或只采用其中一行。`);
    seen.add(key);
  }
  const quotes = new Set<string>();
  for (const s of entry.shortcomings) {
    const key = `${s.category}\u0000${s.quote}`;
    if (quotes.has(key)) problems.push(`问题“${s.quote}”在同一类别中采用了两次，请只采用一次。`);
    quotes.add(key);
  }
  return problems;
}

/** Why the entry cannot be merged into this folder as it stands (Chinese), or []. */
export function entryProblems(folder: DataFolderFiles, entry: DeskEntry): string[] {
  const problems: string[] = [];
  if (!/^[a-z0-9_-]+$/.test(entry.township.id)) problems.push(`乡镇编号“${entry.township.id}”不合格式。`);
  if (!/^(19|20|21)\d\d$/.test(String(entry.year))) problems.push('请填写四位年份。');
  if (entry.title.trim() === '') problems.push('请填写报告标题。');
  if (entry.published !== null && !/^\d{4}-\d\d-\d\d$/.test(entry.published)) problems.push('发布日期要写成 YYYY-MM-DD，或留空。');
  if (entry.reportText.trim() === '') problems.push('报告原文是空的。');
  problems.push(...entryRowProblems(entry));
  for (const path of MERGED_CSV_FILES) {
    const bytes = folder.get(path);
    if (bytes && readCsvFile(path, bytes) === null) problems.push(`${path} 不是可读的 CSV 文本文件，请先修好它（可用“检查数据文件夹”查看原因）。`);
  }
  const townships = folder.get(DATA_FILES.townships);
  const townshipFile = townships ? readCsvFile(DATA_FILES.townships, townships) : null;
  const known = townshipFile ? findRecords(townshipFile.text, DATA_FILES.townships, (c) => c.id === entry.township.id) : [];
  if (entry.newTownship && known.length > 0) {
    problems.push(`乡镇编号“${entry.township.id}”已被 townships.csv 第${known[0]!.line}行（${known[0]!.cells.name ?? ''}）使用，请重新选择乡镇。`);
  }
  if (!entry.newTownship && townshipFile && known.length === 0) {
    problems.push(`townships.csv 里没有乡镇编号“${entry.township.id}”：请在列表中重新选择，或作为新乡镇添加。`);
  }
  return problems;
}

/** Merges the entry into the folder. Nothing in `folder` is modified. */
export function mergeIntoFolder(folder: DataFolderFiles, entry: DeskEntry, options: MergeOptions): MergeOutcome {
  const problems = entryProblems(folder, entry);
  if (problems.length > 0) return { status: 'blocked', messages: problems };
  const existing = existingReport(folder, entry);
  if (existing && !options.replaceExisting) return { status: 'needs_confirmation', existing };

  const replace = existing !== null;
  const changed: DataFolderFiles = new Map();
  const backups: DataFolderFiles = new Map();
  const backupDir = `backup/${entry.township.id}-${entry.year}-${options.stamp}`;
  for (const path of [...MERGED_CSV_FILES, reportFileOf(entry.township.id, entry.year)]) {
    const before = folder.get(path);
    const after = mergeFile(path, before, entry, replace);
    if (after === null) continue;
    changed.set(path, after);
    if (replace && before && path !== DATA_FILES.townships) backups.set(`${backupDir}/${path}`, before);
  }
  return { status: 'merged', changed, backups, replaced: existing };
}

/** The complete folder after a merge: the old files, the changed ones over them, and the backups. */
export function folderAfterMerge(folder: DataFolderFiles, outcome: Extract<MergeOutcome, { status: 'merged' }>): DataFolderFiles {
  const result: DataFolderFiles = new Map(folder);
  for (const [path, bytes] of outcome.changed) result.set(path, bytes);
  for (const [path, bytes] of outcome.backups) result.set(path, bytes);
  return result;
}
