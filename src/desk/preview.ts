// The dashboard's preview of a draft: the entry is kept in the browser
// (localStorage, so the preview opens in a new tab; nothing is uploaded) and,
// while the page runs in preview mode, each data file it fetches passes
// through the same merge the saved package gets (merge.ts mergeFile), and the
// new report's text is served from the draft. Pure apart from the storage
// and fetch handed in.

import { mergeFile, MERGED_CSV_FILES } from './merge';
import { isEntry } from './batch';
import { reportFileOf, type DeskEntry } from './types';

export interface PreviewDraft {
  entry: DeskEntry;
  replaceExisting: boolean;
  /** ISO time the preview was made. */
  savedAt: string;
}

export const PREVIEW_STORAGE_KEY = 'fazhi-dashboard:desk-preview';

/** The draft's key for one site: two dashboards on one server (different sub-paths, batch.ts siteScope) never see each other's draft. */
export const previewKey = (scope: string) => `${PREVIEW_STORAGE_KEY}:${scope}`;

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function storePreview(storage: KeyValueStore, draft: PreviewDraft, scope = ''): void {
  storage.setItem(previewKey(scope), JSON.stringify(draft));
}

function isDraft(value: unknown): value is PreviewDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<PreviewDraft>;
  return typeof draft.replaceExisting === 'boolean' && isEntry(draft.entry);
}

export interface StoredPreview {
  draft: PreviewDraft | null;
  /** Set when something is stored under the key that is not a usable draft (then nothing is merged). */
  problem: string | null;
}

/** The stored draft; a malformed or foreign one is ignored with a reason, never merged. */
export function readPreviewDraft(storage: KeyValueStore, scope = ''): StoredPreview {
  let raw: string | null;
  try {
    raw = storage.getItem(previewKey(scope));
  } catch {
    return { draft: null, problem: '浏览器不允许读取本地保存的草稿（可能是隐私模式）。' };
  }
  if (raw === null) return { draft: null, problem: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { draft: null, problem: '本浏览器里保存的预览草稿已损坏（不是有效的数据），没有使用。' };
  }
  return isDraft(value) ? { draft: value, problem: null } : { draft: null, problem: '本浏览器里保存的预览草稿格式不对（可能来自其他版本的看板），没有使用。' };
}

/** The stored draft, or null when there is none or it is not one. */
export function readPreview(storage: KeyValueStore, scope = ''): PreviewDraft | null {
  return readPreviewDraft(storage, scope).draft;
}

export function clearPreview(storage: KeyValueStore, scope = ''): void {
  storage.removeItem(previewKey(scope));
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * A fetch that serves the data folder with the draft merged in. `fileOf`
 * maps a requested URL to its path under data/ (or null for other URLs).
 */
export function previewFetch(base: Fetch, draft: PreviewDraft, fileOf: (url: string) => string | null): Fetch {
  const reportFile = reportFileOf(draft.entry.township.id, draft.entry.year);
  const merged = new Set<string>([...MERGED_CSV_FILES, reportFile]);
  return async (input, init) => {
    const file = fileOf(input);
    if (file === null || !merged.has(file)) return base(input, init);
    if (file === reportFile) {
      return new Response(new TextEncoder().encode(draft.entry.reportText), { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    }
    const response = await base(input, init);
    if (!response.ok) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const after = mergeFile(file, bytes, draft.entry, draft.replaceExisting) ?? bytes;
    return new Response(after as Uint8Array<ArrayBuffer>, { status: 200, headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  };
}
