// The data stage on a 20 MB metrics.csv (issue 10): the shipped rows pasted
// over and over to 145,000 rows, read by buildDataset as the page's worker
// and check-data do. Reported, no budget: the page parses it off the main
// thread, so this time is a wait with a progress line, not a frozen tab.
//
//   npx tsx scripts/bench-large-file.ts   prints the figure
//   benchLargeFile()                      for scripts/bench.ts

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDataset, DATA_FILES, type DataFileBytes, type DataFileKey } from '../src/data/index';

const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));
export const LARGE_FILE_ROWS = 145_000;

export interface LargeFileBench {
  megabytes: number;
  rows: number;
  medianMs: number;
}

export async function benchLargeFile(runs = 3): Promise<LargeFileBench> {
  const files = {} as DataFileBytes;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) files[key] = new Uint8Array(readFileSync(`${DATA_DIR}${DATA_FILES[key]}`));
  const [header, ...rows] = readFileSync(`${DATA_DIR}metrics.csv`, 'utf8').replace(/\n$/, '').split('\n');
  const lines = [header!];
  for (let i = 0; i < LARGE_FILE_ROWS; i++) lines.push(rows[i % rows.length]!);
  files.metrics = new TextEncoder().encode(`${lines.join('\n')}\n`);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    buildDataset(files);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { megabytes: files.metrics.length / (1024 * 1024), rows: LARGE_FILE_ROWS, medianMs: times[Math.floor(times.length / 2)]! };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await benchLargeFile();
  console.log(`Large metrics.csv (${result.megabytes.toFixed(1)} MB, ${result.rows} rows): buildDataset ${result.medianMs.toFixed(0)} ms (median)`);
}

// ── a province (issue 19, data part; issue 22 item 4) ──────────────────────
// 2,000 townships × 6 years from tests/generate-townships.ts: ≈ 21 figures per
// report, the ≈ 250,000 metric rows a province has. No row limit: every row is read.
// Reported: rows, MB, buildDataset time (what the page's worker and
// check-data run) and the heap the Dataset keeps (after a GC when node runs
// with --expose-gc, as `npm run bench` may; otherwise heap used after the build).

export interface ProvinceBench {
  metricRows: number;
  megabytes: number;
  buildMs: number;
  heapMb: number;
  errors: number;
}

export async function benchProvince(): Promise<ProvinceBench> {
  const { generateDataset } = await import('../tests/generate-townships');
  const generated = generateDataset({ townships: 2000, years: [2020, 2021, 2022, 2023, 2024, 2025], seed: 19 });
  const files = {} as DataFileBytes;
  const encoder = new TextEncoder();
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) files[key] = encoder.encode(generated[DATA_FILES[key]]!);
  const metricRows = generated['metrics.csv']!.replace(/\r?\n$/, '').split(/\r?\n/).length - 1;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const dataset = buildDataset(files);
  const buildMs = performance.now() - start;
  gc?.();
  const heapMb = (process.memoryUsage().heapUsed - before) / (1024 * 1024);
  return {
    metricRows,
    megabytes: files.metrics!.length / (1024 * 1024),
    buildMs,
    heapMb,
    errors: dataset.problems.filter((p) => p.severity === 'error').length + (dataset.metrics.length > 0 ? 0 : 1),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--province')) {
  const p = await benchProvince();
  console.log(
    `Province metrics.csv (${p.megabytes.toFixed(1)} MB, ${p.metricRows} rows, 2,000 townships × 6 years): buildDataset ${p.buildMs.toFixed(0)} ms, Dataset heap ${p.heapMb.toFixed(0)} MB, ${p.errors} errors`,
  );
}
