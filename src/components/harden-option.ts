// Page-wide rules applied to every option before ECharts sees it, whatever the
// builder wrote: tooltips are drawn as rich text inside the chart (the HTML
// tooltip sets style attributes, which the page's CSP forbids, and would render
// data text as HTML), and ECharts' aria description is on. Decal patterns are
// the builder's choice (palette.ts): a heatmap cell reads better without one.
import type { EChartsOption } from 'echarts';

export function hardenOption(option: EChartsOption): EChartsOption {
  const tooltip = option.tooltip;
  const hardenedTooltip = Array.isArray(tooltip)
    ? tooltip.map((t) => ({ ...t, renderMode: 'richText' as const }))
    : tooltip
      ? { ...tooltip, renderMode: 'richText' as const }
      : tooltip;
  const aria = (option.aria ?? {}) as Record<string, unknown>;
  return {
    ...option,
    ...(hardenedTooltip ? { tooltip: hardenedTooltip } : {}),
    aria: { ...aria, enabled: true },
  } as EChartsOption;
}
