// 导出Word and 导出Excel (issue 13) on the built site. The .docx is opened in a
// real word processor (LibreOffice headless) and converted to PDF; the PDF must
// be A4 throughout and carry every township, every finding, the ≥ and 未报告
// marks, the sources lines and the endnotes the page shows. The pages are
// written as PNGs (test-output/word/) for a person to look at. The .xlsx is read
// back with exceljs: one sheet per table, numbers as numbers, marks in their
// own column, formula-like text as plain strings.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { foreignRequests, gotoAndWait, openPageForFile, screenshotPath, siteUrl, type OpenedPage } from './helpers';
import { officeToPdf, pdfPageSizes } from './office';
import { pdfInfo, pdfPageTexts, pdfToPngs, squash } from './pdf';
import { FORMULA_TOWNSHIP_NAMES } from './formula-data';
import { HOSTILE_SHORTCOMING_QUOTE, HOSTILE_TOWNSHIP_NAME } from './hostile-data';
import { readCsvRows, townshipsWithReport, type SiteName } from './site-data';
import { docxRowProblems, docxTables, pageTables, townshipRowProblems, waitForQuoteCheck, xlsxRowProblems, type SheetValues } from './row-checks';

/** A4 in points, either way round (LibreOffice writes 595.3 × 841.9). */
const A4_PT = { short: 595.3, long: 841.9 };

let opened: OpenedPage;
let page: Page;

openPageForFile((o) => {
  opened = o;
  page = o.page;
});

