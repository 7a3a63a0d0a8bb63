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

  it('gives an empty header for a text without content rows', () => {
    expect(parseCsv('\n\n', 'x.csv')).toEqual({ header: [], records: [], refused: [], problems: [], recordCount: 0 });
  });

  it('counts every data record, sound or not', () => {
    expect(parseCsv('a,b\n1,2\n3\n\n4,5\n', 'x.csv').recordCount).toBe(3);
    expect(parseCsv('a,b\n', 'x.csv').recordCount).toBe(0);
  });
});

describe('parseCsv: an unclosed double quote', () => {
  const rows = (from: number, to: number): string =>
    Array.from({ length: to - from + 1 }, (_, i) => `${from + i},x${from + i},ok`).join('\n');

  it('is reported on the line where it opens, with the rows it swallowed, and the rows after it are read again', () => {
    // Line 3 opens a quote that never closes: papaparse would read lines 3–42 as one cell.
    const text = `a,b,c\n1,x1,ok\n2,"x2,ok\n${rows(3, 42)}\n`;
    const result = parseCsv(text, 'metrics.csv');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ severity: 'error', code: 'broken_quote', file: 'metrics.csv', line: 3, column: 'b' });
    expect(result.problems[0]!.message).toContain('后面的 40 行');
    expect(result.problems[0]!.message).toContain('第4行起已重新逐行读入');
    expect(result.problems[0]!.message).toContain('从 "x2,ok 开始');
    expect(result.records.map((r) => r.line)).toEqual([2, ...Array.from({ length: 40 }, (_, i) => 4 + i)]);
    expect(result.records[1]).toEqual({ line: 4, cells: ['3', 'x3', 'ok'] });
    expect(result.recordCount).toBe(42);
  });

  it('a quoted cell followed by more text ("法律九进"活动) is the same fault', () => {
    const text = 'a,b,c\n1,"法律九进"活动,ok\n2,y,ok\n3,z,ok\n';
    const result = parseCsv(text, 'x.csv');
    expect(result.problems).toEqual([expect.objectContaining({ code: 'broken_quote', line: 2, column: 'b' })]);
    expect(result.problems[0]!.message).toContain('后面的 2 行');
    expect(result.records.map((r) => r.cells[0])).toEqual(['2', '3']);
  });

  it('two stray quotes that pair up across lines: each is reported where it opens, nothing else is lost', () => {
    const text = 'a,b,c\n1,"x,ok\n2,y,ok\n3,"z,ok\n4,w,ok\n';
    const result = parseCsv(text, 'x.csv');
    expect(result.problems.map((p) => [p.code, p.line])).toEqual([
      ['broken_quote', 2],
      ['broken_quote', 4],
    ]);
    expect(result.records.map((r) => r.line)).toEqual([3, 5]);
  });

  it('keeps a real quoted cell that spans lines', () => {
    const result = parseCsv('a,b\n1,"two\nlines"\n2,z\n', 'x.csv');
    expect(result.problems).toEqual([]);
    expect(result.records).toEqual([
      { line: 2, cells: ['1', 'two\nlines'] },
      { line: 4, cells: ['2', 'z'] },
    ]);
  });

  it('in the header: the file cannot be read', () => {
    const result = parseCsv('a,"b,c\n1,2,3\n', 'x.csv');
    expect(result.header).toEqual([]);
    expect(result.records).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'broken_quote', line: 1 })]);
  });
});

describe('parseCsv: what spreadsheets and people do', () => {
  const header = ['township_id', 'year', 'metric', 'item', 'value', 'unit', 'bound', 'quote', 'note'];

  it.each([
    [';', '分号'],
    ['\t', '制表符'],
  ])('a file separated by %j is read, with one warning naming the separator', (sep, name) => {
    const text = [header.join(sep), ['bitu', '2024', 'outreach_events', '宣讲', '25', '次', 'at_least', '宣讲25余次，覆盖', ''].join(sep)].join('\n');
    const result = parseCsv(text, 'metrics.csv', { expectedHeader: header });
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'csv_delimiter', line: 1 })]);
    expect(result.problems[0]!.message).toContain(name);
    expect(result.header).toEqual(header);
    expect(result.records[0]!.cells[7]).toBe('宣讲25余次，覆盖');
  });

  it('a comma file whose quotes hold semicolons stays a comma file', () => {
    const result = parseCsv('township_id,year,quote\nbitu,2024,"a;b;c;d"\n', 'x.csv', { expectedHeader: ['township_id', 'year', 'quote'] });
    expect(result.problems).toEqual([]);
    expect(result.records[0]!.cells).toEqual(['bitu', '2024', 'a;b;c;d']);
  });

  it('an unquoted thousands separator names the value column, not the column it pushed the unit into', () => {
    const text = `${header.join(',')}\nbitu,2024,outreach_reach,受教群众,3,350,人次,exact,受教群众3350人次,\n`;
    const result = parseCsv(text, 'metrics.csv', { expectedHeader: header, numberColumns: ['value'] });
    expect(result.records).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'thousands_separator', line: 2, column: 'value' })]);
    expect(result.problems[0]!.message).toContain('“3,350”');
    expect(result.problems[0]!.message).toContain('写成 3350');
    expect(result.problems[0]!.message).not.toContain('bound');
  });

  it('has no row limit: 100,000 rows are all read', () => {
    const text = `a,b\n${Array.from({ length: 100_000 }, (_, i) => `${i},x`).join('\n')}\n`;
    const result = parseCsv(text, 'metrics.csv');
    expect(result.records).toHaveLength(100_000);
    expect(result.records[99_999]).toEqual({ line: 100_001, cells: ['99999', 'x'] });
    expect(result.problems).toEqual([]);
  }, 60_000);
});

