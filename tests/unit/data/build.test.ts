// buildDataset on the fixture folder and on broken variants of it: each file
// is read by its column rules, bad rows drop out, good rows still load, and
// every problem names file, line and column in Chinese.

import { describe, expect, it } from 'vitest';
import { buildDataset, type Dataset, type Problem } from '../../../src/data/index';
import { appendLine, encodeGbk, fixtureFiles, fixtureText, lineCount, replaceLine } from './helpers';

const codes = (dataset: Dataset): string[] => dataset.problems.map((p) => p.code);
const only = (dataset: Dataset, code: Problem['code']): Problem[] => dataset.problems.filter((p) => p.code === code);
const dataLines = (file: string): number => lineCount(fixtureText(file)) - 1;

describe('buildDataset on good files', () => {
  const dataset = buildDataset(fixtureFiles());

  it('loads every row without problems', () => {
    expect(dataset.problems).toEqual([]);
    expect(dataset.townships).toHaveLength(dataLines('townships.csv'));
    expect(dataset.reports).toHaveLength(dataLines('reports.csv'));
    expect(dataset.metricCatalog).toHaveLength(dataLines('metric-catalog.csv'));
    expect(dataset.metrics).toHaveLength(dataLines('metrics.csv'));
    expect(dataset.shortcomingCategories).toHaveLength(dataLines('shortcoming-categories.csv'));
    expect(dataset.shortcomings).toHaveLength(dataLines('shortcomings.csv'));
  });

  it('types each column by its rule and keeps the source line', () => {
    const first = dataset.metrics[0]!;
    expect(first).toEqual({
      townshipId: 'alpha',
      year: 2024,
      metric: 'outreach_events',
      item: '集中宣讲',
      value: 25,
      unit: '次',
      bound: 'at_least',
      quote: '集中宣讲法律法规25余次',
      note: '',
      source: { file: 'metrics.csv', line: 2 },
    });
    expect(dataset.reports.map((r) => r.published)).toEqual(['2025-03-21', null]);
  });

  it('reads a quoted cell that contains a comma', () => {
    expect(dataset.metrics.find((m) => m.item === '网络普法')?.note).toBe('含微信群, 抖音');
  });
});

