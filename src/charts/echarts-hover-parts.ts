// Hover-only ECharts parts: the tooltip and the grid's axis pointer
// (GridComponent = GridSimple + AxisPointer). See echarts-draw-parts.ts.
import { GridComponent, TooltipComponent } from 'echarts/components';

export const ECHARTS_HOVER_PARTS = [GridComponent, TooltipComponent];
