// The data workers started ahead of the data (issue 19). When the files'
// sizes (their Content-Length) say the data will be large, both workers are
// started at once from here, in the page's first chunk: their script then
// loads and compiles beside the downloads and beside build-in-workers.ts,
// instead of after it (≈ 0.1 s sooner at prefecture scale on two cores).
// build-in-workers.ts takes them when the bytes are in.

/** A data worker started ahead, and whether it has failed to load while it waited. */
export interface SpareWorker {
  worker: Worker;
  failed: boolean;
}

/** The builder and, for a large metrics.csv, the second reader. */
export interface SpareWorkers {
  builder: SpareWorker;
  reader: SpareWorker | null;
}

let spare: SpareWorkers | null = null;

export function newWorker(): Worker {
  return new Worker(new URL('./build.worker.ts', import.meta.url), { type: 'module' });
}

/** A new worker whose load failure (its script refused) is kept until it is used; null when none can start. */
export function startSpare(): SpareWorker | null {
  try {
    const waiting: SpareWorker = { worker: newWorker(), failed: false };
    waiting.worker.onerror = (event) => {
      event.preventDefault();
      waiting.failed = true;
    };
    return waiting;
  } catch {
    return null;
  }
}

/** Starts the builder and the second reader, once. */
export function startWorkersAhead(): void {
  if (spare || typeof Worker === 'undefined') return;
  const builder = startSpare();
  if (builder) spare = { builder, reader: startSpare() };
}

/** The workers started ahead, now the caller's; null when none were. */
export function takeSpareWorkers(): SpareWorkers | null {
  const taken = spare;
  spare = null;
  return taken;
}

/** Ends the workers started ahead (the data proved small). */
export function endSpareWorkers(): void {
  spare?.builder.worker.terminate();
  spare?.reader?.worker.terminate();
  spare = null;
}
