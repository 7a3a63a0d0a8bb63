import { describe, expect, it } from 'vitest';
import { buildHistoryChart, HISTORY_SCREEN_MAX_ROWS } from '../../../src/charts';
import { buildHistories } from '../../../src/model/history';
import { DatasetBuilder } from '../../fixtures/model/synth';
import { categoryAxisData, labelText, seriesOf, tooltipFor } from './option-access';
import { renderToSvg, svgTexts } from './ssr';
import { briefChartCitations } from '../../../src/brief/brief-citations';
import { buildDashboardModel } from '../../../src/model';

function dataset() {
  const b = new DatasetBuilder()
    .metricDefinition('outreach_events', '普法宣传活动', '场次')
    .township('a', '甲乡')
    .township('b', '乙乡')
    .township('c', '丙乡');
  for (const id of ['a', 'b', 'c']) b.report(id, 2023);
  for (const id of ['a', 'c']) b.report(id, 2024);
  return b
    .figure('a', 2023, 'outreach_events', 25, { bound: 'at_least', unit: '场次' })
    .figure('a', 2024, 'outreach_events', 20, { unit: '场次' })
    .figure('b', 2023, 'outreach_events', 30, { unit: '场次' })
    .figure('c', 2024, 'outreach_events', 40, { unit: '场次' })
    .build();
}

describe('history chart', () => {
  const [history] = buildHistories(dataset(), {}, ['outreach_events']);
  const spec = buildHistoryChart(history!, { width: 800 });
  const series = seriesOf(spec.option);
  const at = (year: number, rowKey: string) => {
    const s = series.find((x) => x.name === `${year}年`);
    return s?.data?.find((d) => d?.rowKey === rowKey) ?? null;
  };

  it('one series per year, townships sorted by their largest figure in any year', () => {
    expect(series.filter((s) => /年$/.test(s.name ?? '')).map((s) => s.name)).toEqual(['2023年', '2024年']);
    // 乙乡 has no 2024 report: its 2023 figure (30) still ranks it above 甲乡 (≥25, 20) (issue 17).
    expect(categoryAxisData(spec.option)).toEqual(['丙乡', '乙乡', '甲乡']);
    expect(spec.id).toBe('history:outreach_events');
  });

  it('draws ≥, 未报告 and 无报告 apart; a gap is never a zero with provenance', () => {
    expect(labelText(at(2023, 'a:2023')!)).toBe('≥25场次');
    expect(at(2023, 'a:2023')?.itemStyle?.borderType).toBe('dashed');
    expect(at(2023, 'a:2023')?.provenance).toHaveLength(1);
    const gap = at(2024, 'b:2024')!;
    expect(labelText(gap)).toBe('无报告');
    expect(gap.provenance).toEqual([]);
    expect(labelText(at(2023, 'c:2023')!)).toBe('未报告');
    expect(spec.footnotes.some((f) => f.includes('“无报告”'))).toBe(true);
    expect(spec.footnotes.some((f) => f.includes('“未报告”'))).toBe(true);
  });

  it('the tooltip states the change as the bounds allow', () => {
    const text = tooltipFor(spec.option, [{ dataIndex: spec.shownRowKeys.indexOf('a') }]);
    expect(text).toContain('2024年：20场次（较上年：减少至少5场次）');
  });

  it('draws with the registered parts', () => {
    const texts = svgTexts(renderToSvg(spec));
    expect(texts).toContain('无报告');
    expect(texts).toContain('≥25场次');
  });

  it('caps the rows on screen and leaves the rest to the table', () => {
    const b = new DatasetBuilder().metricDefinition('m', '指标', '次');
    for (let i = 0; i < 30; i++) b.township(`t${i}`, `第${i}乡`).report(`t${i}`, 2023).report(`t${i}`, 2024).figure(`t${i}`, 2024, 'm', i + 1, { unit: '次' });
    const [many] = buildHistories(b.build(), {}, ['m']);
    const capped = buildHistoryChart(many!, { width: 800 });
    expect(capped.shownRowKeys).toHaveLength(HISTORY_SCREEN_MAX_ROWS);
    expect(capped.footnotes.some((f) => f.includes(`其余${30 - HISTORY_SCREEN_MAX_ROWS}个乡镇见表格`))).toBe(true);
    // The reader is told which were drawn: the largest, and they are.
    const order = '图中按各乡镇历年最大数值从高到低排列（“≥”按所报数值，无数值的在后）';
    expect(capped.footnotes).toContain(order);
    expect(capped.ariaDescription).toContain(`${order}；其余`);
    // In that order: the drawn rows' largest figures fall from the first row down.
    const drawnMax = capped.shownRowKeys.map((k) => Number(k.split(':')[0]!.slice(1)) + 1);
    expect(drawnMax).toEqual([...drawnMax].sort((a, b) => b - a));
    const drawnNumbers = capped.shownRowKeys.map((k) => Number(k.split(':')[0]!.slice(1)));
    const leftNumbers = capped.omittedRowKeys.map((k) => Number(k.split(':')[0]!.slice(1)));
    expect(Math.min(...drawnNumbers)).toBeGreaterThan(Math.max(...leftNumbers));
    const all = buildHistoryChart(many!, { width: 800, maxRows: Infinity });
    expect(all.footnotes.join()).not.toContain('图中按');
    const printed = buildHistoryChart(many!, { forPrint: true, width: 1046 });
    expect(printed.height).toBeLessThanOrEqual(568);
  });

  it('the brief cites what the chart rests on, without building it', () => {
    const ds = dataset();
    const cited = briefChartCitations(buildDashboardModel(ds, { years: [2024] }), [history!]).find((c) => c.id === spec.id);
    const built = buildHistoryChart(history!, { forPrint: true, maxRows: Infinity });
    expect([...cited!.sources].sort()).toEqual([...built.sources].sort());
    expect(cited!.sources.length).toBeGreaterThan(0);
  });
});
