// The yearly cycle (issue 8): a year only partly in, several years of
// reports, and every catalog metric on the page. Data variants are built in
// global-setup.ts from tests/browser/years-data.ts on top of the shipped 2024
// reports; the expectations come from those files, not from the page.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chartIds, gotoAndWait, openPageForFile, screenshotPath, siteUrl, waitForCharts } from './helpers';
import { pdfPageTexts, pdfToPngs, squash } from './pdf';
import { readCsvRows } from './site-data';
import { PARTIAL_TOWNSHIP } from './years-data';

let page: Page;
openPageForFile((opened) => {
  page = opened.page;
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('a year only partly in', () => {
  it('opens on the year most townships have reported and says how many have each year', async () => {
    await gotoAndWait(page, siteUrl('partial', '#view=overview'));
    const coverage = await page.locator('.year-coverage li').allTextContents();
    expect(coverage).toEqual(['2025年：6个乡镇中1个已有报告', '2024年：6个乡镇中5个已有报告']);
    expect(await page.locator('.app-header__subtitle').textContent()).toContain('2024年');
    const options = await page.getByLabel('年份').locator('option').allTextContents();
    expect(options).toEqual(['2025年（已有报告1/6）', '2024年（已有报告5/6）', '全部年份']);
    expect(await page.getByLabel('年份').inputValue()).toBe('2024');
    await page.screenshot({ path: screenshotPath('years-partial-default') });
  });

  it('still shows the new year on request, with the new township’s figures', async () => {
    await gotoAndWait(page, siteUrl('partial', '#view=overview'));
    await page.getByLabel('年份').selectOption('2025');
    await waitForCharts(page);
    expect(page.url()).toContain('year=2025');
    const card = page.locator(`article.card[data-row-key="${PARTIAL_TOWNSHIP.id}:2025"]`);
    expect(await card.textContent()).toContain('≥40场次');
    await page.screenshot({ path: screenshotPath('years-partial-2025'), fullPage: true });
  });
});

describe('several years of reports', () => {
  it('opens on 2025 once most townships have it', async () => {
    await gotoAndWait(page, siteUrl('multi', '#view=overview'));
    expect(await page.getByLabel('年份').inputValue()).toBe('2025');
    expect(await page.locator('.year-coverage li').allTextContents()).toContain('2025年：5个乡镇中4个已有报告');
  });

  it('历年变化: each township per year, changes as the bounds allow, gaps not zeros, quotes a click away', async () => {
    await gotoAndWait(page, siteUrl('multi', '#view=history'));
    expect(await chartIds(page)).toEqual(expect.arrayContaining(['history:outreach_events', 'history:outreach_reach']));
    const table = page.locator('figure[data-chart-id="history:outreach_events"] .chart-card__table');
    const rowText = async (name: string) => (await table.locator('tbody tr', { has: page.locator(`th:text-is("${name}")`) }).textContent()) ?? '';
    expect(await rowText('塔尔玛乡')).toContain('减少至少15次');
    expect(await rowText('达果乡')).toContain('+8场次');
    expect(await rowText('碧土乡')).toContain('无法判断增减');
    expect(await rowText('哲古镇')).toContain('无法判断增减');
    const haizigou = await rowText('海子沟乡');
    expect(haizigou).toContain('无报告');
    expect(haizigou).not.toMatch(/\+|减少/);
    const reach = page.locator('figure[data-chart-id="history:outreach_reach"] .chart-card__table');
    expect(await reach.textContent()).toContain('口径不同（人→人次），不比较');
    // The chart draws the gap as 无报告, never a bar.
    const drawn = await page.locator('figure[data-chart-id="history:outreach_events"] .echart svg text').allTextContents();
    expect(drawn).toContain('无报告');
    await page.screenshot({ path: screenshotPath('years-history'), fullPage: true });
    await page.locator('figure[data-chart-id="history:outreach_events"]').screenshot({ path: screenshotPath('years-history-events') });
    await page.locator('figure[data-chart-id="history:outreach_reach"]').screenshot({ path: screenshotPath('years-history-reach') });

    const quote = readCsvRows('multi', 'metrics.csv').find((r) => r.township_id === 'daguo' && r.year === '2025' && r.metric === 'outreach_events')!.quote!;
    await table.getByRole('button', { name: /达果乡 2025年 普法宣传活动/ }).click();
    await expect.poll(() => page.locator('aside.provenance .quote-entry__quote').first().textContent()).toBe(quote);
    await page.keyboard.press('Escape');
  });

  it('the metric group is in the URL', async () => {
    await gotoAndWait(page, siteUrl('multi', '#view=history'));
    await page.getByRole('button', { name: /^矛盾纠纷/ }).click();
    await waitForCharts(page);
    expect(page.url()).toContain('group=disputes');
    expect(await chartIds(page)).toContain('history:disputes_resolved');
    await gotoAndWait(page, siteUrl('multi', '#view=history&group=disputes'));
    expect(await chartIds(page)).toContain('history:disputes_resolved');
  });

  it('the 简报 says what changed, never about a township without both reports', async () => {
    await gotoAndWait(page, siteUrl('multi', '#view=brief'));
    const change = page.locator('.brief__finding[data-finding-kind="change"]');
    const texts = await change.allTextContents();
    const events = texts.find((t) => t.startsWith('普法宣传活动（2024→2025年）'));
    expect(events).toContain('塔尔玛乡（减少至少15次）');
    expect(events).toContain('达果乡（+8场次）');
    expect(events).not.toContain('海子沟乡');
    expect(await page.locator('.brief__history figure.chart-card').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('years-brief'), fullPage: true });
    await page.locator('.brief__cover').screenshot({ path: screenshotPath('years-brief-findings') });
  });

  it('the printed 简报 carries the changes and the 历年变化 charts', async () => {
    await gotoAndWait(page, siteUrl('multi', '#view=brief'));
    const file = join(inject('outputDir'), 'print', 'years-multi-brief.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    pdfToPngs(file, join(inject('outputDir'), 'print', 'years-multi-brief'));
    const text = squash(pdfPageTexts(file).join(''));
    expect(text).toContain('塔尔玛乡（减少至少15次）');
    expect(text).toContain('历年变化');
    expect(text).toContain('普法宣传活动（2024—2025年）');
  });
});

describe('指标一览: every metric of the catalog', () => {
  it('every row of the shipped metrics.csv is on the page and opens its quote', async () => {
    const catalog = new Map(readCsvRows('shipped', 'metric-catalog.csv').map((r) => [r.id!, r] as const));
    const names = new Map(readCsvRows('shipped', 'townships.csv').map((r) => [r.id!, r.name!] as const));
    const rows = readCsvRows('shipped', 'metrics.csv');
    const groups = [...new Set(rows.map((r) => catalog.get(r.metric!)!.group!))];
    let checked = 0;
    for (const group of groups) {
      await gotoAndWait(page, siteUrl('shipped', `#view=catalog&group=${group}`));
      if (group === 'services') await page.screenshot({ path: screenshotPath('catalog-services') });
      for (const row of rows.filter((r) => catalog.get(r.metric!)!.group === group)) {
        const label = catalog.get(row.metric!)!.label!;
        const name = `${names.get(row.township_id!)} ${label} ${row.item} `;
        const button = page.getByRole('button', { name: new RegExp(`^${escape(name)}`) });
        expect(await button.count(), name).toBe(1);
        await button.click();
        await expect.poll(() => page.locator('aside.provenance .quote-entry__quote').allTextContents()).toContain(row.quote);
        checked += 1;
      }
    }
    expect(checked).toBe(rows.length);
  });

  it('a metric no selected report gives is one line, not an empty chart', async () => {
    // Loaded afresh: a change of group by hash alone keeps the previous view's
    // data-charts-ready="true" up while the new group renders (its cards were read half drawn).
    await page.goto('about:blank');
    await gotoAndWait(page, siteUrl('shipped', '#view=catalog&group=legal_services'));
    const ids = await chartIds(page);
    expect(ids).toEqual(expect.arrayContaining(['outreach:legal_literates', 'outreach:village_legal_advisers']));
    await gotoAndWait(page, siteUrl('multi', '#view=catalog&group=petitions'));
    // 2025: nobody reports petitions yet.
    expect(await chartIds(page)).toEqual([]);
    expect(await page.locator('.metric-silent').first().textContent()).toContain('均未给出这一数字（未报告）');
  });
});
