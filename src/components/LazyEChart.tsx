// ECharts is ~190 KB gzip of the ~290 KB a chart view needs, and 概览 and
// 报告解析 draw no chart: EChart (with echarts/core and its parts) is its own
// chunk, fetched at once when the page opens on a chart view, else once the
// first screen is up (App.tsx).
//
// Not React.lazy + Suspense: React 19 reveals suspended boundaries in batches
// at most every 300 ms, which delayed every chart after the first. A
// placeholder of the chart's height holds the layout until the chunk is in,
// and registers as a chart not yet drawn, so "all charts drawn" waits for it.
import { useEffect, useId, useLayoutEffect, useState, type ComponentType } from 'react';
import type { ChartSpec } from '../charts/types';
import { registerChart, unregisterChart } from './chart-registry';
import type { EChartProps } from './EChart';

let loaded: ComponentType<EChartProps> | null = null;
let loading: Promise<ComponentType<EChartProps>> | null = null;

function loadEChart(): Promise<ComponentType<EChartProps>> {
  loading ??= import('./EChart').then((module) => {
    loaded = module.EChart;
    return module.EChart;
  });
  return loading;
}

/** Starts loading the chart chunk without drawing anything. */
export function prefetchCharts(): void {
  void loadEChart();
}

export function LazyEChart(props: EChartProps) {
  const [Chart, setChart] = useState<ComponentType<EChartProps> | null>(() => loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (Chart) return;
    let cancelled = false;
    loadEChart().then(
      (component) => !cancelled && setChart(() => component),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [Chart]);
  if (failed) {
    // Thrown to the view's error boundary, which says so in Chinese.
    throw new Error('图表程序文件（assets/EChart-*.js）无法加载');
  }
  return Chart ? <Chart {...props} /> : <ChartPlaceholder spec={props.spec} />;
}

function ChartPlaceholder({ spec }: { spec: ChartSpec }) {
  const id = `pending:${spec.id}#${useId()}`;
  useLayoutEffect(() => {
    registerChart(id, spec);
    return () => unregisterChart(id);
  }, [id, spec]);
  return (
    <div className="chart-placeholder" style={{ height: spec.height }} role="status">
      正在绘制图表……
    </div>
  );
}
