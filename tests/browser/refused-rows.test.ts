// Issue 22 on the built site: a metrics.csv row the page refuses is attributed
// to the figure it belongs to, which then reads 数据有误 (or its total
// "另有1项数据有误") — on the page, in print, in the CSV, Excel and Word
// exports — never 未报告; a row that belongs to no township still counts in
// its year's scope line; and check-data lists what the page lists.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { gotoAndWait, openPageForFile, screenshotPath, type OpenedPage } from './helpers';
import { pdfPageTexts, pdfToPngs, squash } from './pdf';
import { PROJECT_ROOT } from './site';

let opened: OpenedPage;
let page: Page;

openPageForFile((o) => {
  opened = o;
  page = o.page;
});

const sites = inject('dataErrorSites').refused;
const urlOf = (site: keyof typeof sites.paths, hash: string): string => `${inject('origin')}${sites.paths[site]}${hash}`;
const card = (p: Page, chartId: string): Locator => p.locator(`figure.chart-card[data-chart-id="${chartId}"]`);

/** The table row of a township in a chart card's table, as text. */
async function tableRow(p: Page, chartId: string, township: string): Promise<string> {
  const rows = await card(p, chartId).locator('.chart-card__table tbody tr').allTextContents();
  const row = rows.find((r) => r.includes(township));
  expect(row, `${chartId}: row of ${township}`).toBeDefined();
  return row!;
}

async function download(p: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [event] = await Promise.all([p.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  const name = event.suggestedFilename();
  const target = join(inject('outputDir'), 'exports', `refused-${name}`);
  await event.saveAs(target);
  return { name, bytes: readFileSync(target) };
}

describe('a thousands comma (3,350): 塔尔玛乡’s 发放普法资料 reads 数据有误 everywhere', () => {
  const materials = 'outreach:outreach_materials';

  it('on the page: the chart table and the problem, not 未报告', async () => {
    await gotoAndWait(page, urlOf('thousands', '#view=outreach'));
    const row = await tableRow(page, materials, '塔尔玛乡');
    expect(row).toContain('数据有误');
    expect(row).not.toContain('未报告');
    expect(await card(page, materials).textContent()).not.toMatch(/塔尔玛乡[^乡镇]*未报告/);
    await card(page, materials).screenshot({ path: screenshotPath('refused-thousands-materials') });
    expect(opened.record.pageErrors).toEqual([]);
  });

  it('in the CSV of the chart’s table', async () => {
    await gotoAndWait(page, urlOf('thousands', '#view=outreach'));
    const { bytes } = await download(page, card(page, materials).getByRole('button', { name: '下载表格CSV' }));
    const rows = Papa.parse<string[]>(bytes.subarray(3).toString('utf8'), { skipEmptyLines: true }).data;
    const taerma = rows.find((r) => r[0] === '塔尔玛乡')!;
    expect(taerma.join(',')).toContain('数据有误');
    expect(taerma.join(',')).not.toContain('未报告');
  });

  it('in the Excel workbook', async () => {
    await gotoAndWait(page, urlOf('thousands', '#view=outreach'));
    const { bytes } = await download(page, page.getByRole('button', { name: '导出Excel' }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const rowsOfTaerma: string[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => {
        const cells = (row.values as unknown[]).map((v) => String(v ?? ''));
        if (cells.includes('塔尔玛乡')) rowsOfTaerma.push(`${sheet.name}: ${cells.join('|')}`);
      });
    }
    const materialsRow = rowsOfTaerma.find((r) => r.includes('数据有误'));
    expect(materialsRow, rowsOfTaerma.join('\n')).toBeDefined();
  });

  it('in print (PDF), looked at as PNG', async () => {
    await gotoAndWait(page, urlOf('thousands', '#view=outreach'));
    const file = join(inject('outputDir'), 'print', 'refused-thousands-outreach.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    pdfToPngs(file, join(inject('outputDir'), 'print', 'refused-thousands-outreach'));
    const text = squash(pdfPageTexts(file).join('\n').normalize('NFKC'));
    expect(text).toContain('数据有误');
  });

  it('in the Word brief', async () => {
    await gotoAndWait(page, urlOf('thousands', '#view=brief'));
    const { bytes } = await download(page, page.getByRole('button', { name: '导出Word' }));
    const document = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
    const text = document.replace(/<[^>]+>/g, '');
    expect(text).toContain('数据有误');
  });
});

describe('a township id a letter off (tarma)', () => {
  it('塔尔玛乡’s 普法受众 is ≥4250人 marked 另有1项数据有误, and the problem asks 是否应为 taerma？', async () => {
    await gotoAndWait(page, urlOf('township', '#view=outreach'));
    const row = await tableRow(page, 'outreach:outreach_reach', '塔尔玛乡');
    expect(row).toContain('4250');
    expect(row).toContain('另有1项数据有误');
    const problems = await page.locator('details.problems tbody tr').allTextContents();
    expect(problems.some((p) => p.includes('是否应为 taerma？'))).toBe(true);
    await card(page, 'outreach:outreach_reach').screenshot({ path: screenshotPath('refused-township-reach') });
  });
});

describe('a row that belongs to no township', () => {
  it('its year’s scope line and the views’ note say the year has a row that could not be read', async () => {
    await gotoAndWait(page, urlOf('unattributed', '#view=outreach'));
    expect(await page.locator('.year-coverage').textContent()).toContain('另有1行数据无法读取');
    expect(await page.locator('[data-testid="unread-rows-note"]').textContent()).toContain('2024年的数据中有1行无法读取');
    await gotoAndWait(page, urlOf('unattributed', '#view=brief'));
    expect(await page.locator('[data-testid="unread-rows-note"]').textContent()).toContain('2024年的数据中有1行无法读取');
    await page.screenshot({ path: screenshotPath('refused-unattributed-brief') });
    const { bytes } = await download(page, page.getByRole('button', { name: '导出Word' }));
    const text = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!).replace(/<[^>]+>/g, '');
    expect(text).toContain('2024年的数据中有1行无法读取');
  });
});

describe('the page and check-data agree on refused rows', () => {
  const checkData = (dir: string): Promise<string[]> =>
    new Promise((done) => {
      execFile(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), [join(PROJECT_ROOT, 'scripts/check-data.ts'), dir], { cwd: PROJECT_ROOT }, (_error, stdout) => {
        done(stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.slice(2)));
      });
    });

  it.each(['thousands', 'township', 'unattributed'] as const)('%s: the same problems', async (site) => {
    await gotoAndWait(page, urlOf(site, '#view=outreach'));
    await expect.poll(() => page.locator('[data-quote-check]').count(), { timeout: 30_000 }).toBe(1);
    const panel = (
      await page.locator('details.problems tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')))
    ).map(([severity, file, line, column, detail]) => `${file}${line === '—' ? '' : `:${line}`}${column === '—' ? '' : ` [${column}]`} ${severity}：${detail}`);
    const cli = await checkData(sites.dataDirs[site]);
    expect(panel.sort()).toEqual(cli.sort());
    expect(panel.some((l) => l.startsWith(`metrics.csv:${sites.lines[site]}`))).toBe(true);
  });
});
