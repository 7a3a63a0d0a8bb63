// The 简报 view and the brief's code (src/brief) are their own chunk, fetched
// when the view opens: most visits never print a brief, and the JS a chart
// view loads has a budget (issue 3: 300 KB gzip).
//
// While the chunk loads, a pending entry in the chart registry keeps the
// "all charts drawn" signal false (as LazyEChart's placeholder does), so a
// print or a test never runs on the loading message.
import { lazy, Suspense, useId, useLayoutEffect } from 'react';
import type { ChartSpec } from '../../charts/types';
import { registerChart, unregisterChart } from '../chart-registry';
import type { BriefViewProps } from './BriefView';

const BriefView = lazy(() => import('./BriefView').then((module) => ({ default: module.BriefView })));

export function LazyBriefView(props: BriefViewProps) {
  return (
    <Suspense fallback={<PendingView />}>
      <BriefView {...props} />
    </Suspense>
  );
}

const PENDING_SPEC: ChartSpec = {
  id: 'pending:brief',
  title: '简报',
  option: {},
  height: 0,
  footnotes: [],
  shownRowKeys: [],
  omittedRowKeys: [],
  ariaDescription: '',
  sources: [],
};

function PendingView() {
  const id = `pending:brief#${useId()}`;
  useLayoutEffect(() => {
    registerChart(id, PENDING_SPEC);
    return () => unregisterChart(id);
  }, [id]);
  return (
    <p className="muted" role="status">
      正在加载简报……
    </p>
  );
}
