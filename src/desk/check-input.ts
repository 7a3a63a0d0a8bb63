// What 检查数据文件夹 checks, decided before the check runs (no React): the
// files the clerk gave, with copy-like names ("metrics (1).csv") matched to
// the data file they stand for and the rest named as not used; a refusal when
// nothing given is a data file (so the site's own files never earn a green
// check in its place); and, against the data the site serves now, a warning
// for every table the given files have fewer rows in (deploying them loses those rows).

import { matchDataFileNames } from '../data/check-folder';
import { DATA_FILES } from '../data/index';
import { readCsvFile, tableRecords } from './csv-text';
import type { DataFolderFiles } from './types';

export type PreparedInput = { status: 'refused'; message: string } | { status: 'ready'; folder: DataFolderFiles; notes: string[] };

const list = (items: readonly string[], max = 12) => `${items.slice(0, max).join('、')}${items.length > max ? ' 等' : ''}`;

export function prepareGivenFolder(given: DataFolderFiles): PreparedInput {
  const { renamed, unused } = matchDataFileNames([...given.keys()]);
  const folder: DataFolderFiles = new Map();
  for (const [path, bytes] of given) if (!unused.includes(path) && !renamed.some((r) => r.given === path)) folder.set(path, bytes);
  for (const { given: from, as } of renamed) folder.set(as, given.get(from)!);
  const tables: string[] = Object.values(DATA_FILES);
  const dataFiles = [...folder.keys()].filter((path) => tables.includes(path) || path.startsWith('reports/'));
  if (dataFiles.length === 0) {
    return {
      status: 'refused',
      message: `您提供的文件里没有看板的数据文件（${tables.join('、')} 或 reports/ 里的报告原文），没有检查：${list([...given.keys()])}。请拖入网站的 data 文件夹、其中的 CSV 文件，或“下载完整数据包”得到的 .zip。`,
    };
  }
  const notes = [`已读取您提供的 ${folder.size} 个数据文件：${list([...folder.keys()])}`];
  for (const { given: from, as } of renamed) notes.push(`“${from}”按 ${as} 检查（文件名像是 ${as} 的副本；部署前请把它改名为 ${as}）。`);
  if (unused.length > 0) notes.push(`以下文件不是看板的数据文件，没有检查：${list(unused)}。`);
  return { status: 'ready', folder, notes };
}

function rowCount(file: string, bytes: Uint8Array | undefined): number | null {
  if (!bytes) return null;
  const read = readCsvFile(file, bytes);
  return read === null ? null : tableRecords(read.text, file).length;
}

/** 这个数据包比网站上现有的数据少N行（metrics.csv），部署后这些数据会丢失 — per given table with fewer rows than the site's. */
export function fewerRowsThanSite(given: DataFolderFiles, site: DataFolderFiles): string[] {
  const warnings: string[] = [];
  for (const file of Object.values(DATA_FILES)) {
    const mine = rowCount(file, given.get(file));
    const theirs = rowCount(file, site.get(file));
    if (mine === null || theirs === null || mine >= theirs) continue;
    warnings.push(`这个数据包比网站上现有的数据少${theirs - mine}行（${file}），部署后这些数据会丢失。网站上现有 ${theirs} 行，您提供的文件只有 ${mine} 行：请先确认没有拿错文件（例如较早下载的数据包）。`);
  }
  return warnings;
}
