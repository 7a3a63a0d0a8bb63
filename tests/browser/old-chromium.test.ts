// The floor (issue 11): the built site in real old Chromium builds, shipped in
// npm packages (tests/browser/old-chromium.ts). Chromium 86 — what 360安全浏览器
// and 奇安信 run — through Playwright: every view loads and draws, every data
// view prints to a PDF of sane length with its charts and figures, and the
// message page shows from file:// and when the dashboard's code cannot run.
// Chromium 80 — the floor, 信创 machines — through puppeteer-core 2.1.1
// (Playwright no longer drives it): every view loads and draws, the brief prints.
// Screenshots: test-output/screenshots/old-chromium-*.png; PDFs: test-output/print/.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import puppeteer from 'puppeteer-core-2';
import { VIEWS, type ViewId } from '../../src/app/views';
import { screenshotPath, siteUrl } from './helpers';
import { CHROMIUM_80, CHROMIUM_86, OLD_CHROMIUM_ARGS, oldChromiumPath } from './old-chromium';
import { pdfInfo, pdfPageTexts, squash } from './pdf';

const VIEWPORT = { width: 1280, height: 800 };
/** A data view of the shipped data prints on a handful of pages; Chromium 86–106 once printed tens of thousands. */
const MAX_PAGES = 40;
/** Bounds each print: an endless pagination must fail the test, not hang the run. */
const PRINT_TIMEOUT_MS = 60_000;

/** For puppeteer 2 (a string is what it evaluates); Playwright gets the function form (the CSP forbids eval of strings). */
const READY = "document.documentElement.dataset.chartsReady === 'true'";
const isReady = () => document.documentElement.dataset.chartsReady === 'true';
/** Playwright's visibility checks call element.checkVisibility (Chromium 105): these tests read `hidden` themselves. */
const messageShown = () => document.getElementById('compat-message')?.hidden === false;

async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function savePdf(bytes: Buffer, name: string) {
  const file = join(inject('outputDir'), 'print', `${name}.pdf`);
  writeFileSync(file, bytes);
  // NFKC: pdftotext reads some CJK glyphs as Kangxi radicals (⼈ for 人).
  return { info: pdfInfo(file), text: squash(pdfPageTexts(file).join('\n')).normalize('NFKC') };
}

/** What a view shows that its printout must carry: chart titles and the figures in cards and tables. */
async function printedFacts(page: Page): Promise<string[]> {
  const headings = await page.locator('.chart-card__heading').allTextContents();
  const figures = await page.locator('.chart-card__table .figure:not(.matrix-mark), .card .figure').allTextContents();
  return [...headings, ...figures].map((text) => squash(text).normalize('NFKC')).filter((text) => text !== '');
}

describe('Chromium 86 (chrome-aws-lambda 5.3.1, driven by Playwright)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: oldChromiumPath(CHROMIUM_86), args: OLD_CHROMIUM_ARGS });
    expect(browser.version()).toMatch(/^86\./);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(url: string) {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url);
    return { context, page, errors };
  }

  for (const view of VIEWS) {
    it(`shows ${view.label}${view.id === 'extract' ? '' : ' and prints it'}`, async () => {
      const { context, page, errors } = await open(siteUrl('shipped', `#view=${view.id}`));
      try {
        await page.waitForFunction(isReady, null, { timeout: 30_000 });
        if (view.id === 'extract') await page.waitForFunction(() => document.querySelector('textarea') !== null, null, { timeout: 15_000 });
        expect(errors).toEqual([]);
        expect(await page.evaluate(messageShown)).toBe(false);
        expect(await page.locator('.error-box').count(), 'an error box on the page').toBe(0);
        const tab = await page.evaluate(() => document.querySelector('[role=tab][aria-selected=true]')?.textContent ?? '');
        expect(tab).toBe(view.label);
        if (view.hasCharts) {
          const cards = await page.locator('figure.chart-card').count();
          expect(cards).toBeGreaterThan(0);
          expect(await page.locator('figure.chart-card .echart svg').count(), 'every chart drawn').toBe(cards);
        }
        await page.screenshot({ path: screenshotPath(`old-chromium-86-${view.id}`), fullPage: true });
        if (view.id === 'extract') return;

        const facts = await printedFacts(page);
        const pdf = savePdf(
          await withTimeout(page.pdf({ preferCSSPageSize: true, printBackground: true }), PRINT_TIMEOUT_MS, 'printing'),
          `old-chromium-86-${view.id}`,
        );
        expect(pdf.info.pages).toBeGreaterThanOrEqual(1);
        expect(pdf.info.pages).toBeLessThanOrEqual(MAX_PAGES);
        expect(facts.length).toBeGreaterThan(0);
        for (const fact of facts) expect(pdf.text, `“${fact}” on paper`).toContain(fact);
      } finally {
        await context.close();
      }
    });
  }

  it('opened from file:// says to open it through a web server, in Chinese', async () => {
    const { context, page } = await open(pathToFileURL(join(inject('shippedDir'), 'index.html')).href);
    try {
      await page.waitForFunction(messageShown, null, { timeout: 15_000 });
      const message = page.locator('#compat-message');
      expect(await message.getAttribute('data-reason')).toBe('file');
      expect(await message.textContent()).toContain('通过网址');
      await page.screenshot({ path: screenshotPath('old-chromium-86-file-url') });
    } finally {
      await context.close();
    }
  });

  it('says which browser to use when the dashboard code cannot run (as below the floor)', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    try {
      // The module entry failing is what a browser below Chromium 80 sees: a syntax error in it.
      await page.route(/\/assets\/index-[^/]*\.js$/, (route) =>
        route.fulfill({ contentType: 'text/javascript', body: 'const a = b?.c ?? d; export {}; @' }),
      );
      await page.goto(siteUrl('shipped', '#view=outreach'));
      await page.waitForFunction(messageShown, null, { timeout: 15_000 });
      const message = page.locator('#compat-message');
      expect(await message.getAttribute('data-reason')).toBe('browser');
      expect(await message.textContent()).toContain('Chromium 80');
      await page.screenshot({ path: screenshotPath('old-chromium-86-too-old-message') });
    } finally {
      await context.close();
    }
  });
});

