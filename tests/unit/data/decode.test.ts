import { describe, expect, it } from 'vitest';
import { decodeBytes, normaliseLineEnds } from '../../../src/data/decode';
import { encodeGbk } from './helpers';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const withBom = (bytes: Uint8Array): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);

describe('decodeBytes', () => {
  it('reads UTF-8 without problems', () => {
    expect(decodeBytes(utf8('id,name\ntaerma,塔尔玛乡\n'), 'townships.csv')).toEqual({
      text: 'id,name\ntaerma,塔尔玛乡\n',
      problems: [],
    });
  });

  it('accepts and strips a UTF-8 BOM', () => {
    const result = decodeBytes(withBom(utf8('id,name\n')), 'townships.csv');
    expect(result.text).toBe('id,name\n');
    expect(result.problems).toEqual([]);
  });

  it('decodes hand-checked GBK bytes (中文, 塔尔玛乡) and warns to save as UTF-8', () => {
    // 中文 = D6D0 CEC4 and 塔尔玛乡 = CBFE B6FB C2EA CFE7 in GBK.
    const bytes = new Uint8Array([
      0x69, 0x64, 0x2c, 0xd6, 0xd0, 0xce, 0xc4, 0x0a, // "id,中文\n"
      0x74, 0x2c, 0xcb, 0xfe, 0xb6, 0xfb, 0xc2, 0xea, 0xcf, 0xe7, 0x0a, // "t,塔尔玛乡\n"
    ]);
    const result = decodeBytes(bytes, 'townships.csv');
    expect(result.text).toBe('id,中文\nt,塔尔玛乡\n');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ severity: 'warning', code: 'encoding_gbk', file: 'townships.csv' });
    expect(result.problems[0]!.message).toContain('GBK');
    expect(result.problems[0]!.message).toContain('UTF-8');
  });

  it('test helper encodeGbk agrees with the hand-checked bytes', () => {
    expect([...encodeGbk('中文')]).toEqual([0xd6, 0xd0, 0xce, 0xc4]);
    expect([...encodeGbk('碧土乡')]).toEqual([0xb1, 0xcc, 0xcd, 0xc1, 0xcf, 0xe7]);
  });

  it.each([
    ['empty', new Uint8Array([])],
    ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf])],
    ['only whitespace', utf8(' \r\n\n ')],
  ])('a file that is %s is file_empty', (_name, bytes) => {
    const result = decodeBytes(bytes, 'metrics.csv', { expectedHeader: ['a', 'b'] });
    expect(result.text).toBeNull();
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'file_empty', file: 'metrics.csv' }),
    ]);
    expect(result.problems[0]!.message).toContain('a,b');
  });

  it.each([
    ['an .xlsx (zip)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'Excel'],
    ['an old .xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1], 'Excel'],
    ['a PDF', [...utf8('%PDF-1.7\n')], 'PDF'],
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG'],
    ['unknown binary with NUL bytes', [0x01, 0x02, 0x00, 0x41], '二进制'],
  ])('%s is not_csv, naming what it looks like', (_name, bytes, kind) => {
    const result = decodeBytes(new Uint8Array(bytes), 'metrics.csv');
    expect(result.text).toBeNull();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ severity: 'error', code: 'not_csv' });
    expect(result.problems[0]!.message).toContain(kind);
    expect(result.problems[0]!.message).toContain('CSV UTF-8');
  });

  it.each(['<!DOCTYPE html><html><body>404 Not Found</body></html>', '\n  <html lang="zh"><head>', '<?xml version="1.0"?><Workbook>'])(
    'an HTML or XML page served instead of the CSV is not_csv: %s',
    (page) => {
      const result = decodeBytes(utf8(page), 'metrics.csv');
      expect(result.text).toBeNull();
      expect(result.problems[0]).toMatchObject({ code: 'not_csv', severity: 'error' });
      expect(result.problems[0]!.message).toContain('HTML');
    },
  );

  it('a UTF-16 file (Excel "Unicode text") is read, with a warning that says how to save it', () => {
    const text = 'id,name\ntaerma,塔尔玛乡\n';
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
    for (const [bytes, label] of [
      [le, 'with BOM'],
      [le.subarray(2), 'without BOM'],
    ] as const) {
      const result = decodeBytes(bytes, 'townships.csv');
      expect(result.text, label).toBe(text);
      expect(result.problems, label).toEqual([expect.objectContaining({ severity: 'warning', code: 'encoding_utf16' })]);
      expect(result.problems[0]!.message).toContain('另存为“CSV UTF-8（逗号分隔）”');
    }
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x4e, 0x2d]);
    expect(decodeBytes(be, 'x.csv').text).toBe('a中');
  });

  it('a UTF-16 report text is read, and told to be saved as UTF-8 (not as CSV)', () => {
    const text = '一、2024年开展普法宣传25次。';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
    const result = decodeBytes(bytes, 'reports/a.txt', { kind: 'text' });
    expect(result.text).toBe(text);
    expect(result.problems[0]!.message).toContain('编码选 UTF-8');
    expect(result.problems[0]!.message).not.toContain('CSV');
  });

  it('words problems for report texts without talking about CSV', () => {
    const result = decodeBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46]), 'reports/a.txt', { kind: 'text' });
    expect(result.problems[0]!.message).toContain('不是文本文件');
    expect(result.problems[0]!.message).not.toContain('CSV');
  });
});

describe('normaliseLineEnds', () => {
  it('strips a BOM and turns CRLF and CR into LF', () => {
    expect(normaliseLineEnds('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
});

describe('decodeBytes: mojibake is not suspected in real text', () => {
  it('the shipped CSVs and reports decode without an encoding problem', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { SHIPPED_DATA_DIR } = await import('./helpers');
    const files = [
      ...readdirSync(SHIPPED_DATA_DIR).filter((f) => f.endsWith('.csv')),
      ...readdirSync(join(SHIPPED_DATA_DIR, 'reports')).map((f) => `reports/${f}`),
    ];
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      const result = decodeBytes(new Uint8Array(readFileSync(join(SHIPPED_DATA_DIR, file))), file, { kind: file.endsWith('.txt') ? 'text' : 'csv' });
      expect(result.problems, file).toEqual([]);
    }
  });
});
