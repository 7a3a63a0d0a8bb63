// Exactly the ECharts parts the option builders in this folder use, for
// `echarts.use([...ECHARTS_PARTS, SVGRenderer or CanvasRenderer])` with
// echarts/core (tree-shaken; see registry-needs.md). A renderer is left to
// the caller: the page and the print/export path may choose differently.
//
// Keep in sync with the builders: tests render every option with only these
// parts registered, so a missing part fails a test rather than the page.

import { ECHARTS_DRAW_PARTS } from './echarts-draw-parts';
import { ECHARTS_HOVER_PARTS } from './echarts-hover-parts';

/** Every part (tests, export): what draws (echarts-draw-parts.ts) and what only hovers (echarts-hover-parts.ts). */
export const ECHARTS_PARTS = [...ECHARTS_DRAW_PARTS, ...ECHARTS_HOVER_PARTS];
