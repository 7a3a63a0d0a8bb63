// Issue 22: a refused row is attributed to what can be read of it, and the
// figure it belongs to reads 数据有误 (or its total "另有1项数据有误"), never
// 未报告 or a smaller total passed off as complete. The four edits a clerk
// makes, on the shipped data.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, DATA_FILES, type Dataset, type DataFileBytes, type DataFileKey } from '../../../src/data/index';
import { nearestId } from '../../../src/data/near-id';
import { buildDashboardModel, formatFigure, metricTotal, selectRows, type Figure } from '../../../src/model/index';
import { unreadRows, unreadScopeSuffix } from '../../../src/model/unread-rows';
import { SHIPPED_DATA_DIR } from './helpers';

const shipped = (file: string): string => readFileSync(join(SHIPPED_DATA_DIR, file), 'utf8');

/** The shipped data with line `line` (1-based) of metrics.csv edited. */
function withMetricsLine(line: number, edit: (text: string) => string): Dataset {
  const files = {} as DataFileBytes;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) files[key] = new TextEncoder().encode(shipped(DATA_FILES[key]));
  const lines = shipped('metrics.csv').split('\n');
  lines[line - 1] = edit(lines[line - 1]!);
  files.metrics = new TextEncoder().encode(lines.join('\n'));
  return buildDataset(files);
}

function figureOf(dataset: Dataset, townshipId: string, metric: string): { figure: Figure; text: string } {
  const row = selectRows(dataset, { townshipIds: [townshipId], years: [2024] }).rows[0]!;
  const total = metricTotal(dataset, row, metric);
  return { figure: total.figure, text: formatFigure(total.figure, total.units[0] ?? '') };
}

const clean = withMetricsLine(1, (l) => l);

describe('the shipped data as it is', () => {
  it('塔尔玛乡 2024 has the figures the edits below touch', () => {
    expect(figureOf(clean, 'taerma', 'outreach_materials').text).toBe('3350份');
    expect(figureOf(clean, 'taerma', 'outreach_events').text).toBe('≥75次');
    expect(figureOf(clean, 'taerma', 'outreach_reach').text).toBe('≥6403人');
    expect(clean.rejectedMetricRows ?? []).toEqual([]);
  });
});

describe('a refused row marks the figure it belongs to', () => {
  it('a thousands comma (3,350): 发放普法资料 reads 数据有误, not 未报告', () => {
    const dataset = withMetricsLine(8, (l) => l.replace(',3350,', ',3,350,'));
    expect(dataset.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.line])).toEqual([['thousands_separator', 8]]);
    expect(dataset.rejectedMetricRows!.map((r) => [r.source.line, r.townshipId, r.year, r.metric])).toEqual([[8, 'taerma', 2024, 'outreach_materials']]);
    const { figure, text } = figureOf(dataset, 'taerma', 'outreach_materials');
    expect(figure.status).toBe('data_error');
    expect(text).toBe('数据有误');
  });

  it('a metric id one letter off (outreach_event): attributed to outreach_events, its total marked incomplete, the message asks', () => {
    const dataset = withMetricsLine(2, (l) => l.replace('outreach_events', 'outreach_event'));
    const problem = dataset.problems.find((p) => p.code === 'unknown_metric')!;
    expect(problem.message).toContain('是否应为 outreach_events？');
    expect(dataset.rejectedMetricRows![0]!.metric).toBe('outreach_events');
    expect(dataset.rejectedMetricRows![0]!.cells.metric).toBe('outreach_event');
    expect(figureOf(dataset, 'taerma', 'outreach_events').text).toBe('≥50次，另有1项数据有误');
  });

  it('a township id a letter off (tarma): 塔尔玛乡’s 普法受众 is ≥4250人 marked incomplete, not an unmarked smaller total', () => {
    const dataset = withMetricsLine(3, (l) => l.replace('taerma', 'tarma'));
    expect(dataset.problems.find((p) => p.code === 'unknown_township')!.message).toContain('是否应为 taerma？');
    expect(figureOf(dataset, 'taerma', 'outreach_reach').text).toBe('≥4250人，另有1项数据有误');
  });

  it('an unclosed double quote: only that row is refused, attributed by its leading cells; the rows after it are read', () => {
    const dataset = withMetricsLine(3, (l) => l.replace(',at_least,', ',at_least,"'));
    const broken = dataset.problems.filter((p) => p.code === 'broken_quote');
    expect(broken).toEqual([expect.objectContaining({ line: 3, column: 'quote' })]);
    expect(broken[0]!.message).toContain('第4行起已重新逐行读入');
    expect(dataset.metrics).toHaveLength(clean.metrics.length - 1);
    expect(figureOf(dataset, 'taerma', 'outreach_reach').text).toBe('≥4250人，另有1项数据有误');
    expect(figureOf(dataset, 'taerma', 'outreach_events').text).toBe('≥75次');
  });

  it('too few cells: attributed by the cells there are', () => {
    const dataset = withMetricsLine(8, () => 'taerma,2024,outreach_materials,宣传资料');
    expect(figureOf(dataset, 'taerma', 'outreach_materials').text).toBe('数据有误');
  });

  it('an id in capitals in a row refused for another cell is still attributed', () => {
    const dataset = withMetricsLine(8, (l) => l.replace('taerma', 'Taerma').replace(',3350,', ',三千,'));
    expect(dataset.rejectedMetricRows!.map((r) => [r.townshipId, r.metric])).toEqual([['taerma', 'outreach_materials']]);
    expect(figureOf(dataset, 'taerma', 'outreach_materials').text).toBe('数据有误');
  });

  it('an id close to no known id, or to two, is not guessed', () => {
    const dataset = withMetricsLine(8, (l) => l.replace('taerma', 'nowhere'));
    expect(dataset.problems.find((p) => p.code === 'unknown_township')!.message).not.toContain('是否应为');
    expect(dataset.rejectedMetricRows![0]!.townshipId).toBe('nowhere');
    expect(figureOf(dataset, 'taerma', 'outreach_materials').text).not.toBe('3350份');
  });
});

