// The quote-check line tells the truth: "n/m quotes checked, k reports could
// not be read" — never "all found" when a report is missing, empty or not text.
import { describe, expect, it } from 'vitest';
import { buildDataset, decodeReport, quoteCheckSentence, summariseQuoteCheck, verifyQuotes, type ReportText } from '../../../src/data/index';
import { FIXTURE_DIR, fixtureFiles, fixtureText } from './helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dataset = buildDataset(fixtureFiles());
const reportBytes = (file: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURE_DIR, file)));

/** The quote check with some report files replaced (null: missing). */
function check(replace: Record<string, Uint8Array | null> = {}) {
  const texts = new Map<string, ReportText>();
  const problems = [];
  for (const report of dataset.reports) {
    const bytes = report.file in replace ? replace[report.file]! : reportBytes(report.file);
    const decoded = decodeReport(report.file, bytes);
    texts.set(report.file, decoded.report);
    problems.push(...decoded.problems);
  }
  problems.push(...verifyQuotes(dataset, texts));
  return summariseQuoteCheck(dataset, problems);
}

describe('summariseQuoteCheck and its sentence', () => {
  const alphaQuotes = dataset.metrics.filter((m) => m.townshipId === 'alpha').length + dataset.shortcomings.filter((s) => s.townshipId === 'alpha').length;
  const total = dataset.metrics.length + dataset.shortcomings.length;

  it('all found: the green sentence with the count', () => {
    const summary = check();
    expect(summary).toEqual({ total, checked: total, unreadableReports: 0, notFound: 0, valuesNotInQuote: 0 });
    expect(quoteCheckSentence(summary)).toBe(`引文核对完成：${total}条引文均在报告原文中找到。`);
  });

  it.each([
    ['missing', null],
    ['empty', new Uint8Array()],
    ['not text', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])],
  ])('a report that is %s: its quotes are not counted as checked, and the sentence says so', (_label, bytes) => {
    const summary = check({ 'reports/alpha-2024.txt': bytes });
    expect(summary).toMatchObject({ total, checked: total - alphaQuotes, unreadableReports: 1, notFound: 0 });
    expect(quoteCheckSentence(summary)).toBe(`引文核对：已核对 ${total - alphaQuotes}/${total} 条引文，1份报告原文无法读取，见“数据问题”。`);
  });

  it('a value not in its quote keeps the line from saying all is well', () => {
    const broken = buildDataset(fixtureFiles({ metrics: fixtureText('metrics.csv').replace(',25,次', ',2500,次') }));
    const summary = summariseQuoteCheck(broken, []);
    expect(summary.valuesNotInQuote).toBe(1);
    expect(quoteCheckSentence(summary)).toContain('1个数值不在其引文中');
  });

  it('no quotes at all is not "all found"', () => {
    const empty = buildDataset(fixtureFiles({ metrics: 'township_id,year,metric,item,value,unit,bound,quote,note\n', shortcomings: 'township_id,year,category,quote\n' }));
    expect(quoteCheckSentence(summariseQuoteCheck(empty, []))).toContain('没有可核对的引文');
  });
});

describe('decodeReport names why a report could not be read', () => {
  it('a report garbled beyond repair is "汉字是乱码", not "不是文本文件"', () => {
    const text = '全年开展普法宣传活动25余次，覆盖群众2153余人。';
    // Opened as ANSI, saved as UTF-8, with one character already lost (U+FFFD).
    const garbled = `${new TextDecoder('gbk').decode(new TextEncoder().encode(text))}\uFFFD`;
    const { report, problems } = decodeReport('reports/a.txt', new TextEncoder().encode(garbled));
    expect(report).toEqual({ text: null, reason: '汉字是乱码' });
    expect(problems[0]).toMatchObject({ severity: 'error', code: 'encoding_mojibake', file: 'reports/a.txt' });
  });
});
