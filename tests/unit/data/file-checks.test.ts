// Issue 10 at the parse/validate level: what county staff do to the files in
// Excel, WPS and Notepad, each recognised with one clear Chinese message, and
// never an empty file passed off as "nothing reported". Fixtures are the
// fixture folder with one file edited in the test.

import { describe, expect, it } from 'vitest';
import { buildDataset, type Dataset, type Problem } from '../../../src/data/index';
import { truncatedFiles, unusableFiles } from '../../../src/data/file-status';
import { appendLine, encodeGbk, fixtureFiles, fixtureText, replaceLine } from './helpers';

const utf8 = new TextEncoder();
const codes = (dataset: Dataset): string[] => dataset.problems.map((p) => p.code);
const errors = (dataset: Dataset): Problem[] => dataset.problems.filter((p) => p.severity === 'error');

/** A UTF-8 text opened as ANSI (GBK) and saved again as UTF-8: valid UTF-8, garbled characters. */
const garbledAsUtf8 = (text: string): Uint8Array => utf8.encode(new TextDecoder('gbk').decode(utf8.encode(text)));

/** The same round trip saved as ANSI: the original bytes, with "?" where a byte could not be paired. */
function garbledAsAnsi(text: string): Uint8Array {
  const garbled = new TextDecoder('gbk').decode(utf8.encode(text));
  const bytes: number[] = [];
  for (const char of garbled) {
    try {
      bytes.push(...encodeGbk(char));
    } catch {
      bytes.push(0x3f); // what a save does with a character it cannot encode
    }
  }
  return new Uint8Array(bytes);
}

describe('no silent emptiness', () => {
  it('metrics.csv with only its header is an error naming the file, and the file counts as unusable', () => {
    const dataset = buildDataset(fixtureFiles({ metrics: 'township_id,year,metric,item,value,unit,bound,quote,note\r\n' }));
    expect(errors(dataset)).toEqual([expect.objectContaining({ code: 'file_no_rows', file: 'metrics.csv' })]);
    expect(errors(dataset)[0]!.message).toMatch(/^metrics\.csv：只有表头，没有数据行/);
    expect(unusableFiles(dataset)).toEqual([{ file: 'metrics.csv', reason: expect.stringContaining('只有表头') }]);
  });

  it('every row rejected is an error naming the file with the row count, beside each row’s own error', () => {
    const text = fixtureText('metrics.csv').replace(/\n(alpha|beta),/g, '\nnowhere,');
    const dataset = buildDataset(fixtureFiles({ metrics: text }));
    const fileLevel = dataset.problems.filter((p) => p.code === 'all_rows_rejected');
    expect(fileLevel).toEqual([expect.objectContaining({ severity: 'error', file: 'metrics.csv' })]);
    expect(fileLevel[0]!.message).toContain('7 行数据全部未能读入');
    expect(dataset.problems.filter((p) => p.code === 'unknown_township')).toHaveLength(7);
    expect(unusableFiles(dataset).map((u) => u.file)).toEqual(['metrics.csv']);
  });

  it('a file that gives some rows is not unusable', () => {
    const text = replaceLine(fixtureText('metrics.csv'), 2, 'nowhere,2024,outreach_events,集中宣讲,25,次,at_least,集中宣讲法律法规25余次,');
    const dataset = buildDataset(fixtureFiles({ metrics: text }));
    expect(codes(dataset)).toEqual(['unknown_township']);
    expect(unusableFiles(dataset)).toEqual([]);
  });

  it('a missing townships.csv: every table that refers to it still loads, and the reason is the missing file', () => {
    const dataset = buildDataset(fixtureFiles({ townships: null }), { townships: 'HTTP 404' });
    expect(unusableFiles(dataset)).toEqual([{ file: 'townships.csv', reason: expect.stringContaining('HTTP 404') }]);
  });
});

