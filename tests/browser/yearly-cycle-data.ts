// The product's yearly cycle on a copy of data/: next year's report of one
// township, added through the desk's merge (src/desk/merge.ts) as the clerk's
// save does. Used by yearly-cycle.test.ts, and runnable on a folder by hand
// (`npx tsx tests/browser/yearly-cycle-data.ts <data folder>`) to check that
// the rest of the suite does not depend on what data/ holds.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import Papa from 'papaparse';
import { folderAfterMerge, mergeIntoFolder } from '../../src/desk/merge';
import type { DataFolderFiles, DeskEntry } from '../../src/desk/types';

export interface AddedReport {
  townshipId: string;
  townshipName: string;
  year: number;
  /** The one figure the report gives (outreach_events, exact). */
  events: number;
}

function readFolder(dir: string): DataFolderFiles {
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

const rowsOf = (dir: string, file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

/** Adds the year after the newest in reports.csv for the first township in townships.csv, and writes the changed files. */
export function addNextYearReport(dataDir: string): AddedReport {
  const township = rowsOf(dataDir, 'townships.csv')[0]!;
  const year = Math.max(...rowsOf(dataDir, 'reports.csv').map((r) => Number(r.year))) + 1;
  const events = 12;
  const name = township.name!;
  const entry: DeskEntry = {
    township: { id: township.id!, name, county: township.county!, prefecture: township.prefecture!, province: township.province! },
    newTownship: false,
    year,
    title: `${name}${year}年法治政府建设情况报告`,
    published: null,
    reportText: [
      `${name}${year}年法治政府建设情况报告`,
      '一、主要举措',
      `${year}年，全年开展普法宣传活动${events}场次。`,
      '二、存在的问题',
      '一是法律专业人才缺乏。',
    ].join('\n'),
    metrics: [
      { metric: 'outreach_events', item: '普法宣传活动', value: events, unit: '场次', bound: 'exact', quote: `全年开展普法宣传活动${events}场次`, note: '' },
    ],
    shortcomings: [{ category: 'legal_talent', quote: '法律专业人才缺乏' }],
  };
  const folder = readFolder(dataDir);
  const outcome = mergeIntoFolder(folder, entry, { replaceExisting: false, stamp: 'test' });
  if (outcome.status !== 'merged') throw new Error(`the merge did not take the report: ${JSON.stringify(outcome)}`);
  for (const [path, bytes] of folderAfterMerge(folder, outcome)) {
    if (folder.get(path) === bytes) continue;
    mkdirSync(dirname(join(dataDir, path)), { recursive: true });
    writeFileSync(join(dataDir, path), bytes);
  }
  return { townshipId: township.id!, townshipName: name, year, events };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: tsx tests/browser/yearly-cycle-data.ts <data folder>');
  console.log(addNextYearReport(dir));
}
