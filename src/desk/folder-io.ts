// Getting data folders in and out of the browser, no React: the deployed
// site's data/ (fetched file by file), a folder the clerk picks with the File
// System Access API (read and written in place; Chromium 86+), files or a
// folder dropped on the page, and a download. Paths are relative to data/.

import { DATA_FILES, parseCsv, reportsSchema } from '../data/index';
import { dataFileUrl } from '../data/load';
import type { DataFolderFiles } from './types';
import { readCsvFile } from './csv-text';
import { unzipDataFolder } from './zip';
import { downloadBlob } from '../export/download';

/** Files of data/ besides the six tables that belong in a complete package. */
export const OTHER_DATA_FILES = ['extraction-rules.csv', 'README.md', 'EXTRACTION-RULES.md'];

export interface FolderProgress {
  done: number;
  total: number;
}

async function fetchBytes(url: string): Promise<Uint8Array | null> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

/** The report files reports.csv names (its `file` column), for fetching them. */
export function reportFilesIn(reportsCsv: Uint8Array | undefined): string[] {
  const text = reportsCsv ? readCsvFile(reportsSchema.file, reportsCsv)?.text : null;
  if (!text) return [];
  const parsed = parseCsv(text, reportsSchema.file);
  const at = parsed.header.map((h) => h.toLowerCase()).indexOf('file');
  if (at < 0) return [];
  const files = parsed.records.map((r) => (r.cells[at] ?? '').replace(/\\/g, '/').replace(/^\.\//, ''));
  return [...new Set(files.filter((f) => f !== '' && !f.startsWith('/') && !f.split('/').includes('..')))];
}

/**
 * The deployed site's data folder: the six tables, the other known files
 * and every report text reports.csv names. A file the site does not have is
 * simply not in the result.
 */
export async function fetchSiteFolder(baseUrl: string, onProgress?: (p: FolderProgress) => void): Promise<DataFolderFiles> {
  const files: DataFolderFiles = new Map();
  const first = [...Object.values(DATA_FILES), ...OTHER_DATA_FILES];
  let done = 0;
  const fetchAll = async (paths: string[], total: number) => {
    await Promise.all(
      paths.map(async (path) => {
        const bytes = await fetchBytes(dataFileUrl(baseUrl, path));
        if (bytes) files.set(path, bytes);
        onProgress?.({ done: ++done, total });
      }),
    );
  };
  await fetchAll(first, first.length);
  const reports = reportFilesIn(files.get(DATA_FILES.reports)).filter((f) => !files.has(f));
  await fetchAll(reports, first.length + reports.length);
  return files;
}

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

/** Every file under the folder (backup/ left out: old copies are not data). */
export async function readDirectory(dir: DirectoryHandle, prefix = ''): Promise<DataFolderFiles> {
  const files: DataFolderFiles = new Map();
  for await (const entry of dir.values()) {
    if (entry.kind === 'directory') {
      if (prefix === '' && entry.name === 'backup') continue;
      for (const [path, bytes] of await readDirectory(entry, `${prefix}${entry.name}/`)) files.set(path, bytes);
    } else {
      files.set(`${prefix}${entry.name}`, new Uint8Array(await (await entry.getFile()).arrayBuffer()));
    }
  }
  return files;
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
      for (const [inner, bytes] of await unzipDataFolder(new Uint8Array(await file.arrayBuffer()))) folder.set(inner, bytes);
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

/** Saves bytes through the browser's download (src/export/download.ts: a blob: URL, CSP-safe). */
export function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
  downloadBlob(fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
}
