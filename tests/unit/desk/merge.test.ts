// Merging a new report into a data folder: the result passes the same check
// as `npm run check-data`, the loader reads back exactly the rows the clerk
// accepted (quoting, BOM, a quote that looks like a formula), existing rows
// keep their content and order, and an existing report is only replaced
// when confirmed, with its previous files kept as a backup.

import { describe, expect, it } from 'vitest';
import { buildDataset, checkDataFolder, DATA_FILES, type DataFileBytes, type DataFileKey } from '../../../src/data/index';
import { existingReport, folderAfterMerge, mergeFile, mergeIntoFolder, type MergeOutcome } from '../../../src/desk/merge';
import type { DataFolderFiles, DeskEntry } from '../../../src/desk/types';
import { folderReader, newTownshipEntry, readFolder, textOf } from './helpers';

const STAMP = '20260301-0900';

function merged(outcome: MergeOutcome): Extract<MergeOutcome, { status: 'merged' }> {
  if (outcome.status !== 'merged') throw new Error(`expected merged, got ${JSON.stringify(outcome)}`);
  return outcome;
}

function datasetOf(files: DataFolderFiles) {
  const bytes = {} as DataFileBytes;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) bytes[key] = files.get(DATA_FILES[key]) ?? null;
  return buildDataset(bytes);
}

/** Record lines of a CSV text without BOM and header. */
const bodyLines = (text: string): string[] => text.replace(/^\uFEFF/, '').split(/\r?\n/).slice(1).filter((l) => l !== '');

describe('mergeIntoFolder: a new township', () => {
  const folder = readFolder();
  const entry = newTownshipEntry();
  const outcome = merged(mergeIntoFolder(folder, entry, { replaceExisting: false, stamp: STAMP }));
  const after = folderAfterMerge(folder, outcome);

  it('writes the four tables and the report text, and nothing else', () => {
    expect([...outcome.changed.keys()].sort()).toEqual(['metrics.csv', 'reports.csv', 'reports/bing-2025.txt', 'shortcomings.csv', 'townships.csv']);
    expect(outcome.backups.size).toBe(0);
    expect(textOf(after, 'reports/bing-2025.txt')).toBe(entry.reportText);
  });

  it('passes the check-data checks, quotes verified against the new report', async () => {
    const check = await checkDataFolder(folderReader(after));
    expect(check.problems).toEqual([]);
    expect(check.rows).toBe((await checkDataFolder(folderReader(folder))).rows + 1 + 1 + 4 + 1);
  });

  it('reads back through the loader exactly as the clerk accepted the rows', () => {
    const dataset = datasetOf(after);
    expect(dataset.townships.find((t) => t.id === 'bing')).toMatchObject(entry.township);
    expect(dataset.reports.find((r) => r.townshipId === 'bing')).toMatchObject({
      year: 2025,
      title: entry.title,
      published: '2026-02-03',
      file: 'reports/bing-2025.txt',
    });
    const rows = dataset.metrics.filter((m) => m.townshipId === 'bing');
    expect(rows.map(({ metric, item, value, unit, bound, quote, note }) => ({ metric, item, value, unit, bound, quote, note }))).toEqual(entry.metrics);
    expect(dataset.shortcomings.filter((s) => s.townshipId === 'bing').map((s) => s.quote)).toEqual([entry.shortcomings[0]!.quote]);
  });

  it('keeps every existing record, byte for byte and in order, before the new ones', () => {
    for (const file of ['townships.csv', 'reports.csv', 'metrics.csv', 'shortcomings.csv']) {
      const before = folder.get(file)!;
      const now = after.get(file)!;
      expect(now.length, file).toBeGreaterThan(before.length);
      expect([...now.subarray(0, before.length)], file).toEqual([...before]);
      expect(bodyLines(textOf(after, file)).slice(0, bodyLines(textOf(folder, file)).length), file).toEqual(bodyLines(textOf(folder, file)));
    }
    const dataset = datasetOf(after);
    const old = datasetOf(folder);
    const strip = <T extends { source: unknown }>(rows: T[]) => rows.map(({ source: _source, ...rest }) => rest);
    expect(strip(dataset.metrics).slice(0, old.metrics.length)).toEqual(strip(old.metrics));
  });

  it('quotes cells with commas and quotes, and leaves a formula-like quote as the report wrote it', () => {
    const metrics = textOf(after, 'metrics.csv');
    expect(metrics).toContain(',覆盖群众“法律明白人”1500人次,"含""明白人"", 不含干部"');
    expect(metrics).toContain(',=SUM(1),');
    expect(metrics).not.toContain("'=SUM");
  });
});

