// Fetching the data files: a failure is a reason, never a throw; the sizes the
// server announces are reported before the bodies are in (load.ts starts the
// data worker ahead on them, issue 19).
import { describe, expect, it } from 'vitest';
import { fetchDataFiles, type FetchLike } from '../../../src/data/fetch-files';
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
    expect(new TextDecoder().decode(files.metrics!)).toBe('data/metrics.csv\n');
    expect(files.shortcomings).toBeNull();
    expect(reasons).toEqual({ shortcomings: 'HTTP 404' });
  });
});
