// npm run bench — builds the site, serves it under a sub-path, and measures in
// headless chromium (Debian's, through playwright-core):
//
//   size    initial JS and CSS (gzip, node:zlib): what index.html loads before
//           anything is drawn; and the JS a chart view needs in all (initial +
//           the lazily loaded ECharts chunk), from the requests the page made.
//   time    navigation → every chart drawn: the page sets a performance mark
//           "charts-ready" (src/app/charts-ready.ts) when the data is loaded, the
//           view has rendered, and every chart on it fired ECharts' 'finished'.
//           Measured per view in a fresh browser context (no cache: the server
//           sends no-store), median of several runs; the budget applies to the
//           slowest view, the 简报 included (issue 8).
//   heap    JSHeapUsedSize (CDP Performance.getMetrics) after the charts are
//           drawn and the quote check is done, after a forced GC; the largest
//           over the views.
//
// for the shipped data, a generated set of 300 townships × 5 years, and (issue 19)
// a prefecture (300 × 6 years) and a province (2,000 × 6 years, ≈ 250,000 metric rows)
// (tests/generate-townships.ts). Then the extraction speed (issue 5), when
// scripts/bench-extract.ts exists. Exits 1 when a budget is exceeded.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../tests/browser/chromium';
import { waitForQuietMachine } from './quiet-machine';
import { writeGeneratedData } from '../tests/browser/generated-data';
import { PROJECT_ROOT, buildSite, copySiteWithData } from '../tests/browser/site';
import { startStaticServer } from '../tests/browser/static-server';

const BUDGET = {
  initialJsKb: 135,
  chartViewJsKb: 300,
  chartsShippedMs: 1500,
  chartsGeneratedMs: 3000,
  heapGeneratedMb: 60,
  // Issue 19: a prefecture (300 townships × 6 years) and a province (2,000 × 6, ≈ 250,000 metric rows).
  chartsPrefectureMs: 1500,
  chartsProvinceMs: 3000,
  heapProvinceMb: 150,
};
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ALL_VIEWS = ['overview', 'outreach', 'disputes', 'shortcomings', 'catalog', 'history', 'brief'];
/** The generated set (issue 8): 300 townships × 5 years. */
const GENERATED = { townships: 300, years: [2021, 2022, 2023, 2024, 2025] };
/** Issue 19: six years of a prefecture and of a province. */
const QUOTE_CHECK_WAIT_MS = Number(process.env.BENCH_QUOTE_WAIT_MS ?? 120_000);
const SIX_YEARS = [2020, 2021, 2022, 2023, 2024, 2025];
const PREFECTURE = { townships: 300, years: SIX_YEARS };
const PROVINCE = { townships: 2000, years: SIX_YEARS };
// The province set takes seconds per load: fewer runs (BENCH_PROVINCE_RUNS), and
// BENCH_SETS=shipped,desk,generated,prefecture,province picks the sets measured (desk: the 5 MB paste).
const PROVINCE_RUNS = Number(process.env.BENCH_PROVINCE_RUNS ?? 3);
const SETS = new Set((process.env.BENCH_SETS ?? 'shipped,desk,generated,prefecture,province').split(','));
// BENCH_VIEWS=brief,outreach measures only those views (for a quick look; the full run measures all).
const VIEWS = process.env.BENCH_VIEWS ? process.env.BENCH_VIEWS.split(',') : ALL_VIEWS;
const SITE_PATH = '/county/fazhi/dashboard/';
const GENERATED_PATH = '/county/generated/dashboard/';
const PREFECTURE_PATH = '/prefecture/generated/dashboard/';
const PROVINCE_PATH = '/province/generated/dashboard/';

interface ViewResult {
  view: string;
  medianMs: number;
  runsMs: number[];
  /** Median of navigation → data loaded (performance mark "data-loaded"): the data stage's share. */
  dataMs: number;
  /** JS requested before every chart was drawn (the chart view's budget). */
  jsToDrawKb: number;
  /** False when the heap was measured before the quote check had finished. */
  quotesDone: boolean;
  charts: number;
  heapMb: number;
  jsGzipKb: number;
}

const failures: string[] = [];

function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function check(label: string, value: number, budget: number, unit: string): string {
  const ok = value <= budget;
  if (!ok) failures.push(`${label}: ${value.toFixed(1)} ${unit} > ${budget} ${unit}`);
  return `${ok ? 'ok  ' : 'OVER'} (budget ≤ ${budget} ${unit})`;
}

