// The yearly cycle on the live data (issue 24 item 1): the other browser
// tests look at a frozen copy of the data (tests/fixtures/shipped-2024), so
// this file checks that data/ as it is now, with next year's report of one
// township added through the desk's merge, still passes what the shipped data
// must pass: the folder check, a page that loads with no data problem, every
// township in every comparison, every quote found, the new year on request.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkDataFolder } from '../../src/data/index';
import { chartTexts, openPageForFile, screenshotPath, tableRowHeaders, waitForCharts, type OpenedPage } from './helpers';
import { PROJECT_ROOT, copySiteWithData } from './site';
import { readCsvRowsIn } from './site-data';
import { startStaticServer, type StaticServer } from './static-server';
import { addNextYearReport, type AddedReport } from './yearly-cycle-data';

const SITE_PATH = '/county/next-year/dashboard/';
const CYCLE_SITE = join(PROJECT_ROOT, 'test-output', 'browser-site', 'next-year');
const CYCLE_DATA = join(CYCLE_SITE, 'data');

/** Charts that compare townships, per view (as dashboard.test.ts checks them on the frozen data). */
const TOWNSHIP_CHARTS: Record<string, string[]> = {
  outreach: ['outreach:outreach_events'],
  disputes: ['disputes'],
  shortcomings: ['shortcoming-matrix'],
};

let opened: OpenedPage;
let page: Page;
let server: StaticServer;
let added: AddedReport;

openPageForFile((o) => {
  opened = o;
  page = o.page;
});

beforeAll(async () => {
  await copySiteWithData(inject('shippedDir'), CYCLE_SITE, (dataDir) => {
    rmSync(dataDir, { recursive: true, force: true });
    cpSync(join(PROJECT_ROOT, 'data'), dataDir, { recursive: true });
    added = addNextYearReport(dataDir);
  });
  server = await startStaticServer([{ prefix: SITE_PATH, root: CYCLE_SITE }]);
});

afterAll(async () => {
  await server?.close();
});

afterEach(() => {
  expect(opened.record.pageErrors).toEqual([]);
  expect(opened.record.consoleErrors).toEqual([]);
});

async function open(hash: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${server.origin}${SITE_PATH}${hash}`);
  await waitForCharts(page);
}

describe('data/ with next year’s report added through the desk’s merge', () => {
  it('passes the folder check with no problem and every quote found', async () => {
    const check = await checkDataFolder((path) => {
      try {
        return { bytes: new Uint8Array(readFileSync(join(CYCLE_DATA, path))) };
      } catch {
        return { bytes: null, reason: '文件不存在' };
      }
    });
    expect(check.problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([]);
    expect(check.summary).toMatch(/^检查通过/);
    expect(check.dataset.reports.some((r) => r.townshipId === added.townshipId && r.year === added.year)).toBe(true);
  });

  it('loads with no data problem, every township in every comparison and every quote found', async () => {
    const townships = readCsvRowsIn(CYCLE_DATA, 'townships.csv').map((r) => r.name!);
    expect(townships).toContain(added.townshipName);
    for (const [view, charts] of Object.entries(TOWNSHIP_CHARTS)) {
      await open(`#view=${view}`);
      expect(await page.locator('details.problems').count(), view).toBe(0);
      for (const chartId of charts) {
        const drawn = (await chartTexts(page, chartId)).join('\n');
        const rows = await tableRowHeaders(page, chartId);
        for (const name of townships) {
          expect(drawn, `${name} in chart ${chartId}`).toContain(name);
          expect(rows, `${name} in the table of ${chartId}`).toContain(name);
        }
      }
    }
    const quotes = readCsvRowsIn(CYCLE_DATA, 'metrics.csv').length + readCsvRowsIn(CYCLE_DATA, 'shortcomings.csv').length;
    await expect.poll(() => page.locator('.status-line').textContent()).toContain(`${quotes}条引文均在报告原文中找到`);
  });

  it('offers the new year, and shows the added figure in it', async () => {
    await open('#view=overview');
    const coverage = (await page.locator('.year-coverage li').allTextContents()).join('\n');
    expect(coverage).toMatch(new RegExp(`${added.year}年：\\d+个乡镇中1个已有报告`));
    await page.getByLabel('年份').selectOption(String(added.year));
    await waitForCharts(page);
    const card = page.locator(`article.card[data-row-key="${added.townshipId}:${added.year}"]`);
    await expect.poll(() => card.textContent()).toContain(`${added.events}场次`);
    expect(await page.locator('details.problems').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('yearly-cycle-next-year'), fullPage: true });
  });
});
