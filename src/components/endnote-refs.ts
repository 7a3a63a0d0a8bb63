// The brief's endnote marks per chart (ChartSpec.id → "[1–3, 7]"), so a chart
// card inside the 简报 can say which endnotes hold its quotes. Null outside the
// brief. Marks come formatted: chart cards stay free of the brief's code, which
// loads only with the brief.
import { createContext, useContext } from 'react';

export type EndnoteMarks = ReadonlyMap<string, string>;

export const EndnoteRefsContext = createContext<EndnoteMarks | null>(null);

export function useEndnoteRefs(): EndnoteMarks | null {
  return useContext(EndnoteRefsContext);
}