describe('parseCsv: a refused record keeps the cells that can be read (issue 22)', () => {
  const header = ['township_id', 'year', 'metric', 'item', 'value', 'unit', 'bound', 'quote', 'note'];
  const parse = (line: string) =>
    parseCsv(`${header.join(',')}\nbitu,2024,outreach_events,宣讲,25,次,at_least,宣讲25余次,\n${line}\nbitu,2024,outreach_reach,群众,200,人,exact,群众200人,\n`, 'metrics.csv', {
      expectedHeader: header,
      numberColumns: ['value'],
    });

  it('a thousands comma: the row joined again, refused with its problem', () => {
    const result = parse('taerma,2024,outreach_materials,宣传资料,3,350,份,exact,全年共发放宣传资料3350份,');
    expect(result.records.map((r) => r.line)).toEqual([2, 4]);
    expect(result.refused).toEqual([
      {
        line: 3,
        cells: ['taerma', '2024', 'outreach_materials', '宣传资料', '3350', '份', 'exact', '全年共发放宣传资料3350份', ''],
        problems: [expect.objectContaining({ code: 'thousands_separator', line: 3 })],
      },
    ]);
    expect(result.problems).toEqual(result.refused[0]!.problems);
  });

  it('too many cells: the cells as split (the leading ones stay in their columns)', () => {
    const result = parse('taerma,2024,outreach_events,宣讲,25,次,at_least,宣讲25余次,共计,另有');
    expect(result.refused[0]!.cells.slice(0, 3)).toEqual(['taerma', '2024', 'outreach_events']);
    expect(result.refused[0]!.problems[0]!.code).toBe('csv_syntax');
  });

  it('too few cells: the cells there are', () => {
    const result = parse('taerma,2024,outreach_events,宣讲');
    expect(result.refused).toEqual([{ line: 3, cells: ['taerma', '2024', 'outreach_events', '宣讲'], problems: [expect.objectContaining({ code: 'csv_syntax' })] }]);
  });

  it('an unclosed quote: the cells before it and the broken cell up to its line end; the rows after it are read', () => {
    const result = parse('taerma,2024,outreach_reach,群众,2153,人,at_least,"受教群众达2153余人,按人计');
    expect(result.refused).toEqual([
      {
        line: 3,
        cells: ['taerma', '2024', 'outreach_reach', '群众', '2153', '人', 'at_least', '受教群众达2153余人,按人计'],
        problems: [expect.objectContaining({ code: 'broken_quote', line: 3, column: 'quote' })],
      },
    ]);
    expect(result.records.map((r) => r.line)).toEqual([2, 4]);
    expect(result.problems[0]!.message).toContain('第4行起已重新逐行读入');
  });

  it('after too many broken quotes, every later line is still a refused record of its own', () => {
    const broken = Array.from({ length: 101 }, (_, i) => `t${i},2024,outreach_events,"宣讲,1,次,exact,q,`).join('\n');
    const result = parseCsv(`${header.join(',')}\n${broken}\nlast,2024,outreach_reach,x,1,人,exact,q,\n`, 'metrics.csv', { expectedHeader: header });
    expect(result.refused).toHaveLength(102);
    expect(result.refused[101]).toMatchObject({ line: 103, cells: ['last', '2024', 'outreach_reach', 'x', '1', '人', 'exact', 'q', ''] });
    expect(result.refused[101]!.problems[0]!.message).toContain('不配对的引号太多');
    expect(result.recordCount).toBe(102);
  });
});
