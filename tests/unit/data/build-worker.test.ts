// build.worker.ts as the page runs it (issue 19): two instances of the module,
// each with its own `self`, the builder and the second reader of metrics.csv,
// talking over a real MessageChannel. The Dataset that comes back is the one
// buildDataset gives, read in two parts; a second reader that is lost leaves
// the builder reading the whole file; an error in the builder reaches the
// page's worker.onerror (so the page builds the data itself), not a rejected
// promise nobody sees.

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BuildResponse } from '../../../src/data/build-off-thread';
import { buildDataset, DATA_FILES, type DataFileBytes, type DataFileKey } from '../../../src/data/index';
import { unpackDataset } from '../../../src/data/packed';
import { generateDataset } from '../../generate-townships';

interface FakeSelf {
  onmessage: ((event: { data: unknown }) => void) | null;
  onmessageerror?: (() => void) | null;
  posted: BuildResponse[];
  postMessage(message: BuildResponse): void;
}

/** Loads a fresh instance of the worker module with `self` standing for its global scope. */
async function startWorker(): Promise<FakeSelf> {
  const fake: FakeSelf = {
    onmessage: null,
    posted: [],
    postMessage(message) {
      this.posted.push(message);
    },
  };
  vi.stubGlobal('self', fake);
  vi.resetModules();
  await import('../../../src/data/build.worker');
  return fake;
}

/** A data set whose metrics.csv is over the 1 MB from which it is read in two parts. */
function largeFiles(): DataFileBytes {
  const generated = generateDataset({ townships: 160, years: [2022, 2023, 2024, 2025], seed: 11 });
  const files = {} as DataFileBytes;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) files[key] = new TextEncoder().encode(generated[DATA_FILES[key]]!);
  expect(files.metrics!.length).toBeGreaterThan(1024 * 1024);
  return files;
}

async function done(worker: FakeSelf): Promise<Extract<BuildResponse, { type: 'done' }>> {
  await vi.waitFor(() => expect(worker.posted.some((m) => m.type === 'done')).toBe(true), { timeout: 60_000, interval: 20 });
  return worker.posted.find((m): m is Extract<BuildResponse, { type: 'done' }> => m.type === 'done')!;
}

describe('the data workers', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('builder and second reader over a channel: the one-reader Dataset, metrics.csv read in two parts', async () => {
    const files = largeFiles();
    // The reader first: the builder's module then keeps `self` (it posts its answer through it).
    const reader = await startWorker();
    const builder = await startWorker();
    const channel = new MessageChannel();
    reader.onmessage!({ data: { type: 'read-half', port: channel.port2 } });
    builder.onmessage!({ data: { type: 'build', files, reasons: {}, reader: channel.port1 } });
    const answer = await done(builder);
    expect(answer.metricsInParts).toBe(true);
    expect(unpackDataset(answer.packed)).toEqual(buildDataset(files, {}));
    expect(builder.posted.some((m) => m.type === 'progress' && m.file === 'metrics.csv')).toBe(true);
    channel.port1.close();
  }, 120_000);

  it('a large file the page fetched as a Blob (file-bodies.ts) is read by the builder: the same Dataset', async () => {
    const files = largeFiles();
    const reader = await startWorker();
    const builder = await startWorker();
    const channel = new MessageChannel();
    reader.onmessage!({ data: { type: 'read-half', port: channel.port2 } });
    const bodies = { ...files, metrics: new Blob([files.metrics! as Uint8Array<ArrayBuffer>]) };
    builder.onmessage!({ data: { type: 'build', files: bodies, reasons: {}, reader: channel.port1 } });
    const answer = await done(builder);
    expect(answer.metricsInParts).toBe(true);
    expect(unpackDataset(answer.packed)).toEqual(buildDataset(files, {}));
    channel.port1.close();
  }, 120_000);

  it('a second reader that is lost: the builder reads the whole file itself', async () => {
    const files = largeFiles();
    const builder = await startWorker();
    const channel = new MessageChannel();
    builder.onmessage!({ data: { type: 'build', files, reasons: {}, reader: channel.port1 } });
    builder.onmessage!({ data: { type: 'reader-lost' } });
    const answer = await done(builder);
    expect(answer.metricsInParts).toBe(false);
    expect(unpackDataset(answer.packed)).toEqual(buildDataset(files, {}));
    channel.port1.close();
    channel.port2.close();
  }, 120_000);

  it('an error while building is thrown where the page sees it (worker.onerror), not lost in a promise', async () => {
    // What the timer callbacks throw (in a worker: an error event on the page's Worker object).
    const thrown: unknown[] = [];
    const realSetTimeout = globalThis.setTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
      realSetTimeout(() => {
        try {
          callback(...args);
        } catch (error) {
          thrown.push(error);
        }
      }, ms)) as unknown as typeof setTimeout);
    const builder = await startWorker();
    // No files at all: reading them fails.
    builder.onmessage!({ data: { type: 'build', files: null, reasons: {} } });
    await vi.waitFor(() => expect(thrown).toHaveLength(1));
    expect(thrown[0]).toBeInstanceOf(TypeError);
    expect(builder.posted.some((m) => m.type === 'done')).toBe(false);
  });

  it('a request that cannot be read in the worker is thrown (the page then builds the data itself), not waited for', async () => {
    const builder = await startWorker();
    expect(builder.onmessageerror).toBeTypeOf('function');
    expect(() => builder.onmessageerror!()).toThrow('数据工作线程无法读取请求');
    expect(builder.posted).toEqual([]);
  });
});
