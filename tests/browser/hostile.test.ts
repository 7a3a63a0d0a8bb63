// Data text with markup (<script>, <img onerror>, onmouseover) in a township
// name, a quote, a note and a report must stay inert text everywhere.
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { chartTexts, foreignRequests, gotoAndWait, openPageForFile, screenshotPath, siteUrl, type OpenedPage } from './helpers';
import { HOSTILE_NOTE, HOSTILE_QUOTE_PREFIX, HOSTILE_SHORTCOMING_QUOTE, HOSTILE_TOWNSHIP_NAME } from './hostile-data';
import { readCsvRows } from './site-data';

let opened: OpenedPage;
let page: Page;

openPageForFile((o) => {
  opened = o;
  page = o.page;
});

/** Nothing ran and nothing became an element: no flag, no <img>, no inline script, no on* attribute. */
async function expectInert(p: Page): Promise<void> {
  const state = await p.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    images: document.querySelectorAll('img').length,
    inlineScripts: document.querySelectorAll('script:not([src])').length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
  }));
  expect(state).toEqual({ pwned: null, images: 0, inlineScripts: 0, handlers: 0 });
}

describe('hostile data text', () => {
  const townshipId = inject('hostileTownshipId');
  const metricRows = readCsvRows('hostile', 'metrics.csv');
  const hostileIndex = metricRows.findIndex((row) => row.quote?.startsWith(HOSTILE_QUOTE_PREFIX));
  // File line of that row: header is line 1.
  const hostileKey = `metrics.csv:${hostileIndex + 2}`;

  it('shows the township name as text on every view', async () => {
    expect(hostileIndex).toBeGreaterThanOrEqual(0);
    await gotoAndWait(page, siteUrl('hostile', '#view=overview'));
    const card = page.locator(`article.card[data-row-key^="${townshipId}:"] .card__title`);
    expect(await card.textContent()).toBe(HOSTILE_TOWNSHIP_NAME);
    await expectInert(page);
    for (const view of ['outreach', 'disputes', 'shortcomings']) {
      await gotoAndWait(page, siteUrl('hostile', `#view=${view}`));
      const headers = await page.locator('tbody th').allTextContents();
      expect(headers).toContain(HOSTILE_TOWNSHIP_NAME);
      await expectInert(page);
    }
  });

  it('shows a hostile quote, note and report line as text in the provenance panel', async () => {
    await gotoAndWait(page, siteUrl('hostile', `#view=disputes&q=${encodeURIComponent(hostileKey)}`));
    const panel = page.locator('aside.provenance');
    const quote = metricRows[hostileIndex]!.quote!;
    await expect.poll(() => panel.locator('.quote-entry__quote').first().textContent()).toBe(quote);
    expect(await panel.locator('.quote-entry__note').first().textContent()).toBe(`注：${HOSTILE_NOTE}`);
    await expect.poll(() => panel.locator('.reader mark').first().textContent()).toBe(quote);
    expect(await panel.locator('.reader__text').textContent()).toContain(HOSTILE_SHORTCOMING_QUOTE);
    await page.screenshot({ path: screenshotPath('hostile-provenance') });
    await expectInert(page);
  });

  it('shows a hostile shortcoming quote as text in the matrix cell list', async () => {
    await gotoAndWait(page, siteUrl('hostile', '#view=shortcomings&cell=%7Clegal_talent'));
    // The cell's quote list is its own lazily loaded part: it may come after the charts.
    await page.locator('.cell-quotes li').first().waitFor({ state: 'attached' });
    const items = await page.locator('.cell-quotes li').allTextContents();
    expect(items.some((text) => text.includes(HOSTILE_SHORTCOMING_QUOTE))).toBe(true);
    await expectInert(page);
  });

  it('shows hostile text in the chart tooltips as text: hovering every cell of the township’s matrix row and its bars', async () => {
    for (const [view, chartId] of [
      ['shortcomings', 'shortcoming-matrix'],
      ['outreach', 'outreach:outreach_events'],
      ['disputes', 'disputes'],
    ] as const) {
      await gotoAndWait(page, siteUrl('hostile', `#view=${view}`));
      const svg = page.locator(`figure[data-chart-id="${chartId}"] .echart svg`);
      await svg.scrollIntoViewIfNeeded();
      const before = new Set(await chartTexts(page, chartId));
      /** Texts drawn now that were not drawn before the pointer came: the tooltip's. */
      const tooltipText = async () => (await chartTexts(page, chartId)).filter((text) => !before.has(text)).join('');
      // The township's row: its category label (the name as text, maybe shortened with …).
      const label = svg.locator('text', { hasText: '碧土乡<img' }).first();
      const [labelBox, chartBox] = [await label.boundingBox(), await svg.boundingBox()];
      expect(labelBox, `${chartId}: the hostile name is drawn as text`).not.toBeNull();
      const y = labelBox!.y + labelBox!.height / 2;
      // Every 24 px from the end of the label to the chart's right edge: every cell or bar of the row.
      const tooltips = new Set<string>();
      for (let x = labelBox!.x + labelBox!.width + 8; x < chartBox!.x + chartBox!.width - 4; x += 24) {
        await page.mouse.move(x, y);
        const now = await tooltipText();
        if (now !== '') tooltips.add(now);
        await expectInert(page);
      }
      // A tooltip showed for the row, naming the township with its markup as plain text.
      expect(tooltips.size, `${chartId}: hovering showed a tooltip`).toBeGreaterThan(0);
      expect([...tooltips].some((text) => text.includes('<img')), `${chartId}: markup as text in a tooltip`).toBe(true);
      await page.mouse.move(0, 0);
    }
  });

  it('raised no page error, no CSP violation and no request elsewhere', () => {
    expect(opened.record.pageErrors).toEqual([]);
    expect(foreignRequests(opened.record)).toEqual([]);
    expect(opened.record.cspViolations).toEqual([]);
    expect(opened.record.consoleErrors).toEqual([]);
  });
});
