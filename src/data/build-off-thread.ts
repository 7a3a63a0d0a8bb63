// buildDataset in a module worker when the browser has one, so the page stays
// responsive while a large file is parsed; on the main thread otherwise (Node,
// check-data, tests, or a worker that fails to start). Same function, same
// problems either way: the page and check-data agree.
import type { DataFileBytes, MissingReasons } from './build';
import type { Dataset } from './types';

export interface BuildRequest {
  files: DataFileBytes;
  reasons: MissingReasons;
}

export type BuildResponse = { type: 'progress'; file: string; fraction: number } | { type: 'done'; dataset: Dataset };

export type BuildProgress = (progress: { file: string; fraction: number }) => void;

export function buildDatasetOffThread(files: DataFileBytes, reasons: MissingReasons, onProgress?: BuildProgress): Promise<Dataset> {
  // Imported only when needed: on the page the parser and validators are the
  // worker's, not the first JS's (issue 19: the initial and chart-view budgets).
  const onMainThread = async (): Promise<Dataset> => {
    const { buildDataset } = await import('./build');
    return buildDataset(files, reasons, { onProgress });
  };
  if (typeof Worker === 'undefined') return onMainThread();
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./build.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(onMainThread());
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
      else finish(() => message.dataset);
    };
    // A worker that cannot load (an old browser, a server that refuses the
    // script) or crashes: do the work here instead of leaving the page empty.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(onMainThread);
    };
    worker.onmessageerror = () => finish(onMainThread);
    // Copied, not transferred: the bytes must stay here for the fallback.
    const request: BuildRequest = { files, reasons };
    worker.postMessage(request);
  });
}
