// What 检查数据文件夹 checks before the check runs: copy-like names matched to
// the data file they stand for, other files named as not used, nothing green
// for files that are not data files, a zip that is not a package refused in
// Chinese, and fewer rows than the site serves warned about.

import { describe, expect, it } from 'vitest';
import { dataFileNameFor, matchDataFileNames } from '../../../src/data/check-folder';
import { fewerRowsThanSite, prepareGivenFolder } from '../../../src/desk/check-input';
import { PackageError, unzipPackage } from '../../../src/desk/folder-io';
import { formulaCells } from '../../../src/desk/formula-cells';
import { zipDataFolder } from '../../../src/desk/zip';
import { newTownshipEntry, readFolder } from './helpers';

const enc = (s: string) => new TextEncoder().encode(s);

describe('dataFileNameFor / matchDataFileNames', () => {
  it('maps copies and downloads to the file they stand for', () => {
    expect(dataFileNameFor('metrics (1).csv')).toBe('metrics.csv');
    expect(dataFileNameFor('metrics（2）.csv')).toBe('metrics.csv');
    expect(dataFileNameFor('townships - 副本.csv')).toBe('townships.csv');
    expect(dataFileNameFor('townships - Copy (2).csv')).toBe('townships.csv');
    expect(dataFileNameFor('Metrics.CSV')).toBe('metrics.csv');
    expect(dataFileNameFor('metrics-2024.csv')).toBeNull();
    expect(dataFileNameFor('说明.docx')).toBeNull();
  });

  it('an exact name wins; a second copy and unknown files are unused; reports/ is left alone', () => {
    expect(matchDataFileNames(['metrics.csv', 'metrics (1).csv', 'townships - 副本.csv', 'townships (2).csv', 'a.txt', 'reports/x-2024.txt'])).toEqual({
      renamed: [{ given: 'townships - 副本.csv', as: 'townships.csv' }],
      unused: ['metrics (1).csv', 'townships (2).csv', 'a.txt'],
    });
  });
});

describe('prepareGivenFolder', () => {
  it('checks a copy under its data file name and says so', () => {
    const prepared = prepareGivenFolder(new Map([['metrics (1).csv', enc('x')], ['notes.docx', enc('y')]]));
    expect(prepared.status).toBe('ready');
    if (prepared.status !== 'ready') return;
    expect([...prepared.folder.keys()]).toEqual(['metrics.csv']);
    expect(prepared.notes.join('\n')).toContain('“metrics (1).csv”按 metrics.csv 检查');
    expect(prepared.notes.join('\n')).toContain('没有检查：notes.docx');
  });

  it('refuses files none of which is a data file', () => {
    const prepared = prepareGivenFolder(new Map([['index.html', enc('<html>')]]));
    expect(prepared).toMatchObject({ status: 'refused' });
  });
});

describe('unzipPackage', () => {
  it('refuses a truncated zip and a zip of another project in Chinese', async () => {
    const good = await zipDataFolder(new Map([['metrics.csv', enc('a')]]));
    await expect(unzipPackage('cut.zip', good.subarray(0, good.length - 30))).rejects.toThrow(PackageError);
    await expect(unzipPackage('cut.zip', good.subarray(0, good.length - 30))).rejects.toThrow(/不是完整的 \.zip 文件/);
    const other = await zipDataFolder(new Map([['src/index.js', enc('x')]]));
    await expect(unzipPackage('other.zip', other)).rejects.toThrow(/不是这个看板的数据包/);
    expect([...(await unzipPackage('ok.zip', good)).keys()]).toEqual(['metrics.csv']);
  });
});

describe('fewerRowsThanSite', () => {
  it('warns per table with fewer rows than the site serves', () => {
    const site = readFolder();
    const text = new TextDecoder().decode(site.get('metrics.csv')!).split('\n');
    const fewer = enc(`${text.slice(0, text.length - 3).join('\n')}\n`);
    const warnings = fewerRowsThanSite(new Map([['metrics.csv', fewer]]), site);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^这个数据包比网站上现有的数据少2行（metrics\.csv），部署后这些数据会丢失/);
    expect(fewerRowsThanSite(new Map([['metrics.csv', site.get('metrics.csv')!]]), site)).toEqual([]);
  });
});

describe('formulaCells', () => {
  it('names every cell a spreadsheet would run as a formula, values untouched', () => {
    const cells = formulaCells(newTownshipEntry());
    expect(cells.map((c) => c.where)).toEqual(['指标第 4 行（=SUM）的 item 列（metrics.csv）', '指标第 4 行（=SUM）的 quote 列（metrics.csv）']);
    expect(cells[1]!.value).toBe('=SUM(1)');
    const more = formulaCells(newTownshipEntry({ title: '+报告', shortcomings: [{ category: 'x', quote: '@人' }, { category: 'x', quote: '\t缩进' }] }));
    expect(more.map((c) => c.where)).toEqual(expect.arrayContaining(['报告标题（reports.csv 的 title 列）', '存在的问题第 1 行的 quote 列（shortcomings.csv）', '存在的问题第 2 行的 quote 列（shortcomings.csv）']));
  });
});