async function download(p: Page, button: Locator): Promise<{ name: string; file: string; bytes: Buffer }> {
  const [event] = await Promise.all([p.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  const name = event.suggestedFilename();
  const file = join(inject('outputDir'), 'word', name);
  mkdirSync(dirname(file), { recursive: true });
  await event.saveAs(file);
  return { name, file, bytes: readFileSync(file) };
}

function townshipNames(site: SiteName): string[] {
  return readCsvRows(site, 'townships.csv').map((row) => row.name ?? '');
}

function isA4(size: { widthPt: number; heightPt: number }): boolean {
  const [short, long] = [Math.min(size.widthPt, size.heightPt), Math.max(size.widthPt, size.heightPt)];
  return Math.abs(short - A4_PT.short) < 1.5 && Math.abs(long - A4_PT.long) < 1.5;
}

/** What the brief on the page says, which the Word document must say too. */
async function briefFacts(p: Page) {
  return {
    findings: await p.locator('.brief__finding').allTextContents(),
    endnotes: await p.locator('.brief__endnotes li').allTextContents(),
    sources: await printedSources(p),
    chartTitles: await p.locator('.chart-card__heading').allTextContents(),
    footnotes: await p.locator('.chart-card__notes li').allTextContents(),
  };
}

/** The charts' sources lines, which the page writes in print mode only (they print under each chart). */
async function printedSources(p: Page): Promise<string[]> {
  await p.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  try {
    return (await p.locator('.chart-card__sources .print-only').allTextContents()).map((text) => text.replace(/；$/, ''));
  } finally {
    await p.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  }
}

/** The .docx's own parts: document XML and the pictures in word/media. */
function docxParts(bytes: Buffer) {
  const files = unzipSync(new Uint8Array(bytes));
  const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
  return { files, document: strFromU8(files['word/document.xml']!), fontTable: strFromU8(files['word/fontTable.xml']!), media };
}

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('导出Word: the brief as a .docx a word processor opens', () => {
  it('makes an A4 document with every township, finding, mark, source and endnote of the brief', async () => {
    await gotoAndWait(page, siteUrl('shipped', '#view=brief'));
    const facts = await briefFacts(page);
    expect(facts.findings.length).toBeGreaterThan(3);

    const { name, file, bytes } = await download(page, page.getByRole('button', { name: '导出Word' }));
    expect(name).toBe('乡镇法治政府建设情况简报-2024.docx');
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已生成' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('word-export-brief'), clip: { x: 0, y: 0, width: 1440, height: 700 } });

    // Inside the file: one 2× picture per chart, real tables whose header row repeats, the GB/T page.
    const parts = docxParts(bytes);
    expect(parts.media.length).toBe(facts.chartTitles.length);
    for (const picture of parts.media) {
      const size = pngSize(parts.files[picture]!);
      expect(size.width).toBeGreaterThanOrEqual(1100);
    }
    expect((parts.document.match(/<w:tbl>/g) ?? []).length).toBe(facts.chartTitles.length);
    // Caption row and header row repeat on every page the table runs over.
    expect((parts.document.match(/<w:tblHeader\/>/g) ?? []).length).toBe(2 * facts.chartTitles.length);
    expect(parts.document).toContain('w:eastAsia="仿宋"');
    expect(parts.document).toMatch(/<w:pgMar w:top="2098"[^>]*w:bottom="1984"[^>]*w:left="1587"/);
    expect(parts.fontTable).toContain('w:name="方正小标宋简体"');
    // Row by row: each table of the page is a Word table with the same rows, township and figure in one row.
    await waitForQuoteCheck(page);
    const tables = await pageTables(page);
    expect(tables.length).toBe(facts.chartTitles.length);
    expect(townshipRowProblems(tables, townshipsWithReport('shipped', '2024'))).toEqual([]);
    expect(docxRowProblems(docxTables(parts.document), tables)).toEqual([]);

    // In a real word processor.
    const pdf = officeToPdf(file, join(inject('outputDir'), 'word'));
    const info = pdfInfo(pdf);
    expect(info.pages).toBeGreaterThan(3);
    const sizes = pdfPageSizes(pdf, info.pages);
    expect(sizes.length).toBe(info.pages);
    for (const size of sizes) expect(isA4(size), `page ${JSON.stringify(size)} is A4`).toBe(true);
    // The wide matrix table is on a landscape page, the rest portrait.
    expect(sizes.some((size) => size.widthPt > size.heightPt)).toBe(true);
    expect(sizes[0]!.widthPt).toBeLessThan(sizes[0]!.heightPt);
    const pngDir = join(inject('outputDir'), 'word');
    for (const old of readdirSync(pngDir).filter((name) => /^brief-page-\d+\.png$/.test(name))) rmSync(join(pngDir, old));
    pdfToPngs(pdf, join(pngDir, 'brief-page'), 50);

    const texts = pdfPageTexts(pdf);
    const all = squash(texts.join('\n'));
    for (const township of townshipNames('shipped')) expect(all, township).toContain(township);
    for (const finding of facts.findings) expect(all, finding).toContain(squash(finding));
    for (const title of facts.chartTitles) expect(all, title).toContain(squash(title));
    expect(facts.sources.filter((text) => text !== '').length, 'charts with a sources line').toBe(facts.chartTitles.length);
    for (const sources of facts.sources) expect(all, sources).toContain(squash(sources));
    for (const note of facts.footnotes) expect(all, note).toContain(squash(note));
    for (const note of facts.endnotes) expect(all, note).toContain(squash(note));
    expect(all).toContain('≥');
    expect(all).toContain('未报告');
    // Page numbers in the footer: "— 1 —" … on every page.
    texts.forEach((text, index) => expect(squash(text), `page ${index + 1}`).toContain(`—${index + 1}—`));
  });

  it('scales to many townships and years: every township, tables running over pages repeat caption and header', async () => {
    await gotoAndWait(page, siteUrl('generated', '#view=brief'));
    const chartCount = await page.locator('figure.chart-card').count();
    const { name, file, bytes } = await download(page, page.getByRole('button', { name: '导出Word' }));
    expect(name).toMatch(/^乡镇法治政府建设情况简报-.*\.docx$/);
    expect((docxParts(bytes).document.match(/<pic:pic /g) ?? []).length).toBe(chartCount);
    const pdf = officeToPdf(file, join(inject('outputDir'), 'word', 'generated'));
    const info = pdfInfo(pdf);
    for (const size of pdfPageSizes(pdf, info.pages)) expect(isA4(size)).toBe(true);
    const pages = pdfPageTexts(pdf).map(squash);
    const all = pages.join('');
    // Every township: compared, or named once in the "尚无…年报告" line.
    for (const township of townshipNames('generated')) expect(all, township).toContain(township);
    // The first table runs over several pages; each of them starts with its caption and header row.
    const caption = squash('表1　');
    const withCaption = pages.filter((text) => text.includes(caption) && text.includes('乡镇合计报告所列分项'));
    expect(withCaption.length).toBeGreaterThan(1);
    pdfToPngs(pdf, join(inject('outputDir'), 'word', 'generated', 'page'), 40);
  });

  it('names the file after the selection and keeps hostile text as text', async () => {
    await gotoAndWait(page, siteUrl('hostile', `#view=brief&t=${inject('hostileTownshipId')}`));
    const { name, file, bytes } = await download(page, page.getByRole('button', { name: '导出Word' }));
    // One township chosen: it is named (characters a file system refuses become "_").
    expect(name).toMatch(/^乡镇法治政府建设情况简报-碧土乡.*-2024\.docx$/);
    expect(name).not.toMatch(/[<>"]/);
    // The markup is text in the document (escaped by docx), and the word processor shows it as such.
    expect(docxParts(bytes).document).toContain(escapeXmlText(HOSTILE_TOWNSHIP_NAME));
    const all = squash(pdfPageTexts(officeToPdf(file, join(inject('outputDir'), 'word'))).join('\n'));
    expect(all).toContain(squash(HOSTILE_TOWNSHIP_NAME));
    expect(all).toContain(squash(HOSTILE_SHORTCOMING_QUOTE));
  });
});

function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Every cell of a worksheet as [row][column] (1-based in exceljs, 0-based here). */
function sheetRows(sheet: ExcelJS.Worksheet): ExcelJS.Cell[][] {
  const rows: ExcelJS.Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: ExcelJS.Cell[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) cells.push(row.getCell(column));
    rows.push(cells);
  });
  return rows;
}

async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as the older Buffer type; an ArrayBuffer copy satisfies both.
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

/** Every sheet as plain values: numbers stay numbers, empty cells are null, the rest is text. */
function sheetValues(workbook: ExcelJS.Workbook): Map<string, SheetValues> {
  return new Map(
    workbook.worksheets.map((sheet) => [
      sheet.name,
      sheetRows(sheet).map((row) => row.map((cell) => (typeof cell.value === 'number' ? cell.value : cell.value === null || cell.value === undefined ? null : cell.text))),
    ]),
  );
}

describe('导出Word and 导出Excel with 数据有误 and incomplete totals', () => {
  it('carries 数据有误 and “另有N项数据有误” in the township’s own row of the .docx and the .xlsx', async () => {
    const states = inject('statesRows');
    await gotoAndWait(page, siteUrl('states', `#view=brief&year=${states.year}`));
    await waitForQuoteCheck(page);
    const tables = await pageTables(page);
    const rows = tables.flatMap((table) => table.rows);
    // The states this data set is for are on the page: an incomplete total and a figure that could not be read.
    expect(rows.filter((row) => row.header === states.townshipName && row.note === '另有1项数据有误').length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.header === states.townshipName && row.value === '数据有误').length).toBeGreaterThan(0);
    expect(townshipRowProblems(tables, townshipsWithReport('states', String(states.year)), townshipsWithReport('states', null))).toEqual([]);

    const word = await download(page, page.getByRole('button', { name: '导出Word' }));
    expect(docxRowProblems(docxTables(docxParts(word.bytes).document), tables)).toEqual([]);
    // In a real word processor too: the incomplete total and 数据有误 print.
    const text = squash(pdfPageTexts(officeToPdf(word.file, join(inject('outputDir'), 'word', 'states'))).join('\n'));
    expect(text).toContain('另有1项数据有误');
    expect(text).toContain('数据有误');

    const excel = await readWorkbook((await download(page, page.getByRole('button', { name: '导出Excel' }))).bytes);
    const { problems, compared } = xlsxRowProblems(sheetValues(excel), tables);
    expect(problems).toEqual([]);
    expect(compared).toBeGreaterThan(0);
  });
});

describe('导出Excel: every table of the view, one sheet each', () => {
  it('writes the outreach tables with numbers as numbers, marks apart and formula-like text as strings', async () => {
    await gotoAndWait(page, siteUrl('formula', '#view=outreach'));
    const titles = await page.locator('.chart-card__heading').allTextContents();
    const { name, bytes } = await download(page, page.getByRole('button', { name: '导出Excel' }));
    expect(name).toMatch(/^乡镇法治政府建设情况对比-普法宣传-.*\.xlsx$/);
    const workbook = await readWorkbook(bytes);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names[0]).toBe('说明');
    expect(names.length).toBe(1 + titles.length);

    const events = workbook.worksheets[1]!;
    const rows = sheetRows(events);
    const header = rows[0]!.map((cell) => String(cell.value ?? ''));
    expect(header.slice(0, 2)).toEqual(['乡镇', '年度']);
    const valueColumn = 2;
    const markColumn = header.indexOf(`${header[valueColumn]}标记`);
    expect(markColumn).toBe(valueColumn + 1);
    let numbers = 0;
    for (const row of rows.slice(1)) {
      const value = row[valueColumn]!;
      const mark = String(row[markColumn]!.value ?? '');
      if (mark === '未报告') expect(value.value ?? null).toBeNull();
      else {
        expect(value.type).toBe(ExcelJS.ValueType.Number);
        numbers += 1;
      }
      expect(row[1]!.type).toBe(ExcelJS.ValueType.Number);
    }
    expect(numbers).toBeGreaterThan(0);
    expect(rows.slice(1).map((row) => String(row[markColumn]!.value ?? ''))).toContain('≥');

    // No cell anywhere is a formula; the formula-looking names are there, unchanged, as strings.
    const texts: string[] = [];
    for (const sheet of workbook.worksheets) {
      for (const row of sheetRows(sheet)) {
        for (const cell of row) {
          expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (cell.type === ExcelJS.ValueType.String) texts.push(String(cell.value));
        }
      }
    }
    for (const payload of Object.values(FORMULA_TOWNSHIP_NAMES)) expect(texts).toContain(payload);
    // A silent township: 未报告 in the mark column of the reach sheet, never 0.
    const reach = sheetRows(workbook.worksheets[2]!);
    const silent = reach.slice(1).filter((row) => row[3]!.value === '未报告');
    expect(silent.length).toBeGreaterThan(0);
    for (const row of silent) expect(row[2]!.value ?? null).toBeNull();
  });

  it('writes the brief’s tables and the overview', async () => {
    await gotoAndWait(page, siteUrl('shipped', '#view=brief'));
    const brief = await readWorkbook((await download(page, page.getByRole('button', { name: '导出Excel' }))).bytes);
    const names = brief.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(['说明', '矛盾纠纷与调解成功率', '各类问题被提及情况']));
    const allText = brief.worksheets.flatMap((sheet) => sheetRows(sheet).flat().map((cell) => String(cell.value ?? '')));
    for (const township of townshipNames('shipped')) expect(allText).toContain(township);
    // Row by row: each township's figure in its own row of the table's sheet.
    const { problems, compared } = xlsxRowProblems(sheetValues(brief), await pageTables(page));
    expect(problems).toEqual([]);
    expect(compared).toBeGreaterThan(0);

    await gotoAndWait(page, siteUrl('shipped', '#view=overview'));
    const overview = await download(page, page.getByRole('button', { name: '导出Excel' }));
    expect(overview.name).toBe('乡镇法治政府建设情况对比-概览-2024.xlsx');
    expect((await readWorkbook(overview.bytes)).worksheets.map((sheet) => sheet.name)).toEqual(['说明', '概览']);
  });

  it('raised no page error and made no request elsewhere', () => {
    expect(opened.record.pageErrors).toEqual([]);
    expect(opened.record.consoleErrors).toEqual([]);
    expect(opened.record.cspViolations).toEqual([]);
    expect(foreignRequests(opened.record)).toEqual([]);
  });
});
