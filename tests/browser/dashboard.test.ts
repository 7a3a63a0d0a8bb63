// The built dashboard with the shipped data, served under a sub-path.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  chartIds,
  chartTexts,
  domCspViolations,
  foreignRequests,
  gotoAndWait,
  openPage,
  openPageForFile,
  screenshotPath,
  siteUrl,
  tableRowHeaders,
  waitForCharts,
  type OpenedPage,
} from './helpers';
import { readCsvRows, townshipNames } from './site-data';

const VIEWS = [
  { id: 'overview', label: '概览' },
  { id: 'outreach', label: '普法宣传' },
  { id: 'disputes', label: '矛盾纠纷' },
  { id: 'shortcomings', label: '存在的问题' },
  { id: 'brief', label: '简报' },
  { id: 'extract', label: '报告解析' },
] as const;

/** Charts that compare townships (the ranking compares categories). */
const TOWNSHIP_CHARTS: Record<string, string[]> = {
  outreach: ['outreach:outreach_events', 'outreach:outreach_reach', 'outreach:outreach_materials'],
  disputes: ['disputes', 'success-rate'],
  shortcomings: ['shortcoming-matrix'],
  // The meeting brief gathers every chart.
  brief: ['outreach:outreach_events', 'outreach:outreach_reach', 'outreach:outreach_materials', 'disputes', 'success-rate', 'shortcoming-matrix'],
};

const townships = townshipNames('shipped');
let opened: OpenedPage;
let page: Page;

/** Marks the signal stale, so that waiting for 'true' waits for the page's next draw. */
async function markStale(p: Page): Promise<void> {
  await p.evaluate(() => {
    document.documentElement.dataset.chartsReady = 'stale';
  });
}

async function chooseView(p: Page, label: string): Promise<void> {
  const tab = p.getByRole('tab', { name: label });
  // Choosing the tab already chosen changes nothing, so there is no new draw to wait for.
  if ((await tab.getAttribute('aria-selected')) === 'true') return;
  await markStale(p);
  await tab.click();
  await waitForCharts(p);
}

openPageForFile((o) => {
  opened = o;
  page = o.page;
});

