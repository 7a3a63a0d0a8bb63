// The ECharts parts a chart needs to be drawn (issue 19): the page registers
// these first and the hover-only parts (echarts-hover-parts.ts) once the first
// charts are drawn, so the tooltip's code is not in the chart view's first
// JS. GridSimple is the grid without the axis pointer, which only the tooltip
// uses. Every chart is bars, the shortcoming matrix included (no ScatterChart).
// A module of its own: importing echarts-parts.ts would pull the tooltip into
// the same chunk.
import { BarChart } from 'echarts/charts';
import { GridSimpleComponent, LegendPlainComponent, TitleComponent } from 'echarts/components';

export const ECHARTS_DRAW_PARTS = [BarChart, GridSimpleComponent, LegendPlainComponent, TitleComponent];
