// Preview mode (the data desk's 预览看板): when the page is opened with
// ?preview=1, the draft kept in this browser (src/desk/preview.ts) is merged
// into every data file the page fetches, through the same merge the saved
// package gets. main.tsx loads this module (its own chunk) and installs it
// before the data starts loading, only when the parameter is there.

import { siteScope } from '../desk/batch';
import { previewFetch, readPreviewDraft, type PreviewDraft } from '../desk/preview';
import { BASE_URL } from './base-url';
import { setPreviewState } from './preview-flag';

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
  let draft: PreviewDraft | null = null;
  let problem: string | null = null;
  try {
    ({ draft, problem } = readPreviewDraft(window.localStorage, siteScope(window.location.href)));
  } catch {
    draft = null;
  }
  setPreviewState({ active: true, draft, problem });
  if (!draft) return;
  const dataRoot = new URL(`${BASE_URL}data/`, window.location.href).href;
  const original = window.fetch.bind(window);
  const wrapped = previewFetch((input, init) => original(input, init), draft, (url) => dataPathOf(url, dataRoot));
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    typeof input === 'string' ? wrapped(input, init) : original(input, init);
}
