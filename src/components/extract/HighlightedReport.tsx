// The report with every figure marked: <mark> around the figure and, after
// it, a small button naming the proposed metric (or 未归类 / 忽略) that takes
// the reader to the row. All text is rendered as React text nodes. A long
// report (a 5 MB paste has thousands of figures) is shown a page of figures
// at a time: the text from one page's first figure to the next page's.

import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { pageCount, pageOf, PAGE_SIZE } from '../../desk/paging';
import { segmentText, type ReviewedFigure } from '../../extract';
import { Pager } from './Pager';
import './extract-report.css';

export type MarkStatus = 'pending' | 'accepted' | 'rejected' | 'unclassified' | 'ignored';

export interface MarkInfo {
  label: string;
  status: MarkStatus;
}

export interface HighlightedReportProps {
  text: string;
  figures: readonly ReviewedFigure[];
  /** Label and state of figure i (the row's current metric, or 未归类 / 忽略). */
  markInfo: (index: number) => MarkInfo;
  /** Prefix of element ids: `${idPrefix}-fig-${i}`. */
  idPrefix: string;
  onSelect: (index: number) => void;
  /** A figure to bring into view and focus (its page is turned to): set anew on each request. */
  reveal?: { index: number } | null;
}

const STATUS_TEXT: Readonly<Record<MarkStatus, string>> = {
  pending: '待审核',
  accepted: '已采用',
  rejected: '不采用',
  unclassified: '未归类',
  ignored: '已忽略',
};

export function HighlightedReport({ text, figures, markInfo, idPrefix, onSelect, reveal = null }: HighlightedReportProps) {
  const segments = useMemo(() => segmentText(text.length, figures.map((f) => f.figure)), [text, figures]);
  // Page k starts at figure k × PAGE_SIZE; a segment belongs to the last page starting at or before it.
  const pages = useMemo(() => {
    const starts = Array.from({ length: pageCount(figures.length) - 1 }, (_, k) => figures[(k + 1) * PAGE_SIZE]!.figure.start);
    const byPage: (typeof segments)[] = starts.map(() => []).concat([[]]);
    let page = 0;
    for (const segment of segments) {
      while (page < starts.length && segment.start >= starts[page]!) page++;
      byPage[page]!.push(segment);
    }
    return byPage;
  }, [segments, figures]);
  const [page, setPage] = useState(0);
  const shown = Math.min(page, pages.length - 1);
  const revealed = useRef<{ index: number } | null>(null);
  useEffect(() => {
    if (reveal) setPage(pageOf(reveal.index));
  }, [reveal]);
  useEffect(() => {
    if (!reveal || revealed.current === reveal) return;
    const element = document.getElementById(`${idPrefix}-fig-${reveal.index}`);
    if (!element) return;
    revealed.current = reveal;
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    element.focus({ preventScroll: true });
  }, [reveal, shown]);
  const pager = <Pager noun="个数字" total={figures.length} page={shown} onPage={setPage} label="报告原文分页" />;
  return (
    <>
      {pager}
      <div className="extract-report" role="region" aria-label="报告原文，数字已标出" tabIndex={0}>
        {pages[shown]!.map((segment) => {
          const words = text.slice(segment.start, segment.end);
          if (segment.span === null) return <Fragment key={segment.start}>{words}</Fragment>;
          const index = segment.span;
          const { label, status } = markInfo(index);
          return (
            <mark key={segment.start} id={`${idPrefix}-fig-${index}`} tabIndex={-1} className={`extract-mark extract-mark--${status}`}>
              {words}
              {status === 'ignored' ? null : (
                <button
                  type="button"
                  className="extract-mark__tag"
                  onClick={() => onSelect(index)}
                  aria-label={`${words}：${label}（${STATUS_TEXT[status]}），到表格中查看`}
                >
                  {label}
                </button>
              )}
            </mark>
          );
        })}
      </div>
      {pager}
    </>
  );
}
