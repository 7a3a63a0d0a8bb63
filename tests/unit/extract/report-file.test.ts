// Issue 18: reports as they arrive. The .docx and .pdf fixtures were made with
// LibreOffice (soffice --headless --convert-to) from real report texts
// (data/reports/taerma-2024.txt; the measured report huagong.txt, once with a
// table); scanned.pdf is a page of huagong.pdf rendered to an image and
// wrapped in a PDF without text; the encoded .txt files are real report texts
// converted with iconv. See tests/fixtures/extract/files/README.md.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseMetrics } from '../../../src/extract';
import { decodeTextBytes, documentXmlToText, htmlToText, pastedReportText, readReportFile } from '../../../src/report-file';
import { DATA_DIR, FIXTURE_DIR, shippedRules } from './helpers';

const FILES = `${FIXTURE_DIR}files/`;
const bytesOf = (name: string) => new Uint8Array(readFileSync(`${FILES}${name}`));
const huagong = readFileSync(`${FIXTURE_DIR}real-reports/measured/huagong.txt`, 'utf8');
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('.docx', () => {
  it('reads every paragraph of a real report in order', async () => {
    const read = await readReportFile(bytesOf('taerma-2024.docx'), 'taerma-2024.docx');
    const original = readFileSync(`${DATA_DIR}reports/taerma-2024.txt`, 'utf8');
    expect(read.kind).toBe('docx');
    expect(squeeze(read.text!)).toBe(squeeze(original));
  });

  it('reads a table in reading order, one row per line, so its figures are drafted', async () => {
    const read = await readReportFile(bytesOf('huagong-table.docx'), 'huagong-table.docx');
    const text = read.text!;
    const row = text.split('\n').find((line) => line === '开展普法宣传活动  12次');
    expect(row).toBeDefined();
    expect(text.split('\n')).toEqual(expect.arrayContaining(['项目  数量', '发放宣传资料  5000余份']));
    expect(text.indexOf('二是加强普法宣传')).toBeLessThan(text.indexOf(row!));
    expect(text.indexOf(row!)).toBeLessThan(text.indexOf('(二)加强组织领导'));
    const drafted = analyseMetrics(text, { rules: shippedRules() }).rows.map((r) => `${r.metric} ${r.value}`);
    expect(drafted).toEqual(expect.arrayContaining(['legal_literates 113', 'outreach_materials 5000']));
  });

  it('keeps nested tables and entities', () => {
    const xml =
      '<w:document><w:body><w:p><w:r><w:t>开展&amp;宣传</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t xml:space="preserve">3场</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>完</w:t></w:r></w:p></w:body></w:document>';
    expect(documentXmlToText(xml)).toBe('开展&宣传\n甲  3场\n完');
  });
});

// Loading pdf.js takes seconds on a busy machine.
describe('.pdf', { timeout: 60_000 }, () => {
  it('reads a text PDF of a real report, wrapped lines joined again', async () => {
    const read = await readReportFile(bytesOf('huagong.pdf'), 'huagong.pdf');
    expect(read.kind).toBe('pdf');
    expect(squeeze(read.text!)).toBe(squeeze(huagong));
    // The figures of the PDF are those of the text it was made from.
    const fromPdf = analyseMetrics(read.text!, { rules: shippedRules() }).rows.map((r) => `${r.metric} ${r.value} ${r.unit}`);
    const fromText = analyseMetrics(huagong, { rules: shippedRules() }).rows.map((r) => `${r.metric} ${r.value} ${r.unit}`);
    expect(fromPdf).toEqual(fromText);
  });

  it('refuses a scanned PDF with no text layer, saying so', async () => {
    const read = await readReportFile(bytesOf('scanned.pdf'), '扫描件.pdf');
    expect(read.text).toBeNull();
    expect(read.messages.join('')).toMatch(/没有可复制的文字.*扫描件/);
  });

  it('refuses a damaged PDF', async () => {
    const read = await readReportFile(new TextEncoder().encode('%PDF-1.4\n这不是完整的 PDF'), 'x.pdf');
    expect(read.text).toBeNull();
    expect(read.messages.join('')).toContain('PDF');
  });
});