/** The files index.html loads at once: module script, modulepreloads, stylesheets. */
function initialAssets(siteDir: string): { js: string[]; css: string[] } {
  const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
  const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => join(siteDir, m[1]!));
  return {
    js: [...refs(/<script[^>]+src="([^"]+\.js)"/g), ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)],
    css: refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g),
  };
}

async function measureView(browser: Browser, url: string, siteDir: string, sitePrefix: string): Promise<Omit<ViewResult, 'view' | 'medianMs' | 'runsMs'> & { ms: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await waitForQuietMachine();
  const scripts = new Map<string, number>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js') && path.startsWith(sitePrefix) && !scripts.has(path.slice(sitePrefix.length))) scripts.set(path.slice(sitePrefix.length), Date.now());
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady === 'true', null, { timeout: 180_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('charts-ready')[0]?.startTime ?? Number.NaN);
  const chartsReadyWallMs = await page.evaluate(() => performance.timeOrigin + (performance.getEntriesByName('charts-ready')[0]?.startTime ?? Number.NaN));
  const dataMs = await page.evaluate(() => performance.getEntriesByName('data-loaded')[0]?.startTime ?? Number.NaN);
  const charts = Number(await page.evaluate(() => document.documentElement.dataset.chartCount ?? '0'));
  // Heap "after load": once the quote check (the last loading stage) is done.
  // With thousands of reports the quote check (every report fetched) can outlast the wait: the heap is then
  // measured with the check still running, and the row says so.
  const quotesDone = await page
    .waitForFunction(() => /引文核对完成|引文核对没有完成/.test(document.body.textContent ?? ''), null, { timeout: QUOTE_CHECK_WAIT_MS })
    .then(() => true, () => false);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  await context.close();
  if (errors.length > 0) throw new Error(`page errors on ${url}: ${errors.join('; ')}`);
  const jsGzipKb = [...scripts.keys()].reduce((sum, file) => sum + gzipKb(join(siteDir, file)), 0);
  // Issue 19: the JS a chart view needs to draw is what was requested before "all charts drawn";
  // hover-only code (the tooltip) is fetched after.
  const drawnAt = chartsReadyWallMs;
  const jsToDrawKb = [...scripts].filter(([, at]) => at <= drawnAt).reduce((sum, [file]) => sum + gzipKb(join(siteDir, file)), 0);
  return { ms, dataMs, charts, heapMb: heap / 1024 / 1024, jsGzipKb, jsToDrawKb, quotesDone };
}

async function measureSite(browser: Browser, origin: string, prefix: string, siteDir: string, label: string, extraStates: string[] = [], runCount = RUNS): Promise<ViewResult[]> {
  const results: ViewResult[] = [];
  const states = [...VIEWS.map((v) => `view=${v}`), ...extraStates];
  for (const state of states) {
    const runs: Awaited<ReturnType<typeof measureView>>[] = [];
    // One warm-up run (the OS file cache and chromium's code cache), not counted.
    await measureView(browser, `${origin}${prefix}#${state}`, siteDir, prefix);
    for (let i = 0; i < runCount; i++) runs.push(await measureView(browser, `${origin}${prefix}#${state}`, siteDir, prefix));
    results.push({
      view: state,
      runsMs: runs.map((r) => r.ms),
      medianMs: median(runs.map((r) => r.ms)),
      dataMs: median(runs.map((r) => r.dataMs)),
      quotesDone: runs.every((r) => r.quotesDone),
      charts: runs[0]!.charts,
      heapMb: Math.max(...runs.map((r) => r.heapMb)),
      jsGzipKb: runs[0]!.jsGzipKb,
      jsToDrawKb: runs[0]!.jsToDrawKb,
    });
    process.stderr.write(`  ${label} ${state}: ${results.at(-1)!.medianMs.toFixed(0)} ms\n`);
  }
  return results;
}

