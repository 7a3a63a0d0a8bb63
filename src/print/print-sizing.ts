// Charts do not resize themselves for print (apache/echarts#18147): when
// `beforeprint` fires, the page still has its screen width, and a chart drawn
// 1600 px wide is scaled down on paper (tiny text) or cut. What works here
// (../shared/FIELD-NOTES.md): in `beforeprint`, resize each chart to the
// printed width and flush zrender at once — resize alone paints on the next
// frame, after the browser has laid out the print — and in `afterprint`
// resize back to the container ('auto').
//
// The 打印 button can do better (rebuild every spec with `forPrint: true` at
// the paper width, wait for all charts to finish, then call window.print());
// this module is the fallback that also covers Ctrl+P.

/** The part of an ECharts instance this module uses (EChartsType satisfies it). */
export interface PrintResizableChart {
  resize(options?: {
    width?: number | 'auto';
    height?: number | 'auto';
    silent?: boolean;
    animation?: { duration?: number };
  }): void;
  getZr(): { flush(): void };
  isDisposed?(): boolean;
}

function live<T extends PrintResizableChart>(instances: Iterable<T | null | undefined>): T[] {
  return [...instances].filter((chart): chart is T => !!chart && !chart.isDisposed?.());
}

/** Resize every chart to `widthPx` (or a per-chart width) and paint it now, without animation. */
export function prepareChartsForPrint<T extends PrintResizableChart>(
  instances: Iterable<T | null | undefined>,
  widthPx: number | ((chart: T) => number),
): void {
  for (const chart of live(instances)) {
    const width = typeof widthPx === 'function' ? widthPx(chart) : widthPx;
    chart.resize({ width: Math.max(1, Math.floor(width)), animation: { duration: 0 } });
    chart.getZr().flush();
  }
}

/** Give every chart back to its container's width. */
export function restoreChartsAfterPrint<T extends PrintResizableChart>(instances: Iterable<T | null | undefined>): void {
  for (const chart of live(instances)) {
    chart.resize({ width: 'auto', animation: { duration: 0 } });
    chart.getZr().flush();
  }
}

export interface PrintSizingOptions<T extends PrintResizableChart> {
  /** The charts on the page now (read at print time, e.g. from the chart registry). */
  getInstances: () => Iterable<T | null | undefined>;
  /** Printed width in CSS px, read at print time (orientation may have changed). */
  widthPx: () => number;
  /** Defaults to the global window. */
  target?: PrintEventTarget;
}

export type PrintEventTarget = Pick<Window, 'addEventListener' | 'removeEventListener' | 'matchMedia'>;

/**
 * Calls `before` when printing starts and `after` when it ends: beforeprint/
 * afterprint, and the `print` media query for browsers that only report that.
 * Once a beforeprint has come, the media query is not listened to any more:
 * Chromium 92 reports `matches: false` right after beforeprint, while it lays
 * out the printout — leaving print mode there put screen-wide charts on paper,
 * which Chromium shrank to fit, leaving empty pages at the end.
 * Returns the function that removes the listeners.
 */
export function listenForPrint(target: PrintEventTarget, before: () => void, after: () => void): () => void {
  const media = typeof target.matchMedia === 'function' ? target.matchMedia('print') : null;
  let hasPrintEvents = false;
  const onMedia = (event: { matches: boolean }): void => {
    if (hasPrintEvents) return;
    if (event.matches) before();
    else after();
  };
  const onBeforePrint = (): void => {
    hasPrintEvents = true;
    before();
  };
  target.addEventListener('beforeprint', onBeforePrint);
  target.addEventListener('afterprint', after);
  media?.addEventListener('change', onMedia);
  return () => {
    target.removeEventListener('beforeprint', onBeforePrint);
    target.removeEventListener('afterprint', after);
    media?.removeEventListener('change', onMedia);
  };
}

/**
 * Listen for print (beforeprint/afterprint, and the `print` media query for
 * browsers that only report that) and resize the charts around it. Returns
 * the function that removes the listeners.
 */
export function installPrintSizing<T extends PrintResizableChart>(options: PrintSizingOptions<T>): () => void {
  const target = options.target ?? window;
  let printing = false;
  const before = (): void => {
    if (printing) return;
    printing = true;
    prepareChartsForPrint(options.getInstances(), options.widthPx());
  };
  const after = (): void => {
    if (!printing) return;
    printing = false;
    restoreChartsAfterPrint(options.getInstances());
  };
  return listenForPrint(target, before, after);
}
