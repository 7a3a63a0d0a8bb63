// The one place ECharts is assembled: echarts/core plus exactly the parts the
// option builders use (src/charts/echarts-parts.ts keeps that list next to the
// builders) and one renderer. Tree-shaken: the full `echarts` entry would add
// ~150 KB gzip to the initial JS.
//
// Renderer: SVG (see EChart.tsx for why). The ZH locale is built into
// echarts/core; EChart passes `locale: 'ZH'` so toolbox/aria strings are Chinese.
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { ECHARTS_PARTS } from '../charts/echarts-parts';

echarts.use([...ECHARTS_PARTS, SVGRenderer]);

export { echarts };
