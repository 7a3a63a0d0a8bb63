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

export interface DrawnText {
  text: string;
  x: number;
  y: number;
  anchor: string;
  fontPx: number;
}

/** The drawn <text> elements with their anchor point (translate + x/y attributes) and font size. */
export function svgTextBoxes(svg: string): DrawnText[] {
  return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const attrs = m[1] ?? '';
    const num = (re: RegExp) => Number(re.exec(attrs)?.[1] ?? 0);
    const translate = /translate\(([-\d.]+)[ ,]([-\d.]+)\)/.exec(attrs);
    return {
      text: (m[2] ?? '').replace(/&amp;/g, '&'),
      x: Number(translate?.[1] ?? 0) + num(/\sx="([-\d.]+)"/),
      y: Number(translate?.[2] ?? 0) + num(/\sy="([-\d.]+)"/),
      anchor: /text-anchor="(\w+)"/.exec(attrs)?.[1] ?? 'start',
      fontPx: num(/font-size:([\d.]+)px/) || 12,
    };
  });
}
