// buildDataset in a module worker when the browser has one, so the page stays
// responsive while a large file is parsed; on the main thread otherwise (Node,
// check-data, tests, or a worker that fails to start). Same function, same
// problems either way: the page and check-data agree.
//
// The worker either fetches the files itself (the page's load: the bytes never
// pass through the page) or is given their bytes. It answers with the Dataset
// packed (packed.ts), which is unpacked here.
import type { DataFileBytes, MissingReasons } from './build';
import { defaultFetch, fetchDataFiles } from './fetch-files';
import { type PackedDataset, unpackDataset } from './packed';
import type { DataFileKey } from './schema';
import type { Dataset } from './types';

export type BuildRequest = { files: DataFileBytes; reasons: MissingReasons } | { urls: Record<DataFileKey, string> };

export type BuildResponse =
  | { type: 'fetched'; done: number; total: number }
  | { type: 'progress'; file: string; fraction: number }
  | { type: 'done'; packed: PackedDataset };

export type BuildProgress = (progress: { file: string; fraction: number }) => void;
export type FetchProgress = (done: number, total: number) => void;

// Imported only when needed: on the page the parser and validators are the
// worker's, not the first JS's (issue 19: the initial and chart-view budgets).
async function buildOnMainThread(files: DataFileBytes, reasons: MissingReasons, onProgress?: BuildProgress): Promise<Dataset> {
  const { buildDataset } = await import('./build');
  return buildDataset(files, reasons, { onProgress });
}

/**
 * Posts `request` to a new data worker and resolves with its Dataset; when
 * there is no worker, or it cannot start or crashes, `fallback` does the work here.
 */
function inWorker(request: BuildRequest, fallback: () => Promise<Dataset>, onFetched?: FetchProgress, onProgress?: BuildProgress): Promise<Dataset> {
  if (typeof Worker === 'undefined') return fallback();
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./build.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(fallback());
      return;
    }
    let settled = false;
    const finish = (dataset: () => Dataset | Promise<Dataset>) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      resolve(dataset());
    };
    worker.onmessage = (event: MessageEvent<BuildResponse>) => {
      const message = event.data;
      if (message.type === 'fetched') onFetched?.(message.done, message.total);
      else if (message.type === 'progress') onProgress?.(message);
      else finish(() => unpackDataset(message.packed));
    };
    // A worker that cannot load (an old browser, a server that refuses the
    // script) or crashes: do the work here instead of leaving the page empty.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(fallback);
    };
    worker.onmessageerror = () => finish(fallback);
    // Bytes are copied, not transferred: they must stay here for the fallback.
    worker.postMessage(request);
  });
}

/** Builds the Dataset from bytes already fetched, off the main thread when it can. */
export function buildDatasetOffThread(files: DataFileBytes, reasons: MissingReasons, onProgress?: BuildProgress): Promise<Dataset> {
  return inWorker({ files, reasons }, () => buildOnMainThread(files, reasons, onProgress), undefined, onProgress);
}

/**
 * Fetches the data files at `urls` (absolute: a worker resolves relative URLs
 * against its own script) and builds the Dataset, both in the worker when there is one.
 */
export function fetchAndBuildOffThread(urls: Record<DataFileKey, string>, onFetched?: FetchProgress, onProgress?: BuildProgress): Promise<Dataset> {
  const fallback = async (): Promise<Dataset> => {
    const { files, reasons } = await fetchDataFiles(defaultFetch, urls, onFetched);
    return buildOnMainThread(files, reasons, onProgress);
  };
  return inWorker({ urls }, fallback, onFetched, onProgress);
}
