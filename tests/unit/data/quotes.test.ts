import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, decodeReport, type Dataset, type ReportText, reportFiles, verifyQuotes } from '../../../src/data/index';
import { checkValuesInQuotes } from '../../../src/data/quotes';
import { FIXTURE_DIR, fixtureFiles } from './helpers';

const dataset = buildDataset(fixtureFiles());

function fixtureReports(): Map<string, ReportText> {
  return new Map(
    reportFiles(dataset).map((file) => [file, decodeReport(file, new Uint8Array(readFileSync(join(FIXTURE_DIR, file)))).report]),
  );
}

/** The fixture dataset with one metric's quote replaced. */
function withQuote(line: number, quote: string): Dataset {
  return { ...dataset, metrics: dataset.metrics.map((m) => (m.source.line === line ? { ...m, quote } : m)) };
}

describe('verifyQuotes', () => {
  it('finds every fixture quote in its report (one report has CRLF line ends)', () => {
    expect(verifyQuotes(dataset, fixtureReports())).toEqual([]);
  });

  it('a quote not in its report is quote_not_in_report on the quote column', () => {
    const problems = verifyQuotes(withQuote(3, '受教群众达2154余人'), fixtureReports());
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', code: 'quote_not_in_report', file: 'metrics.csv', line: 3, column: 'quote' })]);
    expect(problems[0]!.message).toContain('metrics.csv 第3行「quote」列');
    expect(problems[0]!.message).toContain('reports/alpha-2024.txt');
  });

  it('is verbatim: a quote differing only in spaces fails, with a hint showing the report wording', () => {
    const [problem] = verifyQuotes(withQuote(3, '受教群众达 2153余人'), fixtureReports());
    expect(problem?.code).toBe('quote_not_in_report');
    expect(problem!.message).toContain('空格');
    expect(problem!.message).toContain('“受教群众达2153余人”');
  });

  it('hints when only full-width/ASCII punctuation differs', () => {
    const [problem] = verifyQuotes(withQuote(3, '2024年,集中宣讲'), fixtureReports());
    expect(problem!.message).toContain('全角/半角');
    expect(problem!.message).toContain('“2024年，集中宣讲”');
  });

  it('checks shortcomings too', () => {
    const broken = { ...dataset, shortcomings: dataset.shortcomings.map((s) => ({ ...s, quote: `${s.quote}。` })) };
    const problems = verifyQuotes(broken, fixtureReports());
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      ['shortcomings.csv', 2],
      ['shortcomings.csv', 3],
    ]);
  });

  it('a report that cannot be read is report_missing on its reports.csv row; its quotes are not checked', () => {
    const texts = fixtureReports();
    texts.set('reports/beta-2024.txt', { text: null, reason: 'HTTP 404' });
    const problems = verifyQuotes(withQuote(7, 'not in any report'), texts);
    expect(problems).toEqual([expect.objectContaining({ code: 'report_missing', file: 'reports.csv', line: 3, column: 'file' })]);
    expect(problems[0]!.message).toContain('data/reports/beta-2024.txt');
    expect(problems[0]!.message).toContain('HTTP 404');
  });
});

describe('checkValuesInQuotes', () => {
  it('accepts every fixture figure (两次, 1.2万, 94%, 200余万元)', () => {
    expect(checkValuesInQuotes(dataset.metrics)).toEqual([]);
  });

  it('flags a value its quote does not state', () => {
    const figure = { ...dataset.metrics[0]!, value: 26 };
    expect(checkValuesInQuotes([figure])).toEqual([
      expect.objectContaining({ code: 'value_not_in_quote', file: 'metrics.csv', line: 2, column: 'value' }),
    ]);
  });
});

describe('decodeReport', () => {
  it('normalises CRLF and strips a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a\r\nb')]);
    expect(decodeReport('reports/x.txt', bytes)).toEqual({ report: { text: 'a\nb' }, problems: [] });
  });

  it('gives a reason when the report is missing or not text', () => {
    expect(decodeReport('reports/x.txt', null, 'HTTP 404').report).toEqual({ text: null, reason: 'HTTP 404' });
    const pdf = decodeReport('reports/x.txt', new TextEncoder().encode('%PDF-1.4'));
    expect(pdf.report.text).toBeNull();
    expect(pdf.problems[0]).toMatchObject({ code: 'not_csv', file: 'reports/x.txt' });
  });
});
