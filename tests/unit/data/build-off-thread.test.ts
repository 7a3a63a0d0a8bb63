// Where the dataset is built (issue 19): small data on the main thread, so the
// page does not fetch the worker's copy of the parser before its first chart;
// large data in the worker; the main thread again when the worker fails.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDatasetOffThread, MAIN_THREAD_BUILD_MAX_BYTES, startWorkerAhead } from '../../../src/data/build-off-thread';
import { buildDataset } from '../../../src/data/index';
import { fixtureFiles, fixtureText } from './helpers';

/**
 * A Worker stand-in that records each start and then fails to load, as a
 * refused script would: when it is posted to, or (`failsAtOnce`) at once.
 */
function failingWorkerClass(started: string[], ended: string[] = [], { failsAtOnce = false } = {}) {
  return class {
    onerror: ((event: { preventDefault(): void }) => void) | null = null;
    onmessage: unknown = null;
    onmessageerror: unknown = null;
    constructor(url: URL) {
      started.push(String(url));
      if (failsAtOnce) queueMicrotask(() => this.onerror?.({ preventDefault() {} }));
    }
    postMessage(message: unknown, transfer: Transferable[] = []): void {
      // As a real worker: what is transferred is gone from the page (the page must keep its bytes for the fallback).
      structuredClone(message, { transfer });
      queueMicrotask(() => this.onerror?.({ preventDefault() {} }));
    }
    terminate(): void {
      ended.push('terminated');
    }
  };
}

/** The fixture with metrics.csv made larger than the limit by trailing blank lines (which the parser skips). */
function largeFiles() {
  return fixtureFiles({ metrics: fixtureText('metrics.csv') + '\n'.repeat(MAIN_THREAD_BUILD_MAX_BYTES + 1) });
}

describe('buildDatasetOffThread', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('builds small data on the main thread without starting a worker', async () => {
    const started: string[] = [];
    vi.stubGlobal('Worker', failingWorkerClass(started));
    const files = fixtureFiles();
    const dataset = await buildDatasetOffThread(files, {});
    expect(started).toEqual([]);
    expect(dataset).toEqual(buildDataset(files, {}));
  });

  it('sends data over the limit to the worker (and a metrics.csv over 1 MB to a second reader), and builds it here when they fail', async () => {
    const started: string[] = [];
    vi.stubGlobal('Worker', failingWorkerClass(started));
    const files = largeFiles();
    const dataset = await buildDatasetOffThread(files, {});
    // The builder and the second reader of metrics.csv: the same script.
    expect(started).toHaveLength(2);
    expect(started.every((url) => url.includes('build.worker'))).toBe(true);
    expect(dataset).toEqual(buildDataset(files, {}));
    expect(dataset.metrics.length).toBeGreaterThan(0);
  });

  it('a large file fetched as a Blob (file-bodies.ts) is read here when the worker fails', async () => {
    const started: string[] = [];
    vi.stubGlobal('Worker', failingWorkerClass(started));
    const files = largeFiles();
    const bodies = { ...files, metrics: new Blob([files.metrics! as Uint8Array<ArrayBuffer>]) };
    const dataset = await buildDatasetOffThread(bodies, {});
    expect(started).toHaveLength(2);
    expect(dataset).toEqual(buildDataset(files, {}));
  });

  it('uses the workers started ahead (while the files downloaded) rather than new ones', async () => {
    const started: string[] = [];
    vi.stubGlobal('Worker', failingWorkerClass(started));
    await startWorkerAhead();
    await startWorkerAhead();
    expect(started).toHaveLength(2);
    const files = largeFiles();
    expect(await buildDatasetOffThread(files, {})).toEqual(buildDataset(files, {}));
    expect(started).toHaveLength(2);
  });

  it('data over the limit with a small metrics.csv: one worker, the reader started ahead is ended', async () => {
    const started: string[] = [];
    const ended: string[] = [];
    vi.stubGlobal('Worker', failingWorkerClass(started, ended));
    await startWorkerAhead();
    const files = fixtureFiles({ shortcomings: fixtureText('shortcomings.csv') + '\n'.repeat(MAIN_THREAD_BUILD_MAX_BYTES + 1) });
    expect(await buildDatasetOffThread(files, {})).toEqual(buildDataset(files, {}));
    expect(started).toHaveLength(2);
    // The reader at once, the builder when it failed.
    expect(ended).toEqual(['terminated', 'terminated']);
  });

  it('ends a worker started ahead when the data proves small, and builds it here', async () => {
    const started: string[] = [];
    const ended: string[] = [];
    vi.stubGlobal('Worker', failingWorkerClass(started, ended));
    await startWorkerAhead();
    const files = fixtureFiles();
    expect(await buildDatasetOffThread(files, {})).toEqual(buildDataset(files, {}));
    expect(ended).toEqual(['terminated', 'terminated']);
  });

  it('builds here when the worker started ahead failed to load before it was needed', async () => {
    const started: string[] = [];
    const ended: string[] = [];
    vi.stubGlobal('Worker', failingWorkerClass(started, ended, { failsAtOnce: true }));
    await startWorkerAhead();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const files = largeFiles();
    const dataset = await buildDatasetOffThread(files, {});
    expect(dataset).toEqual(buildDataset(files, {}));
    expect(started).toHaveLength(2);
    expect(ended).toEqual(['terminated', 'terminated']);
  });

  it('ends the workers started ahead when the page cannot load its side of them, and builds the data here', async () => {
    const started: string[] = [];
    const ended: string[] = [];
    vi.stubGlobal('Worker', failingWorkerClass(started, ended));
    vi.resetModules();
    vi.doMock('../../../src/data/build-in-workers', () => {
      throw new Error('chunk refused');
    });
    try {
      const offThread = await import('../../../src/data/build-off-thread');
      await offThread.startWorkerAhead();
      expect(started).toHaveLength(2);
      const files = largeFiles();
      expect(await offThread.buildDatasetOffThread(files, {})).toEqual(buildDataset(files, {}));
      expect(ended).toEqual(['terminated', 'terminated']);
    } finally {
      vi.doUnmock('../../../src/data/build-in-workers');
      vi.resetModules();
    }
  });

  it('builds here, and ends both workers, when the request cannot be posted to the worker', async () => {
    const started: string[] = [];
    const ended: string[] = [];
    const Failing = failingWorkerClass(started, ended);
    vi.stubGlobal(
      'Worker',
      class extends Failing {
        override postMessage(message: unknown): void {
          // The reader's channel is posted first and goes through; the builder's request cannot be copied.
          if ((message as { type?: string }).type === 'build') throw new DOMException('could not be cloned', 'DataCloneError');
        }
      },
    );
    const files = largeFiles();
    expect(await buildDatasetOffThread(files, {})).toEqual(buildDataset(files, {}));
    expect(started).toHaveLength(2);
    expect(ended).toEqual(['terminated', 'terminated']);
  });
});
