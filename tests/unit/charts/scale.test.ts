import { describe, expect, it } from 'vitest';
import {
  buildDisputesChart,
  buildOutreachChart,
  chartHeightFor,
  PRINT_CHART_MAX_HEIGHT_PX,
  PRINT_MAX_ROWS,
  ROW_HEIGHT_PX,
  SCREEN_MAX_ROWS,
} from '../../../src/charts';
import { buildDashboardModel } from '../../../src/model';
import type { ChartSpec } from '../../../src/charts';
import { DatasetBuilder, manyTownships, withStandardCatalog } from '../../fixtures/model/synth';
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
      expect(spec.footnotes.some((f) => f.includes(`其余${300 - SCREEN_MAX_ROWS}个乡镇见表格`)), spec.id).toBe(true);
      expect(spec.height, spec.id).toBeLessThan(chartHeightFor(SCREEN_MAX_ROWS * 2, 6));
    }
  });

  it('draws the highest and the lowest totals (issue 19); the middle and silent townships are counted in the note', () => {
    const spec = buildOutreachChart(events);
    const totalOf = new Map(events.totals.map((t) => [t.rowKey, t.figure.value] as const));
    const half = SCREEN_MAX_ROWS / 2;
    const top = spec.shownRowKeys.slice(0, half).map((k) => totalOf.get(k)!);
    const bottom = spec.shownRowKeys.slice(half).map((k) => totalOf.get(k)!);
    // Every drawn row has a value: the lowest are the lowest reported, not the 未报告 ones.
    expect([...top, ...bottom].every((v) => v !== null)).toBe(true);
    const omittedValues = spec.omittedRowKeys.map((k) => totalOf.get(k)).filter((v): v is number => v !== null && v !== undefined);
    expect(omittedValues.length).toBeGreaterThan(0);
    expect(omittedValues.every((v) => v <= Math.min(...(top as number[])))).toBe(true);
    expect(omittedValues.every((v) => v >= Math.max(...(bottom as number[])))).toBe(true);
    const silent = events.totals.filter((t) => t.figure.status === 'not_reported').length;
    expect(silent).toBeGreaterThan(0);
    expect(spec.omittedRowKeys.filter((k) => totalOf.get(k) === null)).toHaveLength(silent);
    expect(spec.footnotes.join()).toContain(`（其中${silent}个未报告）`);
    expect(spec.footnotes.join()).toContain(`图中为有数值的乡镇中最高的${half}个和最低的${half}个`);
  });

  it('says how the rows are ordered where only the first ones are drawn, not where both ends or all are', () => {
    const subtitle = (spec: ChartSpec) => JSON.stringify(spec.option.title);
    const orders: Record<string, string> = {
      disputes: `图中按${model.disputes.found.label}从多到少排列（此项无数值的按${model.disputes.resolved.label}；“≥”按所报数值，两项都无数值的在后）`,
      'shortcoming-matrix': '图中按所列问题类别数从多到少排列（未列出类别的在后）',
    };
    for (const spec of rowSpecs(model)) {
      const order = orders[spec.id];
      if (order) {
        expect(spec.ends, spec.id).toBeUndefined();
        expect(spec.footnotes, spec.id).toContain(order);
        expect(subtitle(spec), spec.id).toContain(order);
        expect(spec.ariaDescription, spec.id).toContain(`${order}；其余`);
      } else if (spec.ends) {
        // Both ends drawn: that note says which rows are drawn instead.
        expect(spec.footnotes.join(), spec.id).toContain('图中为有数值的乡镇中最高的');
        expect(spec.footnotes.join(), spec.id).not.toContain('图中按');
      } else {
        // No row with a value (this fixture's 普法受众): the first rows are drawn, and the order is said.
        expect(spec.footnotes.join(), spec.id).toContain('图中按合计从多到少排列');
      }
      const all = rowSpecs(model, { maxRows: Infinity }).find((s) => s.id === spec.id)!;
      expect(all.footnotes.join(), spec.id).not.toContain('图中按');
    }
    // The disputes rows drawn are those with the most disputes found, in that order.
    const disputes = rowSpecs(model).find((s) => s.id === 'disputes')!;
    const found = new Map(model.disputes.rows.map((r) => [r.row.key, r.found.figure.value] as const));
    const drawnMin = Math.min(...disputes.shownRowKeys.map((k) => found.get(k) ?? -Infinity));
    expect(disputes.omittedRowKeys.every((k) => (found.get(k) ?? -Infinity) <= drawnMin)).toBe(true);
    const drawnFound = disputes.shownRowKeys.map((k) => found.get(k) ?? -Infinity);
    expect(drawnFound).toEqual([...drawnFound].sort((a, b) => b - a));
  });

  it('ranks a township without a found count (未录入 here, not 未报告) by its resolved count, as the order note says', () => {
    const b = withStandardCatalog(new DatasetBuilder());
    for (let i = 0; i < 50; i++) {
      const id = `r${i}`;
      // 第0镇's report is not fully entered: its found count is 未录入; its resolved count is the largest.
      b.township(id, `第${i}镇`).report(id, 2024, { figuresAccounted: i !== 0 }).figure(id, 2024, 'disputes_resolved', i === 0 ? 500 : 10 + i, { unit: '起' });
      if (i !== 0) b.figure(id, 2024, 'disputes_screened', 20 + i, { unit: '起' });
    }
    const model = buildDashboardModel(b.build());
    expect(model.disputes.rows.find((r) => r.row.townshipId === 'r0')!.found.figure.status).toBe('not_entered');
    const spec = buildDisputesChart(model.disputes);
    expect(spec.shownRowKeys[0]).toBe('r0:2024');
    expect(spec.footnotes.join()).toContain(`此项无数值的按${model.disputes.resolved.label}`);
  });

  it('a footnote naming rows drawn says 图中 when others are left to the table: its count is of the chart, not of all', () => {
    const b = withStandardCatalog(new DatasetBuilder());
    for (let i = 0; i < 60; i++) {
      const id = `r${i}`;
      b.township(id, `第${i}镇`).report(id, 2024)
        .figure(id, 2024, 'disputes_screened', 100 + i, { unit: '起' })
        .figure(id, 2024, 'disputes_resolved', 50 + i, { unit: '起' })
        .figure(id, 2024, 'dispute_screening_rounds', 4, { unit: '次' });
    }
    const disputes = buildDashboardModel(b.build()).disputes;
    const roundsNote = (spec: ChartSpec) => spec.footnotes.find((f) => f.includes('是排查轮次'));
    const capped = buildDisputesChart(disputes);
    expect(capped.shownRowKeys).toHaveLength(SCREEN_MAX_ROWS);
    expect(roundsNote(capped)).toMatch(new RegExp(`^图中第59镇、.*等${SCREEN_MAX_ROWS}个乡镇报告的`));
    const all = buildDisputesChart(disputes, { maxRows: Infinity });
    expect(roundsNote(all)).toMatch(/^第59镇、.*等60个乡镇报告的/);
  });

  it('print draws fewer rows; maxRows Infinity draws all with a proportional height', () => {
    // At most PRINT_MAX_ROWS; the longer rest note (highest and lowest) may cost a row to fit the page.
    const printed = buildOutreachChart(events, { forPrint: true });
    expect(printed.shownRowKeys.length).toBeLessThanOrEqual(PRINT_MAX_ROWS);
    expect(printed.shownRowKeys.length).toBeGreaterThanOrEqual(PRINT_MAX_ROWS - 2);
    expect(printed.height).toBeLessThanOrEqual(PRINT_CHART_MAX_HEIGHT_PX);
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
