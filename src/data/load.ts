// The data stage in the browser: fetch data/*.csv relative to the page, then
// buildDataset. Quote verification is a second, slower stage (five or more
// report texts, report-texts.ts) so the page can draw its charts first.
//
// baseUrl is passed in (import.meta.env.BASE_URL at the call site) rather
// than read here, so this module also runs under Node and in tests.

import { buildDatasetOffThread, MAIN_THREAD_BUILD_MAX_BYTES, startWorkerAhead } from './build-off-thread';
import { defaultFetch, type FetchLike, fetchDataFiles } from './fetch-files';
import type { DataFileKey } from './schema';
import { DATA_FILES, type Dataset } from './types';

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
