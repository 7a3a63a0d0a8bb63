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
    postMessage(): void {
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

  it('sends data over the limit to the worker, and builds it here when the worker fails', async () => {
    const started: string[] = [];
    vi.stubGlobal('Worker', failingWorkerClass(started));
    const files = largeFiles();
    const dataset = await buildDatasetOffThread(files, {});
    expect(started).toHaveLength(1);
    expect(started[0]).toContain('build.worker');
    expect(dataset).toEqual(buildDataset(files, {}));
    expect(dataset.metrics.length).toBeGreaterThan(0);
  });

  it('uses the worker started ahead (while the files downloaded) rather than a second one', async () => {
    const started: string[] = [];
    vi.stubGlobal('Worker', failingWorkerClass(started));
    startWorkerAhead();
    startWorkerAhead();
    expect(started).toHaveLength(1);
    const files = largeFiles();
    expect(await buildDatasetOffThread(files, {})).toEqual(buildDataset(files, {}));
    expect(started).toHaveLength(1);
  });

  it('ends a worker started ahead when the data proves small, and builds it here', async () => {
    const started: string[] = [];
    const ended: string[] = [];
    vi.stubGlobal('Worker', failingWorkerClass(started, ended));
    startWorkerAhead();
    const files = fixtureFiles();
    expect(await buildDatasetOffThread(files, {})).toEqual(buildDataset(files, {}));
    expect(ended).toEqual(['terminated']);
  });

  it('builds here when the worker started ahead failed to load before it was needed', async () => {
    const started: string[] = [];
    const ended: string[] = [];
    vi.stubGlobal('Worker', failingWorkerClass(started, ended, { failsAtOnce: true }));
    startWorkerAhead();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const files = largeFiles();
    const dataset = await buildDatasetOffThread(files, {});
    expect(dataset).toEqual(buildDataset(files, {}));
    expect(started).toHaveLength(1);
    expect(ended).toEqual(['terminated']);
  });
});
