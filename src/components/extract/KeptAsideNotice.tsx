// Asks before the reviewer's work is lost: rows they changed or decided
// whose figure the edited text no longer has are kept aside and listed here,
// with a way back (restore the text as it was) and a way on (let them go).

import { useId } from 'react';
import type { MetricRowState, ShortcomingRowState } from '../../desk/draft-rows';
import type { KeptAside } from '../../desk/review-state';

export interface KeptAsideNoticeProps {
  keptAside: KeptAside;
  /** Null when the earlier text is not known; the button is then left out. */
  onRestoreText: (() => void) | null;
  onDrop: () => void;
  /** The catalogue's name of a metric id. */
  metricName: (id: string) => string;
}

function metricLabel(row: MetricRowState, metricName: (id: string) => string): string {
  const { quote, start, figureStart, figureEnd } = row.draft;
  return `“${quote.slice(figureStart - start, figureEnd - start)}”（${row.metric ? metricName(row.metric) : '未选指标'}）`;
}

function shortcomingLabel(row: ShortcomingRowState): string {
  const quote = row.draft.quote;
  return `问题“${quote.length > 12 ? `${quote.slice(0, 12)}…` : quote}”`;
}

export function KeptAsideNotice({ keptAside, onRestoreText, onDrop, metricName }: KeptAsideNoticeProps) {
  const headingId = useId();
  const labels = [...keptAside.metricRows.map((row) => metricLabel(row, metricName)), ...keptAside.shortcomingRows.map(shortcomingLabel)];
  if (labels.length === 0) return null;
  return (
    <section className="extract-kept" role="alert" aria-labelledby={headingId}>
      <h3 id={headingId}>原文改动后，有 {labels.length} 行您修改过或审核过的草稿在现在的原文中找不到对应的数字</h3>
      <p>
        {labels.join('、')}。这些修改暂时保留，没有丢弃：把原文改回后，它们会自动回到表格中；它们不会进入下载的文件。
      </p>
      <div className="extract-toolbar">
        {onRestoreText ? (
          <button type="button" className="extract-button extract-button--primary" onClick={onRestoreText}>
            恢复改动前的原文
          </button>
        ) : null}
        <button type="button" className="extract-button" onClick={onDrop}>
          放弃这些修改
        </button>
      </div>
    </section>
  );
}