describe('mergeIntoFolder: a second year and an existing report', () => {
  const folder = readFolder();
  const alpha2025 = newTownshipEntry({
    township: { id: 'alpha', name: '甲乡', county: '甲县', prefecture: '甲市', province: '甲省' },
    newTownship: false,
    title: '甲乡2025年法治政府建设情况报告',
  });

  it('adds a second year of a known township without a townships.csv row', async () => {
    const outcome = merged(mergeIntoFolder(folder, alpha2025, { replaceExisting: false, stamp: STAMP }));
    expect(outcome.changed.has('townships.csv')).toBe(false);
    const after = folderAfterMerge(folder, outcome);
    expect((await checkDataFolder(folderReader(after))).problems).toEqual([]);
    expect(datasetOf(after).reports.filter((r) => r.townshipId === 'alpha').map((r) => r.year)).toEqual([2024, 2025]);
  });

  it('asks before replacing a report of the same township and year, and says what is there', () => {
    const alpha2024: DeskEntry = { ...alpha2025, year: 2024 };
    const outcome = mergeIntoFolder(folder, alpha2024, { replaceExisting: false, stamp: STAMP });
    expect(outcome).toEqual({
      status: 'needs_confirmation',
      existing: { title: '甲乡2024年法治政府建设情况报告', reportLine: 2, metricRows: 4, shortcomingRows: 1, textFile: true },
    });
  });

  it('on confirmation replaces its rows and text, keeps the other report, and backs up every file it changed', async () => {
    const alpha2024: DeskEntry = { ...alpha2025, year: 2024 };
    const outcome = merged(mergeIntoFolder(folder, alpha2024, { replaceExisting: true, stamp: STAMP }));
    const dir = `backup/alpha-2024-${STAMP}`;
    expect([...outcome.backups.keys()].sort()).toEqual([`${dir}/metrics.csv`, `${dir}/reports.csv`, `${dir}/reports/alpha-2024.txt`, `${dir}/shortcomings.csv`]);
    for (const [path, bytes] of outcome.backups) expect(bytes).toEqual(folder.get(path.slice(dir.length + 1)));
    const after = folderAfterMerge(folder, outcome);
    expect((await checkDataFolder(folderReader(after))).problems).toEqual([]);
    const dataset = datasetOf(after);
    expect(dataset.reports.map((r) => `${r.townshipId} ${r.year} ${r.title}`)).toEqual(['beta 2024 乙镇2024年法治政府建设情况报告', 'alpha 2024 甲乡2025年法治政府建设情况报告']);
    expect(dataset.metrics.filter((m) => m.townshipId === 'beta')).toHaveLength(datasetOf(folder).metrics.filter((m) => m.townshipId === 'beta').length);
    expect(dataset.metrics.filter((m) => m.townshipId === 'alpha').map((m) => m.quote)).toEqual(alpha2024.metrics.map((m) => m.quote));
  });

  it('refuses a new township whose id is taken, and an unknown one said to exist', () => {
    const taken = mergeIntoFolder(folder, newTownshipEntry({ township: { ...newTownshipEntry().township, id: 'beta' } }), { replaceExisting: false, stamp: STAMP });
    expect(taken).toEqual({ status: 'blocked', messages: ['乡镇编号“beta”已被 townships.csv 第3行（乙镇）使用，请重新选择乡镇。'] });
    const unknown = mergeIntoFolder(folder, newTownshipEntry({ newTownship: false }), { replaceExisting: false, stamp: STAMP });
    expect(unknown.status).toBe('blocked');
  });

  it('refuses rows check-data would fail: a corrected value its quote does not state, a row twice', () => {
    const base = newTownshipEntry();
    const changed = newTownshipEntry({ metrics: [{ ...base.metrics[0]!, value: 31 }, base.metrics[1]!, { ...base.metrics[1]!, quote: '1500人次' }] });
    expect(mergeIntoFolder(folder, changed, { replaceExisting: false, stamp: STAMP })).toEqual({
      status: 'blocked',
      messages: [
        '指标行“集中宣讲”的数值 31 在引文“集中宣讲法律法规30余次”中找不到：数值要与报告原文一致，请改回原文的数字，或不采用这一行。',
        '有两行指标相同（指标 outreach_reach、item“覆盖群众”）：同一指标的不同部分请用不同的 item 区分，或只采用其中一行。',
      ],
    });
  });

  it('finds nothing existing for a year the folder does not have', () => {
    expect(existingReport(folder, alpha2025)).toBeNull();
  });
});

