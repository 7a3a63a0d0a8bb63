import { describe, expect, it } from 'vitest';
import { leftOutByNoReport } from '../../../src/model/no-report';
import { publishedText } from '../../../src/print/page-header';

/** Selection rows as publishedText reads them: a report with its date, a report without one, or no report. */
const rows = (...dates: Array<string | null | 'no report'>) => ({
  rows: dates.map((date) => ({ report: date === 'no report' ? null : { published: date } })),
}) as unknown as Parameters<typeof publishedText>[0];

describe('the brief\'s date line', () => {
  it('names the latest date as every report\'s only when every report gives one', () => {
    expect(publishedText(rows('2025-01-02', '2025-03-21', 'no report'))).toBe('最新报告发布于2025-03-21');
  });

  it('says how many reports give a date when only some do: one dated report is not the date of all', () => {
    expect(publishedText(rows('2025-03-21', null, null, null, null))).toBe('5份报告中1份注明发布日期，为2025-03-21');
    expect(publishedText(rows('2025-01-02', '2025-03-21', null))).toBe('3份报告中2份注明发布日期，最新为2025-03-21');
  });

  it('without dates or reports', () => {
    expect(publishedText(rows(null, null))).toBe('报告未注明发布日期');
    expect(publishedText(rows('no report'))).toBeNull();
  });
});

describe('what the 尚无…报告 line leaves out', () => {
  it('the townships in one year; across years only those years of them (they are compared in the others)', () => {
    expect(leftOutByNoReport([2025])).toBe('这些乡镇');
    expect(leftOutByNoReport([2020, 2021, 2022])).toBe('这些乡镇的这些年度');
  });
});
