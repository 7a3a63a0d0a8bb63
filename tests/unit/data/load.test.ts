// The browser loader with an injected fetch serving the fixture folder.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildDataset,
  dataFileUrl,
  type Dataset,
  type FetchLike,
  fetchReportText,
  loadDataset,
  type Progress,
  verifyReportQuotes,
} from '../../../src/data/index';
import { FIXTURE_DIR, fixtureFiles } from './helpers';

const BASE = '/site/sub/';

interface FakeServer {
  fetchImpl: FetchLike;
  requested: string[];
  maxInFlight: () => number;
}

/**
 * Serves FIXTURE_DIR under `${BASE}data/`. `overrides` maps a file under
 * data/ to a status code (404, 500) or to 'network' for a rejected fetch.
 */
function fakeServer(overrides: Record<string, number | 'network'> = {}): FakeServer {
  const requested: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetchImpl: FetchLike = async (url) => {
    requested.push(url);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, 1));
      const file = decodeURIComponent(url.slice(`${BASE}data/`.length));
      const override = overrides[file];
      if (override === 'network') throw new TypeError('Failed to fetch');
      if (override !== undefined) return new Response('<html>error</html>', { status: override });
      try {
        return new Response(readFileSync(join(FIXTURE_DIR, file)));
      } catch {
        return new Response('<!doctype html><title>Not found</title>', { status: 404 });
      }
    } finally {
      inFlight--;
    }
  };
  return { fetchImpl, requested, maxInFlight: () => maxInFlight };
}

describe('dataFileUrl', () => {
  it('joins the base URL and data/ path, adding a missing slash and encoding names', () => {
    expect(dataFileUrl('./', 'metrics.csv')).toBe('./data/metrics.csv');
    expect(dataFileUrl('/a/b', 'metrics.csv')).toBe('/a/b/data/metrics.csv');
    expect(dataFileUrl('/', 'reports/碧土乡 2024.txt')).toBe('/data/reports/%E7%A2%A7%E5%9C%9F%E4%B9%A1%202024.txt');
  });
});

describe('loadDataset', () => {
  it('fetches the six CSVs under the base URL and gives the same dataset as buildDataset', async () => {
    const server = fakeServer();
    const progress: Progress[] = [];
    const dataset = await loadDataset({ baseUrl: BASE, fetchImpl: server.fetchImpl, onProgress: (p) => progress.push(p) });
    expect(dataset).toEqual(buildDataset(fixtureFiles()));
    expect(dataset.problems).toEqual([]);
    expect([...server.requested].sort()).toEqual(
      ['metric-catalog.csv', 'metrics.csv', 'reports.csv', 'shortcoming-categories.csv', 'shortcomings.csv', 'townships.csv'].map(
        (f) => `${BASE}data/${f}`,
      ),
    );
    expect(progress[0]).toEqual({ done: 0, total: 6 });
    expect(progress.at(-1)).toEqual({ done: 6, total: 6 });
  });

  it('a 404 is a file_missing problem naming the status; the other tables still load', async () => {
    const dataset = await loadDataset({ baseUrl: BASE, fetchImpl: fakeServer({ 'metrics.csv': 404 }).fetchImpl });
    expect(dataset.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'file_missing', file: 'metrics.csv' })]);
    expect(dataset.problems[0]!.message).toContain('HTTP 404');
    expect(dataset.metrics).toEqual([]);
    const good = buildDataset(fixtureFiles());
    expect(dataset.townships).toEqual(good.townships);
    expect(dataset.shortcomings).toEqual(good.shortcomings);
  });

  it('a network failure is a file_missing problem, not a rejection', async () => {
    const dataset = await loadDataset({ baseUrl: BASE, fetchImpl: fakeServer({ 'townships.csv': 'network' }).fetchImpl });
    expect(dataset.problems).toEqual([expect.objectContaining({ code: 'file_missing', file: 'townships.csv' })]);
    expect(dataset.problems[0]!.message).toContain('网络错误');
    expect(dataset.metrics).toEqual(buildDataset(fixtureFiles()).metrics);
  });

  it('an HTML page served with status 200 in place of a CSV is not_csv', async () => {
    const fetchImpl: FetchLike = async (url) =>
      url.endsWith('reports.csv') ? new Response('<!DOCTYPE html><html>index</html>') : fakeServer().fetchImpl(url);
    const dataset = await loadDataset({ baseUrl: BASE, fetchImpl });
    // Without reports.csv the figures cannot be matched to reports, so no unknown_report cascade either.
    expect(dataset.problems).toEqual([expect.objectContaining({ code: 'not_csv', file: 'reports.csv' })]);
    expect(dataset.metrics).toEqual(buildDataset(fixtureFiles()).metrics);
  });
});

