// The live charts of the page, by id. EChart.tsx is the only writer; readers are
// the "all charts drawn" signal (chart-readiness.ts) and, later, print and
// export code (issue 4), which needs each instance to resize it for paper
// (`instance.resize({ width })` + `instance.getZr().flush()`) or to export it
// (`instance.getDataURL(...)`, `instance.renderToSVGString()`). No React here.
import type { EChartsType } from 'echarts/core';
import type { ChartBuildOptions, ChartSpec } from '../charts/types';

export interface RegisteredChart {
  /** ChartSpec.id, unique on the page. */
  id: string;
  spec: ChartSpec;
  /** Rebuilds the spec for other options (print: `{ forPrint: true, width: 1047 }`), when known. */
  rebuild: ((options: ChartBuildOptions) => ChartSpec) | null;
  /** Null until ECharts has initialised the chart. */
  instance: EChartsType | null;
  /** True once the chart fired 'finished' for its current option. */
  finished: boolean;
}

type Listener = () => void;

const charts = new Map<string, RegisteredChart>();
const listeners = new Set<Listener>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** Registers (or re-registers with a new spec) a chart as not yet drawn. */
export function registerChart(
  id: string,
  spec: ChartSpec,
  rebuild?: (options: ChartBuildOptions) => ChartSpec,
): void {
  const existing = charts.get(id);
  charts.set(id, { id, spec, rebuild: rebuild ?? null, instance: existing?.instance ?? null, finished: false });
  notify();
}

export function attachInstance(id: string, instance: EChartsType): void {
  const chart = charts.get(id);
  if (!chart) return;
  chart.instance = instance;
  notify();
}

export function markFinished(id: string): void {
  const chart = charts.get(id);
  if (!chart || chart.finished) return;
  chart.finished = true;
  notify();
}

export function unregisterChart(id: string): void {
  if (charts.delete(id)) notify();
}

/** Charts currently on the page, in registration (page) order. */
export function listCharts(): RegisteredChart[] {
  return [...charts.values()];
}

export function getChart(id: string): RegisteredChart | undefined {
  return charts.get(id);
}

export function allChartsFinished(): boolean {
  return [...charts.values()].every((chart) => chart.finished);
}

/** Calls `listener` after every change; returns the unsubscribe function. */
export function subscribeCharts(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
