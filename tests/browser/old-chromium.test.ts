// The floor and the office browsers (issues 11, 19): the built site in real old
// Chromium builds shipped in npm packages (tests/browser/old-chromium.ts) —
// 80 (the floor, 信创 machines; driven by puppeteer-core 2.1.1), 86 (360安全浏览器,
// 奇安信), 92, 103, 106 and 109 (the last Chrome on Windows 7).
//
// Per build, one browser and one page per site: every view shown without an
// error and with its charts drawn; the 简报 and every data view printed the
// way a reader does (tab, then 横向 or 纵向 in the header, then Ctrl+P — the
// page's own @page rules decide the paper) to A4 in both orientations. Each
// printout: every page A4 in the orientation chosen; no page without text;
// at most pageBound(n) pages, n being what the current Debian chromium prints
// for the same view (measured in this run, so the bound follows the data);
// every chart title and figure of the view on paper; every table's first row
// on the page of its caption and header. 历年变化 is printed from
// the multi-year site. Chromium 86 also: the message page from file:// and
// when the dashboard's code cannot run.
// Screenshots: test-output/screenshots/old-chromium-*.png; PDFs: test-output/print/old-chromium-*.pdf.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium } from 'playwright-core';
import { VIEWS, type ViewInfo } from '../../src/app/views';
import { PRINT_ORIENTATIONS, type PrintOrientation } from '../../src/print/paper';
import { screenshotPath, siteUrl } from './helpers';
import { OLD_CHROMIUMS, CHROMIUM_86 } from './old-chromium';
import { launchOldChromium, playwrightBrowser, type OldBrowser, type OldPage } from './old-chromium-driver';
import {
  ORIENTATION_LABEL,
  blankPages,
  chooseOrientation,
  headersWithoutRows,
  isA4,
  pageBound,
  printedFacts,
  readPrintedPdf,
  showView,
  shownState,
  tableStarts,
} from './old-chromium-print';

const VIEWPORT = { width: 1280, height: 800 };
/** Bounds each print: an endless pagination must fail the test, not hang the run. */
const PRINT_TIMEOUT_MS = 90_000;
const READY_TIMEOUT_MS = 60_000;
/** Per test: one view printed twice in an old build on a busy machine. */
const VIEW_TEST_TIMEOUT_MS = 300_000;

type SiteName = 'shipped' | 'multi';
/** 历年变化 needs more than one year of reports: the multi-year site has them. */
const siteOf = (view: ViewInfo): SiteName => (view.id === 'history' ? 'multi' : 'shipped');
const PRINTED_VIEWS = VIEWS.filter((view) => view.id !== 'extract');
const isReady = `document.documentElement.dataset.chartsReady === 'true'`;

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

/** One page per site, opened on first use and kept: views are switched by their tabs. */
class SitePages {
  private pages = new Map<SiteName, OldPage>();
  constructor(private browser: () => OldBrowser) {}

  async get(site: SiteName): Promise<OldPage> {
    const open = this.pages.get(site);
    if (open) return open;
    const page = await this.browser().newPage(VIEWPORT);
    await page.goto(siteUrl(site));
    await page.waitFor(isReady, READY_TIMEOUT_MS, `${site} site ready`);
    this.pages.set(site, page);
    return page;
  }

  async close(): Promise<void> {
    for (const page of this.pages.values()) await page.close();
    this.pages.clear();
  }
}

async function printView(page: OldPage, view: ViewInfo, orientation: PrintOrientation, name: string) {
  await showView(page, view);
  await chooseOrientation(page, orientation);
  const file = join(inject('outputDir'), 'print', `${name}.pdf`);
  writeFileSync(file, await withTimeout(page.pdf(), PRINT_TIMEOUT_MS, `printing ${name}`));
  return readPrintedPdf(file);
}

const printKey = (view: ViewInfo, orientation: PrintOrientation) => `${view.id}-${orientation}`;

/** Page counts of the current Debian chromium (the shared browser of the run) for every print. */
const reference = new Map<string, number>();

beforeAll(async () => {
  const browser = await chromium.connect(inject('wsEndpoint'));
  const pages = new SitePages(() => playwrightBrowser(browser));
  try {
    for (const view of PRINTED_VIEWS) {
      const page = await pages.get(siteOf(view));
      for (const orientation of PRINT_ORIENTATIONS) {
        const pdf = await printView(page, view, orientation, `old-chromium-reference-${printKey(view, orientation)}`);
        reference.set(printKey(view, orientation), pdf.pages);
      }
    }
  } finally {
    await pages.close();
    await browser.close();
  }
}, 600_000);

