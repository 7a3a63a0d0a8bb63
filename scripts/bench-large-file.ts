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
