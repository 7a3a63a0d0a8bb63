// Site copies for the data-error browser tests (issue 10, parse level): each
// is the shipped site with one file broken the way a clerk breaks it.
//   empty       metrics.csv with only its header
//   nothing     townships.csv missing
//   brokenQuote metrics.csv line 3 opens a double quote that never closes
//   large       metrics.csv pasted over and over: 145,000 rows, about 20 MB
//   mixed       several slips at once, for comparing the page with check-data
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mount } from './static-server';
import { copySiteWithData } from './site';

export const DATA_ERROR_PATHS = {
  empty: '/county/empty/dashboard/',
  nothing: '/county/nothing/dashboard/',
  brokenQuote: '/county/broken-quote/dashboard/',
  large: '/county/large/dashboard/',
  mixed: '/county/mixed/dashboard/',
} as const;

export interface DataErrorSites {
  paths: typeof DATA_ERROR_PATHS;
  /** The line of metrics.csv that opens the broken quote, and the rows after it. */
  brokenQuote: { line: number; swallowed: number };
  /** Rows and bytes of the large metrics.csv. */
  large: { rows: number; bytes: number };
  /** data/ folders of the sites, for running check-data on the same files. */
  dataDirs: Record<keyof typeof DATA_ERROR_PATHS, string>;
  /** Sites with one refused metrics.csv row (issue 22; writeRefusedRowSites). */
  refused: RefusedRowSites;
}

export const LARGE_ROWS = 145_000;

export async function writeDataErrorSites(shippedDir: string, workDir: string): Promise<{ mounts: Mount[]; info: DataErrorSites }> {
  const mounts: Mount[] = [];
  const dataDirs = {} as DataErrorSites['dataDirs'];
  const site = async (name: keyof typeof DATA_ERROR_PATHS, write: (dataDir: string) => void) => {
    const dir = join(workDir, `data-error-${name}`);
    await copySiteWithData(shippedDir, dir, write);
    mounts.push({ prefix: DATA_ERROR_PATHS[name], root: dir });
    dataDirs[name] = join(dir, 'data');
  };
  const metricsOf = (dataDir: string) => readFileSync(join(dataDir, 'metrics.csv'), 'utf8').replace(/\r?\n$/, '').split(/\r?\n/);

  await site('empty', (dataDir) => {
    writeFileSync(join(dataDir, 'metrics.csv'), `${metricsOf(dataDir)[0]}\n`);
  });
  await site('nothing', (dataDir) => rmSync(join(dataDir, 'townships.csv')));

  let brokenQuote = { line: 3, swallowed: 0 };
  await site('brokenQuote', (dataDir) => {
    const lines = metricsOf(dataDir);
    // The quote cell of line 3 starts with a double quote that is never closed.
    lines[2] = lines[2]!.replace(',at_least,', ',at_least,"');
    brokenQuote = { line: 3, swallowed: lines.length - 3 };
    writeFileSync(join(dataDir, 'metrics.csv'), `${lines.join('\n')}\n`);
  });

  let large = { rows: 0, bytes: 0 };
  await site('large', (dataDir) => {
    const [header, ...rows] = metricsOf(dataDir);
    const out: string[] = [header!];
    for (let i = 0; i < LARGE_ROWS; i++) out.push(rows[i % rows.length]!);
    const text = `${out.join('\n')}\n`;
    writeFileSync(join(dataDir, 'metrics.csv'), text);
    large = { rows: LARGE_ROWS, bytes: Buffer.byteLength(text) };
  });

  await site('mixed', (dataDir) => {
    const file = (name: string) => join(dataDir, name);
    const lines = metricsOf(dataDir);
    lines[1] = lines[1]!.replace(',25,', ',2500,'); // a value not in its quote
    lines.push('bitu,2024,outreach_events,补充宣讲,1,200,次,exact,补充宣讲1200次,'); // "1,200" unquoted
    writeFileSync(file('metrics.csv'), `${lines.join('\n')}\n`);
    const reports = readFileSync(file('reports.csv'), 'utf8');
    writeFileSync(file('reports.csv'), reports.replace('2025-03-21', '三月下旬').replace('daguo,2024,', 'Daguo,2024年,'));
    rmSync(file('reports/zhegu-2024.txt'));
    const categories = readFileSync(file('shortcoming-categories.csv'), 'utf8');
    writeFileSync(file('shortcoming-categories.csv'), categories.replace(/,/g, ';'));
  });

  const refused = await writeRefusedRowSites(shippedDir, workDir);
  mounts.push(...refused.mounts);
  return { mounts, info: { paths: DATA_ERROR_PATHS, brokenQuote, large, dataDirs, refused: refused.info } };
}

// ── issue 22: one refused row each ─────────────────────────────────────────
//   thousands    metrics.csv line 8 (塔尔玛乡 2024 发放普法资料 3350份) written 3,350 unquoted
//   township     metrics.csv line 3 (塔尔玛乡 2024 普法受众, 2153人) with township id tarma
//   unattributed a row of an id close to no township (nowhere), 2024

export const REFUSED_ROW_PATHS = {
  thousands: '/county/refused-thousands/dashboard/',
  township: '/county/refused-township/dashboard/',
  unattributed: '/county/refused-unattributed/dashboard/',
} as const;

export interface RefusedRowSites {
  paths: typeof REFUSED_ROW_PATHS;
  dataDirs: Record<keyof typeof REFUSED_ROW_PATHS, string>;
  /** The metrics.csv line refused on each site. */
  lines: Record<keyof typeof REFUSED_ROW_PATHS, number>;
}

export async function writeRefusedRowSites(shippedDir: string, workDir: string): Promise<{ mounts: Mount[]; info: RefusedRowSites }> {
  const mounts: Mount[] = [];
  const dataDirs = {} as RefusedRowSites['dataDirs'];
  const lines = {} as RefusedRowSites['lines'];
  const site = async (name: keyof typeof REFUSED_ROW_PATHS, line: number, edit: (text: string) => string) => {
    const dir = join(workDir, `refused-${name}`);
    await copySiteWithData(shippedDir, dir, (dataDir) => {
      const file = join(dataDir, 'metrics.csv');
      const rows = readFileSync(file, 'utf8').split('\n');
      if (line > rows.length) rows.push('');
      rows[line - 1] = edit(rows[line - 1] ?? '');
      writeFileSync(file, `${rows.join('\n').replace(/\n*$/, '')}\n`);
    });
    mounts.push({ prefix: REFUSED_ROW_PATHS[name], root: dir });
    dataDirs[name] = join(dir, 'data');
    lines[name] = line;
  };
  await site('thousands', 8, (row) => row.replace(',3350,', ',3,350,'));
  await site('township', 3, (row) => row.replace(/^taerma,/, 'tarma,'));
  const shippedLines = readFileSync(join(shippedDir, 'data', 'metrics.csv'), 'utf8').replace(/\n$/, '').split('\n').length;
  await site('unattributed', shippedLines + 1, () => 'nowhere,2024,outreach_events,宣讲,5,次,exact,宣讲5次,');
  return { mounts, info: { paths: REFUSED_ROW_PATHS, dataDirs, lines } };
}