function printSite(title: string, results: ViewResult[], chartsBudget: number, heapBudget: number | null): void {
  console.log(`\n${title}`);
  console.log('  state                         charts  median ms  runs (ms)                    heap MB   JS loaded / to draw (gzip KB)  data loaded at (ms)');
  for (const r of results) {
    console.log(
      `  ${r.view.padEnd(30)}${String(r.charts).padStart(6)}${r.medianMs.toFixed(0).padStart(11)}  ${r.runsMs.map((m) => m.toFixed(0)).join(' ').padEnd(28)}${r.heapMb.toFixed(1).padStart(8)}${r.jsGzipKb.toFixed(1).padStart(12)} /${r.jsToDrawKb.toFixed(1).padStart(6)}${r.dataMs.toFixed(0).padStart(21)}${r.quotesDone ? '' : '  (heap before the quote check finished)'}`,
    );
  }
  // Issue 8: every view, the 简报 (all charts, tables and quotes at once) included, is held to the budget.
  if (results.length > 0) {
    const slowest = results.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
    console.log(`  all charts drawn (slowest view, median): ${slowest.view} ${slowest.medianMs.toFixed(0)} ms  ${check(`${title} charts drawn (${slowest.view})`, slowest.medianMs, chartsBudget, 'ms')}`);
  }
  const heaviest = Math.max(...results.map((r) => r.heapMb));
  console.log(`  JS heap after load (largest view):       ${heaviest.toFixed(1)} MB  ${heapBudget === null ? '(no budget)' : check(`${title} heap`, heaviest, heapBudget, 'MB')}`);
}

