// Whether a scroll box is wider inside than it shows (a wide table on a
// phone): DataTable then says so above the table (issue 11), because a cut-off
// column alone does not tell a reader that the table scrolls.
import { useEffect, useState, type RefObject } from 'react';

export interface HorizontalOverflow {
  /** Content wider than the box. */
  overflows: boolean;
  /** Scrolled to the right end (nothing more to see on the right). */
  atEnd: boolean;
}

export function useHorizontalOverflow(ref: RefObject<HTMLElement | null>): HorizontalOverflow {
  const [state, setState] = useState<HorizontalOverflow>({ overflows: false, atEnd: false });
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      const overflows = box.scrollWidth > box.clientWidth + 1;
      const atEnd = box.scrollLeft + box.clientWidth >= box.scrollWidth - 1;
      setState((current) => (current.overflows === overflows && current.atEnd === atEnd ? current : { overflows, atEnd }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    box.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      box.removeEventListener('scroll', measure);
    };
  }, [ref]);
  return state;
}
