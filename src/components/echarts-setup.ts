// The one place ECharts is assembled: echarts/core plus exactly the parts the
// option builders use (src/charts/echarts-parts.ts keeps that list next to the
// builders) and one renderer. Tree-shaken: the full `echarts` entry would add
// ~150 KB gzip to the initial JS.
//
// Named imports, not `import * as echarts`: handing the whole namespace to
// echarts-for-react kept every export of echarts/core (graphic helpers, geo
// parsing, time and number formatting …) in the chart chunk; it calls only
// init, getInstanceByDom and dispose (issue 19: the chart view's JS budget).
// For the same budget the tooltip (hover only) is registered later, from its
// own chunk (echarts-hover.ts, loaded by EChart once a chart is drawn).
//
// Renderer: SVG (see EChart.tsx for why). The ZH locale is built into
// echarts/core; EChart passes `locale: 'ZH'` so toolbox/aria strings are Chinese.
import { dispose, getInstanceByDom, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { ECHARTS_DRAW_PARTS } from '../charts/echarts-draw-parts';

use([...ECHARTS_DRAW_PARTS, SVGRenderer]);

/** What echarts-for-react's core entry calls on the `echarts` it is given. */
export const echarts = { init, getInstanceByDom, dispose };
