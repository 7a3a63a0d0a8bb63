// Exports (issue 4): each table as CSV for Excel and WPS, each chart as PNG
// (2×) and SVG, against a data set whose township names, items and quotes look
// like spreadsheet formulas (tests/browser/formula-data.ts). Downloads are
// caught with Playwright's download event and read back from disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { foreignRequests, gotoAndWait, openPageForFile, siteUrl, type OpenedPage } from './helpers';
import { FORMULA_ITEM, FORMULA_QUOTE_PREFIX, FORMULA_SHORTCOMING_QUOTE, FORMULA_TOWNSHIP_NAMES } from './formula-data';
import { readCsvRows } from './site-data';

const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];
const BOM = [0xef, 0xbb, 0xbf];

let opened: OpenedPage;
let page: Page;

openPageForFile((o) => {
  opened = o;
  page = o.page;
});

function card(p: Page, chartId: string): Locator {
  return p.locator(`figure.chart-card[data-chart-id="${chartId}"]`);
}

/** Clicks a button and returns the downloaded file's name and bytes (kept in test-output/exports/ for review). */
async function download(p: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [event] = await Promise.all([p.waitForEvent('download', { timeout: 20_000 }), button.click()]);
  const name = event.suggestedFilename();
  // The browser runs as a server (global-setup.ts): the file has to be streamed over.
  const target = join(inject('outputDir'), 'exports', name);
  await event.saveAs(target);
  return { name, bytes: readFileSync(target) };
}

/** BOM, then CSV that parses cleanly; returns the rows (header first). */
function readExportedCsv(bytes: Buffer): { rows: string[][]; text: string } {
  expect([...bytes.subarray(0, 3)]).toEqual(BOM);
  const text = bytes.subarray(3).toString('utf8');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { rows: parsed.data, text };
}

/** No cell that a spreadsheet would run: every string starting with a trigger was prefixed with '. */
function expectNoLiveFormula(rows: string[][]): void {
  for (const row of rows) {
    for (const cell of row) {
      const first = cell.trimStart().charAt(0);
      if (/^-?\d+(\.\d+)?$/.test(cell)) continue; // a number (the data has no negative ones, but a number may be)
      expect(FORMULA_TRIGGERS.includes(first), `live formula in cell ${JSON.stringify(cell)}`).toBe(false);
    }
  }
}

