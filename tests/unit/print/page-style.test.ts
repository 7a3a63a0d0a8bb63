import { describe, expect, it } from 'vitest';
import { headerLines, latestPublished, reportDateText, selectionScopeText, yearsText } from '../../../src/print/page-header';
import { cssString, pageSizeCss, pageStyleCss } from '../../../src/print/page-style';
import { lineRanges, sourcesLine } from '../../../src/print/sources-line';
import { buildDashboardModel, buildProvenanceIndex, selectRows } from '../../../src/model';
import { DatasetBuilder, fiveTownships, withStandardCatalog } from '../../fixtures/model/synth';

describe('cssString', () => {
  it('quotes text so data can never end the string or inject rules', () => {
    expect(cssString('甲乡')).toBe('"甲乡"');
    const hostile = '乙乡" } body { display: none } @page { content: "';
    const css = cssString(hostile);
    // Every double quote inside is escaped.
    expect(css.slice(1, -1)).not.toMatch(/(^|[^\\])"/);
    expect(cssString('a\\b')).toBe('"a\\\\b"');
    expect(cssString('一\n二')).toBe('"一\\A 二"');
    expect(cssString('x\u0000\u0007y')).toBe('"xy"');
  });
});

describe('pageStyleCss', () => {
  it('puts title and scope left, data date and version right, page numbers at the foot', () => {
    const css = pageStyleCss({
      header: { title: '乡镇对比', scope: '甲乡、乙乡 · 2024年', reportDate: '2025-03-21', buildVersion: '0.1.0', printedOn: '2025-06-01' },
    });
    // Two lines each (CSS "\\A " is a line break), kept as two by white-space: pre.
    expect(css).toContain('@top-left { content: "乡镇对比\\A 甲乡、乙乡 · 2024年";');
    expect(css).toContain('@top-right { content: "最新报告日期：2025-03-21\\A 版本：0.1.0 · 打印：2025-06-01";');
    expect(css).toContain('white-space: pre');
    expect(css).toContain('counter(page)');
    expect(css).toContain('counter(pages)');
    expect(css).toContain('margin: 10mm');
    // Orientation has its own sheet (setPrintOrientation): a header refresh must not change it.
    expect(css).not.toMatch(/[\s;{]size:/);
  });

  it('keeps page numbers and drops the header when there is none', () => {
    const css = pageStyleCss({ header: null });
    expect(css).toContain('@bottom-center');
    expect(css).not.toContain('@top-left');
  });
});

describe('pageSizeCss', () => {
  it('sizes the unnamed page: no named page, which Chromium 80 ignores and 109 breaks apart', () => {
    expect(pageSizeCss('portrait')).toBe('@page { size: A4 portrait; }');
    expect(pageSizeCss('landscape')).toBe('@page { size: A4 landscape; }');
  });
});

describe('header text', () => {
  it('writes years as a list or a range', () => {
    expect(yearsText([2024])).toBe('2024年');
    expect(yearsText([2024, 2022])).toBe('2022、2024年');
    expect(yearsText([2023, 2021, 2022, 2024])).toBe('2021—2024年');
    expect(yearsText([])).toBe('');
  });

  it('names the townships and years shown, shortened for long selections', () => {
    const dataset = fiveTownships();
    expect(selectionScopeText(selectRows(dataset))).toBe('甲乡、乙乡、丙乡、丁乡、戊镇 · 2024年');
    const many = withStandardCatalog(new DatasetBuilder());
    for (let i = 0; i < 12; i += 1) many.township(`t${i}`, `第${i}乡`).report(`t${i}`, 2023).report(`t${i}`, 2024);
    expect(selectionScopeText(selectRows(many.build()))).toBe('第0乡、第1乡、第2乡、第3乡、第4乡等12个乡镇 · 2023、2024年');
  });

  it('names in the header only townships with a report in the year shown', () => {
    const partial = withStandardCatalog(new DatasetBuilder());
    partial.township('a', '甲乡').township('b', '乙乡').township('c', '丙乡').report('a', 2025).report('b', 2024).report('c', 2025);
    expect(selectionScopeText(selectRows(partial.build(), { years: [2025] }))).toBe('甲乡、丙乡 · 2025年');
  });

  it('takes the latest stated publication date, or null', () => {
    const dataset = fiveTownships();
    expect(latestPublished(selectRows(dataset))).toBeNull();
    const first = dataset.reports[0];
    const second = dataset.reports[1];
    if (!first || !second) throw new Error('fixture has reports');
    first.published = '2025-03-21';
    second.published = '2025-01-05';
    expect(latestPublished(selectRows(dataset))).toBe('2025-03-21');
  });

  it('dates the header by the latest report, saying how many give a date when not all do', () => {
    const dataset = fiveTownships();
    expect(reportDateText(selectRows(dataset))).toBeNull();
    dataset.reports[0]!.published = '2025-03-21';
    dataset.reports[1]!.published = '2025-01-05';
    expect(reportDateText(selectRows(dataset))).toBe('2025-03-21（5份中2份注明）');
    for (const report of dataset.reports) report.published ??= '2025-02-01';
    expect(reportDateText(selectRows(dataset))).toBe('2025-03-21');
  });

  it('says 未注明 when no report gives a date', () => {
    expect(headerLines({ title: 't', scope: '', reportDate: null, buildVersion: 'v' })).toEqual({
      left: 't',
      right: '最新报告日期：未注明\n版本：v',
    });
  });
});

describe('sourcesLine', () => {
  it('names the reports and compresses data lines into ranges', () => {
    const dataset = fiveTownships();
    const model = buildDashboardModel(dataset);
    const events = model.outreach[0];
    if (!events) throw new Error('no outreach comparison');
    const keys = events.totals.flatMap((total) => total.provenance);
    const line = sourcesLine(keys, buildProvenanceIndex(dataset));
    expect(line).toBe(
      '来源：甲乡 2024年《ta 2024年法治政府建设情况报告》、丙乡 2024年《bt 2024年法治政府建设情况报告》、' +
        '丁乡 2024年《dg 2024年法治政府建设情况报告》、戊镇 2024年《zg 2024年法治政府建设情况报告》；' +
        `数据：metrics.csv 第${lineRanges(keys.map((key) => Number(key.split(':')[1])))}行`,
    );
    expect(sourcesLine([], buildProvenanceIndex(dataset))).toBe('');
  });

  it('shortens a long list of reports', () => {
    const builder = withStandardCatalog(new DatasetBuilder());
    for (let i = 0; i < 7; i += 1) builder.township(`t${i}`, `第${i}乡`).report(`t${i}`, 2024).figure(`t${i}`, 2024, 'outreach_events', i + 1);
    const dataset = builder.build();
    const keys = dataset.metrics.map((figure) => `${figure.source.file}:${figure.source.line}`);
    expect(sourcesLine(keys, buildProvenanceIndex(dataset))).toMatch(/^来源：第0乡 2024年《[^》]+》、.*等7份报告；数据：metrics\.csv 第2–8行$/);
  });

  it('summarises the data lines of a large chart instead of listing them all', () => {
    const builder = withStandardCatalog(new DatasetBuilder());
    // Every other township reports: 15 separate runs of metrics.csv lines.
    for (let i = 0; i < 30; i += 1) {
      builder.township(`t${i}`, `第${i}乡`).report(`t${i}`, 2024).figure(`t${i}`, 2024, 'outreach_events', i + 1);
      builder.figure(`t${i}`, 2024, 'outreach_reach', 100 + i);
    }
    const dataset = builder.build();
    const keys = dataset.metrics.filter((figure) => figure.metric === 'outreach_events').map((figure) => `${figure.source.file}:${figure.source.line}`);
    const lines = keys.map((key) => Number(key.split(':')[1]));
    const line = sourcesLine(keys, buildProvenanceIndex(dataset));
    expect(line).toContain(`数据：metrics.csv 第${Math.min(...lines)}–${Math.max(...lines)}行中的30行`);
    expect(line.length).toBeLessThan(200);
  });

  it('lineRanges', () => {
    expect(lineRanges([9, 2, 3, 4, 4])).toBe('2–4、9');
    expect(lineRanges([5, 7])).toBe('5、7');
  });
});
