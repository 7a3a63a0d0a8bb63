// How the page prints. Two ways in:
// - The 打印 button (and the brief's 导出PDF): printWithCharts() sets the paper
//   orientation, switches print mode on (every chart rebuilt for paper), waits
//   until every chart has drawn that version, then calls window.print().
// - Ctrl+P, the browser menu, or a headless page.pdf(): installPrintHandlers()
//   switches print mode on inside `beforeprint`. flushSync makes React commit
//   the paper specs before the handler returns, and prepareChartsForPrint then
//   resizes every live instance to the paper width and flushes zrender, so the
//   charts are drawn at the printed size before the browser lays out the
//   printout (../shared/FIELD-NOTES.md: charts do not resize themselves for
//   print; resize alone paints too late). `afterprint` switches back.
import { flushSync } from 'react-dom';
import { allChartsFinished, listCharts, subscribeCharts } from '../components/chart-registry';
import { listenForPrint, prepareChartsForPrint, restoreChartsAfterPrint } from '../print/print-sizing';
import { printableBox, type PrintOrientation } from '../print/paper';
import { printOrientationOf, setPrintOrientation } from '../print/page-style';
import { getPrintMode, setPrintMode } from './print-mode';

function liveInstances() {
  return listCharts().map((chart) => chart.instance);
}

/** Enter print mode now (React commits synchronously) and draw every chart at paper width. */
export function enterPrintMode(orientation: PrintOrientation): void {
  flushSync(() => setPrintMode({ active: true, orientation }));
  prepareChartsForPrint(liveInstances(), printableBox(orientation).widthPx);
}

export function leavePrintMode(): void {
  if (!getPrintMode().active) return;
  restoreChartsAfterPrint(liveInstances());
  setPrintMode({ active: false, orientation: getPrintMode().orientation });
}

export interface PrintHandlerOptions {
  /** Runs first in beforeprint (e.g. to refresh the page header's print date). */
  onBeforePrint?: () => void;
  target?: Window;
}

/**
 * Listens for print (beforeprint/afterprint, and the `print` media query for
 * browsers that only report that). Returns the function that removes the listeners.
 */
export function installPrintHandlers(options: PrintHandlerOptions = {}): () => void {
  const target = options.target ?? window;
  let printing = false;
  const before = (): void => {
    if (printing) return;
    printing = true;
    options.onBeforePrint?.();
    enterPrintMode(printOrientationOf(target.document));
  };
  const after = (): void => {
    // Also without a beforeprint first: after the 打印 button, leaving print mode is always right.
    printing = false;
    leavePrintMode();
  };
  return listenForPrint(target, before, after);
}

/** Longest wait for the paper charts before printing anyway: a printout late by seconds is worse. */
const DRAW_TIMEOUT_MS = 8000;

/** Resolves once every chart on the page has drawn its current option (or after the timeout). */
export function chartsDrawn(timeoutMs = DRAW_TIMEOUT_MS): Promise<void> {
  return new Promise((resolve) => {
    let settled = false;
    let frame = 0;
    const finish = (): void => {
      if (settled) return;
      settled = true;
      unsubscribe();
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      resolve();
    };
    // Checked a frame later, like the charts-ready signal: a chart mounted in
    // this commit registers in a layout effect.
    const check = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (allChartsFinished()) finish();
      });
    };
    const unsubscribe = subscribeCharts(check);
    const timer = setTimeout(finish, timeoutMs);
    check();
  });
}

export interface PrintRequest {
  orientation: PrintOrientation;
  /** The browser's print dialog; replaced in tests. */
  print?: () => void;
}

/** The 打印 button: paper orientation, charts drawn for paper, then the print dialog. */
export async function printWithCharts({ orientation, print }: PrintRequest): Promise<void> {
  setPrintOrientation(document, orientation);
  enterPrintMode(orientation);
  await chartsDrawn();
  // Drawn, but resized to the container in between by a ResizeObserver? Pin the width again.
  prepareChartsForPrint(liveInstances(), printableBox(orientation).widthPx);
  (print ?? (() => window.print()))();
}