function column(rows: string[][], header: string): string[] {
  const index = rows[0]!.indexOf(header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((row) => row[index] ?? '');
}

describe('exports with formula-like data', () => {
  const names = readCsvRows('formula', 'townships.csv').map((row) => row.name ?? '');

  it('exports a chart’s table as CSV for Excel and WPS: BOM, payloads neutralised, numbers as numbers', async () => {
    await gotoAndWait(page, siteUrl('formula', '#view=outreach'));
    const events = card(page, 'outreach:outreach_events');
    const { name, bytes } = await download(page, events.getByRole('button', { name: '下载表格CSV' }));
    expect(name).toMatch(/\.csv$/);
    const { rows, text } = readExportedCsv(bytes);
    expectNoLiveFormula(rows);

    // Every formula-like township name is there, neutralised, and otherwise unchanged.
    const townships = column(rows, '乡镇');
    for (const payload of Object.values(FORMULA_TOWNSHIP_NAMES)) expect(townships).toContain(`'${payload}`);
    for (const plain of names.filter((n) => !Object.values(FORMULA_TOWNSHIP_NAMES).includes(n))) expect(townships).toContain(plain);
    // The quotes and the item too.
    expect(column(rows, '报告原文').some((quote) => quote.startsWith(`'${FORMULA_QUOTE_PREFIX}`))).toBe(true);
    expect(column(rows, '分项').some((parts) => parts.startsWith(`'${FORMULA_ITEM}`))).toBe(true);

    // Numbers stay numbers: digits only, written without quotes; the ≥ lives in the mark column.
    const label = rows[0]![2]!;
    const values = column(rows, label).filter((value) => value !== '');
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      expect(value).toMatch(/^\d+(\.\d+)?$/);
      expect(text).not.toContain(`"${value}"`);
    }
    expect(column(rows, '年度').every((year) => /^\d{4}$/.test(year))).toBe(true);
    expect(column(rows, `${label}标记`)).toEqual(expect.arrayContaining(['≥']));
    // A township that reports nothing has an empty number and 未报告 as its mark, never 0.
    const reach = await download(page, card(page, 'outreach:outreach_reach').getByRole('button', { name: '下载表格CSV' }));
    const reachRows = readExportedCsv(reach.bytes).rows;
    const reachLabel = reachRows[0]![2]!;
    const silent = reachRows.slice(1).filter((row) => row[3] === '未报告');
    expect(silent.length).toBeGreaterThan(0);
    for (const row of silent) expect(row[2]).toBe('');
    expect(column(reachRows, reachLabel).includes('0')).toBe(false);
  });

  it('exports the shortcomings and the disputes with their quotes neutralised', async () => {
    await gotoAndWait(page, siteUrl('formula', '#view=shortcomings'));
    const matrix = readExportedCsv((await download(page, card(page, 'shortcoming-matrix').getByRole('button', { name: '下载表格CSV' }))).bytes).rows;
    expectNoLiveFormula(matrix);
    expect(column(matrix, '报告原文')).toContain(`'${FORMULA_SHORTCOMING_QUOTE}`);
    const ranking = readExportedCsv((await download(page, card(page, 'shortcoming-ranking').getByRole('button', { name: '下载表格CSV' }))).bytes).rows;
    expectNoLiveFormula(ranking);
    for (const count of column(ranking, '提到的数量')) expect(count).toMatch(/^\d+$/);

    await gotoAndWait(page, siteUrl('formula', '#view=disputes'));
    const disputes = readExportedCsv((await download(page, card(page, 'disputes').getByRole('button', { name: '下载表格CSV' }))).bytes).rows;
    expectNoLiveFormula(disputes);
    expect(column(disputes, '乡镇')).toContain(`'${FORMULA_TOWNSHIP_NAMES.haizigou}`);

    await gotoAndWait(page, siteUrl('formula', '#view=overview'));
    const overview = readExportedCsv((await download(page, page.getByRole('button', { name: '下载表格CSV' }))).bytes).rows;
    expectNoLiveFormula(overview);
    expect(column(overview, '乡镇')).toContain(`'${FORMULA_TOWNSHIP_NAMES.daguo}`);
  });

  it('exports a chart as a PNG at twice the printed width', async () => {
    await gotoAndWait(page, siteUrl('formula', '#view=outreach'));
    const button = card(page, 'outreach:outreach_events').getByRole('button', { name: '下载PNG' });
    const printedWidth = Number(await button.getAttribute('data-image-width'));
    expect(printedWidth).toBeGreaterThan(500);
    const { name, bytes } = await download(page, button);
    expect(name).toMatch(/\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(width).toBe(2 * printedWidth);
    expect(height % 2).toBe(0);
    expect(height).toBeGreaterThan(200);
  });

  it('exports a chart as SVG: it parses, names the chart, keeps the payloads as text and holds no script', async () => {
    await gotoAndWait(page, siteUrl('formula', '#view=outreach'));
    const events = card(page, 'outreach:outreach_events');
    const title = (await events.locator('.chart-card__heading').textContent()) ?? '';
    const { name, bytes } = await download(page, events.getByRole('button', { name: '下载SVG' }));
    expect(name).toMatch(/\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/\son[a-z]+=/i);
    // Parsed in a page without CSP (a CSP page reports the parsed style="" attributes).
    const other = await page.context().newPage();
    try {
      const parsed = await other.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        return {
          error: doc.getElementsByTagName('parsererror').length,
          root: doc.documentElement.nodeName,
          texts: [...doc.getElementsByTagName('text')].map((node) => node.textContent ?? ''),
          scripts: doc.getElementsByTagName('script').length,
        };
      }, svg);
      expect(parsed.error).toBe(0);
      expect(parsed.root).toBe('svg');
      expect(parsed.scripts).toBe(0);
      expect(parsed.texts).toContain(title);
      // Township names that look like formulas stay plain text in the picture.
      expect(parsed.texts).toContain(FORMULA_TOWNSHIP_NAMES.bitu);
      // The footnotes and the sources line are drawn under the chart.
      expect(parsed.texts.some((text) => text.startsWith('来源：'))).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('raised no page error and made no request elsewhere', () => {
    expect(opened.record.pageErrors).toEqual([]);
    expect(opened.record.consoleErrors).toEqual([]);
    expect(opened.record.cspViolations).toEqual([]);
    expect(foreignRequests(opened.record)).toEqual([]);
  });
});
