// Exactly the ECharts parts the option builders in this folder use, for
// `echarts.use([...ECHARTS_PARTS, SVGRenderer or CanvasRenderer])` with
// echarts/core (tree-shaken; see registry-needs.md). A renderer is left to
// the caller: the page and the print/export path may choose differently.
//
// Keep in sync with the builders: tests render every option with only these
// parts registered, so a missing part fails a test rather than the page.

import { BarChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';

export const ECHARTS_PARTS = [
  BarChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendPlainComponent,
  TitleComponent,
  AriaComponent,
];
