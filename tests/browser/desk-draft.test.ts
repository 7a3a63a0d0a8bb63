// The desk under bad stored state and hostile cells (issue 20 items 4 and 5):
// a malformed or foreign preview draft is ignored with a message and a way to
// discard it, a draft stored for another sub-path is never seen, and a cell a
// spreadsheet would run as a formula is named at review and saved verbatim.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPageForFile, screenshotPath, type OpenedPage } from './helpers';
import { PROJECT_ROOT, copySiteWithData } from './site';
import { startStaticServer, type StaticServer } from './static-server';

const SITE_PATH = '/county/draft/dashboard/';
const OTHER_PATH = '/county/draft-other/dashboard/';
const SHIPPED_SITE = join(PROJECT_ROOT, 'test-output', 'browser-site', 'shipped');
const DRAFT_SITE = join(PROJECT_ROOT, 'test-output', 'browser-site', 'desk-draft');
const KEY = (path: string) => `fazhi-dashboard:desk-preview:${path}`;

const REPORT = ['碧土乡2025年法治政府建设情况报告', '发布时间: 2026-03-02', '一、主要举措', '全年开展普法宣传活动21场次，受教群众达1800余人次。'].join('\n');

let opened: OpenedPage;
let page: Page;
let server: StaticServer;

openPageForFile((o) => {
  opened = o;
  page = o.page;
});

beforeAll(async () => {
  await copySiteWithData(SHIPPED_SITE, DRAFT_SITE, () => {});
  server = await startStaticServer([
    { prefix: SITE_PATH, root: DRAFT_SITE },
    { prefix: OTHER_PATH, root: DRAFT_SITE },
  ]);
});

afterAll(async () => {
  await server?.close();
});

afterEach(() => {
  expect(opened.record.pageErrors).toEqual([]);
});

async function openPreview(path: string): Promise<string> {
  await page.goto(`${server.origin}${path}?preview=1#view=overview`);
  const banner = page.getByRole('note', { name: '预览说明' });
  await banner.waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady === 'true', null, { timeout: 60_000 });
  return (await banner.textContent()) ?? '';
}

describe('预览: a stored draft that is not one', () => {
  const bad = ['{not json', JSON.stringify({ entry: { township: { id: 'x' }, metrics: [null] }, replaceExisting: false }), 'null'];

  for (const raw of bad) {
    it(`ignores ${raw.slice(0, 30)} with a message and a way to discard it; the page shows the published data`, async () => {
      await page.goto(`${server.origin}${SITE_PATH}#view=overview`);
      await page.evaluate(([key, value]) => window.localStorage.setItem(key!, value!), [KEY(SITE_PATH), raw]);
      const text = await openPreview(SITE_PATH);
      expect(text).toMatch(/预览草稿(已损坏|格式不对)/);
      expect(await page.locator('.card__title').count()).toBeGreaterThan(0);
      if (raw === bad[0]) await page.getByRole('note', { name: '预览说明' }).screenshot({ path: screenshotPath('desk-draft-malformed') });
      await page.getByRole('button', { name: '丢弃这个草稿' }).click();
      await expect.poll(() => page.evaluate((key) => window.localStorage.getItem(key), KEY(SITE_PATH)), { timeout: 60_000 }).toBeNull();
      await expect.poll(() => page.url(), { timeout: 60_000 }).not.toContain('preview=1');
    });
  }

  it('never shows a draft stored for another sub-path of the same server', async () => {
    await page.goto(`${server.origin}${OTHER_PATH}#view=extract`);
    const box = page.getByRole('textbox', { name: '报告原文（粘贴全文，或把 .txt 文件拖到这里）' });
    await box.waitFor({ timeout: 60_000 });
    await box.fill(REPORT);
    await page.getByRole('button', { name: '全部采用' }).click();
    const [preview] = await Promise.all([opened.context.waitForEvent('page'), page.getByRole('button', { name: '预览看板（新标签页）' }).click()]);
    await preview.waitForLoadState();
    await expect.poll(() => preview.getByRole('note', { name: '预览说明' }).textContent(), { timeout: 60_000 }).toContain('碧土乡 2025 年报告');
    await preview.close();
    expect(await page.evaluate((key) => window.localStorage.getItem(key), KEY(OTHER_PATH))).not.toBeNull();
    const text = await openPreview(SITE_PATH);
    expect(text).toContain('本浏览器中没有可预览的草稿');
    expect(text).not.toContain('碧土乡');
  });
});

describe('复核: a cell a spreadsheet would run as a formula', () => {
  it('is named at review and saved verbatim', async () => {
    await page.goto(`${server.origin}${SITE_PATH}#view=extract`);
    const box = page.getByRole('textbox', { name: '报告原文（粘贴全文，或把 .txt 文件拖到这里）' });
    await box.waitFor({ timeout: 60_000 });
    await box.fill(REPORT);
    await page.getByRole('button', { name: '全部采用' }).click();
    await page.getByLabel('报告标题（照录原文）', { exact: true }).fill('=HYPERLINK("http://x","碧土乡2025年报告")');
    const warning = page.locator('.desk-formulas');
    await expect.poll(() => warning.textContent(), { timeout: 60_000 }).toContain('报告标题（reports.csv 的 title 列）：=HYPERLINK');
    await page.locator('.desk-save').screenshot({ path: screenshotPath('desk-draft-formula') });
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: '下载完整数据包（.zip）' }).click()]);
    const path = join(inject('outputDir'), 'exports', 'desk-draft-formula.zip');
    await (file as Download).saveAs(path);
    const reports = new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(path)))['data/reports.csv']);
    const rows = Papa.parse<Record<string, string>>(reports.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.find((r) => r.township_id === 'bitu' && r.year === '2025')?.title).toBe('=HYPERLINK("http://x","碧土乡2025年报告")');
  });
});