describe('a broken double quote in a table', () => {
  it('is reported where it opens; the rows after it load', () => {
    const lines = fixtureText('metrics.csv').split('\n');
    // Line 3's quote cell opens a quote that never closes.
    lines[2] = 'alpha,2024,outreach_reach,集中宣讲受教群众,2153,人,at_least,"受教群众达2153余人,按“人”计';
    const dataset = buildDataset(fixtureFiles({ metrics: lines.join('\n') }));
    const broken = dataset.problems.filter((p) => p.code === 'broken_quote');
    expect(broken).toEqual([expect.objectContaining({ file: 'metrics.csv', line: 3, column: 'quote' })]);
    expect(broken[0]!.message).toContain('后面的 5 行');
    expect(dataset.metrics.map((m) => m.source.line)).toEqual([2, 4, 5, 6, 7, 8]);
  });
});

describe('optional fields never sink a report', () => {
  const reports = fixtureText('reports.csv');

  it.each([
    ['2025/3/21', '2025-03-21'],
    ['2025-3-21', '2025-03-21'],
    ['2025年3月21日', '2025-03-21'],
  ])('published %s is read as %s without a problem', (written, iso) => {
    const dataset = buildDataset(fixtureFiles({ reports: reports.replace('2025-03-21', written) }));
    expect(dataset.problems).toEqual([]);
    expect(dataset.reports[0]!.published).toBe(iso);
  });

  it('a published date that cannot be read is a warning; the report and its figures stay', () => {
    const dataset = buildDataset(fixtureFiles({ reports: reports.replace('2025-03-21', '三月下旬') }));
    expect(dataset.problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'bad_date', line: 2, column: 'published' })]);
    expect(dataset.reports).toHaveLength(2);
    expect(dataset.reports[0]!.published).toBeNull();
    expect(dataset.metrics.filter((m) => m.townshipId === 'alpha')).toHaveLength(4);
  });

  it('2024年 in a year column is read as 2024 with a warning; the report keeps its figures', () => {
    const dataset = buildDataset(fixtureFiles({ reports: reports.replace('alpha,2024,', 'alpha,2024年,') }));
    expect(dataset.problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'year_suffix', file: 'reports.csv', line: 2 })]);
    expect(dataset.reports[0]!.year).toBe(2024);
    expect(dataset.metrics.filter((m) => m.townshipId === 'alpha')).toHaveLength(4);
  });

  it('a cell written the same way on consecutive rows is judged on each row (warning or error, with its own line)', () => {
    // tables.ts remembers each column's last cell: what it read must still be reported row by row.
    const metrics = fixtureText('metrics.csv').replace(/^alpha,2024,/gm, 'alpha,2024年,').replace(/,次,at_least,/, ',次,at_leest,').replace(/,人,at_least,/, ',人,at_leest,');
    const dataset = buildDataset(fixtureFiles({ metrics }));
    const yearWarnings = dataset.problems.filter((p) => p.code === 'year_suffix' && p.file === 'metrics.csv');
    expect(yearWarnings.map((p) => p.line)).toEqual([2, 3, 4, 5]);
    const boundErrors = dataset.problems.filter((p) => p.severity === 'error' && p.column === 'bound');
    expect(boundErrors.map((p) => p.line)).toEqual([2, 3]);
    expect(dataset.metrics.filter((m) => m.townshipId === 'alpha').map((m) => m.year)).toEqual([2024, 2024]);
  });

  it('ids that differ only in case are matched, each with a warning', () => {
    const dataset = buildDataset(
      fixtureFiles({
        townships: fixtureText('townships.csv').replace('\nalpha,', '\nAlpha,'),
        reports: reports.replace('\nbeta,', '\nBETA,'),
        metrics: fixtureText('metrics.csv').replace('alpha,2024,outreach_events', 'alpha,2024,Outreach_Events'),
        shortcomings: fixtureText('shortcomings.csv').replace('beta,2024,activity_form', 'Beta,2024,Activity_Form'),
      }),
    );
    expect(errors(dataset)).toEqual([]);
    expect(dataset.problems.map((p) => [p.code, p.file, p.line, p.column])).toEqual([
      ['id_case', 'townships.csv', 2, 'id'],
      ['id_case', 'reports.csv', 3, 'township_id'],
      ['id_case', 'metrics.csv', 2, 'metric'],
      ['id_case', 'shortcomings.csv', 3, 'township_id'],
      ['id_case', 'shortcomings.csv', 3, 'category'],
    ]);
    expect(dataset.townships.map((t) => t.id)).toEqual(['alpha', 'beta']);
    expect(dataset.reports).toHaveLength(2);
    expect(dataset.metrics).toHaveLength(7);
    expect(dataset.shortcomings.map((s) => [s.townshipId, s.category])).toEqual([
      ['alpha', 'legal_talent'],
      ['beta', 'activity_form'],
    ]);
  });
});

