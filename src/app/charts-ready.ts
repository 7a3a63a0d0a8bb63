// The "every chart drawn" signal for tests and the bench:
//   <html data-charts-ready="true|false" data-chart-count="N">
// and a performance mark "charts-ready" each time it becomes true. True when
// the data is loaded, the view has rendered, and every chart on the page has
// fired ECharts' 'finished' event for its current option (after its
// animation). A view without charts is ready as soon as it has rendered.
import { useEffect, useState } from 'react';
import { allChartsFinished, listCharts, subscribeCharts } from '../components/chart-registry';

export const CHARTS_READY_MARK = 'charts-ready';

function publish(ready: boolean): void {
  const root = document.documentElement;
  const value = String(ready);
  root.dataset.chartCount = String(listCharts().length);
  if (root.dataset.chartsReady === value) return;
  root.dataset.chartsReady = value;
  if (ready) performance.mark(CHARTS_READY_MARK);
}

/** `settled`: data loaded and the view rendered. `renderKey` changes whenever the view or selection does. */
export function useChartsReadySignal(settled: boolean, renderKey: string): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!settled) {
      publish(false);
      setReady(false);
      return;
    }
    let frame = 0;
    // Checked a frame later: charts mounted in this commit register in layout
    // effects, and a chart that re-renders flips back to not finished.
    const check = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const done = allChartsFinished();
        publish(done);
        setReady(done);
      });
    };
    publish(false);
    const unsubscribe = subscribeCharts(check);
    check();
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [settled, renderKey]);
  return ready;
}
