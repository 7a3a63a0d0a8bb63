// Print mode: while the page prints (or is about to, after the 打印 button),
// every chart is built for paper — at the printed width, animation off, no
// more rows than fit one page (src/print/fit-spec.ts) — instead of for the
// screen. A tiny store outside React, so the beforeprint handler can switch it
// synchronously (flushSync) and the charts are redrawn before the browser lays
// out the printout. <html data-print-mode="true"> lets the screen stylesheet
// stack a card's chart and table while the paper-width charts are on screen.

import { DEFAULT_PRINT_ORIENTATION, type PrintOrientation } from '../print/paper';

export interface PrintMode {
  active: boolean;
  orientation: PrintOrientation;
}

const SCREEN: PrintMode = { active: false, orientation: DEFAULT_PRINT_ORIENTATION };

let current: PrintMode = SCREEN;
const listeners = new Set<() => void>();

export function getPrintMode(): PrintMode {
  return current;
}

/** Switches the mode; listeners run only on a real change. */
export function setPrintMode(next: PrintMode): void {
  const normalised = next.active ? next : SCREEN;
  if (normalised.active === current.active && normalised.orientation === current.orientation) return;
  current = normalised;
  if (typeof document !== 'undefined') {
    if (current.active) document.documentElement.dataset.printMode = 'true';
    else delete document.documentElement.dataset.printMode;
  }
  for (const listener of listeners) listener();
}

export function subscribePrintMode(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
