// A data folder in memory for the desk tests: the fixture folder (or the
// shipped data/) read into a Map, and a reader over such a map for
// checkDataFolder.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FolderReader } from '../../../src/data/index';
import type { DataFolderFiles, DeskEntry } from '../../../src/desk/types';
import { FIXTURE_DIR } from '../data/helpers';

export function readFolder(dir: string = FIXTURE_DIR): DataFolderFiles {
  const files: DataFolderFiles = new Map();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path).split('\\').join('/'), new Uint8Array(readFileSync(path)));
    }
  };
  walk(dir);
  return files;
}

export function folderReader(files: DataFolderFiles): FolderReader {
  return (path) => {
    const bytes = files.get(path);
    return bytes ? { bytes } : { bytes: null, reason: '文件不存在' };
  };
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
export const textOf = (files: DataFolderFiles, path: string): string => decoder.decode(files.get(path)!);

/** A report of a new township 丙乡 in the fixture's catalogue, with cells that need CSV quoting. */
export const NEW_REPORT_TEXT = [
  '丙县丙乡2025年法治政府建设情况报告',
  '发布时间：2026-02-03',
  '一、主要举措',
  '2025年，集中宣讲法律法规30余次，覆盖群众“法律明白人”1500人次。',
  '召开推进会3次,每次都有记录。',
  '=SUM(1)全年化解纠纷',
  '二、存在的不足',
  '法治工作队伍人员数量不足，"专业"素质不高。',
].join('\n');

export function newTownshipEntry(overrides: Partial<DeskEntry> = {}): DeskEntry {
  return {
    township: { id: 'bing', name: '丙乡', county: '丙县', prefecture: '丙市', province: '丙省' },
    newTownship: true,
    year: 2025,
    title: '丙县丙乡2025年法治政府建设情况报告',
    published: '2026-02-03',
    reportText: NEW_REPORT_TEXT,
    metrics: [
      { metric: 'outreach_events', item: '集中宣讲', value: 30, unit: '次', bound: 'at_least', quote: '集中宣讲法律法规30余次', note: '' },
      { metric: 'outreach_reach', item: '覆盖群众', value: 1500, unit: '人次', bound: 'exact', quote: '覆盖群众“法律明白人”1500人次', note: '含"明白人", 不含干部' },
      { metric: 'rule_of_law_meetings', item: '推进会', value: 3, unit: '次', bound: 'exact', quote: '召开推进会3次,每次都有记录', note: '' },
      { metric: 'rule_of_law_meetings', item: '=SUM', value: 1, unit: '次', bound: 'exact', quote: '=SUM(1)', note: '' },
    ],
    shortcomings: [{ category: 'legal_talent', quote: '法治工作队伍人员数量不足，"专业"素质不高' }],
    ...overrides,
  };
}
