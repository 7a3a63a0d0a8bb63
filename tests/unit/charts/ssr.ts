// Renders an option in Node with ECharts' server-side SVG renderer and only
// the parts listed in src/charts/echarts-parts.ts registered: proves each
// option draws with exactly what the page registers, and lets tests read the
// drawn text (labels, 未报告, ≥) rather than only the option object.

import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { ECHARTS_PARTS } from '../../../src/charts/echarts-parts';
import type { ChartSpec } from '../../../src/charts/types';

echarts.use([...ECHARTS_PARTS, SVGRenderer]);

export function renderToSvg(spec: ChartSpec, width = 800): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height: spec.height });
  try {
    chart.setOption(spec.option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Text content of the SVG's <text> elements, unescaped. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  );
}
