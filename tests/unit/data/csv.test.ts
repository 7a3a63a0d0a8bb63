import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/data/csv';

describe('parseCsv', () => {
  it('returns the header and trimmed cells with the line each record is on', () => {
    const result = parseCsv('a, b ,c\n 1 ,2,3\n4,5,6\n', 'x.csv');
    expect(result.header).toEqual(['a', 'b', 'c']);
    expect(result.records).toEqual([
      { line: 2, cells: ['1', '2', '3'] },
      { line: 3, cells: ['4', '5', '6'] },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('keeps every cell a string (no dynamic typing)', () => {
    const result = parseCsv('a,b,c\n0123,,true\n', 'x.csv');
    expect(result.records[0]!.cells).toEqual(['0123', '', 'true']);
  });

  it('counts lines exactly across skipped empty lines, quoted line breaks and CRLF', () => {
    const text = 'a,b\r\n1,"x\r\ny"\r\n\r\n,\r\n2,"p,q"\r\n3,z';
    const result = parseCsv(text, 'x.csv');
    expect(result.records).toEqual([
      { line: 2, cells: ['1', 'x\r\ny'] },
      { line: 6, cells: ['2', 'p,q'] },
      { line: 7, cells: ['3', 'z'] },
    ]);
  });

  it('reports a row with too few cells as csv_syntax on its line, and leaves it out', () => {
    const result = parseCsv('a,b,c\n1,2,3\n4,5\n7,8,9\n', 'metrics.csv');
    expect(result.records.map((r) => r.line)).toEqual([2, 4]);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'csv_syntax', file: 'metrics.csv', line: 3 }),
    ]);
    expect(result.problems[0]!.message).toContain('metrics.csv 第3行');
  });

  it('reports a row with too many cells, suggesting quotes around commas', () => {
    const result = parseCsv('a,b\n1,受教群众,达2153余人\n', 'metrics.csv');
    expect(result.records).toEqual([]);
    expect(result.problems[0]).toMatchObject({ code: 'csv_syntax', line: 2 });
    expect(result.problems[0]!.message).toContain('双引号');
  });

  it('accepts extra empty cells at the end of a row (as Excel writes them)', () => {
    const result = parseCsv('a,b\n1,2,,\n', 'x.csv');
    expect(result.records).toEqual([{ line: 2, cells: ['1', '2'] }]);
    expect(result.problems).toEqual([]);
  });

  it('reports an unterminated quote as csv_syntax', () => {
    const result = parseCsv('a,b\n1,2\n3,"oops\n5,6\n', 'x.csv');
    expect(result.records).toEqual([{ line: 2, cells: ['1', '2'] }]);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'csv_syntax', line: 3 })]);
    expect(result.problems[0]!.message).toContain('双引号不配对');
  });

  it('gives an empty header for a text without content rows', () => {
    expect(parseCsv('\n\n', 'x.csv')).toEqual({ header: [], records: [], problems: [] });
  });
});