describe('old Word and WPS files', () => {
  it('asks for an old .doc to be saved as .docx', async () => {
    const read = await readReportFile(bytesOf('huagong.doc'), 'huagong.doc');
    expect(read.text).toBeNull();
    expect(read.messages.join('')).toMatch(/旧版 Word（\.doc）或 WPS（\.wps）.*另存为.*\.docx/);
  });
});

describe('text encodings', () => {
  it('recognises Big5 instead of reading it as GBK gibberish', () => {
    const decoded = decodeTextBytes(bytesOf('litian-big5.txt'));
    const original = readFileSync(`${FIXTURE_DIR}real-reports/measured/litian.txt`, 'utf8');
    expect(decoded.encoding).toBe('big5');
    expect(decoded.text).toBe(original);
    expect(decoded.messages.join('')).toContain('Big5');
  });

  it('recognises UTF-16 without a byte-order mark, both byte orders', () => {
    for (const [name, encoding] of [
      ['huagong-utf16le.txt', 'utf-16le'],
      ['huagong-utf16be.txt', 'utf-16be'],
    ] as const) {
      const decoded = decodeTextBytes(bytesOf(name));
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(huagong);
    }
  });

  it('still reads UTF-8 and GBK as before', () => {
    expect(decodeTextBytes(new TextEncoder().encode(huagong)).text).toBe(huagong);
    const gbk = new Uint8Array([0xbf, 0xaa, 0xd5, 0xb9, 0xc6, 0xd5, 0xb7, 0xa8, 0xbb, 0xee, 0xb6, 0xaf, 0x31, 0x32, 0xb4, 0xce]); // 开展普法活动12次
    const decoded = decodeTextBytes(gbk);
    expect(decoded.encoding).toBe('gbk');
    expect(decoded.text).toBe('开展普法活动12次');
  });

  it('removes a few NUL and control characters, naming them', () => {
    const bytes = new TextEncoder().encode(`${huagong.slice(0, 200)}\u0000${huagong.slice(200)}\u0007`);
    const decoded = decodeTextBytes(bytes);
    expect(decoded.text).toBe(huagong);
    expect(decoded.messages.join('')).toMatch(/2 个控制字符（NUL、U\+0007）.*已删除/);
  });

  it('refuses bytes that are mostly control characters', () => {
    const bytes = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x41 : i % 7));
    const decoded = decodeTextBytes(bytes);
    expect(decoded.text).toBeNull();
    expect(decoded.messages.join('')).toMatch(/控制字符|编码/);
  });

  it('refuses a text of only blank and invisible characters', async () => {
    const read = await readReportFile(new TextEncoder().encode('\u200b\u200b \u3000\n\ufeff\u2060\u00a0'), '空白.txt');
    expect(read.text).toBeNull();
    expect(read.messages.join('')).toContain('看不见的字符');
  });
});

describe('a page pasted from a government website', () => {
  const page = `<html><body>
    <div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a></div>
    <div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 法治政府建设</div>
    <div class="article"><h1>化工镇人民政府2024年度法治政府建设工作总结</h1>
    <p>二是加强普法宣传。2024年，共开展普法宣传活动12次，悬挂横幅50余条，发放宣传资料5000余份。</p>
    <p>&nbsp;</p><p>目前该镇共有法律明白人113人。</p></div>
    <div class="share">分享到：微信 微博</div><script>var x = 1;</script>
    <footer>主办单位：某市人民政府 网站标识码 1234</footer></body></html>`;

  it('keeps the report and drops menus, breadcrumbs, share bars, scripts and footers', () => {
    const text = htmlToText(page);
    expect(text).toBe(
      ['化工镇人民政府2024年度法治政府建设工作总结', '二是加强普法宣传。2024年，共开展普法宣传活动12次，悬挂横幅50余条，发放宣传资料5000余份。', '目前该镇共有法律明白人113人。'].join('\n'),
    );
  });

  it('takes the clipboard HTML over its plain text, and reads a saved .html file the same way', async () => {
    const pasted = pastedReportText(page, '首页 政务公开 当前位置 … 发放宣传资料5000余份');
    expect(pasted.kind).toBe('html');
    expect(pasted.text).not.toContain('首页');
    const file = await readReportFile(new TextEncoder().encode(page), 'report.html');
    expect(file.text).toBe(pasted.text);
  });
});
