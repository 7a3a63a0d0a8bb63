// The report with every figure marked: <mark> around the figure and, after
// it, a small button naming the proposed metric (or 未归类 / 忽略) that takes
// the reader to the row. All text is rendered as React text nodes.

import { Fragment, useMemo } from 'react';
import { segmentText, type ReviewedFigure } from '../../extract';
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
}

const STATUS_TEXT: Readonly<Record<MarkStatus, string>> = {
  pending: '待审核',
  accepted: '已采用',
  rejected: '不采用',
  unclassified: '未归类',
  ignored: '已忽略',
};

export function HighlightedReport({ text, figures, markInfo, idPrefix, onSelect }: HighlightedReportProps) {
  const segments = useMemo(() => segmentText(text.length, figures.map((f) => f.figure)), [text, figures]);
  return (
    <div className="extract-report" role="region" aria-label="报告原文，数字已标出" tabIndex={0}>
      {segments.map((segment) => {
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
  );
}
