// Whether the page runs as the data desk's preview (?preview=1), and which
// draft it shows. Kept apart from preview-mode.ts (which holds the merge and
// is loaded only for a preview) so the dashboard's first load stays small.

import type { PreviewDraft } from '../desk/preview';

/** The query parameter that opens the page in preview mode: ./?preview=1#view=overview */
export const PREVIEW_PARAM = 'preview';

export type PreviewState = { active: false } | { active: true; draft: PreviewDraft | null; problem?: string | null };

let state: PreviewState = { active: false };

export function previewRequested(): boolean {
  return new URLSearchParams(window.location.search).has(PREVIEW_PARAM);
}

export function previewState(): PreviewState {
  return state;
}

export function setPreviewState(next: PreviewState): void {
  state = next;
}

/** The page's own address without the preview parameter (the published data). */
export function leavePreviewUrl(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete(PREVIEW_PARAM);
  return url.href;
}