describe('mergeFile: files as Excel leaves them', () => {
  const entry = newTownshipEntry();
  const encode = (s: string) => new TextEncoder().encode(s);
  const decode = (b: Uint8Array | null) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b!);

  it('keeps CRLF line ends and adds a missing final line break before appending', () => {
    const out = decode(mergeFile('townships.csv', encode('id,name,county,prefecture,province\r\nalpha,甲乡,甲县,甲市,甲省'), entry, false));
    expect(out).toBe('id,name,county,prefecture,province\r\nalpha,甲乡,甲县,甲市,甲省\r\nbing,丙乡,丙县,丙市,丙省\r\n');
    const withBom = decode(mergeFile('townships.csv', encode('\uFEFFid,name,county,prefecture,province\nalpha,甲乡,甲县,甲市,甲省\n'), entry, false));
    expect(withBom).toBe('\uFEFFid,name,county,prefecture,province\nalpha,甲乡,甲县,甲市,甲省\nbing,丙乡,丙县,丙市,丙省\n');
  });

  it("writes in the file's own column order", () => {
    const out = decode(mergeFile('shortcomings.csv', encode('quote,category,year,township_id\n'), entry, false));
    expect(out.split('\n')[1]).toBe('"法治工作队伍人员数量不足，""专业""素质不高",legal_talent,2025,bing');
  });

  it('creates a missing table with its documented header', () => {
    expect(decode(mergeFile('shortcomings.csv', null, entry, false))).toBe(
      '\uFEFFtownship_id,year,category,quote\nbing,2025,legal_talent,"法治工作队伍人员数量不足，""专业""素质不高"\n',
    );
  });

  it('removes a replaced record whose quoted cell spans lines, and leaves a broken neighbour alone', () => {
    const text = 'township_id,year,category,quote\nbing,2025,legal_talent,"第一行\n第二行"\nbing,2025,"broken\nbeta,2024,activity_form,普法形式较为单一\n';
    const out = decode(mergeFile('shortcomings.csv', encode(text), entry, true));
    expect(out).not.toContain('第一行');
    expect(out).toContain('bing,2025,"broken');
    expect(out).toContain('beta,2024,activity_form');
  });

  it('appends to a GBK file in GBK, its own bytes untouched', () => {
    // 甲 in GBK is 0xBC 0xD7.
    const gbk = new Uint8Array([...encode('id,name,county,prefecture,province\nalpha,'), 0xbc, 0xd7, ...encode(',x,y,z\n')]);
    const out = mergeFile('townships.csv', gbk, entry, false)!;
    expect([...out.subarray(0, gbk.length)]).toEqual([...gbk]);
    expect(new TextDecoder('gbk').decode(out)).toBe('id,name,county,prefecture,province\nalpha,甲,x,y,z\nbing,丙乡,丙县,丙市,丙省\n');
  });

  it('rewrites a GBK file as UTF-8 (same rows) only when a new cell has no GBK code', () => {
    const gbk = new Uint8Array([...encode('id,name,county,prefecture,province\nalpha,'), 0xbc, 0xd7, ...encode(',x,y,z\n')]);
    const odd = newTownshipEntry({ township: { ...newTownshipEntry().township, name: '丙乡😀' } });
    expect(decode(mergeFile('townships.csv', gbk, odd, false))).toBe('\uFEFFid,name,county,prefecture,province\nalpha,甲,x,y,z\nbing,丙乡😀,丙县,丙市,丙省\n');
  });

  it('appends with the separator of the file (semicolon, tab), quoting where that separator needs it', () => {
    const semi = decode(mergeFile('shortcomings.csv', encode('township_id;year;category;quote\r\nalpha;2024;legal_talent;a,b\r\n'), entry, false));
    expect(semi).toBe('township_id;year;category;quote\r\nalpha;2024;legal_talent;a,b\r\nbing;2025;legal_talent;"法治工作队伍人员数量不足，""专业""素质不高"\r\n');
    const tab = decode(mergeFile('townships.csv', encode('id\tname\tcounty\tprefecture\tprovince\nalpha\t甲\tx\ty\tz\n'), entry, false));
    expect(tab).toBe('id\tname\tcounty\tprefecture\tprovince\nalpha\t甲\tx\ty\tz\nbing\t丙乡\t丙县\t丙市\t丙省\n');
  });

  it('keeps line breaks inside quoted cells byte for byte, in kept and in new rows', () => {
    const text = 'township_id,year,category,quote\r\nalpha,2024,legal_talent,"第一行\r\n第二行"\r\n';
    const multi = newTownshipEntry({ shortcomings: [{ category: 'legal_talent', quote: '甲\n乙' }] });
    const out = decode(mergeFile('shortcomings.csv', encode(text), multi, false));
    expect(out).toBe(`${text}bing,2025,legal_talent,"甲\n乙"\r\n`);
  });
});
