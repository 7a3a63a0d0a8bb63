// src/components/size-sensor.ts stands in for the size-sensor package under
// echarts-for-react: one debounced call on binding (which echarts-for-react
// skips), then one per burst of size changes, none after clear.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bind, clear } from '../../../src/components/size-sensor';

const observers: Array<{ callback: () => void; observed: unknown[]; disconnected: boolean }> = [];

class FakeResizeObserver {
  private readonly entry: (typeof observers)[number];
  constructor(callback: () => void) {
    this.entry = { callback, observed: [], disconnected: false };
    observers.push(this.entry);
  }
  observe(element: unknown): void {
    this.entry.observed.push(element);
  }
  disconnect(): void {
    this.entry.disconnected = true;
  }
}

describe('size-sensor stand-in', () => {
  beforeEach(() => {
    observers.length = 0;
    vi.useFakeTimers();
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('calls back once after binding, even when the observer reports nothing, then once per burst of resizes', () => {
    const element = {} as Element;
    const listener = vi.fn();
    bind(element, listener);
    vi.advanceTimersByTime(100);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(element);
    observers[0]!.callback();
    observers[0]!.callback();
    vi.advanceTimersByTime(100);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('one observer per element; clear stops it, and an old unbind leaves a newer sensor alone', () => {
    const shared = {} as Element;
    bind(shared, vi.fn());
    bind(shared, vi.fn());
    expect(observers).toHaveLength(1);

    const element = {} as Element;
    const first = vi.fn();
    const unbindFirst = bind(element, first);
    clear(element);
    expect(observers[1]!.disconnected).toBe(true);
    vi.advanceTimersByTime(100);
    expect(first).not.toHaveBeenCalled();

    const later = vi.fn();
    bind(element, later);
    expect(observers).toHaveLength(3);
    // The first sensor's last listener goes: the element's current sensor must stay.
    unbindFirst();
    expect(observers[2]!.disconnected).toBe(false);
    vi.advanceTimersByTime(100);
    expect(later).toHaveBeenCalledTimes(1);
  });
});
