// The reports this browser has saved for one site and that the site does not
// serve yet: a clerk who saves report A and then report B before A is
// deployed must get a package of B that still holds A (issue 16 item 3).
// Kept in localStorage under a key scoped by the site's sub-path, so two
// dashboards on one server never mix their batches. A batch item leaves the
// list once the site serves its report text as saved (it was deployed).

import { decodeReport, DATA_FILES } from '../data/index';
import { findRecords, readCsvFile } from './csv-text';
import { reportFileOf, type DataFolderFiles, type DeskEntry } from './types';

export interface BatchItem {
  entry: DeskEntry;
  /** The clerk confirmed replacing the site's report of that township and year. */
  replaceExisting: boolean;
  /** ISO time of the save. */
  savedAt: string;
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The site's folder as a storage scope: the page's path up to its last "/" (…/site-a/ for …/site-a/index.html). */
export function siteScope(href: string): string {
  const url = new URL(href);
  return url.pathname.slice(0, url.pathname.lastIndexOf('/') + 1);
}

export const batchKey = (scope: string) => `fazhi-dashboard:desk-batch:${scope}`;

/** A stored entry has the shape the merge needs (anything else is ignored, never merged). */
export function isEntry(value: unknown): value is DeskEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Partial<DeskEntry>;
  return (
    typeof e.township === 'object' &&
    e.township !== null &&
    typeof e.township.id === 'string' &&
    typeof e.township.name === 'string' &&
    typeof e.newTownship === 'boolean' &&
    typeof e.year === 'number' &&
    typeof e.title === 'string' &&
    typeof e.reportText === 'string' &&
    Array.isArray(e.metrics) &&
    e.metrics.every((m) => typeof m === 'object' && m !== null && typeof m.metric === 'string' && typeof m.quote === 'string' && typeof m.value === 'number') &&
    Array.isArray(e.shortcomings) &&
    e.shortcomings.every((s) => typeof s === 'object' && s !== null && typeof s.category === 'string' && typeof s.quote === 'string')
  );
}

function isItem(value: unknown): value is BatchItem {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Partial<BatchItem>;
  return typeof item.replaceExisting === 'boolean' && typeof item.savedAt === 'string' && isEntry(item.entry);
}

export interface StoredBatch {
  items: BatchItem[];
  /** Set when something was stored under the key that is not a batch (then it is ignored). */
  problem: string | null;
}

export function readBatch(storage: KeyValueStore, scope: string): StoredBatch {
  let raw: string | null;
  try {
    raw = storage.getItem(batchKey(scope));
  } catch {
    return { items: [], problem: '浏览器不允许读取本地保存的记录（可能是隐私模式），无法知道之前保存过哪些报告。' };
  }
  if (raw === null) return { items: [], problem: null };
  try {
    const value: unknown = JSON.parse(raw);
    const items = (value as { items?: unknown } | null)?.items;
    if (Array.isArray(items) && items.every(isItem)) return { items, problem: null };
  } catch {
    // fall through
  }
  return { items: [], problem: '本浏览器记录的“已保存报告”已损坏，无法使用，已忽略。' };
}

export function writeBatch(storage: KeyValueStore, scope: string, items: readonly BatchItem[]): void {
  if (items.length === 0) storage.removeItem(batchKey(scope));
  else storage.setItem(batchKey(scope), JSON.stringify({ version: 1, items }));
}

export const sameTarget = (a: DeskEntry, b: DeskEntry) => a.township.id === b.township.id && a.year === b.year;

/** The folder serves this entry's report as saved: its text file is the entry's text and reports.csv has its row. */
export function isDeployed(folder: DataFolderFiles, entry: DeskEntry): boolean {
  const file = reportFileOf(entry.township.id, entry.year);
  const bytes = folder.get(file);
  if (!bytes) return false;
  const { report } = decodeReport(file, bytes);
  if (report.text === null || report.text !== entry.reportText.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '')) return false;
  const reports = folder.get(DATA_FILES.reports);
  const read = reports ? readCsvFile(DATA_FILES.reports, reports) : null;
  return read !== null && findRecords(read.text, DATA_FILES.reports, (c) => c.township_id === entry.township.id && c.year === String(entry.year)).length > 0;
}

/**
 * What a save of `current` builds: the earlier saved items the folder does not
 * serve yet (an earlier save of the same township and year is superseded by
 * `current`), then `current`. `deployed` are the items the folder now serves.
 */
export function planBatch(folder: DataFolderFiles, earlier: readonly BatchItem[], current: BatchItem): { items: BatchItem[]; deployed: BatchItem[] } {
  const deployed: BatchItem[] = [];
  const pending: BatchItem[] = [];
  for (const item of earlier) {
    if (sameTarget(item.entry, current.entry)) continue;
    if (isDeployed(folder, item.entry)) deployed.push(item);
    else pending.push(item);
  }
  return { items: [...pending, current], deployed };
}
