import { afterEach, describe, expect, it } from 'vitest';
import type { EChartsType } from 'echarts/core';
import type { ChartSpec } from '../../../src/charts/types';
import { attachInstance, registerChart, unregisterChart } from '../../../src/components/chart-registry';
import { installPrintHandlers } from '../../../src/app/print-page';
import { getPrintMode, setPrintMode } from '../../../src/app/print-mode';
import { printableBox } from '../../../src/print/paper';

const spec: ChartSpec = {
  id: 'fake',
  title: '测试',
  option: {},
  height: 200,
  footnotes: [],
  shownRowKeys: [],
  omittedRowKeys: [],
  ariaDescription: '',
  sources: [],
};

/** A chart instance that records resizes and flushes. */
function fakeInstance(calls: string[]) {
  return {
    resize: (options?: { width?: number | 'auto' }) => calls.push(`resize:${String(options?.width)}`),
    getZr: () => ({ flush: () => calls.push('flush') }),
    isDisposed: () => false,
  } as unknown as EChartsType;
}

/** A window with just what installPrintHandlers uses: events, matchMedia and <html data-print-orientation>. */
function fakeWindow(orientation: string | null) {
  const target = new EventTarget() as EventTarget & { document: unknown; matchMedia: unknown };
  target.document = { documentElement: { getAttribute: () => orientation } };
  target.matchMedia = () => ({ addEventListener() {}, removeEventListener() {} });
  return target as unknown as Window;
}

afterEach(() => {
  unregisterChart('fake#1');
  setPrintMode({ active: false, orientation: 'landscape' });
});

describe('installPrintHandlers (Ctrl+P, page.pdf)', () => {
  it('switches to print mode in the paper orientation and draws every chart at paper width, then back', () => {
    const calls: string[] = [];
    registerChart('fake#1', spec);
    attachInstance('fake#1', fakeInstance(calls));
    const target = fakeWindow('portrait');
    const order: string[] = [];
    const remove = installPrintHandlers({ target, onBeforePrint: () => order.push('header') });

    target.dispatchEvent(new Event('beforeprint'));
    expect(order).toEqual(['header']);
    expect(getPrintMode()).toEqual({ active: true, orientation: 'portrait' });
    expect(calls).toEqual([`resize:${printableBox('portrait').widthPx}`, 'flush']);

    target.dispatchEvent(new Event('afterprint'));
    expect(getPrintMode().active).toBe(false);
    expect(calls.slice(2)).toEqual(['resize:auto', 'flush']);

    remove();
    target.dispatchEvent(new Event('beforeprint'));
    expect(getPrintMode().active).toBe(false);
  });

  it('prints landscape when <html> names no orientation, and leaves print mode even without a beforeprint', () => {
    const target = fakeWindow(null);
    const remove = installPrintHandlers({ target });
    target.dispatchEvent(new Event('beforeprint'));
    expect(getPrintMode()).toEqual({ active: true, orientation: 'landscape' });
    target.dispatchEvent(new Event('afterprint'));
    // The 打印 button enters print mode itself; its afterprint must end it.
    setPrintMode({ active: true, orientation: 'portrait' });
    target.dispatchEvent(new Event('afterprint'));
    expect(getPrintMode().active).toBe(false);
    remove();
  });
});
