// The hover-only ECharts parts (tooltip, axis pointer), registered after the
// first charts are drawn (issue 19: they are not needed to draw, and the chart
// view's JS has a budget). Charts drawn before get their tooltip merged in.
import { use } from 'echarts/core';
import { ECHARTS_HOVER_PARTS } from '../charts/echarts-hover-parts';
import { listCharts } from './chart-registry';
import { hardenOption } from './harden-option';

use(ECHARTS_HOVER_PARTS);

export function addTooltips(): void {
  for (const chart of listCharts()) {
    // Hardened like every option the page draws (richText tooltip: the HTML one breaks the CSP).
    const tooltip = chart.instance && !chart.instance.isDisposed() && chart.spec.option.tooltip ? hardenOption(chart.spec.option).tooltip : undefined;
    if (tooltip) chart.instance!.setOption({ tooltip }, { lazyUpdate: true });
  }
}
