// Township ids from names through pinyin-pro, and what a report's first
// lines say about it: checked against the shipped data (frozen copy), whose ids, titles
// and dates were written by hand.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadPinyin } from '../../../src/desk/pinyin';
import { guessNewTownship, inferPublished, inferReportMeta, inferReportTitle, suggestTownship } from '../../../src/desk/report-meta';
import { baseTownshipId, makeTownshipId } from '../../../src/desk/township-id';
import { FROZEN_DATA_DIR } from '../data/helpers';

const rows = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(FROZEN_DATA_DIR, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
const townships = rows('townships.csv').map((r) => ({ id: r.id!, name: r.name!, county: r.county! }));
const reports = rows('reports.csv');

describe('township ids', () => {
  it('gives each shipped township the id written by hand', async () => {
    const toPinyin = await loadPinyin();
    for (const t of townships) expect(baseTownshipId(t.name, toPinyin), t.name).toBe(t.id);
  });

  it('adds the county, then a number, when the id is taken; never returns a taken id', async () => {
    const toPinyin = await loadPinyin();
    const taken = ['chengguan'];
    const second = makeTownshipId('城关镇', '申扎县', taken, toPinyin);
    expect(second).toBe('chengguan-shenzha');
    expect(makeTownshipId('城关镇', '申扎县', [...taken, second], toPinyin)).toBe('chengguan-shenzha-2');
    expect(makeTownshipId('绿水乡', '', [], toPinyin)).toBe('lvshui');
    expect(makeTownshipId('Ｘ', '', ['township'], toPinyin)).toMatch(/^[a-z0-9_-]+$/);
  });
});

describe('report metadata', () => {
  it('reads the title, year and date of each shipped report as reports.csv has them', () => {
    for (const report of reports) {
      const text = readFileSync(join(FROZEN_DATA_DIR, report.file!), 'utf8');
      expect(inferReportMeta(text), report.file).toEqual({ year: Number(report.year), title: report.title, published: report.published || null });
    }
  });

  it('does not join a menu line to the title, and reads dates written in Chinese', () => {
    expect(inferReportTitle('政府信息公开\n甲乡2025年法治政府建设情况报告\n正文。')).toBe('甲乡2025年法治政府建设情况报告');
    expect(inferPublished('标题\n发布日期：2026年1月9日 来源：县司法局')).toBe('2026-01-09');
    expect(inferPublished('标题\n发布时间：2026-02-30')).toBeNull();
    expect(inferPublished('2025年，全乡开展普法30次。')).toBeNull();
  });

  it('suggests the known township the report names, and guesses a new one from the title', () => {
    const bitu = readFileSync(join(FROZEN_DATA_DIR, 'reports/bitu-2024.txt'), 'utf8');
    expect(suggestTownship(bitu, townships)?.id).toBe('bitu');
    expect(suggestTownship('丙乡2025年法治政府建设情况报告', townships)).toBeNull();
    expect(guessNewTownship('重庆市城口县高观镇2025年法治政府建设情况报告')).toEqual({ name: '高观镇', county: '城口县', prefecture: '重庆市' });
    // A province before the prefecture is no part of it, and 达州市 is read whole (issue 16: not 四川省达州 / 市渠县).
    expect(guessNewTownship('四川省达州市渠县清溪场镇2025年法治政府建设情况报告')).toEqual({ name: '清溪场镇', county: '渠县', prefecture: '达州市' });
    expect(guessNewTownship('西藏自治区那曲市申扎县塔尔玛乡2024年法治政府建设情况报告')).toEqual({ name: '塔尔玛乡', county: '申扎县', prefecture: '那曲市' });
    expect(guessNewTownship('四川省甘孜藏族自治州泸定县磨西镇2025年法治政府建设情况报告')).toEqual({ name: '磨西镇', county: '泸定县', prefecture: '甘孜藏族自治州' });
  });
});
