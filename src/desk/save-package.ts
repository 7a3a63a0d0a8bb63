// The two ways a reviewed report is saved, as steps without React: into the
// deployed data folder as a .zip download, or into a folder the clerk picked
// (File System Access API). Both merge with src/desk/merge.ts and check the
// result with the same code as `npm run check-data`.

import { checkDataFolder, type FolderCheck } from '../data/index';
import { folderAfterMerge, mergeIntoFolder, type ExistingReport } from './merge';
import type { DataFolderFiles, DeskEntry } from './types';
import { zipDataFolder } from './zip';
import { dataFolderIn, downloadBytes, fetchSiteFolder, readDirectory, writeDirectory, type DirectoryHandle } from './folder-io';

export type SaveResult =
  | { status: 'blocked'; messages: string[] }
  | { status: 'needs_confirmation'; existing: ExistingReport }
  | { status: 'saved'; check: FolderCheck; written: string[]; backups: string[]; fileName: string | null };

/** 20260321-093005: names the backup folder of a replacement. */
export function backupStamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}-${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`;
}

export function folderReader(files: DataFolderFiles) {
  return (path: string) => {
    const bytes = files.get(path);
    return bytes ? { bytes } : { bytes: null, reason: '文件不存在' };
  };
}

export function zipFileName(entry: DeskEntry): string {
  return `data-${entry.township.id}-${entry.year}.zip`;
}

/** Merges into the site's data folder and downloads the complete folder as a .zip. */
export async function saveAsZip(
  baseUrl: string,
  entry: DeskEntry,
  replaceExisting: boolean,
  onStep: (text: string) => void,
): Promise<SaveResult> {
  onStep('正在读取网站上的数据文件……');
  const site = await fetchSiteFolder(baseUrl, ({ done, total }) => onStep(`正在读取网站上的数据文件（${done}/${total}）……`));
  const outcome = mergeIntoFolder(site, entry, { replaceExisting, stamp: backupStamp(new Date()) });
  if (outcome.status !== 'merged') return outcome;
  const full = folderAfterMerge(site, outcome);
  onStep('正在检查合并后的数据……');
  const check = await checkDataFolder(folderReader(full));
  onStep('正在打包……');
  const zip = await zipDataFolder(full);
  const fileName = zipFileName(entry);
  downloadBytes(fileName, zip, 'application/zip');
  return { status: 'saved', check, written: [...outcome.changed.keys()], backups: [...outcome.backups.keys()], fileName };
}

/** The data folder inside what the clerk picked, or a message why it is not one. */
export async function resolveDataFolder(picked: DirectoryHandle): Promise<DirectoryHandle | string> {
  const data = await dataFolderIn(picked);
  return data ?? `所选文件夹“${picked.name}”里没有 townships.csv。请选择网站的 data 文件夹（或包含它的网站文件夹）。`;
}

/** Merges into the picked data folder and writes the changed files (and backups) there. */
export async function saveToFolder(
  dir: DirectoryHandle,
  entry: DeskEntry,
  replaceExisting: boolean,
  onStep: (text: string) => void,
): Promise<SaveResult> {
  onStep('正在读取所选文件夹……');
  const folder = await readDirectory(dir);
  const outcome = mergeIntoFolder(folder, entry, { replaceExisting, stamp: backupStamp(new Date()) });
  if (outcome.status !== 'merged') return outcome;
  const toWrite: DataFolderFiles = new Map([...outcome.backups, ...outcome.changed]);
  await writeDirectory(dir, toWrite, ({ done, total }) => onStep(`正在写入文件（${done}/${total}）……`));
  onStep('正在检查写入后的文件夹……');
  const check = await checkDataFolder(folderReader(await readDirectory(dir)));
  return { status: 'saved', check, written: [...outcome.changed.keys()], backups: [...outcome.backups.keys()], fileName: null };
}
