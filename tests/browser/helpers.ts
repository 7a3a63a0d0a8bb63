// Shared by the browser test files: connect to the one chromium started in
// global-setup.ts, open the built site under its sub-path, and record what a
// page does that it should not (console errors, CSP violations, requests to
// other origins, uncaught exceptions).
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';

export interface PageRecord {
  consoleErrors: string[];
  pageErrors: string[];
  requests: string[];
  /** CSP violations reported by the browser, from the console and the DOM event. */
  cspViolations: string[];
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  record: PageRecord;
}

let browser: Browser | null = null;

export async function connectBrowser(): Promise<Browser> {
  browser ??= await chromium.connect(inject('wsEndpoint'));
  return browser;
}

export async function disconnectBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export function siteUrl(site: keyof ReturnType<typeof sitePaths>, hash = ''): string {
  return `${inject('origin')}${sitePaths()[site]}${hash}`;
}

function sitePaths() {
  return inject('sitePaths');
}

export async function openPage(viewport = { width: 1440, height: 900 }): Promise<OpenedPage> {
  const context = await (await connectBrowser()).newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  const record: PageRecord = { consoleErrors: [], pageErrors: [], requests: [], cspViolations: [] };
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = store;
    document.addEventListener('securitypolicyviolation', (event) => {
      store.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/Content[- ]Security[- ]Policy/i.test(text)) record.cspViolations.push(text);
    if (message.type() === 'error') record.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => record.pageErrors.push(error.message));
  page.on('request', (request) => record.requests.push(request.url()));
  return { page, context, record };
}

/**
 * The one page a test file works in: opened before its first test (`use`
 * receives it), closed with the browser connection after its last.
 */
export function openPageForFile(use: (opened: OpenedPage) => void): void {
  let opened: OpenedPage | undefined;
  beforeAll(async () => {
    opened = await openPage();
    use(opened);
  });
  afterAll(async () => {
    await opened?.context.close();
    await disconnectBrowser();
  });
}

/**
 * A fresh page, in a fresh browser context, for every test of a file: no
 * state (page, storage, permissions) carries over, so each test passes alone
 * and in any order. `use` receives each test's page before the test runs.
 */
export function openPageForEachTest(use: (opened: OpenedPage) => void): void {
  let opened: OpenedPage | undefined;
  beforeEach(async () => {
    opened = await openPage();
    use(opened);
  });
  afterEach(async () => {
    await opened?.context.close();
    opened = undefined;
  });
  afterAll(async () => {
    await disconnectBrowser();
  });
}

/** Navigates and waits until the page says every chart is drawn. */
export async function gotoAndWait(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForCharts(page);
}

export async function waitForCharts(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady === 'true', null, { timeout: 20_000 });
}

/** Violations seen by the page's own securitypolicyviolation listener. */
export async function domCspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** Requests whose origin is not the test server (data: and blob: URLs are not requests to anyone). */
export function foreignRequests(record: PageRecord): string[] {
  const origin = inject('origin');
  return record.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
}

export function screenshotPath(name: string): string {
  return join(inject('outputDir'), 'screenshots', `${name}.png`);
}

/** Every text drawn in the SVG of the chart card with this chart id. */
export async function chartTexts(page: Page, chartId: string): Promise<string[]> {
  return page
    .locator(`figure[data-chart-id="${chartId}"] .echart svg text`)
    .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
}

/** The ids of the chart cards on the page, in page order. */
export async function chartIds(page: Page): Promise<string[]> {
  return page.locator('figure.chart-card').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-chart-id') ?? ''));
}

/** Row header texts of the table beside a chart. */
export async function tableRowHeaders(page: Page, chartId: string): Promise<string[]> {
  return page
    .locator(`figure[data-chart-id="${chartId}"] .chart-card__table tbody th`)
    .evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
}
