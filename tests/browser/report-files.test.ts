// Issue 18: reports as they arrive, at the desk's 报告解析 page in Chromium 86
// (the floor's neighbour; pdf.js 3.11's legacy build is what makes this work):
// a text PDF and a .docx made with LibreOffice from real reports are read in the
// browser and drafted; a scanned PDF and an old .doc get a clear Chinese message.
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath, siteUrl } from './helpers';
import { CHROMIUM_86, OLD_CHROMIUM_ARGS, oldChromiumPath } from './old-chromium';
import { PROJECT_ROOT } from './site';

const FILES = join(PROJECT_ROOT, 'tests/fixtures/extract/files');

describe('report files at the desk in Chromium 86', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: oldChromiumPath(CHROMIUM_86), args: OLD_CHROMIUM_ARGS });
    expect(browser.version()).toMatch(/^86\./);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openDesk(): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(siteUrl('shipped', '#view=extract'));
    await page.waitForFunction(() => document.querySelector('textarea') !== null, null, { timeout: 30_000 });
    return { page, errors, close: () => context.close() };
  }

  const textBox = (page: Page) => page.locator('textarea').first();
  const marks = (page: Page) => page.locator('.extract-report mark').allTextContents();

  it('reads a text PDF of a real report and drafts its figures', async () => {
    const { page, errors, close } = await openDesk();
    try {
      await page.getByLabel('选择报告文件…').setInputFiles(join(FILES, 'huagong.pdf'));
      await expect.poll(() => textBox(page).inputValue(), { timeout: 60_000 }).toContain('法律明白人113人');
      expect(await textBox(page).inputValue()).toContain('发放宣传资料5000余份');
      await expect.poll(() => marks(page), { timeout: 30_000 }).toEqual(
        // Each mark is the figure followed by the label of its proposed metric.
        expect.arrayContaining([expect.stringMatching(/^113人法律明白人/), expect.stringMatching(/^12次普法宣传活动/), expect.stringMatching(/^5000余份发放普法资料/)]),
      );
      await expect.poll(() => page.evaluate(() => document.body.textContent ?? '')).toContain('已读取：huagong.pdf');
      expect(errors).toEqual([]);
      await page.screenshot({ path: screenshotPath('report-files-86-pdf'), fullPage: true });
    } finally {
      await close();
    }
  });

  it('reads a .docx with a table', async () => {
    const { page, errors, close } = await openDesk();
    try {
      await page.getByLabel('选择报告文件…').setInputFiles(join(FILES, 'huagong-table.docx'));
      await expect.poll(() => textBox(page).inputValue(), { timeout: 30_000 }).toContain('开展普法宣传活动  12次');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('says a scanned PDF has no text, and asks for an old .doc as .docx', async () => {
    const { page, errors, close } = await openDesk();
    try {
      await page.getByLabel('选择报告文件…').setInputFiles(join(FILES, 'scanned.pdf'));
      // Playwright's role and visibility checks need Chromium 105+: read the alert's text directly.
      const alertText = () => page.evaluate(() => [...document.querySelectorAll('[role=alert]')].map((e) => e.textContent ?? '').join('|'));
      await expect.poll(alertText, { timeout: 60_000 }).toMatch(/没有可复制的文字.*扫描件/);
      expect(await textBox(page).inputValue()).toBe('');
      await page.screenshot({ path: screenshotPath('report-files-86-scanned') });
      await page.getByLabel('选择报告文件…').setInputFiles(join(FILES, 'huagong.doc'));
      await expect.poll(alertText, { timeout: 30_000 }).toMatch(/另存为.*\.docx/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