describe('what people do, one clear message each', () => {
  it('mojibake saved as UTF-8: an error that shows the garbled and the right text; the names are restored', () => {
    const text = fixtureText('townships.csv').replace('甲乡', '塔尔玛乡');
    const dataset = buildDataset(fixtureFiles({ townships: garbledAsUtf8(text) }));
    const mojibake = dataset.problems.filter((p) => p.code === 'encoding_mojibake');
    expect(mojibake).toEqual([expect.objectContaining({ severity: 'error', file: 'townships.csv' })]);
    expect(mojibake[0]!.message).toContain('按 ANSI（GBK）打开后又保存了');
    expect(mojibake[0]!.message).toMatch(/原文应为“.*塔尔玛乡.*”/);
    expect(dataset.townships.map((t) => t.name)).toEqual(['塔尔玛乡', '乙镇']);
  });

  it('mojibake saved as ANSI: one file error, the damaged rows refused with their line, the intact rows kept', () => {
    // 塔尔玛乡 (4 characters, 12 bytes) pairs up and survives; 乙镇县 (9 bytes) loses its last byte.
    const text = 'id,name,county,prefecture,province\nalpha,塔尔玛乡,申扎县县,那曲市市,西藏自治区区\nbeta,乙镇镇,乙县,乙市,乙省\n';
    const dataset = buildDataset(fixtureFiles({ townships: garbledAsAnsi(text) }));
    const fileLevel = dataset.problems.filter((p) => p.code === 'encoding_mojibake');
    expect(fileLevel).toEqual([expect.objectContaining({ severity: 'error', file: 'townships.csv' })]);
    expect(fileLevel[0]!.message).toContain('已损坏');
    expect(dataset.problems.filter((p) => p.code === 'bad_characters').map((p) => p.line)).toContain(3);
    expect(dataset.townships.map((t) => t.name)).toEqual(['塔尔玛乡']);
  });

  it('a real GBK file is still read with a warning, not taken for mojibake', () => {
    const dataset = buildDataset(fixtureFiles({ metrics: encodeGbk(fixtureText('metrics.csv')) }));
    expect(dataset.problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'encoding_gbk' })]);
    expect(dataset.metrics).toHaveLength(7);
  });

  it('a semicolon-separated file is read, with one warning instead of a missing-column error per column', () => {
    const semicolons = fixtureText('townships.csv').replace(/,/g, ';');
    const dataset = buildDataset(fixtureFiles({ townships: semicolons }));
    expect(dataset.problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'csv_delimiter', file: 'townships.csv' })]);
    expect(dataset.townships.map((t) => t.name)).toEqual(['甲乡', '乙镇']);
  });

  it('a tab-separated UTF-16 file (Excel "Unicode 文本") is read with two warnings', () => {
    const tabs = fixtureText('townships.csv').replace(/,/g, '\t');
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(tabs, (c) => c.charCodeAt(0)).buffer)]);
    const dataset = buildDataset(fixtureFiles({ townships: bytes }));
    expect(codes(dataset).sort()).toEqual(['csv_delimiter', 'encoding_utf16']);
    expect(dataset.townships).toHaveLength(2);
  });

  it('a Chinese header is one error that names the English header for each column', () => {
    const chinese = fixtureText('metrics.csv').replace(
      'township_id,year,metric,item,value,unit,bound,quote,note',
      '乡镇编号,年度,指标,分项,数值,单位,界限,原文,备注',
    );
    const dataset = buildDataset(fixtureFiles({ metrics: chinese }));
    expect(errors(dataset)).toEqual([expect.objectContaining({ code: 'header_chinese', file: 'metrics.csv', line: 1 })]);
    const message = errors(dataset)[0]!.message;
    for (const [zh, en] of [
      ['乡镇编号', 'township_id'],
      ['年度', 'year'],
      ['指标', 'metric'],
      ['分项', 'item'],
      ['数值', 'value'],
      ['单位', 'unit'],
      ['界限', 'bound'],
      ['原文', 'quote'],
      ['备注', 'note'],
    ]) {
      expect(message).toContain(`「${zh}」→ ${en}`);
    }
    expect(dataset.problems.filter((p) => p.code === 'column_missing')).toEqual([]);
  });

  it('a Chinese header with a column it cannot place says so', () => {
    const dataset = buildDataset(fixtureFiles({ townships: '编号,名称,县,市,省份,人口\nalpha,甲乡,甲县,甲市,甲省,1\n' }));
    const message = errors(dataset)[0]!.message;
    expect(message).toContain('「省份」→ province');
    expect(message).toContain('「人口」对不上任何一列');
  });

  it('"3,350" unquoted: the value column is named, not bound', () => {
    const text = appendLine(fixtureText('metrics.csv'), 'beta,2024,outreach_events,入户宣讲,3,350,次,exact,入户宣讲3350次,');
    const dataset = buildDataset(fixtureFiles({ metrics: text }));
    expect(dataset.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'thousands_separator', line: 9, column: 'value' })]);
  });

  it('has no row limit: 35,000 rows of one file (past the old 30,000) are all read', () => {
    const header = 'id,label,definition';
    const rows = Array.from({ length: 35_000 }, (_, i) => `c${i},类别${i},说明`);
    const dataset = buildDataset(fixtureFiles({ shortcomingCategories: `${header}\n${rows.join('\n')}\n` }));
    expect(dataset.shortcomingCategories).toHaveLength(35_000);
    expect(dataset.problems.filter((p) => p.file === 'shortcoming-categories.csv')).toEqual([]);
  }, 60_000);

  it('past the byte limit, each later line is a refused row of its township, year and metric; one error names the first', () => {
    const text = fixtureText('metrics.csv');
    const lines = text.replace(/\n$/, '').split('\n');
    // The limit falls inside line 6: lines 6–8 are beyond it.
    const limit = new TextEncoder().encode(lines.slice(0, 5).join('\n')).length + 10;
    const dataset = buildDataset(fixtureFiles({ metrics: text }), {}, { byteLimits: { read: limit, scanned: 2 * limit + 1000 } });
    expect(dataset.metrics.map((m) => m.source.line)).toEqual([2, 3, 4, 5]);
    const refused = dataset.problems.filter((p) => p.code === 'file_too_large');
    expect(refused).toEqual([expect.objectContaining({ severity: 'error', file: 'metrics.csv', line: 6 })]);
    expect(refused[0]!.message).toContain('3 行未读入');
    expect(dataset.rejectedMetricRows!.map((r) => [r.source.line, r.townshipId, r.year, r.metric])).toEqual(
      lines.slice(5).map((line, i) => [6 + i, ...line.split(',').slice(0, 3).map((c, k) => (k === 1 ? Number(c) : c))]),
    );
    expect(truncatedFiles(dataset)).toEqual(['metrics.csv']);
  });

  it('a file over the scanned limit is not read at all, and is unusable', () => {
    const dataset = buildDataset(fixtureFiles(), {}, { byteLimits: { read: 100, scanned: 200 } });
    expect(dataset.problems.filter((p) => p.code === 'file_too_large' && p.file === 'metrics.csv')).toEqual([
      expect.objectContaining({ severity: 'error', file: 'metrics.csv' }),
    ]);
    expect(unusableFiles(dataset).map((u) => u.file)).toContain('metrics.csv');
  });
});