describe('verifyReportQuotes', () => {
  it('fetches each report once and finds every fixture quote, reporting progress', async () => {
    const server = fakeServer();
    const dataset = await loadDataset({ baseUrl: BASE, fetchImpl: server.fetchImpl });
    const progress: Progress[] = [];
    const problems = await verifyReportQuotes(dataset, { baseUrl: BASE, fetchImpl: server.fetchImpl, onProgress: (p) => progress.push(p) });
    expect(problems).toEqual([]);
    expect(server.requested.filter((u) => u.includes('/reports/'))).toHaveLength(2);
    expect(progress).toEqual([
      { done: 0, total: 2 },
      { done: 1, total: 2 },
      { done: 2, total: 2 },
    ]);
  });

  it('a missing report is report_missing; a wrong quote is quote_not_in_report', async () => {
    const server = fakeServer({ 'reports/beta-2024.txt': 404 });
    const loaded = await loadDataset({ baseUrl: BASE, fetchImpl: server.fetchImpl });
    const dataset: Dataset = {
      ...loaded,
      metrics: loaded.metrics.map((m) => (m.source.line === 2 ? { ...m, quote: '不在报告里的话' } : m)),
    };
    const problems = await verifyReportQuotes(dataset, { baseUrl: BASE, fetchImpl: server.fetchImpl });
    expect(problems.map((p) => [p.code, p.file, p.line])).toEqual([
      ['report_missing', 'reports.csv', 3],
      ['quote_not_in_report', 'metrics.csv', 2],
    ]);
  });

  it('fetches at most 6 reports at a time', async () => {
    const server = fakeServer();
    const base = buildDataset(fixtureFiles());
    const template = base.reports[0]!;
    const reports = Array.from({ length: 20 }, (_, i) => ({ ...template, year: 2000 + i, file: `reports/r${i}.txt` }));
    const progress: Progress[] = [];
    const problems = await verifyReportQuotes(
      { ...base, reports, metrics: [], shortcomings: [] },
      { baseUrl: BASE, fetchImpl: server.fetchImpl, onProgress: (p) => progress.push(p) },
    );
    expect(server.maxInFlight()).toBeLessThanOrEqual(6);
    expect(server.maxInFlight()).toBeGreaterThan(1);
    expect(problems).toHaveLength(20);
    expect(problems.every((p) => p.code === 'report_missing')).toBe(true);
    expect(progress.at(-1)).toEqual({ done: 20, total: 20 });
  });
});

describe('fetchReportText', () => {
  it('returns the normalised text and caches it', async () => {
    const server = fakeServer();
    const text = await fetchReportText(BASE, 'reports/beta-2024.txt', server.fetchImpl);
    expect(text).not.toBeNull();
    expect(text).not.toContain('\r');
    expect(text).toContain('全年召开两次推进会');
    await fetchReportText(BASE, 'reports/beta-2024.txt', server.fetchImpl);
    expect(server.requested).toHaveLength(1);
  });

  it('returns null for a missing report and does not cache the failure', async () => {
    const server = fakeServer({ 'reports/alpha-2024.txt': 404 });
    expect(await fetchReportText(BASE, 'reports/alpha-2024.txt', server.fetchImpl)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await fetchReportText(BASE, 'reports/alpha-2024.txt', server.fetchImpl)).toBeNull();
    expect(server.requested).toHaveLength(2);
  });
});
