// The data folder as a .zip (fflate, loaded only when a package is made or
// opened): every file under one top-level folder `data/`, so unpacking it
// next to index.html replaces the site's data folder as a whole.

import { DATA_FILES } from '../data/index';
import type { DataFolderFiles } from './types';

const TABLES: readonly string[] = Object.values(DATA_FILES);

export const ZIP_ROOT = 'data';

export async function zipDataFolder(files: DataFolderFiles): Promise<Uint8Array> {
  const { zipSync } = await import('fflate');
  const tree: Record<string, Uint8Array> = {};
  for (const [path, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) tree[`${ZIP_ROOT}/${path}`] = bytes;
  return zipSync(tree, { level: 6 });
}

/**
 * The files of a .zip as a data folder: paths relative to the folder that
 * holds the tables (data/ or the zip's root); files outside it are left out.
 */
export async function unzipDataFolder(zip: Uint8Array): Promise<DataFolderFiles> {
  const { unzipSync } = await import('fflate');
  const entries = unzipSync(zip);
  const paths = Object.keys(entries).filter((p) => !p.endsWith('/'));
  const anchor = paths.filter((p) => TABLES.some((t) => p === t || p.endsWith(`/${t}`))).sort((a, b) => a.length - b.length)[0];
  const prefix = anchor === undefined ? '' : anchor.slice(0, anchor.lastIndexOf('/') + 1);
  const files: DataFolderFiles = new Map();
  for (const path of paths) if (path.startsWith(prefix)) files.set(path.slice(prefix.length), entries[path]!);
  return files;
}
