// The data stage in the browser: fetch data/*.csv relative to the page, then
// buildDataset. Quote verification is a second, slower stage (five or more
// report texts) so the page can draw its charts first.
//
// baseUrl is passed in (import.meta.env.BASE_URL at the call site) rather
// than read here, so this module also runs under Node and in tests.

import { buildDatasetOffThread, MAIN_THREAD_BUILD_MAX_BYTES, startWorkerAhead } from './build-off-thread';
import { defaultFetch, type FetchLike, fetchBytes, fetchDataFiles } from './fetch-files';
import { decodeReport, type ReportText, reportFiles, verifyQuotes } from './quotes';
import type { DataFileKey } from './schema';
import { DATA_FILES, type Dataset, type Problem } from './types';

export type { FetchLike } from './fetch-files';

export interface Progress {
  done: number;
  total: number;
  /** What is being worked on, in Chinese ("metrics.csv 已读 45%"). */
  detail?: string;
}

export interface LoadOptions {
  /** The site's base URL, ending in '/' (import.meta.env.BASE_URL: './' in a build, '/' in dev). */
  baseUrl: string;
  /** Defaults to the global fetch. */
  fetchImpl?: FetchLike;
  onProgress?: (progress: Progress) => void;
}

/** The URL of a file under data/, for fetching or for a link ("打开原文"). */
export function dataFileUrl(baseUrl: string, file: string): string {
  const base = baseUrl === '' || baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${base}data/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** Fetches and validates the six CSV files. Never rejects: failures are problems. */
export async function loadDataset(options: LoadOptions): Promise<Dataset> {
  const { baseUrl, fetchImpl, onProgress } = options;
  const keys = Object.keys(DATA_FILES) as DataFileKey[];
  const total = keys.length;
  onProgress?.({ done: 0, total });
  const onFetched = (done: number) => onProgress?.({ done, total });
  // Parsing a large file takes seconds: off the main thread (build-off-thread.ts), with its progress shown.
  // Then the files are checked one after another: done counts the files checked.
  const order: readonly string[] = Object.values(DATA_FILES);
  const onBuilt = ({ file, fraction }: { file: string; fraction: number }) =>
    onProgress?.({
      done: Math.max(0, order.indexOf(file)),
      total,
      detail: `正在检查 ${file}${fraction > 0 ? `，已读 ${Math.floor(fraction * 100)}%` : ''}`,
    });
  const urls = Object.fromEntries(keys.map((key) => [key, dataFileUrl(baseUrl, DATA_FILES[key])])) as Record<DataFileKey, string>;
  const whenLarge = (announced: number) => {
    if (announced > MAIN_THREAD_BUILD_MAX_BYTES) void startWorkerAhead();
  };
  const { files, reasons } = await fetchDataFiles(fetchImpl ?? defaultFetch, urls, onFetched, whenLarge);
  const dataset = await buildDatasetOffThread(files, reasons, onBuilt);
  onProgress?.({ done: total, total });
  return dataset;
}

// ── report texts ─────────────────────────────────────────────────────────

interface LoadedReport {
  report: ReportText;
  problems: Problem[];
}

/** How many report texts stay cached, per fetch implementation. */
const REPORT_CACHE_SIZE = 16;
const reportCaches = new WeakMap<FetchLike, Map<string, Promise<LoadedReport>>>();

/** Fetches and decodes one report text, remembering the last few (a reader view reopens them). */
function loadReport(baseUrl: string, file: string, fetchImpl: FetchLike): Promise<LoadedReport> {
  let cache = reportCaches.get(fetchImpl);
  if (!cache) {
    cache = new Map();
    reportCaches.set(fetchImpl, cache);
  }
  const url = dataFileUrl(baseUrl, file);
  const cached = cache.get(url);
  if (cached) {
    // Map keeps insertion order: re-insert to mark as recently used.
    cache.delete(url);
    cache.set(url, cached);
    return cached;
  }
  const loading = fetchBytes(fetchImpl, url).then((fetched) =>
    fetched.bytes === null ? decodeReport(file, null, fetched.reason) : decodeReport(file, fetched.bytes),
  );
  cache.set(url, loading);
  // A failed fetch is not cached, so a retry can succeed.
  void loading.then((loaded) => {
    if (loaded.report.text === null) cache.delete(url);
  });
  while (cache.size > REPORT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return loading;
}

/** A report's text (BOM removed, \n line ends), or null when it cannot be fetched or read. */
export async function fetchReportText(baseUrl: string, file: string, fetchImpl: FetchLike = defaultFetch): Promise<string | null> {
  return (await loadReport(baseUrl, file, fetchImpl)).report.text;
}

/** Runs `task` over `items`, at most `limit` at a time. */
async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const REPORT_CONCURRENCY = 6;

/**
 * Second stage: fetches the report texts and checks that every quote appears
 * verbatim in its report. Returns the new problems (report_missing,
 * quote_not_in_report, and a report's own encoding problems). Never rejects.
 */
export async function verifyReportQuotes(dataset: Dataset, options: LoadOptions): Promise<Problem[]> {
  const { baseUrl, fetchImpl = defaultFetch, onProgress } = options;
  const files = reportFiles(dataset);
  let done = 0;
  onProgress?.({ done, total: files.length });
  const loaded = await mapWithConcurrency(files, REPORT_CONCURRENCY, async (file) => {
    const result = await loadReport(baseUrl, file, fetchImpl);
    onProgress?.({ done: ++done, total: files.length });
    return [file, result] as const;
  });
  const texts = new Map(loaded.map(([file, result]) => [file, result.report]));
  return [...loaded.flatMap(([, result]) => result.problems), ...verifyQuotes(dataset, texts)];
}
