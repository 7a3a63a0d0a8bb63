// The data folder as a .zip (fflate, loaded only when a package is made or
// opened): every file under one top-level folder `data/`, so unpacking it
// next to index.html replaces the site's data folder as a whole.

import type { DataFolderFiles } from './types';

export const ZIP_ROOT = 'data';

export async function zipDataFolder(files: DataFolderFiles): Promise<Uint8Array> {
  const { zipSync } = await import('fflate');
  const tree: Record<string, Uint8Array> = {};
  for (const [path, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) tree[`${ZIP_ROOT}/${path}`] = bytes;
  return zipSync(tree, { level: 6 });
}

/**
 * The files of a .zip as a data folder: paths relative to the folder that
 * holds townships.csv (data/ or the zip's root), folders and other files left out.
 */
export async function unzipDataFolder(zip: Uint8Array): Promise<DataFolderFiles> {
  const { unzipSync } = await import('fflate');
  const entries = unzipSync(zip);
  const paths = Object.keys(entries).filter((p) => !p.endsWith('/'));
  const anchor = paths.filter((p) => p === 'townships.csv' || p.endsWith('/townships.csv')).sort((a, b) => a.length - b.length)[0];
  const prefix = anchor === undefined ? '' : anchor.slice(0, anchor.length - 'townships.csv'.length);
  const files: DataFolderFiles = new Map();
  for (const path of paths) if (path.startsWith(prefix)) files.set(path.slice(prefix.length), entries[path]!);
  return files;
}
