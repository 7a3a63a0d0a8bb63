// The page's side of the data workers (issue 19), loaded only when the data
// is large (build-off-thread.ts): taking the builder and the second reader
// of metrics.csv started ahead (spare-workers.ts) or starting them, the
// channel between them, falling back to the main thread
// when either cannot start, and unpacking the Dataset the builder sends.
import { bodySize, type DataFileBodies } from './file-bodies';
import type { BuildProgress, BuildRequest, BuildResponse, WorkerRequest } from './build-off-thread';
import { HALVES_MIN_BYTES } from './halves-size';
import { unpackDataset } from './packed';
import type { DataFileKey } from './schema';
import type { Dataset } from './types';
import { newWorker, startSpare, takeSpareWorkers, type SpareWorker } from './spare-workers';

/**
 * The second reader for a large metrics.csv (the one started ahead, or a new
 * one), connected to `builder` by a channel; null when there is none. A
 * reader that fails is reported to the builder, which then reads all of
 * metrics.csv itself.
 */
function connectReader(builder: Worker, ahead: SpareWorker | null, metricsBytes: number): { worker: Worker; port: MessagePort } | null {
  if (metricsBytes < HALVES_MIN_BYTES || typeof MessageChannel === 'undefined') {
    ahead?.worker.terminate();
    return null;
  }
  const reader = ahead && !ahead.failed ? ahead : (ahead?.worker.terminate(), startSpare());
  if (!reader) return null;
  const lost = () => builder.postMessage({ type: 'reader-lost' } satisfies WorkerRequest);
  reader.worker.onerror = (event) => {
    event.preventDefault();
    lost();
  };
  reader.worker.onmessageerror = lost;
  try {
    const channel = new MessageChannel();
    reader.worker.postMessage({ type: 'read-half', port: channel.port2 } satisfies WorkerRequest, [channel.port2]);
    return { worker: reader.worker, port: channel.port1 };
  } catch {
    reader.worker.terminate();
    return null;
  }
}

/**
 * Posts `request` to the data worker (the one started ahead, or a new one) and
 * resolves with its Dataset; when there is no worker, or it cannot start or
 * crashes, `fallback` does the work here.
 */
export function inWorker(request: BuildRequest, fallback: () => Promise<Dataset>, onProgress?: BuildProgress): Promise<Dataset> {
  if (typeof Worker === 'undefined') return fallback();
  const spare = takeSpareWorkers();
  const ahead = spare?.builder;
  const readerAhead = spare?.reader ?? null;
  if (ahead?.failed) {
    ahead.worker.terminate();
    readerAhead?.worker.terminate();
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
    let reader: { worker: Worker; port: MessagePort } | null = null;
    try {
      reader = connectReader(worker, readerAhead, bodySize(request.files.metrics));
    } catch {
      reader = null;
    }
    let settled = false;
    const finish = (dataset: () => Dataset | Promise<Dataset>) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      reader?.worker.terminate();
      resolve(dataset());
    };
    worker.onmessage = (event: MessageEvent<BuildResponse>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress?.(message);
      else {
        // Seen by the province test and the bench (like the data-loaded mark).
        if (message.metricsInParts) performance.mark('metrics-read-in-parts');
        finish(() => unpackDataset(message.packed));
      }
    };
    // A worker that cannot load (an old browser, a server that refuses the
    // script) or crashes: do the work here instead of leaving the page empty.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(fallback);
    };
    worker.onmessageerror = () => finish(fallback);
    // The bytes must stay here for the fallback: the worker gets a copy, transferred. Posted as they
    // are, they were copied twice over (structured clone), ≈ 50 ms of the page's time for a province.
    try {
      const { files, buffers } = copiedForTransfer(request.files);
      const sent: BuildRequest = { ...request, files, ...(reader ? { reader: reader.port } : {}) };
      worker.postMessage(sent satisfies WorkerRequest, [...buffers, ...(reader ? [reader.port] : [])]);
    } catch {
      // The request could not be copied or sent (memory, a body the browser cannot clone): built here.
      finish(fallback);
    }
  });
}

/** A copy of each file's bytes, and their buffers to transfer; a Blob goes as it is (the page keeps it too). */
function copiedForTransfer(files: DataFileBodies): { files: DataFileBodies; buffers: ArrayBuffer[] } {
  const copies = { ...files };
  const buffers: ArrayBuffer[] = [];
  for (const key of Object.keys(copies) as DataFileKey[]) {
    const body = copies[key];
    if (!(body instanceof Uint8Array)) continue;
    const copy = body.slice();
    copies[key] = copy;
    buffers.push(copy.buffer as ArrayBuffer);
  }
  return { files: copies, buffers };
}
