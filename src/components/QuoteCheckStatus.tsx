// The status of the second loading stage: checking quotes against the reports.
import type { QuoteCheckState } from '../app/use-quote-check';
import { quoteCheckSentence } from '../data/messages';
import { quoteCheckClean } from '../data/quote-summary';
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
      // "n/m quotes checked, k reports unreadable": green only when all were checked and found.
      const clean = quoteCheckClean(state.summary);
      return (
        <p className={clean ? 'ok-text status-note' : 'warning-text status-note'} role="status" data-quote-check={clean ? 'clean' : 'issues'}>
          {quoteCheckSentence(state.summary)}
        </p>
      );
    }
  }
}
