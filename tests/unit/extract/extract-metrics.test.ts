import { describe, expect, it } from 'vitest';
import { analyseMetrics, decodeReportBytes, extractMetrics, inferReportYear, type DraftRow } from '../../../src/extract';
import { GBK_REPORT_BYTES, GBK_REPORT_TEXT } from '../../fixtures/extract/gbk-report';
import { fixture, shippedRules } from './helpers';

const summary = (rows: DraftRow[]) => rows.map((r) => [r.metric, r.value, r.unit, r.bound]);

function expectVerbatimQuotes(text: string, rows: DraftRow[]) {
  for (const row of rows) {
    expect(text.slice(row.start, row.end)).toBe(row.quote);
    expect(row.figureStart).toBeGreaterThanOrEqual(row.start);
    expect(row.figureEnd).toBeLessThanOrEqual(row.end);
  }
}

describe('extractMetrics on a report of every form (tests/fixtures/extract/forms.txt)', () => {
  const text = fixture('forms.txt');
  const rows = extractMetrics(text, { townshipId: 'gesang', rules: shippedRules() });

  it('drafts each figure with its metric, value, unit and bound', () => {
    expect(summary(rows)).toEqual([
      ['cadre_study_sessions', 12, '次', 'exact'],
      ['cadre_law_exams', 3, '次', 'exact'],
      ['cadre_expert_lectures', 4, '场', 'exact'],
      ['outreach_events', 25, '次', 'at_least'],
      ['outreach_reach', 2153, '人', 'at_least'],
      ['outreach_events', 10, '场', 'at_least'],
      ['outreach_events', 3, '期', 'exact'],
      ['outreach_reach', 20000, '人次', 'at_least'],
      ['outreach_reach', 40000, '人次', 'at_least'],
      ['outreach_reach', 12000, '人次', 'exact'],
      ['outreach_materials', 3000, '份', 'approx'],
      ['outreach_materials', 500, '册', 'exact'],
      ['outreach_promo_items', 200, '件', 'at_least'],
      ['online_posts', 45, '条', 'exact'],
      ['village_legal_advisers', 12, '个村', 'exact'],
      ['legal_literates', 36, '名', 'exact'],
      ['disputes_screened', 26, '起', 'exact'],
      ['disputes_resolved', 25, '起', 'exact'],
      ['mediation_success_rate', 96, '%', 'at_least'],
      ['dispute_amount', 80, '万元', 'at_least'],
      ['dispute_screening_rounds', 30, '次', 'at_least'],
      ['petition_visits', 50, '人次', 'exact'],
      ['petitions_resolved', 3, '件', 'exact'],
    ]);
  });

  it('quotes verbatim, the shortest fragment that names the figure', () => {
    expectVerbatimQuotes(text, rows);
    const quoteOf = (metric: string, value: number) => rows.find((r) => r.metric === metric && r.value === value)?.quote;
    expect(quoteOf('outreach_reach', 2153)).toBe('受教群众达2153余人');
    expect(quoteOf('disputes_resolved', 25)).toBe('化解25起');
    expect(quoteOf('village_legal_advisers', 12)).toBe('12个村“一村一法律顾问”');
    expect(quoteOf('outreach_materials', 3000)).toBe('宣传资料约3000份');
  });

  it('names items in the report’s own words, unique per metric', () => {
    const item = (metric: string, value: number) => rows.find((r) => r.metric === metric && r.value === value)?.item;
    expect(item('outreach_events', 25)).toBe('集中宣讲');
    expect(item('outreach_events', 10)).toBe('入户宣讲');
    expect(item('outreach_materials', 500)).toBe('普法读本');
    expect(item('village_legal_advisers', 12)).toBe('一村一法律顾问');
    const keys = rows.map((r) => `${r.metric}|${r.item}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('notes a range and a missing unit', () => {
    expect(rows.find((r) => r.value === 10)!.note).toContain('原文为范围 10-20场');
    expect(rows.find((r) => r.value === 12000)!.note).toContain('原文未写单位');
  });

  it('takes the year from the title and the township from the caller', () => {
    expect(rows.every((r) => r.year === 2025 && r.townshipId === 'gesang')).toBe(true);
    expect(extractMetrics(text, { year: 2030, rules: shippedRules() })[0]!.year).toBe(2030);
  });

  it('leaves a figure no rule fits out of the drafts but lists it as unclassified', () => {
    const analysis = analyseMetrics(text, { rules: shippedRules() });
    const unclassified = analysis.figures.filter((f) => f.rule === null).map((f) => text.slice(f.figure.start, f.figure.end));
    expect(unclassified).toEqual(['2名']);
  });
});

describe('extractMetrics on a traditional-character report', () => {
  const text = fixture('traditional.txt');
  const rows = extractMetrics(text, { rules: shippedRules() });

  it('matches traditional words and quotes the original characters', () => {
    expect(summary(rows)).toEqual([
      ['outreach_events', 18, '场次', 'exact'],
      ['outreach_reach', 1200, '人次', 'at_least'],
      ['outreach_materials', 2000, '份', 'at_least'],
      ['disputes_screened', 9, '起', 'exact'],
      ['disputes_resolved', 9, '起', 'exact'],
      ['mediation_success_rate', 100, '%', 'exact'],
      ['dispute_amount', 12, '万元', 'exact'],
    ]);
    expectVerbatimQuotes(text, rows);
    expect(rows[0]!.quote).toBe('普法宣傳活動18場次');
    expect(rows[1]!.quote).toBe('受教育群眾1200餘人次');
  });
});

describe('extractMetrics on text copied from a web page', () => {
  const text = fixture('web-page.txt');
  const analysis = analyseMetrics(text, { rules: shippedRules() });

  it('drafts the report’s figures only, not menus, dates, counters or index numbers', () => {
    expect(summary(analysis.rows)).toEqual([
      ['outreach_events', 30, '场次', 'exact'],
      ['outreach_reach', 1500, '人次', 'at_least'],
      ['disputes_screened', 12, '起', 'exact'],
      ['disputes_resolved', 11, '起', 'exact'],
    ]);
  });

  it('marks the page’s view counter as ignored by a rule', () => {
    const counter = analysis.figures.find((f) => text.slice(f.figure.start, f.figure.end) === '1024次');
    expect(counter?.rule?.kind).toBe('ignore');
    expect(counter?.row).toBeNull();
  });

  it('takes the year from the title, not from the publication date', () => {
    expect(inferReportYear(text)).toBe(2024);
  });
});

describe('a GBK-encoded report file', () => {
  it('has bytes that decode to the fixture text with TextDecoder("gbk")', () => {
    expect(new TextDecoder('gbk').decode(GBK_REPORT_BYTES)).toBe(GBK_REPORT_TEXT);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(GBK_REPORT_BYTES)).toThrow();
  });

  it('is decoded and extracted like a UTF-8 one', () => {
    const decoded = decodeReportBytes(GBK_REPORT_BYTES, 'report.txt');
    expect(decoded.gbk).toBe(true);
    expect(decoded.text).toBe(GBK_REPORT_TEXT);
    const rows = extractMetrics(decoded.text!, { townshipId: 'daguo', rules: shippedRules() });
    expect(summary(rows)).toEqual([
      ['outreach_events', 12, '场次', 'exact'],
      ['outreach_reach', 800, '人次', 'at_least'],
      ['outreach_materials', 1500, '份', 'exact'],
      ['mediation_success_rate', 95, '%', 'exact'],
    ]);
  });

  it('reads a UTF-8 file with a BOM the same way, without a GBK warning', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(GBK_REPORT_TEXT)]);
    const decoded = decodeReportBytes(bytes, 'report.txt');
    expect(decoded).toMatchObject({ text: GBK_REPORT_TEXT, gbk: false });
  });
});
