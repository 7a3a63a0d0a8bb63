// Extraction speed: the five reports of data/reports, drafted over and over
// on one thread for a couple of seconds (metrics and shortcomings, as the
// page does for a pasted report). Target: at least 500 reports per second.
//
//   npx tsx scripts/bench-extract.ts      prints the figure and the target
//   benchExtraction()                     for scripts/bench.ts

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractMetrics, extractShortcomings, parseRules } from '../src/extract';

export const TARGET_REPORTS_PER_SECOND = 500;

export interface ExtractionBench {
  reportsPerSecond: number;
  reports: number;
  seconds: number;
}

const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));
const REPORTS = ['taerma', 'haizigou', 'bitu', 'daguo', 'zhegu'].map((id) => `reports/${id}-2024.txt`);

export async function benchExtraction(options: { seconds?: number } = {}): Promise<ExtractionBench> {
  const duration = options.seconds ?? 2;
  const texts = REPORTS.map((file) => readFileSync(`${DATA_DIR}${file}`, 'utf8'));
  const { rules } = parseRules(readFileSync(`${DATA_DIR}extraction-rules.csv`, 'utf8'));
  const once = (text: string) => extractMetrics(text, { rules }).length + extractShortcomings(text, { rules }).length;

  // Warm-up: let the JIT compile the hot paths before timing.
  for (let i = 0; i < 20; i++) for (const text of texts) once(text);

  let reports = 0;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < duration * 1000) {
    for (const text of texts) sink += once(text);
    reports += texts.length;
    elapsed = performance.now() - start;
  }
  if (sink === 0) throw new Error('extraction drafted nothing: the benchmark would measure nothing');
  const seconds = elapsed / 1000;
  return { reportsPerSecond: reports / seconds, reports, seconds };
}

const runDirectly = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (runDirectly) {
  const result = await benchExtraction();
  const verdict = result.reportsPerSecond >= TARGET_REPORTS_PER_SECOND ? '达标' : '未达标';
  console.log(
    `报告解析：${result.reportsPerSecond.toFixed(0)} 份报告/秒（${result.reports} 份，${result.seconds.toFixed(2)} 秒，单线程）；目标 ≥ ${TARGET_REPORTS_PER_SECOND} 份/秒：${verdict}`,
  );
}
