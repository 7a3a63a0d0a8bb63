// The dashboard's preview of a draft: the entry is kept in the browser
// (localStorage, so the preview opens in a new tab; nothing is uploaded) and,
// while the page runs in preview mode, each data file it fetches passes
// through the same merge the saved package gets (merge.ts mergeFile), and the
// new report's text is served from the draft. Pure apart from the storage
// and fetch handed in.

import { mergeFile, MERGED_CSV_FILES } from './merge';
import { reportFileOf, type DeskEntry } from './types';

export interface PreviewDraft {
  entry: DeskEntry;
  replaceExisting: boolean;
  /** ISO time the preview was made. */
  savedAt: string;
}

export const PREVIEW_STORAGE_KEY = 'fazhi-dashboard:desk-preview';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function storePreview(storage: KeyValueStore, draft: PreviewDraft): void {
  storage.setItem(PREVIEW_STORAGE_KEY, JSON.stringify(draft));
}

function isDraft(value: unknown): value is PreviewDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<PreviewDraft>;
  const entry = draft.entry as Partial<DeskEntry> | undefined;
  return (
    typeof draft.replaceExisting === 'boolean' &&
    typeof entry === 'object' &&
    typeof entry.township?.id === 'string' &&
    typeof entry.year === 'number' &&
    typeof entry.reportText === 'string' &&
    Array.isArray(entry.metrics) &&
    Array.isArray(entry.shortcomings)
  );
}

/** The stored draft, or null when there is none or it is not one. */
export function readPreview(storage: KeyValueStore): PreviewDraft | null {
  try {
    const raw = storage.getItem(PREVIEW_STORAGE_KEY);
    const value: unknown = raw === null ? null : JSON.parse(raw);
    return isDraft(value) ? value : null;
  } catch {
    return null;
  }
}

export function clearPreview(storage: KeyValueStore): void {
  storage.removeItem(PREVIEW_STORAGE_KEY);
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
