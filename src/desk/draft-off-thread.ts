// A DraftRunner (drafting.ts) backed by a module worker when the browser has
// one, as src/data/build-off-thread.ts does for the data: the page stays
// responsive while a long report is drafted. Cancelling terminates the
// worker (a run cannot be interrupted otherwise); the next run starts a new
// one. Without a worker (Node, tests, a worker that fails to load) the
// drafting runs on the main thread, after a tick so the page paints its
// busy message first. Same function either way: the same drafts.
import type { ExtractionRule } from '../extract';
import { draftReport, type DraftRunner } from './drafting';
import type { Drafts } from './review-state';

export interface DraftRequest {
  id: number;
  text: string;
  rules: ExtractionRule[];
}

/** The drafts without their text: the page has it, and copying 5 MB back costs the main thread. */
export interface DraftResponse {
  id: number;
  drafts: Omit<Drafts, 'text'>;
}

function onMainThread(text: string, rules: readonly ExtractionRule[]): Promise<Drafts> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(draftReport(text, rules));
      } catch (error) {
        reject(error);
      }
    }, 0);
  });
}

export function createDraftRunner(rules: readonly ExtractionRule[]): DraftRunner & { dispose: () => void } {
  let worker: Worker | null = null;
  let workerFailed = typeof Worker === 'undefined';
  let nextId = 0;
  let pending: { id: number; text: string; resolve: (drafts: Drafts) => void; reject: (error: unknown) => void } | null = null;

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };
  // A worker that cannot load (an old browser, a server that refuses the script) or crashes:
  // the run in flight and every later one are done here instead.
  const fallBack = () => {
    workerFailed = true;
    stopWorker();
    const job = pending;
    pending = null;
    if (job) onMainThread(job.text, rules).then(job.resolve, job.reject);
  };

  const startWorker = (): Worker | null => {
    if (worker) return worker;
    try {
      worker = new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      workerFailed = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<DraftResponse>) => {
      if (!pending || event.data.id !== pending.id) return;
      const job = pending;
      pending = null;
      job.resolve({ ...event.data.drafts, text: job.text });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fallBack();
    };
    worker.onmessageerror = fallBack;
    return worker;
  };

  return {
    run(text) {
      const target = workerFailed ? null : startWorker();
      if (!target) return onMainThread(text, rules);
      return new Promise<Drafts>((resolve, reject) => {
        const id = ++nextId;
        pending = { id, text, resolve, reject };
        const request: DraftRequest = { id, text, rules: [...rules] };
        target.postMessage(request);
      });
    },
    cancel() {
      // A run in flight is stopped by ending its worker; an idle worker is kept.
      if (pending) {
        pending = null;
        stopWorker();
      }
    },
    dispose() {
      pending = null;
      stopWorker();
    },
  };
}
