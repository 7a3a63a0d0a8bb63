// Builds the site once and makes copies of it with other data: the tests serve
// the shipped data, a hostile copy and a large generated set side by side.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

/** Runs `vite build` with the project's config into outDir (emptied first). */
export async function buildSite(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: PROJECT_ROOT,
    configFile: join(PROJECT_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
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
