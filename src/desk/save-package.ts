// The two ways reviewed reports are saved, as steps without React: into the
// deployed data folder as a .zip download, or into a folder the clerk picked
// (File System Access API). Both follow the same order, so that a save can
// never lose what it did not read:
//   1. read the whole folder; any file that could not be read refuses the save
//      (a table that does not exist is only started empty after the clerk
//      confirms a first package);
//   2. merge every report of the batch (reports saved earlier in this browser
//      and not yet on the site, then this one) with src/desk/merge.ts;
//   3. check the package against what was read (table-guard.ts): every earlier
//      row kept or backed up, no file past a loader limit;
//   4. only then download the .zip or write the files, and run the same check
//      as `npm run check-data` on the result.

import { checkDataFolder, DATA_FILES, type FolderCheck, type FolderReader } from '../data/index';
import { planBatch, type BatchItem } from './batch';
import { findRecords, readCsvFile } from './csv-text';
import { dataFolderIn, readDirectory, writeDirectory, type DirectoryHandle } from './folder-io';
import { folderAfterMerge, mergeIntoFolder, type ExistingReport } from './merge';
import { absentTables, readSiteFolder, type FetchLike, type FolderRead, type ReadFailure } from './site-read';
import { guardPackage, type FileLimits, type TableCount } from './table-guard';
import type { DataFolderFiles, DeskEntry } from './types';
import { zipDataFolder } from './zip';

export type SaveResult =
  /** A file could not be read: nothing was built or written. */
  | { status: 'unreadable'; failures: ReadFailure[]; where: 'site' | 'folder' }
  /** Tables the site does not have (404): only a confirmed first package starts them empty. */
  | { status: 'missing_tables'; missing: string[] }
  | { status: 'blocked'; messages: string[] }
  | { status: 'needs_confirmation'; existing: ExistingReport }
  | {
      status: 'saved';
      check: FolderCheck;
      /** Rows per table before and after, as the guard counted them. */
      counts: TableCount[];
      written: string[];
      backups: string[];
      fileName: string | null;
      /** Every report the package carries from this sitting (earlier saves not yet deployed, then this one). */
      batch: BatchItem[];
      /** Earlier saves the site now serves (no longer carried). */
      deployed: BatchItem[];
    };

export interface SaveOptions {
  /** The clerk confirmed replacing the existing report of this township and year. */
  replaceExisting: boolean;
  /** The clerk confirmed that the tables the site lacks are started new (first package of a new site). */
  allowMissingTables?: boolean;
  /** Reports saved earlier in this browser for this site (batch.ts). */
  earlier?: readonly BatchItem[];
  onStep?: (text: string) => void;
  now?: Date;
  limits?: FileLimits;
}

export interface ZipSaveOptions extends SaveOptions {
  fetch?: FetchLike;
  timeoutMs?: number;
  /** Hands the finished package to the clerk (the browser's download). */
  deliver: (fileName: string, bytes: Uint8Array) => void;
}