describe('nearestId', () => {
  const ids = new Set(['taerma', 'bitu', 'daguo', 'zhegu', 'haizigou', 'outreach_events', 'outreach_reach', 'disputes_resolved', 'disputes_screened']);
  it.each([
    ['taerma', 'taerma'],
    ['Taerma', 'taerma'],
    ['tarma', 'taerma'],
    ['taerrma', 'taerma'],
    ['tearma', 'taerma'],
    ['outreach_event', 'outreach_events'],
    ['outreach_eventss', 'outreach_events'],
    ['outraech_events', 'outreach_events'],
    ['bitv', 'bitu'],
    ['haizigo', 'haizigou'],
  ])('%s → %s', (written, id) => expect(nearestId(written, ids)).toBe(id));

  it.each([['nowhere'], ['bi'], ['disputes'], ['zzz'], ['']])('%s → nothing', (written) => {
    expect(nearestId(written, ids)).toBeNull();
  });

  it('two ids equally near: nothing is guessed; one nearer than the rest: that one', () => {
    expect(nearestId('gen0001s', new Set(['gen0001', 'gen0002', 'gen0011']))).toBe('gen0001');
    expect(nearestId('gen00x1', new Set(['gen0001', 'gen0002', 'gen0011']))).toBeNull();
    expect(nearestId('disputes_s', new Set(['disputes_a', 'disputes_b']))).toBeNull();
  });
});

describe('a refused row that cannot be attributed still counts (item 2)', () => {
  it('an id close to no known one: its year’s scope line and the views’ note say the year has a row that could not be read', () => {
    const dataset = withMetricsLine(8, (l) => l.replace('taerma', 'nowhere'));
    const unread = unreadRows(dataset);
    expect(unread.byYear.get(2024)).toBe(1);
    expect(unreadScopeSuffix(unread, 2024)).toBe('，另有1行数据无法读取');
    const model = buildDashboardModel(dataset, { years: [2024] });
    expect(model.noReport.unread).toBe('2024年的数据中有1行无法读取（归不到任何乡镇或指标，见“数据问题”），标为“未报告”的数字可能在其中。');
  });

  it('a year that cannot be read counts for every year', () => {
    const dataset = withMetricsLine(8, (l) => l.replace(',2024,', ',二〇二四,'));
    expect(unreadRows(dataset)).toMatchObject({ anyYear: 1 });
    expect(buildDashboardModel(dataset, { years: [2024] }).noReport.unread).toContain('2024年的数据中有1行无法读取');
  });

  it('attributed rows are not counted; no caveat on clean data', () => {
    expect(buildDashboardModel(withMetricsLine(8, (l) => l.replace(',3350,', ',3,350,')), { years: [2024] }).noReport.unread).toBeNull();
    expect(buildDashboardModel(clean, { years: [2024] }).noReport.unread).toBeNull();
  });
});
