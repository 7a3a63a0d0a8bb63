// Getting data folders in and out of the browser, no React: the deployed
// site's data/ (fetched file by file), a folder the clerk picks with the File
// System Access API (read and written in place; Chromium 86+), files or a
// folder dropped on the page, and a download. Paths are relative to data/.

import { DATA_FILES } from '../data/index';
import { downloadBlob } from '../export/download';
import type { FolderRead, ReadProgress } from './site-read';
import type { DataFolderFiles } from './types';
import { unzipDataFolder } from './zip';

export { reportFilesIn } from './report-files';
export { OTHER_DATA_FILES } from './site-read';

export type FolderProgress = ReadProgress;

// ── File System Access API (Chromium 86+) ─────────────────────────────────

/** The parts of the File System Access API used here (not in TypeScript's DOM types for every target). */
export interface DirectoryHandle {
  kind: 'directory';
  name: string;
  values(): AsyncIterable<DirectoryHandle | FileHandle>;
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<DirectoryHandle>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandle>;
}

export interface FileHandle {
  kind: 'file';
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: Uint8Array | Blob): Promise<void>; close(): Promise<void> }>;
}

type PickerWindow = Window & { showDirectoryPicker?: (options?: { mode?: 'read' | 'readwrite'; id?: string }) => Promise<DirectoryHandle> };

export function canWriteFolders(): boolean {
  return typeof (window as PickerWindow).showDirectoryPicker === 'function';
}

