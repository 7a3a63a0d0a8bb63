// The save steps with a fake site and a fake picked folder: a file that could
// not be read (each table, each way) refuses the save before anything is
// built or written; a 404 table is only started empty when confirmed; the
// package keeps every earlier row (counted per table), carries the earlier
// reports of the batch, and is refused when a file would pass a loader limit.

import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../../src/data/index';
import type { BatchItem } from '../../../src/desk/batch';
import { planBatch } from '../../../src/desk/batch';
import { saveAsZip, saveToFolder, type SaveResult } from '../../../src/desk/save-package';
import { guardPackage } from '../../../src/desk/table-guard';
import type { DataFolderFiles, DeskEntry } from '../../../src/desk/types';
import { unzipDataFolder } from '../../../src/desk/zip';
import { BASE, FAILURES, fakeDirectory, fakeFetch, type Failure } from './fakes';
import { newTownshipEntry, readFolder, textOf } from './helpers';

const TABLES = Object.values(DATA_FILES);
const NOW = new Date(2026, 2, 1, 9, 0, 0);

async function zipSave(files: DataFolderFiles, entry: DeskEntry, extra: Partial<Parameters<typeof saveAsZip>[2]> = {}, failing?: { path: string; how: Failure }) {
  const delivered: Array<{ name: string; bytes: Uint8Array }> = [];
  const result = await saveAsZip(BASE, entry, {
    replaceExisting: false,
    fetch: fakeFetch(files, failing),
    timeoutMs: 1000, // long enough for a busy machine; only the 'timeout' way waits it out
    now: NOW,
    deliver: (name, bytes) => delivered.push({ name, bytes }),
    ...extra,
  });
  return { result, delivered };
}

const saved = (result: SaveResult) => {
  if (result.status !== 'saved') throw new Error(`expected saved, got ${JSON.stringify(result).slice(0, 400)}`);
  return result;
};

describe('saveAsZip: a file the site could not serve refuses the save', () => {
  const site = readFolder();
  const reportText = [...site.keys()].find((p) => p.startsWith('reports/'))!;
  const unreadable = FAILURES.filter((f) => f !== '404');

  for (const path of [...TABLES, reportText]) {
    for (const how of unreadable) {
      it(`${path} answering ${how}: nothing built or delivered, the file and cause named`, async () => {
        const { result, delivered } = await zipSave(site, newTownshipEntry(), {}, { path, how });
        expect(delivered).toEqual([]);
        expect(result.status).toBe('unreadable');
        if (result.status !== 'unreadable') return;
        expect(result.failures.map((f) => f.path)).toEqual([path]);
        const cause = { '503': 'http', '500': 'http', network: 'network', timeout: 'timeout', html: 'html', truncated: 'truncated', 'body-abort': 'network' }[how];
        expect(result.failures[0]!.cause).toBe(cause);
        expect(result.failures[0]!.detail).toMatch(/[\u4e00-\u9fff]/);
      });
    }
  }

  it('a table answering 404 is only started empty when the clerk confirms a first package', async () => {
    const { result, delivered } = await zipSave(site, newTownshipEntry(), {}, { path: DATA_FILES.metrics, how: '404' });
    expect(result).toEqual({ status: 'missing_tables', missing: [DATA_FILES.metrics] });
    expect(delivered).toEqual([]);
    const confirmed = await zipSave(site, newTownshipEntry(), { allowMissingTables: true }, { path: DATA_FILES.metrics, how: '404' });
    expect(saved(confirmed.result).counts.find((c) => c.file === DATA_FILES.metrics)).toMatchObject({ before: 0, after: 4, lost: 0 });
  });

  it('an optional file answering 404 is simply not in the package', async () => {
    const withReadme = new Map(site).set('README.md', new TextEncoder().encode('# data'));
    const { result, delivered } = await zipSave(withReadme, newTownshipEntry(), {}, { path: 'README.md', how: '404' });
    saved(result);
    expect((await unzipDataFolder(delivered[0]!.bytes)).has('README.md')).toBe(false);
  });
});

describe('saveAsZip: the package offered', () => {
  const site = readFolder();

  it('keeps every earlier byte of every table, adds the report, and counts rows per table', async () => {
    const { result, delivered } = await zipSave(site, newTownshipEntry());
    const ok = saved(result);
    const pkg = await unzipDataFolder(delivered[0]!.bytes);
    for (const table of TABLES) {
      const before = site.get(table)!;
      expect([...pkg.get(table)!.subarray(0, before.length)], table).toEqual([...before]);
    }
    expect(ok.counts.find((c) => c.file === DATA_FILES.metrics)).toMatchObject({ after: (ok.counts.find((c) => c.file === DATA_FILES.metrics)!.before) + 4, lost: 0, replaced: 0 });
    expect(ok.counts.find((c) => c.file === DATA_FILES.townships)!.after - ok.counts.find((c) => c.file === DATA_FILES.townships)!.before).toBe(1);
    expect(textOf(pkg, 'reports/bing-2025.txt')).toBe(newTownshipEntry().reportText);
    expect(ok.check.errors).toBe(0);
  });

  it('refuses, before delivering anything, a package in which a file passes a row or size limit', async () => {
    const rows = await zipSave(site, newTownshipEntry(), { limits: { maxRowsPerFile: 10 } });
    expect(rows.delivered).toEqual([]);
    expect(rows.result.status).toBe('blocked');
    if (rows.result.status === 'blocked') expect(rows.result.messages.join('\n')).toMatch(/metrics\.csv 保存后将有 \d+ 行数据，超过看板每个文件能读取的 10 行/);
    const bytes = await zipSave(site, newTownshipEntry(), { limits: { maxFileBytes: 100 } });
    expect(bytes.delivered).toEqual([]);
    expect(bytes.result.status).toBe('blocked');
  });
});

