// buildDataset off the main thread when the data is large enough to freeze the
// page, so it stays responsive while a prefecture's or province's files are
// parsed; on the main thread otherwise (small data, Node, check-data, tests, or
// a worker that fails to start). Same function, same problems either way: the
// page and check-data agree.
//
// Small data stays here (issue 19, the chart view's JS budget): a county's few
// hundred KB parse in tens of milliseconds, while the worker is a second copy
// of the parser, validators and messages (≈ 26 KB gzip) that the page would
// fetch before its first chart. The workers are started ahead from here
// (spare-workers.ts, a few lines); the rest of the page's side of them (the
// channel between them, the fallback, unpacking the Dataset they send) is in
// build-in-workers.ts, loaded only for large data.
import type { DataFileBytes, MissingReasons } from './build';
import type { DataFileBodies } from './file-bodies';
import type { PackedDataset } from './packed';
import type { Dataset } from './types';
import { endSpareWorkers, startWorkersAhead } from './spare-workers';

/**
 * Data files (all six together) up to this many bytes are built on the main
 * thread. The shipped data is a few KB, a county's some 100 KB; a prefecture
 * (300 townships × 6 years, ≈ 4 MB) goes to the worker.
 */
export const MAIN_THREAD_BUILD_MAX_BYTES = 1024 * 1024;

/** To the builder; `reader` is a port to the second worker, which reads half of metrics.csv (read-in-halves.ts). */
export type BuildRequest = { type: 'build'; files: DataFileBodies; reasons: MissingReasons; reader?: MessagePort };

export type WorkerRequest =
  | BuildRequest
  /** To the second worker: serve the builder on this port. */
  | { type: 'read-half'; port: MessagePort }
  /** To the builder: the second worker could not start or crashed. */
  | { type: 'reader-lost' };

export type BuildResponse =
  | { type: 'progress'; file: string; fraction: number }
  /** metricsInParts: metrics.csv was read by both workers (read-in-halves.ts), for the tests and the bench. */
  | { type: 'done'; packed: PackedDataset; metricsInParts: boolean };

export type BuildProgress = (progress: { file: string; fraction: number }) => void;

// Imported only when needed: with large data the parser and validators are
// the worker's, not the page's.
async function buildOnMainThread(bodies: DataFileBodies, missingReasons: MissingReasons, onProgress?: BuildProgress): Promise<Dataset> {
  // A Blob only when a file was large (and the worker failed): small data does not load the reading of Blobs.
  const read = Object.values(bodies).some((body) => body instanceof Blob)
    ? import('./file-bodies').then(({ readBodies }) => readBodies(bodies, missingReasons))
    : { files: bodies as DataFileBytes, reasons: missingReasons };
  const [{ buildDataset }, { files, reasons }] = await Promise.all([import('./build'), read]);
  return buildDataset(files, reasons, { onProgress });
}

function totalBytes(files: DataFileBodies): number {
  return Object.values(files).reduce((sum, body) => sum + (body === null ? 0 : body instanceof Blob ? body.size : body.byteLength), 0);
}

let workersModule: Promise<typeof import('./build-in-workers')> | null = null;
const loadWorkersModule = () => (workersModule ??= import('./build-in-workers'));

/**
 * Starts the data workers ahead of the data, when the files' sizes (their
 * Content-Length) say they will be large (spare-workers.ts), and fetches the
 * page's side of them: both load while the files still download, not after
 * (issue 19). A guess that proves wrong costs only that: small data is still
 * built here, and the workers ended. Resolves when that side has loaded.
 */
export function startWorkerAhead(): Promise<void> {
  if (typeof Worker === 'undefined') return Promise.resolve();
  startWorkersAhead();
  return loadWorkersModule().then(
    () => undefined,
    () => undefined,
  );
}

/** Builds the Dataset from the files' bytes: in the worker when they are large and there is one. */
export async function buildDatasetOffThread(files: DataFileBodies, reasons: MissingReasons, onProgress?: BuildProgress): Promise<Dataset> {
  const here = () => buildOnMainThread(files, reasons, onProgress);
  if (totalBytes(files) > MAIN_THREAD_BUILD_MAX_BYTES && typeof Worker !== 'undefined') {
    const workers = await loadWorkersModule().catch(() => null);
    if (workers) return workers.inWorker({ type: 'build', files, reasons }, here, onProgress);
    // Their side of the page did not load: the workers started ahead would idle for the page's life.
    endSpareWorkers();
    return here();
  }
  endSpareWorkers();
  return here();
}