/** Asks the clerk for a folder; null when they cancel. */
export async function pickFolder(): Promise<DirectoryHandle | null> {
  const picker = (window as PickerWindow).showDirectoryPicker;
  if (!picker) return null;
  try {
    return await picker.call(window, { mode: 'readwrite', id: 'fazhi-data' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

async function childDirectory(dir: DirectoryHandle, name: string): Promise<DirectoryHandle | null> {
  try {
    return await dir.getDirectoryHandle(name);
  } catch {
    return null;
  }
}

async function hasFile(dir: DirectoryHandle, name: string): Promise<boolean> {
  try {
    await dir.getFileHandle(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * The data folder itself: the picked folder when it holds townships.csv,
 * its `data` subfolder when the clerk picked the site's folder, else null.
 */
export async function dataFolderIn(dir: DirectoryHandle): Promise<DirectoryHandle | null> {
  if (await hasFile(dir, DATA_FILES.townships)) return dir;
  const data = await childDirectory(dir, 'data');
  return data && (await hasFile(data, DATA_FILES.townships)) ? data : null;
}

/**
 * Every file under the folder (backup/ left out: old copies are not data).
 * A file that cannot be read is a failure with the browser's reason, never a
 * throw, so the save can refuse before anything is written.
 */
export async function readDirectory(dir: DirectoryHandle, prefix = ''): Promise<FolderRead> {
  const result: FolderRead = { files: new Map(), absent: [], failures: [] };
  let entries: Array<DirectoryHandle | FileHandle>;
  try {
    entries = [];
    for await (const entry of dir.values()) entries.push(entry);
  } catch (error) {
    result.failures.push({ path: prefix === '' ? dir.name : prefix.replace(/\/$/, ''), cause: 'unreadable', detail: `文件夹无法列出${errorText(error)}` });
    return result;
  }
  for (const entry of entries) {
    if (entry.kind === 'directory') {
      if (prefix === '' && entry.name === 'backup') continue;
      const inner = await readDirectory(entry, `${prefix}${entry.name}/`);
      for (const [path, bytes] of inner.files) result.files.set(path, bytes);
      result.failures.push(...inner.failures);
    } else {
      const path = `${prefix}${entry.name}`;
      try {
        result.files.set(path, new Uint8Array(await (await entry.getFile()).arrayBuffer()));
      } catch (error) {
        result.failures.push({ path, cause: 'unreadable', detail: `文件无法读取${errorText(error)}` });
      }
    }
  }
  return result;
}

function errorText(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  return message || name ? `（${[name, message].filter(Boolean).join('：')}）` : '';
}

/** Writes each file (path under the folder), making subfolders as needed. */
export async function writeDirectory(dir: DirectoryHandle, files: DataFolderFiles, onProgress?: (p: FolderProgress) => void): Promise<void> {
  let done = 0;
  for (const [path, bytes] of files) {
    const parts = path.split('/');
    let at = dir;
    for (const part of parts.slice(0, -1)) at = await at.getDirectoryHandle(part, { create: true });
    const handle = await at.getFileHandle(parts[parts.length - 1]!, { create: true });
    const writable = await handle.createWritable();
    await writable.write(bytes);
    await writable.close();
    onProgress?.({ done: ++done, total: files.size });
  }
}

// ── dropped or chosen files ───────────────────────────────────────────────

interface FileSystemEntryLike {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?: (success: (file: File) => void, failure: (error: unknown) => void) => void;
  createReader?: () => { readEntries(success: (entries: FileSystemEntryLike[]) => void, failure: (error: unknown) => void): void };
}

async function entryFiles(entry: FileSystemEntryLike, prefix: string): Promise<Array<[string, File]>> {
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((done, fail) => entry.file!(done, fail));
    return [[`${prefix}${entry.name}`, file]];
  }
  if (!entry.isDirectory || !entry.createReader) return [];
  const reader = entry.createReader();
  const children: FileSystemEntryLike[] = [];
  // readEntries returns a batch at a time (100 in Chromium) until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntryLike[]>((done, fail) => reader.readEntries(done, fail));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  const nested = await Promise.all(children.map((child) => entryFiles(child, `${prefix}${entry.name}/`)));
  return nested.flat();
}

/** Files dropped on the page, with their paths inside any dropped folder. */
export async function droppedFiles(transfer: DataTransfer): Promise<Array<[string, File]>> {
  const entries = [...transfer.items]
    .map((item) => (item.kind === 'file' ? (item.webkitGetAsEntry() as FileSystemEntryLike | null) : null))
    .filter((entry): entry is FileSystemEntryLike => entry !== null);
  if (entries.length === 0) return [...transfer.files].map((file) => [file.name, file]);
  return (await Promise.all(entries.map((entry) => entryFiles(entry, '')))).flat();
}

/** Files from an <input type=file> (webkitRelativePath holds the path inside a chosen folder). */
export function chosenFiles(list: FileList): Array<[string, File]> {
  return [...list].map((file) => [file.webkitRelativePath || file.name, file]);
}

/**
 * Dropped or chosen files as a data folder: paths made relative to the
 * folder that holds the tables (the dropped data/ folder, or a site folder
 * around it); a .zip is unpacked; loose files keep their names.
 */
export async function filesToFolder(files: ReadonlyArray<[string, File]>): Promise<DataFolderFiles> {
  const folder: DataFolderFiles = new Map();
  for (const [path, file] of files) {
    if (/\.zip$/i.test(path)) {
      for (const [inner, bytes] of await unzipPackage(path, new Uint8Array(await file.arrayBuffer()))) folder.set(inner, bytes);
    }
  }
  const tableNames: string[] = Object.values(DATA_FILES);
  const anchors = files.map(([path]) => path).filter((path) => tableNames.some((name) => path === name || path.endsWith(`/${name}`)));
  const root = anchors.map((path) => path.slice(0, path.lastIndexOf('/') + 1)).sort((a, b) => a.length - b.length)[0] ?? '';
  for (const [path, file] of files) {
    if (/\.zip$/i.test(path)) continue;
    const relative = path.startsWith(root) ? path.slice(root.length) : path.slice(path.lastIndexOf('/') + 1);
    folder.set(relative, new Uint8Array(await file.arrayBuffer()));
  }
  return folder;
}

/** A readable message for a .zip that is not a data package (thrown: the check stops there). */
export class PackageError extends Error {}

/** A dropped .zip as a data folder, or a PackageError saying in Chinese what is wrong with it. */
export async function unzipPackage(name: string, bytes: Uint8Array): Promise<DataFolderFiles> {
  const base = name.slice(name.lastIndexOf('/') + 1);
  let files: DataFolderFiles;
  try {
    files = await unzipDataFolder(bytes);
  } catch {
    throw new PackageError(
      `“${base}”不是完整的 .zip 文件（已损坏，或者没有下载完）。请重新下载数据包（等浏览器显示下载完成再打开），或用解压软件试着解压；如果解压也报错，这个文件就不能用了。`,
    );
  }
  const tables: string[] = Object.values(DATA_FILES);
  if (![...files.keys()].some((path) => tables.includes(path))) {
    const sample = [...files.keys()].slice(0, 5).join('、');
    throw new PackageError(
      `“${base}”里没有看板的数据文件（${tables.join('、')}）${files.size > 0 ? `，只有 ${sample}${files.size > 5 ? ' 等' : ''}` : '，是空的'}：它不是这个看板的数据包，没有检查。请拖入“下载完整数据包”得到的 .zip，或 data 文件夹本身。`,
    );
  }
  return files;
}

/** Saves bytes through the browser's download (src/export/download.ts: a blob: URL, CSP-safe). */
export function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
  downloadBlob(fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
}
