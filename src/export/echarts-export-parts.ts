// The ECharts parts the export path registers for itself: every part the
// option builders use (src/charts/echarts-parts.ts, kept in sync with them by
// the charts' tests) plus BOTH renderers — SVG for the SVG export, canvas for
// the PNG export — whatever renderer the page draws with. echarts.use ignores
// a part registered twice, so the overlap with src/components/echarts-setup.ts
// is harmless. This also makes the export work in Node (unit tests, scripts).
//
// Import chart-image.ts lazily from the page (`await import(...)`) so the canvas
// renderer only reaches the browser when someone exports a PNG.

import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { ECHARTS_PARTS } from '../charts/echarts-parts';

export const EXPORT_ECHARTS_PARTS = [...ECHARTS_PARTS, SVGRenderer, CanvasRenderer];
