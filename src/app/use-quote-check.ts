// Stage 1b, after the charts are drawn: fetch the report texts and check that
// every quote is verbatim in its report. Runs once per dataset; its problems
// join the data problems panel.
import { useEffect, useRef, useState } from 'react';
import type { Progress } from '../data/load';
import { summariseQuoteCheck, type QuoteCheckSummary } from '../data/quote-summary';
import type { Dataset, Problem } from '../data/types';

export type QuoteCheckState =
  | { status: 'waiting' }
  | { status: 'running'; progress: Progress }
  | { status: 'done'; problems: Problem[]; checked: number; summary: QuoteCheckSummary }
  | { status: 'failed'; message: string };

export function useQuoteCheck(dataset: Dataset | null, baseUrl: string, start: boolean): QuoteCheckState {
  const [state, setState] = useState<QuoteCheckState>({ status: 'waiting' });
  // A ref, not state: StrictMode runs effects twice, and the check must start once.
  const started = useRef<Dataset | null>(null);

  useEffect(() => {
    if (!dataset || !start || started.current === dataset) return;
    started.current = dataset;
    setState({ status: 'running', progress: { done: 0, total: 0 } });
    // Not cancelled on re-render: the check belongs to the dataset, not to a view.
    // Its code is fetched only now, after the charts (issue 19, the chart view's JS).
    import('../data/report-texts')
      .then(({ verifyReportQuotes }) =>
        verifyReportQuotes(dataset, {
          baseUrl,
          onProgress: (progress) => setState((s) => (s.status === 'running' ? { status: 'running', progress } : s)),
        }),
      )
      .then(
        (problems) => {
          const summary = summariseQuoteCheck(dataset, problems);
          setState({ status: 'done', problems, checked: summary.checked, summary });
        },
        (error: unknown) => setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
  }, [dataset, baseUrl, start]);

  return state;
}
