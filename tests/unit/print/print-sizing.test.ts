import { describe, expect, it } from 'vitest';
import {
  installPrintSizing,
  prepareChartsForPrint,
  restoreChartsAfterPrint,
  type PrintResizableChart,
} from '../../../src/print/print-sizing';

/** Records what the module asks of a chart, in order. */
class FakeChart implements PrintResizableChart {
  calls: string[] = [];
  constructor(private disposed = false) {}
  resize(options?: { width?: number | 'auto'; animation?: { duration?: number } }): void {
    this.calls.push(`resize:${String(options?.width)}:${String(options?.animation?.duration)}`);
  }
  getZr() {
    return { flush: () => this.calls.push('flush') };
  }
  isDisposed(): boolean {
    return this.disposed;
  }
}

describe('prepareChartsForPrint / restoreChartsAfterPrint', () => {
  it('resizes to the printed width without animation and flushes at once, then back to auto', () => {
    const a = new FakeChart();
    const b = new FakeChart();
    prepareChartsForPrint([a, null, b, undefined], 1046.9);
    expect(a.calls).toEqual(['resize:1046:0', 'flush']);
    expect(b.calls).toEqual(['resize:1046:0', 'flush']);
    restoreChartsAfterPrint([a, b]);
    expect(a.calls.slice(2)).toEqual(['resize:auto:0', 'flush']);
  });

  it('skips disposed charts and accepts a width per chart', () => {
    const live = new FakeChart();
    const gone = new FakeChart(true);
    prepareChartsForPrint([live, gone], (chart) => (chart === live ? 700 : 1));
    expect(live.calls).toEqual(['resize:700:0', 'flush']);
    expect(gone.calls).toEqual([]);
  });
});

describe('installPrintSizing', () => {
  function fakeWindow() {
    const events = new EventTarget();
    const media = new EventTarget() as EventTarget & { matches: boolean };
    const target = {
      addEventListener: events.addEventListener.bind(events),
      removeEventListener: events.removeEventListener.bind(events),
      matchMedia: () => media,
    } as unknown as Pick<Window, 'addEventListener' | 'removeEventListener' | 'matchMedia'>;
    const mediaChange = (matches: boolean) => {
      const event = new Event('change') as Event & { matches: boolean };
      Object.defineProperty(event, 'matches', { value: matches });
      media.dispatchEvent(event);
    };
    return { target, fire: (type: string) => events.dispatchEvent(new Event(type)), mediaChange };
  }

  it('resizes on beforeprint with the width read at print time, restores on afterprint, once each', () => {
    const chart = new FakeChart();
    let width = 1046;
    const win = fakeWindow();
    const remove = installPrintSizing({ getInstances: () => [chart], widthPx: () => width, target: win.target });
    width = 718; // orientation switched to portrait before printing
    win.fire('beforeprint');
    win.mediaChange(true); // the media query reports the same print: no second resize
    win.fire('afterprint');
    win.mediaChange(false);
    expect(chart.calls).toEqual(['resize:718:0', 'flush', 'resize:auto:0', 'flush']);

    remove();
    win.fire('beforeprint');
    expect(chart.calls).toHaveLength(4);
  });

  it('ignores the media query once beforeprint has come (Chromium 92 reports matches: false mid-print)', () => {
    const chart = new FakeChart();
    const win = fakeWindow();
    installPrintSizing({ getInstances: () => [chart], widthPx: () => 718, target: win.target });
    win.fire('beforeprint');
    win.mediaChange(false);
    win.mediaChange(true);
    expect(chart.calls).toEqual(['resize:718:0', 'flush']);
    win.fire('afterprint');
    win.mediaChange(false);
    expect(chart.calls).toEqual(['resize:718:0', 'flush', 'resize:auto:0', 'flush']);
  });

  it('also works from the print media query alone', () => {
    const chart = new FakeChart();
    const win = fakeWindow();
    installPrintSizing({ getInstances: () => [chart], widthPx: () => 1046, target: win.target });
    win.mediaChange(true);
    win.mediaChange(false);
    expect(chart.calls).toEqual(['resize:1046:0', 'flush', 'resize:auto:0', 'flush']);
  });
});
