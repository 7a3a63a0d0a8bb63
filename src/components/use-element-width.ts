// The width of an element in CSS px, measured before paint and kept current
// with a ResizeObserver. Option builders use it to fit labels; rounding to
// 16 px steps avoids rebuilding every option on each pixel of a window drag.
// Read only in the observer's callback, never right after a commit: there the
// layout is fresh, while reading clientWidth in a layout effect forces a
// synchronous layout of the whole page — once per chart, which on the 简报 of
// 300 townships (thousands of table rows) cost seconds (issue 8). The
// observer's first callback comes before the first paint.
import { useLayoutEffect, useState, type RefObject } from 'react';

const STEP_PX = 16;

export function useElementWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const measured = Math.floor(element.clientWidth / STEP_PX) * STEP_PX;
      if (measured > 0) setWidth(measured);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
