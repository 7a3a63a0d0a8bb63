// The report texts in the browser: one fetched for the reader ("打开原文"),
// and all of them for the quote check, the second loading stage, which runs
// once the charts are drawn. Kept apart from load.ts so that the page loads
// this code only then (issue 19, the chart view's JS).

import { dataFileUrl, type LoadOptions } from './load';
import { defaultFetch, type FetchLike, fetchBytes } from './fetch-files';
import { decodeReport, type ReportText, reportFiles, verifyQuotes } from './quotes';
import type { Dataset, Problem } from './types';

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