describe('Chromium 80, the floor (chrome-aws-lambda 2.1.1, driven by puppeteer-core 2.1.1)', () => {
  let browser: Awaited<ReturnType<typeof puppeteer.launch>>;

  beforeAll(async () => {
    browser = await puppeteer.launch({ executablePath: oldChromiumPath(CHROMIUM_80), args: OLD_CHROMIUM_ARGS });
    expect(await browser.version()).toMatch(/Chrome\/80\./);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function showView(id: ViewId, errors: string[]) {
    const page = await browser.newPage();
    page.on('pageerror', (error: Error) => errors.push(error.message));
    page.on('console', (message: { type(): string; text(): string }) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.setViewport(VIEWPORT);
    await page.goto(siteUrl('shipped', `#view=${id}`));
    await page.waitForFunction(READY, { timeout: 30_000 });
    return page;
  }

  it('shows every view without an error, charts drawn', async () => {
    for (const view of VIEWS) {
      const errors: string[] = [];
      const page = await showView(view.id, errors);
      try {
        if (view.id === 'extract') await page.waitForFunction("document.querySelector('textarea') !== null", { timeout: 15_000 });
        const state = await page.evaluate<{ tab: string; errorBoxes: number; cards: number; drawn: number; message: boolean }>(`({
          tab: document.querySelector('[role=tab][aria-selected=true]')?.textContent ?? '',
          errorBoxes: document.querySelectorAll('.error-box').length,
          cards: document.querySelectorAll('figure.chart-card').length,
          drawn: document.querySelectorAll('figure.chart-card .echart svg').length,
          message: !document.getElementById('compat-message').hidden,
        })`);
        expect(errors, view.label).toEqual([]);
        expect(state.tab).toBe(view.label);
        expect(state.errorBoxes, `${view.label}: an error box`).toBe(0);
        expect(state.message).toBe(false);
        if (view.hasCharts) expect(state.drawn, `${view.label}: every chart drawn`).toBe(state.cards);
        await page.screenshot({ path: screenshotPath(`old-chromium-80-${view.id}`), fullPage: true });
      } finally {
        await page.close();
      }
    }
  });

  it('prints the brief on a sane number of pages', async () => {
    const errors: string[] = [];
    const page = await showView('brief', errors);
    try {
      const headings = await page.evaluate<string[]>(
        `[...document.querySelectorAll('.chart-card__heading')].map((h) => h.textContent.replace(/\\s+/g, '').normalize('NFKC'))`,
      );
      const pdf = savePdf(
        await withTimeout(page.pdf({ preferCSSPageSize: true, printBackground: true }), PRINT_TIMEOUT_MS, 'printing'),
        'old-chromium-80-brief',
      );
      expect(pdf.info.pages).toBeGreaterThanOrEqual(1);
      expect(pdf.info.pages).toBeLessThanOrEqual(MAX_PAGES);
      expect(headings.length).toBeGreaterThan(0);
      for (const heading of headings) expect(pdf.text).toContain(heading);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
