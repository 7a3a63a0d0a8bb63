// The one component that owns an ECharts instance. Everything else hands it a
// ChartSpec (a pure option from src/charts) and gets clicks back as ChartDatum.
//
// Renderer: SVG. It prints crisp at any size (issue 4), keeps chart text in the
// DOM (so browser tests read axis labels and screen readers get the aria label),
// and is fast enough for the row counts drawn (at most SCREEN_MAX_ROWS rows per
// chart, the rest go to the table). PNG export (issue 4) can draw the SVG from
// `instance.renderToSVGString()` onto a canvas, or init an off-screen canvas
// chart from `registeredChart.spec.option` after registering CanvasRenderer in
// its own lazily loaded chunk.
import { useCallback, useId, useLayoutEffect, useMemo, useRef } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { ECharts } from 'echarts';
import type { EChartsType } from 'echarts/core';
import type { ChartBuildOptions, ChartDatum, ChartSpec } from '../charts/types';
import { allChartsFinished, attachInstance, markFinished, registerChart, unregisterChart } from './chart-registry';
import { echarts } from './echarts-setup';
import { hardenOption } from './harden-option';

// Constant identity: echarts-for-react re-creates the chart when `opts` changes.
const OPTS = { renderer: 'svg', locale: 'ZH' } as const;

/**
 * echarts-for-react 3.0.6 makes each chart twice: a first instance only to
 * wait for its empty 'finished' frame and read the element's size then, which
 * it disposes, and the real one at that size. The element is laid out when
 * React has mounted it, so its size is read now: one instance per chart, drawn
 * a frame sooner (issue 19: a brief has 15 charts; the first instances were
 * ≈ 0.1 s of a prefecture's). Resizing stays echarts-for-react's.
 */
class ReactEChartsOnce extends ReactEChartsCore {
  override initEchartsInstance(): Promise<ECharts> {
    const element = this.ele;
    const size = { width: element.clientWidth, height: element.clientHeight };
    const instance = this.echarts.init(element, this.props.theme, { ...size, ...this.props.opts }) as ECharts;
    // As with echarts-for-react's own wait: a chart disposed before its setup
    // goes on (unmounted in the same commit, or StrictMode's first mount in
    // development) is left alone, so the setup never binds its events twice
    // on the next instance or reaches an element that is gone.
    return new Promise((resolve) => {
      queueMicrotask(() => {
        if (!instance.isDisposed()) resolve(instance);
      });
    });
  }
}

export interface EChartProps {
  spec: ChartSpec;
  /** Called with the clicked item's data (provenance keys, row key, category id). */
  onItemClick?: (datum: ChartDatum) => void;
  /** The builder behind `spec`, kept in the registry so print/export can rebuild at paper width. */
  rebuild?: (options: ChartBuildOptions) => ChartSpec;
  className?: string;
}

export function EChart({ spec, onItemClick, rebuild, className }: EChartProps) {
  // A spec id is unique per page, but two mounts of the same spec (a view kept
  // during a transition) must not share a registry slot.
  const mountId = useId();
  const chartId = `${spec.id}#${mountId}`;
  const clickRef = useRef(onItemClick);
  clickRef.current = onItemClick;

  // Registered before ECharts draws, so "all charts drawn" waits for this one.
  useLayoutEffect(() => {
    registerChart(chartId, spec, rebuild);
  }, [chartId, spec, rebuild]);
  useLayoutEffect(() => () => unregisterChart(chartId), [chartId]);

  const option = useMemo(() => hardenOption(spec.option), [spec.option]);
  const style = useMemo(() => ({ height: spec.height, width: '100%' }), [spec.height]);

  const onEvents = useMemo(
    () => ({
      click: (params: { data?: unknown }) => {
        const datum = asChartDatum(params.data);
        if (datum) clickRef.current?.(datum);
      },
      finished: () => {
        markFinished(chartId);
        // Once every chart on the page is drawn: the tooltip must not delay the first picture.
        if (allChartsFinished()) loadHoverParts();
      },
    }),
    [chartId],
  );
  const onChartReady = useCallback(
    (instance: EChartsType) => {
      // The chart is one image with the spec's summary (below); the SVG inside
      // would be read again as a second image of loose words (issue 11).
      instance.getDom().firstElementChild?.setAttribute('aria-hidden', 'true');
      attachInstance(chartId, instance);
    },
    [chartId],
  );

  // The chart's root (echarts-for-react's element) is an image labelled with
  // the readable summary of every drawn value: what ECharts' aria component
  // did, without loading it (issue 19).
  const wrapper = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = wrapper.current?.firstElementChild;
    root?.setAttribute('role', 'img');
    root?.setAttribute('aria-label', spec.ariaDescription);
  }, [spec.ariaDescription]);

  return (
    <div className={`echart ${className ?? ''}`} data-chart-id={spec.id} ref={wrapper}>
      <ReactEChartsOnce
        echarts={echarts}
        option={option}
        notMerge
        // Lazy: the option is drawn on the next frame, after echarts-for-react has
        // bound onEvents. Without animation a synchronous setOption fires
        // 'finished' before the handler exists, and the chart never reports drawn.
        lazyUpdate
        opts={OPTS}
        style={style}
        onEvents={onEvents}
        onChartReady={onChartReady}
      />
    </div>
  );
}

let hoverParts: Promise<void> | null = null;

/**
 * The tooltip's code, once every chart is drawn (echarts-hover.ts): asked for
 * after the next frame, so its fetch starts after the page has marked the
 * charts drawn (charts-ready.ts publishes on that frame), not during drawing.
 */
function loadHoverParts(): void {
  if (hoverParts) return;
  hoverParts = new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))).then(() =>
    import('./echarts-hover').then(
      (module) => module.addTooltips(),
      () => {
        // No tooltip is no loss of data: every figure is in the table beside the chart.
        hoverParts = null;
      },
    ),
  );
}

function asChartDatum(data: unknown): ChartDatum | null {
  if (typeof data !== 'object' || data === null) return null;
  const candidate = data as Partial<ChartDatum>;
  return Array.isArray(candidate.provenance) && typeof candidate.status === 'string' ? (candidate as ChartDatum) : null;
}
