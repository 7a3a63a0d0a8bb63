// Fetching the data files: a failure is a reason, never a throw; the sizes the
// server announces are reported before the bodies are in (load.ts starts the
// data worker ahead on them, issue 19).
import { describe, expect, it } from 'vitest';

import { BLOB_MIN_BYTES, fetchDataFiles, type FetchLike } from '../../../src/data/fetch-files';
import { type DataFileBodies, readBodies } from '../../../src/data/file-bodies';
import type { DataFileKey } from '../../../src/data/schema';
import { DATA_FILES } from '../../../src/data/types';

const urls = Object.fromEntries(Object.entries(DATA_FILES).map(([key, file]) => [key, `data/${file}`])) as Record<DataFileKey, string>;

describe('fetchDataFiles', () => {
  it('sums the announced sizes as the responses arrive, and gives each file its bytes or its reason', async () => {
    const fetchImpl: FetchLike = async (url) => {
      if (url.endsWith('shortcomings.csv')) return new Response('gone', { status: 404 });
      const body = new TextEncoder().encode(`${url}\n`);
      // A server that sends no Content-Length (a chunked response) announces nothing.
      const headers: Record<string, string> = url.endsWith('reports.csv') ? {} : { 'Content-Length': String(body.length) };
      return new Response(body, { headers });
    };
    const announced: number[] = [];
    const fetched: number[] = [];
    const { files, reasons } = await fetchDataFiles(fetchImpl, urls, (done) => fetched.push(done), (total) => announced.push(total));
    const expected = ['townships', 'metricCatalog', 'metrics', 'shortcomingCategories'].map((key) => `${urls[key as DataFileKey]}\n`.length);
    expect(announced[announced.length - 1]).toBe(expected.reduce((a, b) => a + b, 0));
    expect(announced).toHaveLength(expected.length);
    expect(fetched).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new TextDecoder().decode(files.metrics as Uint8Array)).toBe('data/metrics.csv\n');
    expect(files.shortcomings).toBeNull();
    expect(reasons).toEqual({ shortcomings: 'HTTP 404' });
  });

  it('a file announced over 1 MB comes as a Blob (read by the data worker, not the page), a smaller one as bytes', async () => {
    const large = 'x'.repeat(BLOB_MIN_BYTES + 1);
    const fetchImpl: FetchLike = async (url) => {
      const text = url.endsWith('metrics.csv') ? large : 'small\n';
      return new Response(text, { headers: { 'Content-Length': String(text.length) } });
    };
    const { files } = await fetchDataFiles(fetchImpl, urls);
    expect(files.metrics).toBeInstanceOf(Blob);
    expect(await (files.metrics as Blob).text()).toBe(large);
    expect(files.townships).toBeInstanceOf(Uint8Array);
    // Read back into bytes wherever the Dataset is built.
    const read = await readBodies(files, {});
    expect(read.files.metrics).toEqual(new TextEncoder().encode(large));
    expect(read.files.townships).toEqual(new TextEncoder().encode('small\n'));
  });

  it('a Blob that cannot be read is a missing file with its reason', async () => {
    const broken = new Blob(['x']);
    Object.defineProperty(broken, 'arrayBuffer', { value: () => Promise.reject(new Error('文件已被删除')) });
    const files = Object.fromEntries(Object.keys(urls).map((key) => [key, key === 'metrics' ? broken : new Uint8Array([65])])) as DataFileBodies;
    const read = await readBodies(files, { shortcomings: 'HTTP 404' });
    expect(read.files.metrics).toBeNull();
    expect(read.reasons).toEqual({ shortcomings: 'HTTP 404', metrics: '读取失败：文件已被删除' });
  });
});