for (const build of OLD_CHROMIUMS) {
  describe(`Chromium ${build.major}`, () => {
    let browser: OldBrowser;
    const pages = new SitePages(() => browser);

    beforeAll(async () => {
      browser = await launchOldChromium(build);
      expect(browser.version).toMatch(new RegExp(`(^|/)${build.major}\\.`));
    });
    afterAll(async () => {
      await pages.close();
      await browser?.close();
    });

    for (const view of VIEWS) {
      const printed = view.id !== 'extract';
      it(
        `shows ${view.label}${printed ? ' and prints it A4 横向 and 纵向' : ''}`,
        async () => {
          const page = await pages.get(siteOf(view));
          await showView(page, view);
          if (view.id === 'extract') await page.waitFor(`document.querySelector('textarea') !== null`, READY_TIMEOUT_MS, 'the extract form');
          const state = await shownState(page);
          expect(page.errors, 'errors on the page').toEqual([]);
          expect(state.tab).toBe(view.label);
          expect(state.errorBoxes, 'an error box on the page').toBe(0);
          expect(state.message, 'the too-old message').toBe(false);
          if (view.hasCharts) {
            expect(state.cards).toBeGreaterThan(0);
            expect(state.drawn, 'every chart drawn').toBe(state.cards);
          }
          if (build.major <= CHROMIUM_86.major) await page.screenshot(screenshotPath(`old-chromium-${build.major}-${view.id}`));
          if (!printed) return;

          const facts = await printedFacts(page);
          expect(facts.length).toBeGreaterThan(0);
          const tables = await tableStarts(page);
          for (const orientation of PRINT_ORIENTATIONS) {
            const key = printKey(view, orientation);
            const what = `${view.label} ${ORIENTATION_LABEL[orientation]}`;
            const pdf = await printView(page, view, orientation, `old-chromium-${build.major}-${key}`);
            const expected = reference.get(key);
            if (expected === undefined) throw new Error(`no reference print for ${key}`);
            expect(pdf.pages, `${what}: pages`).toBeGreaterThanOrEqual(1);
            expect(pdf.pages, `${what}: pages (Debian chromium: ${expected})`).toBeLessThanOrEqual(pageBound(expected));
            expect(pdf.sizes.length).toBe(pdf.pages);
            pdf.sizes.forEach((size, i) => expect(isA4(size, orientation), `${what}: page ${i + 1} is A4 ${orientation}`).toBe(true));
            expect(blankPages(pdf), `${what}: pages without content`).toEqual([]);
            expect(headersWithoutRows(pdf, tables), `${what}: a table whose header is not on the page of its first row`).toEqual([]);
            const text = pdf.texts.join('');
            for (const fact of facts) expect(text, `${what}: “${fact}” on paper`).toContain(fact);
          }
          expect(page.errors, 'errors while printing').toEqual([]);
        },
        VIEW_TEST_TIMEOUT_MS,
      );
    }

    if (build.major !== CHROMIUM_86.major) return;

    it('opened from file:// says to open it through a web server, in Chinese', async () => {
      const page = await browser.newPage(VIEWPORT);
      try {
        await page.goto(pathToFileURL(join(inject('shippedDir'), 'index.html')).href);
        await page.waitFor(`document.getElementById('compat-message').hidden === false`, 15_000, 'the message');
        const message = await page.evaluate<{ reason: string | null; text: string }>(`(function () {
          var message = document.getElementById('compat-message');
          return { reason: message.getAttribute('data-reason'), text: message.textContent };
        })()`);
        expect(message.reason).toBe('file');
        expect(message.text).toContain('通过网址');
        await page.screenshot(screenshotPath('old-chromium-86-file-url'));
      } finally {
        await page.close();
      }
    });

    it('says which browser to use when the dashboard code cannot run (as below the floor)', async () => {
      // Playwright's routing, which OldPage does not offer.
      if (!browser.playwright) throw new Error('Chromium 86 is driven by Playwright');
      const context = await browser.playwright.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      try {
        // The module entry failing is what a browser below Chromium 80 sees: a syntax error in it.
        await page.route(/\/assets\/index-[^/]*\.js$/, (route) =>
          route.fulfill({ contentType: 'text/javascript', body: 'const a = b?.c ?? d; export {}; @' }),
        );
        await page.goto(siteUrl('shipped', '#view=outreach'));
        await page.waitForFunction(() => document.getElementById('compat-message')?.hidden === false, null, { timeout: 15_000 });
        const message = page.locator('#compat-message');
        expect(await message.getAttribute('data-reason')).toBe('browser');
        expect(await message.textContent()).toContain('Chromium 80');
        await page.screenshot({ path: screenshotPath('old-chromium-86-too-old-message') });
      } finally {
        await context.close();
      }
    });
  });
}
