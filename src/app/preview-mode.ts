// Preview mode (the data desk's 预览看板): when the page is opened with
// ?preview=1, the draft kept in this browser (src/desk/preview.ts) is merged
// into every data file the page fetches, through the same merge the saved
// package gets. Installed once, before the data starts loading (main.tsx);
// without the parameter nothing changes.

import { previewFetch, PREVIEW_PARAM, readPreview, type PreviewDraft } from '../desk/preview';
import { BASE_URL } from './base-url';

export type PreviewState = { active: false } | { active: true; draft: PreviewDraft | null };

let state: PreviewState = { active: false };

export function previewState(): PreviewState {
  return state;
}

/** The path under data/ that a URL asks for, or null for any other URL. */
function dataPathOf(url: string, dataRoot: string): string | null {
  const absolute = new URL(url, window.location.href).href.split('#')[0]!.split('?')[0]!;
  if (!absolute.startsWith(dataRoot)) return null;
  try {
    return decodeURIComponent(absolute.slice(dataRoot.length));
  } catch {
    return null;
  }
}

export function installPreviewMode(): void {
  if (!new URLSearchParams(window.location.search).has(PREVIEW_PARAM)) return;
  let draft: PreviewDraft | null = null;
  try {
    draft = readPreview(window.localStorage);
  } catch {
    draft = null;
  }
  state = { active: true, draft };
  if (!draft) return;
  const dataRoot = new URL(`${BASE_URL}data/`, window.location.href).href;
  const original = window.fetch.bind(window);
  const wrapped = previewFetch((input, init) => original(input, init), draft, (url) => dataPathOf(url, dataRoot));
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    typeof input === 'string' ? wrapped(input, init) : original(input, init);
}

/** The page's own address without the preview parameter (the published data). */
export function leavePreviewUrl(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete(PREVIEW_PARAM);
  return url.href;
}