/** 20260321-093005: names the backup folder of a replacement. */
export function backupStamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}-${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`;
}

export function folderReader(files: DataFolderFiles): FolderReader {
  return (path: string) => {
    const bytes = files.get(path);
    return bytes ? { bytes } : { bytes: null, reason: '文件不存在' };
  };
}

export function zipFileName(entry: DeskEntry, batchSize = 1): string {
  return batchSize > 1 ? `data-${entry.township.id}-${entry.year}-${batchSize}份报告.zip` : `data-${entry.township.id}-${entry.year}.zip`;
}

/** The name townships.csv gives the id, or null when it has no such row. */
function townshipName(folder: DataFolderFiles, id: string): string | null {
  const bytes = folder.get(DATA_FILES.townships);
  const read = bytes ? readCsvFile(DATA_FILES.townships, bytes) : null;
  return read === null ? null : (findRecords(read.text, DATA_FILES.townships, (c) => c.id === id)[0]?.cells.name ?? null);
}

export type BuiltPackage =
  | Extract<SaveResult, { status: 'blocked' | 'needs_confirmation' }>
  | { status: 'built'; full: DataFolderFiles; toWrite: DataFolderFiles; counts: TableCount[]; batch: BatchItem[]; deployed: BatchItem[] };

/**
 * Steps 2 and 3: merges the batch into the folder that was read and checks
 * the result against it. Pure: nothing is written.
 */
export function buildPackage(folder: DataFolderFiles, current: BatchItem, options: Pick<SaveOptions, 'earlier' | 'limits'> & { stamp: string }): BuiltPackage {
  const plan = planBatch(folder, options.earlier ?? [], current);
  let full: DataFolderFiles = new Map(folder);
  const toWrite: DataFolderFiles = new Map();
  const addedTownships = new Map<string, string>();
  for (const item of plan.items) {
    let entry = item.entry;
    const earlier = item !== current;
    // A township an earlier report of this batch adds is not new any more to the reports after it;
    // nor is an earlier save's new township that the site has since received.
    const known = addedTownships.get(entry.township.id) === entry.township.name || (earlier && townshipName(folder, entry.township.id) === entry.township.name);
    if (entry.newTownship && known) entry = { ...entry, newTownship: false };
    const outcome = mergeIntoFolder(full, entry, { replaceExisting: item.replaceExisting, stamp: options.stamp });
    const name = `${entry.township.name} ${entry.year} 年的报告（本浏览器 ${item.savedAt.slice(0, 16).replace('T', ' ')} 保存，尚未部署到网站）`;
    if (outcome.status === 'blocked') {
      return earlier ? { status: 'blocked', messages: outcome.messages.map((m) => `之前保存的${name}：${m}`) } : outcome;
    }
    if (outcome.status === 'needs_confirmation') {
      if (!earlier) return outcome;
      return {
        status: 'blocked',
        messages: [`之前保存的${name}与网站上同一乡镇同一年度的另一份报告冲突：网站上的报告已经变了。请先确认哪一份是对的；如果不再需要之前保存的这份，请在“本批次已保存的报告”中把它移除，再保存。`],
      };
    }
    if (entry.newTownship && townshipName(folder, entry.township.id) === null) addedTownships.set(entry.township.id, entry.township.name);
    for (const [path, bytes] of outcome.backups) toWrite.set(path, bytes);
    for (const [path, bytes] of outcome.changed) toWrite.set(path, bytes);
    full = folderAfterMerge(full, outcome);
  }
  const guard = guardPackage(folder, full, toWrite.keys(), options.limits);
  if (guard.problems.length > 0) return { status: 'blocked', messages: guard.problems };
  return { status: 'built', full, toWrite, counts: guard.counts, batch: plan.items, deployed: plan.deployed };
}

function refusal(read: FolderRead, where: 'site' | 'folder', allowMissing: boolean): SaveResult | null {
  if (read.failures.length > 0) return { status: 'unreadable', failures: read.failures, where };
  const missing = absentTables(read);
  if (missing.length > 0 && !allowMissing) return { status: 'missing_tables', missing };
  return null;
}

/** Reads the site's data folder, merges the batch and downloads the complete folder as a .zip. */
export async function saveAsZip(baseUrl: string, entry: DeskEntry, options: ZipSaveOptions): Promise<SaveResult> {
  const step = options.onStep ?? (() => undefined);
  const now = options.now ?? new Date();
  step('正在读取网站上的数据文件……');
  const read = await readSiteFolder(baseUrl, {
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    onProgress: ({ done, total }) => step(`正在读取网站上的数据文件（${done}/${total}）……`),
  });
  const refused = refusal(read, 'site', options.allowMissingTables ?? false);
  if (refused) return refused;
  const current: BatchItem = { entry, replaceExisting: options.replaceExisting, savedAt: now.toISOString() };
  const built = buildPackage(read.files, current, { earlier: options.earlier, limits: options.limits, stamp: backupStamp(now) });
  if (built.status !== 'built') return built;
  step('正在检查合并后的数据……');
  const check = await checkDataFolder(folderReader(built.full));
  step('正在打包……');
  const zip = await zipDataFolder(built.full);
  const fileName = zipFileName(entry, built.batch.length);
  options.deliver(fileName, zip);
  return {
    status: 'saved',
    check,
    counts: built.counts,
    written: [...built.toWrite.keys()].filter((p) => !p.startsWith('backup/')),
    backups: [...built.toWrite.keys()].filter((p) => p.startsWith('backup/')),
    fileName,
    batch: built.batch,
    deployed: built.deployed,
  };
}

/** The data folder inside what the clerk picked, or a message why it is not one. */
export async function resolveDataFolder(picked: DirectoryHandle): Promise<DirectoryHandle | string> {
  const data = await dataFolderIn(picked);
  return data ?? `所选文件夹“${picked.name}”里没有 townships.csv。请选择网站的 data 文件夹（或包含它的网站文件夹）。`;
}

/**
 * Reads the whole picked data folder first, merges the batch, checks it, and
 * only then writes the changed files (and backups) there.
 */
export async function saveToFolder(dir: DirectoryHandle, entry: DeskEntry, options: SaveOptions): Promise<SaveResult> {
  const step = options.onStep ?? (() => undefined);
  const now = options.now ?? new Date();
  step('正在读取所选文件夹……');
  const read = await readDirectory(dir);
  // A table missing from a picked folder is absent, like a 404 on the site.
  read.absent.push(...Object.values(DATA_FILES).filter((f) => !read.files.has(f)));
  const refused = refusal(read, 'folder', options.allowMissingTables ?? false);
  if (refused) return refused;
  const current: BatchItem = { entry, replaceExisting: options.replaceExisting, savedAt: now.toISOString() };
  const built = buildPackage(read.files, current, { earlier: options.earlier, limits: options.limits, stamp: backupStamp(now) });
  if (built.status !== 'built') return built;
  // Backups first: a replacement's old files are safe before any table changes.
  const ordered: DataFolderFiles = new Map([...built.toWrite].sort(([a], [b]) => Number(b.startsWith('backup/')) - Number(a.startsWith('backup/'))));
  await writeDirectory(dir, ordered, ({ done, total }) => step(`正在写入文件（${done}/${total}）……`));
  step('正在检查写入后的文件夹……');
  const after = await readDirectory(dir);
  const check = await checkDataFolder(folderReader(after.files));
  return {
    status: 'saved',
    check,
    counts: built.counts,
    written: [...built.toWrite.keys()].filter((p) => !p.startsWith('backup/')),
    backups: [...built.toWrite.keys()].filter((p) => p.startsWith('backup/')),
    fileName: null,
    batch: built.batch,
    deployed: built.deployed,
  };
}
