// The document follows the view: a title per view (WCAG 2.4.2; the browser tab
// and a screen reader's page list tell the views apart) and <html data-view>
// for CSS that differs by view (print.css hides the header on the brief; a
// `:has()` selector would do it only from Chromium 105, above the floor).
import { useEffect } from 'react';
import type { ViewId } from './views';

export function viewDocumentTitle(pageTitle: string, viewLabel: string): string {
  return `${viewLabel} — ${pageTitle}`;
}

export function useViewDocument(view: ViewId, title: string): void {
  useEffect(() => {
    document.title = title;
    document.documentElement.dataset.view = view;
  }, [view, title]);
}
