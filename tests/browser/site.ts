// Builds the site once and makes copies of it with other data: the tests serve
// the shipped data, a hostile copy and a large generated set side by side.
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * The data as shipped with the 2024 reports, frozen under tests/ (its README):
 * the test sites show this, not data/, so adding next year's reports to data/
 * does not change what the tests expect.
 */
export const FROZEN_DATA_DIR = join(PROJECT_ROOT, 'tests', 'fixtures', 'shipped-2024');

/**
 * Replaces a data folder's tables and report texts with the frozen copy's.
 * Other files (extraction-rules.csv, README.md, …) stay as data/ has them.
 */
export function useFrozenData(dataDir: string): void {
  rmSync(join(dataDir, 'reports'), { recursive: true, force: true });
  for (const name of readdirSync(FROZEN_DATA_DIR)) {
    if (name === 'README.md') continue;
    cpSync(join(FROZEN_DATA_DIR, name), join(dataDir, name), { recursive: true });
  }
}

/**
 * Runs `vite build` with the project's config into outDir (emptied first).
 * The build copies data/ as it is; global-setup.ts puts the frozen data in.
 */
export async function buildSite(outDir: string): Promise<void> {
  const { build } = await import('vite');
  // Vitest sets NODE_ENV=test, and Vite keeps an existing NODE_ENV: the build
  // would bundle React's development build, not the one that ships (and hide
  // production-only failures such as FIELD-NOTES' "Minified React error #130").
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: PROJECT_ROOT,
      configFile: join(PROJECT_ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      mode: 'production',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/**
 * Copies a built site to `target` and replaces its data/ folder: `writeData`
 * receives the copy's data folder, already holding the shipped data.
 */
export async function copySiteWithData(
  builtDir: string,
  target: string,
  writeData: (dataDir: string) => void | Promise<void>,
): Promise<void> {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(builtDir, target, { recursive: true });
  await writeData(join(target, 'data'));
}
