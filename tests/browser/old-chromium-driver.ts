// One way to drive every old Chromium build in the print tests: Playwright
// drives 86 and later, puppeteer-core 2.1.1 drives 80 (Playwright fails on it
// at Browser.setDownloadBehavior). Everything runs as expression strings
// through the DevTools protocol (Runtime.evaluate, which the page's CSP does not
// govern) and clicks are the element's own click(): Playwright's actionability
// checks call element.checkVisibility (Chromium 105) and fail in 86.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import puppeteer from 'puppeteer-core-2';
import { OLD_CHROMIUM_ARGS, oldChromiumPath, type OldChromium } from './old-chromium';

export interface OldPage {
  /** Errors the page threw or logged since it opened. */
  readonly errors: string[];
  goto(url: string): Promise<void>;
  evaluate<T>(expression: string): Promise<T>;
  /** Polls `expression` until it is truthy. */
  waitFor(expression: string, timeoutMs: number, what: string): Promise<void>;
  /** Prints as Ctrl+P does (beforeprint/afterprint fire): the page's @page rules decide size and orientation. */
  pdf(): Promise<Buffer>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface OldBrowser {
  /** The browser's own version string, e.g. "HeadlessChrome/80.0.3987.0" or "109.0.5414.0". */
  version: string;
  newPage(viewport: { width: number; height: number }): Promise<OldPage>;
  close(): Promise<void>;
  /** The Playwright browser underneath (86 and later), for what OldPage does not offer (routing). */
  playwright?: Browser;
}

const POLL_MS = 150;

async function poll(check: () => Promise<unknown>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export async function launchOldChromium(build: OldChromium): Promise<OldBrowser> {
  const executablePath = oldChromiumPath(build);
  if (build.major < 86) {
    const browser = await puppeteer.launch({ executablePath, args: OLD_CHROMIUM_ARGS });
    return {
      version: await browser.version(),
      async newPage(viewport) {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error: Error) => errors.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        await page.setViewport(viewport);
        return {
          errors,
          goto: async (url) => void (await page.goto(url)),
          evaluate: (expression) => page.evaluate(expression),
          waitFor: (expression, timeoutMs, what) => poll(() => page.evaluate(expression), timeoutMs, what),
          pdf: () => page.pdf({ preferCSSPageSize: true, printBackground: true }),
          screenshot: async (path) => void (await page.screenshot({ path, fullPage: true })),
          close: () => page.close(),
        };
      },
      close: () => browser.close(),
    };
  }
  return playwrightBrowser(await chromium.launch({ executablePath, args: OLD_CHROMIUM_ARGS }));
}

/** A Playwright browser behind the same interface (also the shared Debian chromium, for reference prints). */
export function playwrightBrowser(browser: Browser): OldBrowser {
  return {
    version: browser.version(),
    async newPage(viewport) {
      const context: BrowserContext = await browser.newContext({ viewport, locale: 'zh-CN' });
      const page: Page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      return {
        errors,
        goto: async (url) => void (await page.goto(url)),
        evaluate: (expression) => page.evaluate(expression),
        waitFor: (expression, timeoutMs, what) => poll(() => page.evaluate(expression), timeoutMs, what),
        pdf: async () => Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true })),
        screenshot: async (path) => void (await page.screenshot({ path, fullPage: true })),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
    playwright: browser,
  };
}
