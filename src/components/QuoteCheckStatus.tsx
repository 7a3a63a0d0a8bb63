// The status of the second loading stage: checking quotes against the reports.
import type { QuoteCheckState } from '../app/use-quote-check';
import { LoadingStatus } from './LoadingStatus';

export function QuoteCheckStatus({ state }: { state: QuoteCheckState }) {
  switch (state.status) {
    case 'waiting':
      return <p className="muted status-note">图表绘制完成后将核对引文。</p>;
    case 'running':
      return <LoadingStatus progress={{ label: '正在核对引文', ...state.progress }} />;
    case 'failed':
      return <p className="warning-text status-note">引文核对没有完成：{state.message}</p>;
    case 'done': {
      const missing = state.problems.filter((p) => p.code === 'quote_not_in_report').length;
      return (
        <p className={missing > 0 ? 'warning-text status-note' : 'ok-text status-note'} role="status">
          {missing > 0
            ? `引文核对完成：${missing}条引文未在报告原文中找到，见“数据问题”。`
            : `引文核对完成：${state.checked}条引文均在报告原文中找到。`}
        </p>
      );
    }
  }
}
