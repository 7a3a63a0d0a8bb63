// Page-wide rules applied to every option before ECharts sees it, whatever the
// builder wrote: tooltips are drawn as rich text inside the chart (the HTML
// tooltip sets style attributes, which the page's CSP forbids, and would render
// data text as HTML). The chart's aria-label is EChart's (from the spec), and
// decal patterns are the builder's choice (common.ts withSeriesDecals).
import type { EChartsOption } from 'echarts';

export function hardenOption(option: EChartsOption): EChartsOption {
  const tooltip = option.tooltip;
  const hardenedTooltip = Array.isArray(tooltip)
    ? tooltip.map((t) => ({ ...t, renderMode: 'richText' as const }))
    : tooltip
      ? { ...tooltip, renderMode: 'richText' as const }
      : tooltip;
  return hardenedTooltip ? ({ ...option, tooltip: hardenedTooltip } as EChartsOption) : option;
}
