// Bad rows in the data: the page lists each problem with file, line and
// column in a Chinese panel, and still draws everything else.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gotoAndWait, openPageForFile, screenshotPath, siteUrl, type OpenedPage } from './helpers';

let opened: OpenedPage;
let page: Page;

openPageForFile((o) => {
  opened = o;
  page = o.page;
});

describe('data problems', () => {
  const rows = inject('brokenRows');

  it('lists each bad row with file, line and column, and draws the rest', async () => {
    await gotoAndWait(page, siteUrl('broken', '#view=outreach'));
    const panel = page.locator('details.problems');
    expect(await panel.getAttribute('open')).not.toBeNull();
    expect(await panel.locator('summary').textContent()).toMatch(/数据问题（\d+个错误/);
    const cells = await panel.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    const find = (file: string, line: number) => cells.find((c) => c[1] === file && c[2] === String(line));
    const notANumber = find('metrics.csv', rows.notANumberLine);
    expect(notANumber?.[3]).toBe('value');
    expect(notANumber?.[4]).toContain('200余');
    expect(find('metrics.csv', rows.unknownTownshipLine)?.[3]).toBe('township_id');
    expect(find('shortcomings.csv', rows.unknownCategoryLine)?.[3]).toBe('category');
    // The good rows still make their charts.
    expect(await page.locator('figure.chart-card').count()).toBe(3);
    await page.screenshot({ path: screenshotPath('problems-panel') });
    // The panel folds away from the keyboard.
    await panel.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await panel.getAttribute('open')).toBeNull();
    expect(opened.record.pageErrors).toEqual([]);
  });
});