describe('buildDataset on broken files', () => {
  const metrics = fixtureText('metrics.csv');

  it('a value that is not a number: that row drops with the documented message, the others load', () => {
    const broken = replaceLine(metrics, 2, 'alpha,2024,outreach_events,集中宣讲,200余,次,at_least,集中宣讲法律法规25余次,');
    const dataset = buildDataset(fixtureFiles({ metrics: broken }));
    expect(dataset.problems).toEqual([
      {
        severity: 'error',
        code: 'not_a_number',
        file: 'metrics.csv',
        line: 2,
        column: 'value',
        message: 'metrics.csv 第2行「value」列：“200余”不是数字（数值列只写数字，“余/以上”写在 bound 列）',
      },
    ]);
    expect(dataset.metrics).toHaveLength(dataLines('metrics.csv') - 1);
    expect(dataset.metrics.some((m) => m.source.line === 2)).toBe(false);
  });

  it('a bad bound drops the row and suggests the right word', () => {
    const broken = replaceLine(metrics, 3, 'alpha,2024,outreach_reach,集中宣讲受教群众,2153,人,余,受教群众达2153余人,');
    const [problem] = buildDataset(fixtureFiles({ metrics: broken })).problems;
    expect(problem).toMatchObject({ code: 'bad_bound', line: 3, column: 'bound' });
    expect(problem!.message).toContain('metrics.csv 第3行「bound」列');
    expect(problem!.message).toContain('at_least');
  });

  it('a missing required column: no row of that table loads, the other tables do', () => {
    const broken = metrics
      .split('\n')
      .map((line) => line.split(',').filter((_cell, i) => i !== 4).join(','))
      .join('\n');
    const dataset = buildDataset(fixtureFiles({ metrics: broken }));
    expect(dataset.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'column_missing', file: 'metrics.csv', line: 1, column: 'value' })]);
    expect(dataset.problems[0]!.message).toContain('缺少「value」列');
    expect(dataset.metrics).toEqual([]);
    expect(dataset.townships).toHaveLength(dataLines('townships.csv'));
    expect(dataset.shortcomings).toHaveLength(dataLines('shortcomings.csv'));
  });

  it('a missing optional column (note) is a warning and the rows load with an empty note', () => {
    const broken = metrics
      .split('\n')
      .map((line) => line.replace(/,[^,]*$/, '').replace(/,"含微信群$/, ''))
      .join('\n');
    const dataset = buildDataset(fixtureFiles({ metrics: broken }));
    expect(dataset.problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'column_missing', column: 'note' })]);
    expect(dataset.metrics).toHaveLength(dataLines('metrics.csv'));
    expect(dataset.metrics.every((m) => m.note === '')).toBe(true);
  });

  it('an unknown column is a warning; the column is ignored and rows load', () => {
    const lines = fixtureText('townships.csv').trimEnd().split('\n');
    const broken = lines.map((line, i) => `${line},${i === 0 ? 'population' : '1000'}`).join('\n');
    const dataset = buildDataset(fixtureFiles({ townships: broken }));
    expect(dataset.problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'column_unknown', file: 'townships.csv', line: 1, column: 'population' }),
    ]);
    expect(dataset.townships).toHaveLength(lines.length - 1);
  });

  it('reads columns by name, in any order, with any letter case', () => {
    const text = 'Name,ID,county,province,prefecture\n甲乡,alpha,甲县,甲省,甲市\n乙镇,beta,乙县,乙省,乙市\n';
    const dataset = buildDataset(fixtureFiles({ townships: text }));
    expect(dataset.problems).toEqual([]);
    expect(dataset.townships[0]).toMatchObject({ id: 'alpha', name: '甲乡', prefecture: '甲市', province: '甲省' });
  });

  it('an unknown township id, metric id, category or report drops the row', () => {
    const brokenMetrics = [
      'gamma,2024,outreach_events,集中宣讲,25,次,at_least,集中宣讲法律法规25余次,',
      'alpha,2024,no_such_metric,集中宣讲,25,次,at_least,集中宣讲法律法规25余次,',
      'alpha,2023,outreach_events,集中宣讲,25,次,at_least,集中宣讲法律法规25余次,',
    ].reduce(appendLine, metrics);
    const next = lineCount(metrics) + 1;
    const brokenShortcomings = appendLine(fixtureText('shortcomings.csv'), 'alpha,2024,no_such_category,法治工作队伍人员数量不足');
    const dataset = buildDataset(fixtureFiles({ metrics: brokenMetrics, shortcomings: brokenShortcomings }));
    expect(dataset.problems.map((p) => [p.code, p.file, p.line, p.column])).toEqual([
      ['unknown_township', 'metrics.csv', next, 'township_id'],
      ['unknown_metric', 'metrics.csv', next + 1, 'metric'],
      ['unknown_report', 'metrics.csv', next + 2, 'year'],
      ['unknown_category', 'shortcomings.csv', lineCount(fixtureText('shortcomings.csv')) + 1, 'category'],
    ]);
    expect(dataset.problems[0]!.message).toContain('“gamma”不在 townships.csv 里');
    expect(dataset.problems[1]!.message).toContain('“no_such_metric”不在 metric-catalog.csv 里');
    expect(dataset.problems[2]!.message).toContain('没有 alpha 2023 年的报告');
    expect(dataset.metrics).toHaveLength(dataLines('metrics.csv'));
    expect(dataset.shortcomings).toHaveLength(dataLines('shortcomings.csv'));
  });

  it('a reports.csv row of an unknown township drops, and its figures are not reported twice', () => {
    const reports = fixtureText('reports.csv').replace('beta,2024', 'betaa,2024');
    const dataset = buildDataset(fixtureFiles({ reports }));
    expect(only(dataset, 'unknown_township')).toEqual([expect.objectContaining({ file: 'reports.csv', line: 3 })]);
    // beta's figures now have no report: one unknown_report each, nothing else.
    const betaFigures = fixtureText('metrics.csv').split('\n').filter((l) => l.startsWith('beta,')).length;
    const betaShortcomings = fixtureText('shortcomings.csv').split('\n').filter((l) => l.startsWith('beta,')).length;
    expect(only(dataset, 'unknown_report')).toHaveLength(betaFigures + betaShortcomings);
  });

  it('a duplicate figure (same township, year, metric, item) names the first line', () => {
    const broken = appendLine(metrics, 'alpha,2024,outreach_reach,集中宣讲受教群众,2153,人,at_least,受教群众达2153余人,');
    const dataset = buildDataset(fixtureFiles({ metrics: broken }));
    expect(dataset.problems).toEqual([
      expect.objectContaining({ code: 'duplicate', file: 'metrics.csv', line: lineCount(metrics) + 1 }),
    ]);
    expect(dataset.problems[0]!.message).toContain('与第3行重复');
    expect(dataset.metrics).toHaveLength(dataLines('metrics.csv'));
  });

  it.each([
    ['townships', 'townships.csv', 'alpha,甲乡2,甲县,甲市,甲省'],
    ['metricCatalog', 'metric-catalog.csv', 'outreach_events,outreach,重复,次,重复'],
    ['shortcomingCategories', 'shortcoming-categories.csv', 'legal_talent,重复,重复'],
    ['reports', 'reports.csv', 'alpha,2024,重复,,reports/alpha-2024.txt,yes'],
  ] as const)('a duplicate id in %s names the first line', (key, file, row) => {
    const text = fixtureText(file);
    const dataset = buildDataset(fixtureFiles({ [key]: appendLine(text, row) }));
    expect(dataset.problems).toEqual([expect.objectContaining({ code: 'duplicate', file, line: lineCount(text) + 1 })]);
    expect(dataset.problems[0]!.message).toContain('与第2行重复');
  });

  it('a value its quote does not state is value_not_in_quote, and the row is kept aside as rejected', () => {
    const broken = replaceLine(metrics, 3, 'alpha,2024,outreach_reach,集中宣讲受教群众,2154,人,at_least,受教群众达2153余人,');
    const dataset = buildDataset(fixtureFiles({ metrics: broken }));
    expect(dataset.problems).toEqual([expect.objectContaining({ code: 'value_not_in_quote', line: 3, column: 'value' })]);
    expect(dataset.problems[0]!.message).toContain('数值 2154 在 quote“受教群众达2153余人”中找不到');
    expect(dataset.metrics).toHaveLength(dataLines('metrics.csv') - 1);
    expect(dataset.metrics.some((m) => m.source.line === 3)).toBe(false);
    expect(dataset.rejectedMetricRows).toEqual([
      expect.objectContaining({
        source: { file: 'metrics.csv', line: 3 },
        townshipId: 'alpha',
        year: 2024,
        metric: 'outreach_reach',
        item: '集中宣讲受教群众',
        figure: expect.objectContaining({ value: 2154 }),
        problems: [expect.objectContaining({ code: 'value_not_in_quote' })],
      }),
    ]);
  });

  it('keeps the identity of a metrics row whose value does not parse', () => {
    const broken = replaceLine(metrics, 2, 'alpha,2024,outreach_events,集中宣讲,25余,次,at_least,集中宣讲法律法规25余次,');
    const dataset = buildDataset(fixtureFiles({ metrics: broken }));
    expect(dataset.rejectedMetricRows).toEqual([
      expect.objectContaining({
        source: { file: 'metrics.csv', line: 2 },
        townshipId: 'alpha',
        year: 2024,
        metric: 'outreach_events',
        item: '集中宣讲',
        figure: null,
        problems: [expect.objectContaining({ code: 'not_a_number', column: 'value' })],
      }),
    ]);
    expect(dataset.rejectedMetricRows![0]!.cells.value).toBe('25余');
  });

  it('keeps rows left out by checks across tables, with their problems; unreadable identity is null', () => {
    const withRows = appendLine(
      appendLine(metrics, 'alpha,2024,no_such_metric,宣讲,5,次,exact,宣讲5次,'),
      'alpha,20x4,outreach_events,宣讲,5,次,exact,宣讲5次,',
    );
    const shortcomings = appendLine(fixtureText('shortcomings.csv'), 'beta,2024,no_such_category,经费不足');
    const dataset = buildDataset(fixtureFiles({ metrics: withRows, shortcomings }));
    const rejected = dataset.rejectedMetricRows ?? [];
    expect(rejected.map((r) => [r.metric, r.year, r.problems.map((p) => p.code)])).toEqual([
      ['no_such_metric', 2024, ['unknown_metric']],
      ['outreach_events', null, ['bad_year']],
    ]);
    expect(dataset.rejectedShortcomingRows).toEqual([
      expect.objectContaining({ townshipId: 'beta', year: 2024, category: 'no_such_category', problems: [expect.objectContaining({ code: 'unknown_category' })] }),
    ]);
  });

  it('a missing file is file_missing; the other tables load without a cascade of unknown ids', () => {
    const dataset = buildDataset(fixtureFiles({ townships: null }), { townships: 'HTTP 404' });
    expect(dataset.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'file_missing', file: 'townships.csv' })]);
    expect(dataset.problems[0]!.message).toContain('HTTP 404');
    expect(dataset.townships).toEqual([]);
    expect(dataset.metrics).toHaveLength(dataLines('metrics.csv'));
    expect(dataset.reports).toHaveLength(dataLines('reports.csv'));
  });

  it('an empty file is file_empty and names the header it should have', () => {
    const dataset = buildDataset(fixtureFiles({ shortcomings: '' }));
    expect(dataset.problems).toEqual([expect.objectContaining({ code: 'file_empty', file: 'shortcomings.csv' })]);
    expect(dataset.problems[0]!.message).toContain('township_id,year,category,quote');
    expect(dataset.metrics).toHaveLength(dataLines('metrics.csv'));
  });

  it('a header-only file is an error naming the file (never a silent empty table)', () => {
    const dataset = buildDataset(fixtureFiles({ shortcomings: 'township_id,year,category,quote\n' }));
    expect(dataset.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'file_no_rows', file: 'shortcomings.csv' })]);
    expect(dataset.problems[0]!.message).toContain('shortcomings.csv：只有表头，没有数据行');
    expect(dataset.shortcomings).toEqual([]);
  });

  it('a file that is not CSV is not_csv; the other tables load', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const dataset = buildDataset(fixtureFiles({ metrics: png, townships: '<!doctype html><title>404</title>' }));
    expect(dataset.problems.map((p) => [p.code, p.file])).toEqual([
      ['not_csv', 'townships.csv'],
      ['not_csv', 'metrics.csv'],
    ]);
    expect(dataset.metrics).toEqual([]);
    expect(dataset.shortcomings).toHaveLength(dataLines('shortcomings.csv'));
  });

  it('a UTF-8 BOM is accepted without a problem', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(metrics)]);
    const dataset = buildDataset(fixtureFiles({ metrics: bom }));
    expect(dataset.problems).toEqual([]);
    expect(dataset.metrics).toEqual(buildDataset(fixtureFiles()).metrics);
  });

  it('a GBK file (WPS/Excel) gives the same rows as UTF-8, with a warning', () => {
    const dataset = buildDataset(fixtureFiles({ metrics: encodeGbk(metrics) }));
    expect(dataset.problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'encoding_gbk', file: 'metrics.csv' })]);
    expect(dataset.metrics).toEqual(buildDataset(fixtureFiles()).metrics);
  });

  it('never throws, even when every file is garbage', () => {
    const garbage = new Uint8Array([0, 1, 2, 3]);
    const dataset = buildDataset({
      townships: garbage,
      reports: null,
      metricCatalog: new Uint8Array(),
      metrics: new TextEncoder().encode('"'),
      shortcomingCategories: new TextEncoder().encode('x'),
      shortcomings: garbage,
    });
    expect(dataset.metrics).toEqual([]);
    expect(codes(dataset)).toEqual([
      'not_csv', // townships: NUL bytes
      'file_missing', // reports
      'file_empty', // metric catalog: no bytes
      'file_empty', // metrics: a lone quote has no content row
      'column_unknown', // categories: header "x" …
      'column_missing', // … and none of id, label, definition
      'column_missing',
      'column_missing',
      'not_csv', // shortcomings
    ]);
  });

  it('sorts problems by file order, then line', () => {
    const dataset = buildDataset(
      fixtureFiles({
        shortcomings: appendLine(fixtureText('shortcomings.csv'), 'alpha,2024,nope,x'),
        metrics: replaceLine(metrics, 3, 'alpha,2024,outreach_reach,集中宣讲受教群众,x,人,at_least,受教群众达2153余人,'),
        townships: appendLine(fixtureText('townships.csv'), 'Bad Id,丙,丙,丙,丙'),
      }),
    );
    expect(dataset.problems.map((p) => p.file)).toEqual(['townships.csv', 'metrics.csv', 'shortcomings.csv']);
  });
});

describe('rejectUnverifiedQuotes', () => {
  it('sets aside the rows whose quote is not in their report, and keeps the dataset when none is', async () => {
    const { rejectUnverifiedQuotes, verifyQuotes } = await import('../../../src/data/index');
    const dataset = buildDataset(fixtureFiles());
    expect(rejectUnverifiedQuotes(dataset, [])).toBe(dataset);
    const texts = new Map([
      ['reports/alpha-2024.txt', { text: fixtureText('reports/alpha-2024.txt').replace('集中宣讲法律法规25余次', '') }],
      ['reports/beta-2024.txt', { text: fixtureText('reports/beta-2024.txt') }],
    ]);
    const problems = verifyQuotes(dataset, texts);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['quote_not_in_report', 2]]);
    const checked = rejectUnverifiedQuotes(dataset, problems);
    expect(checked.metrics.some((m) => m.source.line === 2)).toBe(false);
    expect(checked.rejectedMetricRows).toEqual([
      expect.objectContaining({ source: { file: 'metrics.csv', line: 2 }, metric: 'outreach_events', problems }),
    ]);
  });
});
