import { describe, expect, it } from 'vitest';
import {
  buildOutreachChart,
  chartHeightFor,
  PRINT_MAX_ROWS,
  ROW_HEIGHT_PX,
  SCREEN_MAX_ROWS,
} from '../../../src/charts';
import { buildDashboardModel } from '../../../src/model';
import { manyTownships } from '../../fixtures/model/synth';
import { categoryAxisData } from './option-access';
import { rowSpecs } from './specs';
import { renderToSvg } from './ssr';

describe('readable at scale (300 townships)', () => {
  const model = buildDashboardModel(manyTownships(300));
  const events = model.outreach.find((c) => c.metric === 'outreach_events');
  if (!events) throw new Error('no events');

  it('chartHeightFor gives each row a fixed height', () => {
    expect(chartHeightFor(10) - chartHeightFor(9)).toBe(ROW_HEIGHT_PX);
    expect(chartHeightFor(0)).toBe(chartHeightFor(1));
  });

  it('draws the top rows on screen and sends the rest to the table, saying so', () => {
    for (const spec of rowSpecs(model)) {
      expect(spec.shownRowKeys, spec.id).toHaveLength(SCREEN_MAX_ROWS);
      expect(spec.omittedRowKeys, spec.id).toHaveLength(300 - SCREEN_MAX_ROWS);
      expect(categoryAxisData(spec.option)).toHaveLength(SCREEN_MAX_ROWS);
      expect(spec.footnotes.some((f) => f.startsWith(`其余${300 - SCREEN_MAX_ROWS}个乡镇见表格`)), spec.id).toBe(true);
      expect(spec.height, spec.id).toBeLessThan(chartHeightFor(SCREEN_MAX_ROWS * 2, 6));
    }
  });

  it('the top rows are the largest totals; silent townships are counted in the note', () => {
    const spec = buildOutreachChart(events);
    const totalOf = new Map(events.totals.map((t) => [t.rowKey, t.figure.value ?? -1] as const));
    const shown = spec.shownRowKeys.map((k) => totalOf.get(k) ?? -1);
    const best = Math.min(...shown);
    expect(spec.omittedRowKeys.every((k) => (totalOf.get(k) ?? -1) <= best)).toBe(true);
    const silent = events.totals.filter((t) => t.figure.status === 'not_reported').length;
    expect(spec.footnotes.join()).toContain(`（其中${silent}个未报告）`);
  });

  it('print draws fewer rows; maxRows Infinity draws all with a proportional height', () => {
    expect(buildOutreachChart(events, { forPrint: true }).shownRowKeys).toHaveLength(PRINT_MAX_ROWS);
    const all = buildOutreachChart(events, { maxRows: Infinity });
    expect(all.shownRowKeys).toHaveLength(300);
    expect(all.omittedRowKeys).toHaveLength(0);
    expect(all.height).toBeGreaterThanOrEqual(chartHeightFor(300));
  });

  it('a 300-row option still renders with the registered parts', () => {
    const svg = renderToSvg(buildOutreachChart(events, { maxRows: Infinity }));
    expect(svg).toContain('第299乡');
  });
});
