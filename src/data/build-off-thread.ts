// buildDataset off the main thread when the data is large enough to freeze the
// page, so it stays responsive while a prefecture's or province's files are
// parsed; on the main thread otherwise (small data, Node, check-data, tests, or
// a worker that fails to start). Same function, same problems either way: the
// page and check-data agree.
//
// Small data stays here (issue 19, the chart view's JS budget): a county's few
// hundred KB parse in tens of milliseconds, while the worker is a second copy
// of the parser, validators and messages (≈ 26 KB gzip) that the page would
// fetch before its first chart. The worker answers with the Dataset packed
// (packed.ts), which is unpacked here.
import type { DataFileBytes, MissingReasons } from './build';
import { type PackedDataset, unpackDataset } from './packed';
import type { DataFileKey } from './schema';
import type { Dataset } from './types';

/**
 * Data files (all six together) up to this many bytes are built on the main
 * thread. The shipped data is a few KB, a county's some 100 KB; a prefecture
 * (300 townships × 6 years, ≈ 4 MB) goes to the worker.
 */
export const MAIN_THREAD_BUILD_MAX_BYTES = 1024 * 1024;

export type BuildRequest = { files: DataFileBytes; reasons: MissingReasons };

export type BuildResponse =
  | { type: 'progress'; file: string; fraction: number }
  | { type: 'done'; packed: PackedDataset };

export type BuildProgress = (progress: { file: string; fraction: number }) => void;

// Imported only when needed: with large data the parser and validators are
// the worker's, not the page's.
async function buildOnMainThread(files: DataFileBytes, reasons: MissingReasons, onProgress?: BuildProgress): Promise<Dataset> {
  const { buildDataset } = await import('./build');
  return buildDataset(files, reasons, { onProgress });
}

/** A data worker started ahead, and whether it has failed to load while it waited. */
interface SpareWorker {
  worker: Worker;
  failed: boolean;
}

let spare: SpareWorker | null = null;

function newWorker(): Worker {
  return new Worker(new URL('./build.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts the data worker ahead of the data, when the files' sizes (their
 * Content-Length) say they will be large: its script then loads and compiles
 * while the files still download, not after (issue 19). A guess that proves
 * wrong costs only that: small data is still built here, and the worker ended.
 */
export function startWorkerAhead(): void {
  if (spare || typeof Worker === 'undefined') return;
  try {
    const waiting: SpareWorker = { worker: newWorker(), failed: false };
    // An error before the worker is used (its script cannot load) must not be lost.
    waiting.worker.onerror = (event) => {
      event.preventDefault();
      waiting.failed = true;
    };
    spare = waiting;
  } catch {
    spare = null;
  }
}

function endSpareWorker(): void {
  spare?.worker.terminate();
  spare = null;
}

/**
 * Posts `request` to the data worker (the one started ahead, or a new one) and
 * resolves with its Dataset; when there is no worker, or it cannot start or
 * crashes, `fallback` does the work here.
 */
function inWorker(request: BuildRequest, fallback: () => Promise<Dataset>, onProgress?: BuildProgress): Promise<Dataset> {
  if (typeof Worker === 'undefined') return fallback();
  const ahead = spare;
  spare = null;
  if (ahead?.failed) {
    ahead.worker.terminate();
    return fallback();
  }
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = ahead?.worker ?? newWorker();
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
      if (message.type === 'progress') onProgress?.(message);
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

function totalBytes(files: DataFileBytes): number {
  return Object.values(files).reduce((sum, bytes) => sum + (bytes?.byteLength ?? 0), 0);
}

/** Builds the Dataset from the files' bytes: in the worker when they are large and there is one. */
export function buildDatasetOffThread(files: DataFileBytes, reasons: MissingReasons, onProgress?: BuildProgress): Promise<Dataset> {
  const here = () => buildOnMainThread(files, reasons, onProgress);
  if (totalBytes(files) > MAIN_THREAD_BUILD_MAX_BYTES) return inWorker({ files, reasons }, here, onProgress);
  endSpareWorker();
  return here();
}