describe('the built dashboard with the shipped data', () => {
  it('ships a CSP meta tag without inline script', async () => {
    const response = await page.request.get(siteUrl('shipped'));
    const html = await response.text();
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).toMatch(/script-src 'self'/);
    expect(html).not.toMatch(/unsafe-inline/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('shows every township in every comparison, and writes a screenshot of each view', async () => {
    expect(townships.length).toBeGreaterThanOrEqual(5);
    await gotoAndWait(page, siteUrl('shipped'));
    for (const view of VIEWS) {
      await chooseView(page, view.label);
      await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe(view.label);
      if (view.id === 'overview') {
        const cardTitles = await page.locator('.card__title').allTextContents();
        expect(cardTitles).toEqual(townships.map((t) => t.name));
      }
      const expectedCharts = TOWNSHIP_CHARTS[view.id] ?? [];
      if (expectedCharts.length > 0) expect(await chartIds(page)).toEqual(expect.arrayContaining(expectedCharts));
      for (const chartId of expectedCharts) {
        const drawn = (await chartTexts(page, chartId)).join('\n');
        const tableRows = await tableRowHeaders(page, chartId);
        for (const { name } of townships) {
          expect(drawn, `${name} in chart ${chartId}`).toContain(name);
          expect(tableRows, `${name} in the table of ${chartId}`).toContain(name);
        }
      }
      if (view.id === 'extract') {
        // The extract page is loaded lazily: wait for its text box (and its rules),
        // so the screenshot shows the page and not "正在加载报告解析工具……".
        await page.getByRole('textbox', { name: /^报告原文/ }).waitFor({ timeout: 15_000 });
        await expect.poll(() => page.getByText('正在读取解析规则').count()).toBe(0);
      }
      await page.screenshot({ path: screenshotPath(`view-${view.id}`), fullPage: true });
    }
  });

  it('checks the quotes against the reports after the charts are drawn', async () => {
    await gotoAndWait(page, siteUrl('shipped', '#view=outreach'));
    await expect.poll(() => page.locator('.status-line').textContent(), { timeout: 15_000 }).toContain('引文核对完成');
    const quotes = readCsvRows('shipped', 'metrics.csv').length + readCsvRows('shipped', 'shortcomings.csv').length;
    expect(await page.locator('.status-line').textContent()).toContain(`${quotes}条引文均在报告原文中找到`);
  });

  it('shows 未报告 for 海子沟乡 in the disputes comparison, never 0', async () => {
    const haizigou = townships.find((t) => t.id === 'haizigou');
    expect(haizigou).toBeDefined();
    await gotoAndWait(page, siteUrl('shipped', '#view=disputes'));
    for (const chartId of TOWNSHIP_CHARTS.disputes!) {
      const row = page.locator(`figure[data-chart-id="${chartId}"] tbody tr`, { hasText: haizigou!.name });
      await expect.poll(() => row.count()).toBe(1);
      const cells = await row.locator('td').allTextContents();
      expect(cells.some((text) => text.includes('未报告'))).toBe(true);
      expect(cells.some((text) => /^\s*0\s*(起|件|%)?\s*$/.test(text))).toBe(false);
    }
    // In the chart, the row of 海子沟乡 carries a 未报告 label of its own.
    const texts = await chartTexts(page, 'disputes');
    expect(texts.some((text) => text.startsWith('未报告'))).toBe(true);
    // The found and resolved cells open the report, with the 未报告 explanation.
    await page.getByRole('button', { name: new RegExp(`${haizigou!.name} 化解.*未报告`) }).click();
    await expect.poll(() => page.locator('.provenance__not-reported').textContent()).toContain('未报告');
    await expect.poll(() => page.locator('.reader__text p').count()).toBeGreaterThan(3);
  });

  it('opens a quote, its report and the highlighted sentence from a table figure', async () => {
    const bitu = readCsvRows('shipped', 'metrics.csv').find((r) => r.township_id === 'bitu' && r.metric === 'disputes_screened');
    expect(bitu?.quote).toBeTruthy();
    await gotoAndWait(page, siteUrl('shipped', '#view=disputes'));
    const name = townships.find((t) => t.id === 'bitu')!.name;
    await page.getByRole('button', { name: new RegExp(`${name} 排查出的纠纷`) }).click();
    const panel = page.locator('aside.provenance');
    await expect.poll(() => panel.locator('.quote-entry__quote').first().textContent()).toBe(bitu!.quote);
    await expect.poll(() => panel.locator('.reader mark').first().textContent()).toBe(bitu!.quote);
    const report = readCsvRows('shipped', 'reports.csv').find((r) => r.township_id === 'bitu');
    expect(await panel.locator('.provenance__report').textContent()).toContain(report!.title!);
    // The highlighted sentence is scrolled into the reader's view.
    const visible = await panel.locator('.reader mark').first().evaluate((mark) => {
      const box = mark.closest('.reader__text')!.getBoundingClientRect();
      const rect = mark.getBoundingClientRect();
      return rect.top >= box.top && rect.bottom <= box.bottom;
    });
    expect(visible).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    await page.screenshot({ path: screenshotPath('after-panel-closed') });
  });

  it('shows a quote in a chart tooltip and opens it by clicking the bar', async () => {
    await gotoAndWait(page, siteUrl('shipped', '#view=outreach'));
    const chart = page.locator('figure[data-chart-id="outreach:outreach_events"] .echart');
    const first = readCsvRows('shipped', 'metrics.csv').find((r) => r.metric === 'outreach_events')!;
    const name = townships.find((t) => t.id === first.township_id)!.name;
    // The category label of that township: hover and click just right of it, on its bar.
    const label = chart.locator('svg text', { hasText: new RegExp(`^${name}$`) }).first();
    // The page may still be scrolled from an earlier test (only the hash changed).
    await label.scrollIntoViewIfNeeded();
    const box = await label.boundingBox();
    expect(box).not.toBeNull();
    // The tooltip (rich text, drawn inside the SVG) quotes the report: “…”.
    const quoted = `“${first.quote!}”`.replace(/\s+/g, '');
    const drawnText = async () => (await chartTexts(page, 'outreach:outreach_events')).join('').replace(/\s+/g, '');
    expect(await drawnText()).not.toContain(quoted);
    await page.mouse.move(box!.x + box!.width + 14, box!.y + box!.height / 2);
    await expect.poll(drawnText, { timeout: 5_000 }).toContain(quoted);
    await page.screenshot({ path: screenshotPath('tooltip-outreach') });
    await page.mouse.click(box!.x + box!.width + 14, box!.y + box!.height / 2);
    const panel = page.locator('aside.provenance');
    await expect.poll(() => panel.locator('.quote-entry__quote').allTextContents()).toContain(first.quote);
    await expect.poll(() => panel.locator('.reader mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('provenance-panel') });
  });

  it('lists the quotes of a chosen matrix cell', async () => {
    await gotoAndWait(page, siteUrl('shipped', '#view=shortcomings'));
    const mention = page.locator('.matrix-table button', { hasText: '提到' }).first();
    const label = await mention.getAttribute('aria-label');
    await mention.click();
    const list = page.locator('.cell-quotes');
    await expect.poll(() => list.locator('li').count()).toBeGreaterThan(0);
    expect(label).toContain(await list.locator('h4').textContent().then((t) => t!.split(' · ')[0]));
    expect(page.url()).toContain('cell=');
    await list.locator('li button').first().click();
    await expect.poll(() => page.locator('aside.provenance .reader mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('shortcomings-cell'), fullPage: false });
  });

  it('round-trips the URL: a copied link reopens the same view, choice and quote under another sub-path', async () => {
    await gotoAndWait(page, siteUrl('shipped'));
    await chooseView(page, '矛盾纠纷');
    const dropped = townships[townships.length - 2]!;
    await page.locator('.picker > summary').click();
    await markStale(page);
    await page.getByRole('checkbox', { name: new RegExp(dropped.name) }).uncheck();
    await waitForCharts(page);
    await page.locator('.picker > summary').click();
    const kept = townships.find((t) => t.id === 'bitu')!;
    await page.getByRole('button', { name: new RegExp(`${kept.name} 化解`) }).click();
    await expect.poll(() => page.locator('aside.provenance mark').count()).toBeGreaterThan(0);
    const quoteShown = await page.locator('.quote-entry__quote').first().textContent();
    const copied = page.url();
    expect(copied).toContain('view=disputes');

    const other = await openPage();
    try {
      const hash = new URL(copied).hash;
      await gotoAndWait(other.page, siteUrl('elsewhere', hash));
      expect(await other.page.getByRole('tab', { selected: true }).textContent()).toBe('矛盾纠纷');
      expect(await other.page.locator('.picker__summary').textContent()).toBe(`${townships.length - 1}/${townships.length}个`);
      const rows = await tableRowHeaders(other.page, 'disputes');
      expect(rows).not.toContain(dropped.name);
      expect(rows).toContain(kept.name);
      await expect.poll(() => other.page.locator('.quote-entry__quote').first().textContent()).toBe(quoteShown);
      // Reload: the same again.
      await other.page.reload();
      await waitForCharts(other.page);
      expect(await other.page.getByRole('tab', { selected: true }).textContent()).toBe('矛盾纠纷');
      expect(new URL(other.page.url()).hash).toBe(hash);
    } finally {
      await other.context.close();
    }
    // Back closes the panel (opening it was one history step).
    await page.goBack();
    await expect.poll(() => page.locator('aside.provenance').count()).toBe(0);
  });

  it('works from the keyboard: tabs move with arrow keys, headers sort with aria-sort', async () => {
    await gotoAndWait(page, siteUrl('shipped', '#view=overview'));
    await page.getByRole('tab', { name: '概览' }).focus();
    await markStale(page);
    await page.keyboard.press('ArrowRight');
    await waitForCharts(page);
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('普法宣传');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('普法宣传');

    // A table with 未报告 rows (发放普法资料: two reports give no figure), so their place in the order is checked.
    const chartId = 'outreach:outreach_materials';
    const header = page.locator(`figure[data-chart-id="${chartId}"] thead th`).nth(1);
    expect(await header.getAttribute('aria-sort')).toBe('none');
    await header.locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const values = await page
      .locator(`figure[data-chart-id="${chartId}"] tbody tr td:nth-child(2)`)
      .allTextContents();
    const numbers = values.filter((v) => !v.includes('未报告')).map((v) => Number(v.replace(/[^\d.]/g, '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    // 未报告 rows come after every figure.
    const firstSilent = values.findIndex((v) => v.includes('未报告'));
    expect(numbers.length).toBeGreaterThan(1);
    expect(firstSilent).toBe(numbers.length);
    expect(values.slice(firstSilent).every((v) => v.includes('未报告'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');

    // Every figure button is a real button with a label that says what it is.
    const unlabeled = await page.locator('button.figure:not([aria-label])').count();
    expect(unlabeled).toBe(0);
    // Focus is visible: the focused control has an outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    // ECharts aria: each chart has role img and a description.
    const ariaLabels = await page.locator('.echart [role="img"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
    expect(ariaLabels.length).toBeGreaterThanOrEqual(3);
    for (const label of ariaLabels) expect(label.length).toBeGreaterThan(10);
  });

  it('made no console error, no CSP violation and no request to another origin', async () => {
    // Its own load, so the check holds when this test runs alone too.
    await gotoAndWait(page, siteUrl('shipped', '#view=outreach'));
    expect(opened.record.pageErrors).toEqual([]);
    expect(opened.record.consoleErrors).toEqual([]);
    expect(opened.record.cspViolations).toEqual([]);
    expect(await domCspViolations(page)).toEqual([]);
    expect(foreignRequests(opened.record)).toEqual([]);
    // It did fetch its data from under its own sub-path.
    expect(opened.record.requests.some((url) => url.endsWith('/county/fazhi/dashboard/data/metrics.csv'))).toBe(true);
  });
});