describe('saveToFolder: a picked folder', () => {
  it('a file that cannot be read refuses the save; nothing is written', async () => {
    const files = readFolder();
    const before = new Map(files);
    const dir = fakeDirectory(files, 'data', '', DATA_FILES.shortcomings);
    const result = await saveToFolder(dir, newTownshipEntry(), { replaceExisting: false, now: NOW });
    expect(result.status).toBe('unreadable');
    if (result.status === 'unreadable') expect(result.failures[0]).toMatchObject({ path: DATA_FILES.shortcomings, cause: 'unreadable' });
    expect(files).toEqual(before);
  });

  it('writes the merged tables and reports the counts', async () => {
    const files = readFolder();
    const old = new Map(files);
    const result = saved(await saveToFolder(fakeDirectory(files), newTownshipEntry(), { replaceExisting: false, now: NOW }));
    for (const table of [DATA_FILES.townships, DATA_FILES.reports, DATA_FILES.metrics, DATA_FILES.shortcomings]) {
      expect([...files.get(table)!.subarray(0, old.get(table)!.length)]).toEqual([...old.get(table)!]);
      expect(files.get(table)!.length).toBeGreaterThan(old.get(table)!.length);
    }
    expect(result.counts.every((c) => c.lost === 0)).toBe(true);
  });
});

describe('a batch: the second save carries the first until the site serves it', () => {
  const site = readFolder();
  const a = newTownshipEntry();
  const b = newTownshipEntry({
    year: 2024,
    newTownship: true,
    title: '丙县丙乡2024年法治政府建设情况报告',
    reportText: a.reportText.replace(/2025/g, '2024'),
    metrics: [a.metrics[0]!],
    shortcomings: [],
  });

  it('save A, then save B before A is deployed: B’s package holds A too', async () => {
    const first = saved((await zipSave(site, a)).result);
    expect(first.batch.map((i) => i.entry.year)).toEqual([2025]);
    const second = await zipSave(site, b, { earlier: first.batch });
    const ok = saved(second.result);
    expect(ok.batch.map((i) => i.entry.year)).toEqual([2025, 2024]);
    const pkg = await unzipDataFolder(second.delivered[0]!.bytes);
    expect(textOf(pkg, 'reports/bing-2025.txt')).toBe(a.reportText);
    expect(textOf(pkg, 'reports/bing-2024.txt')).toBe(b.reportText);
    expect(textOf(pkg, DATA_FILES.townships).match(/^bing,/gm)).toHaveLength(1);
    expect(textOf(pkg, DATA_FILES.metrics).match(/^bing,2025,/gm)).toHaveLength(4);
    expect(textOf(pkg, DATA_FILES.metrics).match(/^bing,2024,/gm)).toHaveLength(1);
    expect(ok.check.errors).toBe(0);

    // Once the site serves the package, A is deployed and no longer carried.
    const plan = planBatch(pkg, ok.batch, { entry: newTownshipEntry({ year: 2023 }), replaceExisting: false, savedAt: NOW.toISOString() });
    expect(plan.deployed.map((i) => i.entry.year)).toEqual([2025, 2024]);
  });

  it('an earlier save the site has since replaced with another text is refused with a clear message', async () => {
    const first: BatchItem = { entry: a, replaceExisting: false, savedAt: NOW.toISOString() };
    const changedSite = await unzipDataFolder((await zipSave(site, { ...a, reportText: `${a.reportText}\n（修订）` })).delivered[0]!.bytes);
    const { result, delivered } = await zipSave(changedSite, b, { earlier: [first] });
    expect(delivered).toEqual([]);
    expect(result.status).toBe('blocked');
    if (result.status === 'blocked') expect(result.messages[0]).toMatch(/之前保存的丙乡 2025 年的报告.*冲突/);
  });
});

describe('guardPackage', () => {
  it('counts a row dropped without backup as lost and refuses; a replaced row in backup/ is fine', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const before: DataFolderFiles = new Map([[DATA_FILES.townships, enc('id,name,county,prefecture,province\na,甲,x,y,z\nb,乙,x,y,z\n')]]);
    const after: DataFolderFiles = new Map([[DATA_FILES.townships, enc('id,name,county,prefecture,province\nb,乙,x,y,z\n')]]);
    const lost = guardPackage(before, after, [DATA_FILES.townships], {});
    expect(lost.counts[0]).toMatchObject({ file: DATA_FILES.townships, before: 2, after: 1, lost: 1 });
    expect(lost.problems[0]).toMatch(/会丢掉 townships\.csv 原有的 1 行/);
    after.set(`backup/a-2025-x/${DATA_FILES.townships}`, before.get(DATA_FILES.townships)!);
    const kept = guardPackage(before, after, [DATA_FILES.townships], {});
    expect(kept.problems).toEqual([]);
    expect(kept.counts[0]).toMatchObject({ replaced: 1, lost: 0 });
  });
});
