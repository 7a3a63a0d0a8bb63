// Builds the site once and makes copies of it with other data: the tests serve
// the shipped data, a hostile copy and a large generated set side by side.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

/** Runs `vite build` with the project's config into outDir (emptied first). */
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