async function main(): Promise<void> {
  const outRoot = join(PROJECT_ROOT, 'bench-output');
  const siteDir = join(outRoot, 'site');
  const generatedDir = join(outRoot, 'generated');
  console.log('Building the site (vite build) …');
  await buildSite(siteDir);
  const prefectureDir = join(outRoot, 'prefecture');
  const provinceDir = join(outRoot, 'province');
  if (SETS.has('generated')) await copySiteWithData(siteDir, generatedDir, (dataDir) => writeGeneratedData(dataDir, GENERATED));
  if (SETS.has('prefecture')) await copySiteWithData(siteDir, prefectureDir, (dataDir) => writeGeneratedData(dataDir, PREFECTURE));
  if (SETS.has('province')) await copySiteWithData(siteDir, provinceDir, (dataDir) => writeGeneratedData(dataDir, PROVINCE));

  const initial = initialAssets(siteDir);
  const jsKb = initial.js.reduce((sum, f) => sum + gzipKb(f), 0);
  const cssKb = initial.css.reduce((sum, f) => sum + gzipKb(f), 0);
  const rawKb = (files: string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0) / 1024;
  console.log('\nSize (gzip level 9)');
  console.log(`  initial JS:  ${jsKb.toFixed(1)} KB gzip (${rawKb(initial.js).toFixed(0)} KB raw, ${initial.js.length} file)  ${check('initial JS', jsKb, BUDGET.initialJsKb, 'KB')}`);
  console.log(`  initial CSS: ${cssKb.toFixed(1)} KB gzip (${rawKb(initial.css).toFixed(0)} KB raw)`);
  // The Word (docx) and Excel (write-excel-file) exports load on their button's first click.
  const assets = readdirSync(join(siteDir, 'assets'));
  for (const [label, pattern] of [['导出Word chunk (docx)', /^word-export-actions-.*\.js$/], ['导出Excel chunk (write-excel-file)', /^xlsx-export-actions-.*\.js$/], ['读PDF报告 chunk (pdf.js 3.11 legacy + worker)', /^pdf(?:\.worker\.min)?-.*\.js$/]] as const) {
    const files = assets.filter((name) => pattern.test(name)).map((name) => join(siteDir, 'assets', name));
    if (files.length === 0) continue;
    const kb = files.reduce((sum, f) => sum + gzipKb(f), 0);
    console.log(`  ${label}: ${kb.toFixed(1)} KB gzip (${rawKb(files).toFixed(0)} KB raw), lazy (reported, no budget)`);
  }

  const server = await startStaticServer([
    { prefix: SITE_PATH, root: siteDir },
    { prefix: GENERATED_PATH, root: generatedDir },
    { prefix: PREFECTURE_PATH, root: prefectureDir },
    { prefix: PROVINCE_PATH, root: provinceDir },
  ]);
  const browser = await chromium.launch({ ...CHROMIUM_LAUNCH, headless: true });
  try {
    console.log(`\nMeasuring (${RUNS} runs per state after one warm-up) …`);
    if (SETS.has('shipped')) {
      const shipped = await measureSite(browser, server.origin, SITE_PATH, siteDir, 'shipped');
      const chartViewJs = Math.max(...shipped.map((r) => r.jsToDrawKb));
      const allJs = Math.max(...shipped.map((r) => r.jsGzipKb));
      console.log(`\n  JS of the heaviest view until its charts are drawn (initial + chunks + data worker): ${chartViewJs.toFixed(1)} KB gzip  ${check('chart view JS', chartViewJs, BUDGET.chartViewJsKb, 'KB')}`);
      console.log(`  JS of the heaviest view in all, hover-only code fetched after drawing included: ${allJs.toFixed(1)} KB gzip (reported, no budget)`);
      printSite('Shipped data (5 townships × 1 year)', shipped, BUDGET.chartsShippedMs, null);
    }
    // Issue 16 item 5: a 5 MB paste at the desk, drafted in a worker (main thread's longest block, time to first draft).
    if (SETS.has('desk')) {
      const { benchDeskPaste, describeDeskPaste } = await import('./bench-extract.ts');
      console.log(`\n${describeDeskPaste(await benchDeskPaste(browser, `${server.origin}${SITE_PATH}`))}`);
    }
    if (SETS.has('generated')) {
      const generated = await measureSite(browser, server.origin, GENERATED_PATH, generatedDir, 'generated', ['view=outreach&year=all']);
      printSite(`Generated data (${GENERATED.townships} townships × ${GENERATED.years.length} years; default year, plus all years)`, generated, BUDGET.chartsGeneratedMs, BUDGET.heapGeneratedMb);
    }
    if (SETS.has('prefecture')) {
      const prefecture = await measureSite(browser, server.origin, PREFECTURE_PATH, prefectureDir, 'prefecture', [], PROVINCE_RUNS);
      printSite(`Prefecture (${PREFECTURE.townships} townships × ${PREFECTURE.years.length} years, latest year)`, prefecture, BUDGET.chartsPrefectureMs, BUDGET.heapProvinceMb);
    }
    if (SETS.has('province')) {
      const province = await measureSite(browser, server.origin, PROVINCE_PATH, provinceDir, 'province', [], PROVINCE_RUNS);
      // The generator writes ≈ 21 figures per report, as the real reports give: 2,000 × 6 is ≈ 250,000 metric rows (issue 19).
      const metricRows = readFileSync(join(provinceDir, 'data', 'metrics.csv'), 'utf8').split('\n').length - 2;
      printSite(`Province (${PROVINCE.townships} townships × ${PROVINCE.years.length} years, ${metricRows} metric rows, latest year)`, province, BUDGET.chartsProvinceMs, BUDGET.heapProvinceMb);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  // Issue 5's extraction speed, when its bench exists.
  const extractBench = resolve(PROJECT_ROOT, 'scripts', 'bench-extract.ts');
  if (existsSync(extractBench)) {
    const module = (await import(pathToFileURL(extractBench).href)) as {
      benchExtraction?: () => Promise<{ reportsPerSecond: number }>;
      TARGET_REPORTS_PER_SECOND?: number;
    };
    if (module.benchExtraction) {
      const result = await module.benchExtraction();
      const target = module.TARGET_REPORTS_PER_SECOND ?? 500;
      const ok = result.reportsPerSecond >= target;
      if (!ok) failures.push(`extraction: ${result.reportsPerSecond.toFixed(0)} reports/s < ${target}`);
      console.log(`\nExtraction (one core): ${result.reportsPerSecond.toFixed(0)} reports/s  ${ok ? 'ok  ' : 'UNDER'} (target ≥ ${target})`);
    }
  } else {
    console.log('\nExtraction: scripts/bench-extract.ts not present (hook: export benchExtraction()).');
  }

  // Issue 10: a 20 MB metrics.csv through the data stage (the page runs it in a worker).
  const { benchLargeFile } = await import('./bench-large-file.ts');
  const large = await benchLargeFile();
  console.log(`\nLarge metrics.csv (${large.megabytes.toFixed(1)} MB, ${large.rows} rows, off the main thread on the page): ${large.medianMs.toFixed(0)} ms  (reported, no budget)`);

  if (failures.length > 0) {
    console.log(`\nOver budget:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll figures within budget.');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
