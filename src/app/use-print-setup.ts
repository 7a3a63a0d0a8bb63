// Everything the page needs to print well, set up once in App:
// - the paper orientation from the URL on <html> (print.css reads it);
// - the header on every printed page (title and view, townships and years,
//   data date, build version, print date), refreshed on each view or
//   selection change and again right before printing;
// - the beforeprint/afterprint handlers that draw the charts for paper.
import { useEffect, useMemo, useRef } from 'react';
import type { Selection } from '../model/types';
import { reportDateText, selectionScopeText, type PrintHeader } from '../print/page-header';
import { installPageStyle, setPrintOrientation } from '../print/page-style';
import type { PrintOrientation } from '../print/paper';
import { BUILD_VERSION } from './build-info';
import { installPrintHandlers } from './print-page';

export interface PrintSetup {
  /** "乡镇法治政府建设情况对比 — 简报" */
  title: string;
  /** The selection shown, or null on a view without one. */
  selection: Selection | null;
  paper: PrintOrientation;
}

/** Local date as YYYY-MM-DD (the reader's calendar, not UTC). */
export function localDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function printHeaderFor(title: string, selection: Selection | null, printedOn: string): PrintHeader {
  return {
    title,
    scope: selection ? selectionScopeText(selection) : '',
    reportDate: selection ? reportDateText(selection) : null,
    buildVersion: BUILD_VERSION,
    printedOn,
  };
}

export function usePrintSetup({ title, selection, paper }: PrintSetup): void {
  const header = useMemo(() => printHeaderFor(title, selection, localDate()), [title, selection]);
  const latest = useRef(header);
  latest.current = header;

  useEffect(() => setPrintOrientation(document, paper), [paper]);
  useEffect(() => installPageStyle(document, { header }), [header]);
  useEffect(
    () =>
      installPrintHandlers({
        // A page left open overnight prints today's date.
        onBeforePrint: () => void installPageStyle(document, { header: { ...latest.current, printedOn: localDate() } }),
      }),
    [],
  );
}
