// What the page shows when a clerk's edit breaks a whole file (issue 10, parse
// level): an empty metrics.csv, a missing townships.csv, an unclosed double
// quote, and a 20 MB metrics.csv. Nothing silently empty, the broken quote
// named where it opens with the rows after it kept, and a large file read
// without freezing the page.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gotoAndWait, openPageForFile, screenshotPath, siteUrl, type OpenedPage } from './helpers';
import { PROJECT_ROOT } from './site';

let opened: OpenedPage;
let page: Page;

openPageForFile((o) => {
  opened = o;
  page = o.page;
});

const sites = inject('dataErrorSites');
const urlOf = (site: keyof typeof sites.paths, hash: string): string => `${inject('origin')}${sites.paths[site]}${hash}`;

/** Cells of the problems table: [级别, 文件, 行, 列, 说明] per row. */
async function problemRows(p: Page): Promise<string[][]> {
  // The problems panel is loaded on its own (not part of the view): it may come after the charts.
  await p.locator('details.problems tbody tr').first().waitFor({ state: 'attached' });
  return p
    .locator('details.problems tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

const hintText = (p: Page) => p.locator('details.problems .problems__hint').textContent();

describe('whole-file failures are said plainly', () => {
  it('metrics.csv with only its header: the views of figures say why nothing is drawn; shortcomings still show', async () => {
    await gotoAndWait(page, urlOf('empty', '#view=outreach'));
    const notice = page.locator('.data-gap');
    expect(await notice.count()).toBe(1);
    expect(await notice.textContent()).toContain('metrics.csv：只有表头，没有数据行');
    expect(await page.locator('figure.chart-card').count()).toBe(0);
    // No figure reads 未报告 as if the reports were silent.
    expect(await page.locator('main').textContent()).not.toContain('未报告');
    const hint = await hintText(page);
    expect(hint).toContain('metrics.csv 无法使用');
    expect(hint).not.toContain('其余数据正常显示');
    const rows = await problemRows(page);
    expect(rows.find((r) => r[1] === 'metrics.csv')?.[0]).toBe('错误');
    await page.screenshot({ path: screenshotPath('data-error-empty-metrics'), fullPage: true });

    await gotoAndWait(page, urlOf('empty', '#view=shortcomings'));
    expect(await page.locator('.data-gap').count()).toBe(0);
    expect(await page.locator('figure.chart-card').count()).toBeGreaterThan(0);
  });

  it('townships.csv missing: nothing can be shown and the page says so, without asking to pick a township', async () => {
    await gotoAndWait(page, urlOf('nothing', '#view=overview'));
    const notice = page.locator('.data-gap');
    expect(await notice.locator('h2').textContent()).toBe('没有可显示的数据');
    expect(await notice.textContent()).toContain('townships.csv');
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).not.toContain('至少选择一个乡镇');
    expect(await page.locator('.app-header .controls').count()).toBe(0);
    expect(await hintText(page)).toContain('页面上没有可显示的数据');
    await page.screenshot({ path: screenshotPath('data-error-no-townships'), fullPage: true });
    expect(opened.record.pageErrors).toEqual([]);
  });
});

describe('an unclosed double quote', () => {
  it('is listed on the line where it opens with the rows it swallowed, and those rows still count', async () => {
    const { line, swallowed } = sites.brokenQuote;
    await gotoAndWait(page, urlOf('brokenQuote', '#view=outreach'));
    const rows = await problemRows(page);
    const broken = rows.find((r) => r[1] === 'metrics.csv' && r[2] === String(line));
    expect(broken?.[3]).toBe('quote');
    expect(broken?.[4]).toContain(`后面的 ${swallowed} 行`);
    expect(broken?.[4]).toContain(`第${line + 1}行起已重新逐行读入`);
    // Only that row is lost: the events chart (line 3 is a reach row) reads as on the intact site.
    const table = '[data-chart-id="outreach:outreach_events"] .chart-card__table';
    const brokenTable = await page.locator(table).textContent();
    expect(await page.locator('figure.chart-card').count()).toBe(3);
    await page.screenshot({ path: screenshotPath('data-error-broken-quote'), fullPage: false });
    await gotoAndWait(page, siteUrl('shipped', '#view=outreach'));
    expect(brokenTable).toBe(await page.locator(table).textContent());
  });
});

describe('a 20 MB metrics.csv', () => {
  it(`is read whole off the main thread with progress shown, its pasted copies refused as duplicates`, async () => {
    expect(sites.large.bytes).toBeGreaterThan(15 * 1024 * 1024);
    // Every text the loading line shows, as the page paints it.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __loadingTexts: string[] }).__loadingTexts = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.loading-status')?.textContent;
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(urlOf('large', '#view=outreach'));
    // Every one of its 145,000 rows is read and checked now (no row limit): give a busy machine time.
    await page.waitForFunction(() => document.documentElement.dataset.chartsReady === 'true', null, { timeout: 300_000 });
    const texts = await page.evaluate(() => (window as unknown as { __loadingTexts: string[] }).__loadingTexts);
    // The page painted while metrics.csv was being parsed: the parse did not hold the main thread.
    expect(texts.some((t) => /正在检查 metrics\.csv，已读 ([1-9]|[1-9]\d)%/.test(t)), texts.join(' | ')).toBe(true);

    // No row limit (issue 19/22): every row is read; the pasted copies are refused as duplicates, each of its figure.
    const status = await page.locator('.status-line').textContent();
    expect(status).not.toContain('上限');
    const rows = await problemRows(page);
    expect(rows.some((r) => r[4]!.includes('上限'))).toBe(false);
    expect(rows.some((r) => r[1] === 'metrics.csv' && r[4]!.includes('重复'))).toBe(true);
    // Tens of thousands of duplicate rows are summarised, not listed one by one.
    expect(rows.filter((r) => r[1] === 'metrics.csv').length).toBeLessThanOrEqual(100);
    expect(await page.locator('.problems__omitted').textContent()).toMatch(/metrics\.csv 另有 \d+ 个问题未列出/);
    expect(await page.locator('figure.chart-card').count()).toBe(3);
    await page.screenshot({ path: screenshotPath('data-error-large-file'), fullPage: false });
    expect(opened.record.pageErrors).toEqual([]);
    // The worker script is the site's own file: the strict CSP lets it run.
    expect(opened.record.cspViolations).toEqual([]);
  }, 400_000);
});

describe('the page and check-data', () => {
  /** check-data's problem lines ("file:line [column] 错误：…") and its quote sentence for a folder. */
  const checkData = (dir: string): Promise<{ code: number; lines: string[]; sentence: string }> =>
    new Promise((done) => {
      execFile(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), [join(PROJECT_ROOT, 'scripts/check-data.ts'), dir], { cwd: PROJECT_ROOT }, (error, stdout) => {
        done({
          code: error ? Number(error.code) : 0,
          lines: stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.slice(2)),
          sentence: stdout.split('\n').find((l) => l.startsWith('引文核对')) ?? '',
        });
      });
    });

  it('list the same problems and say the same about the quotes, for the same files', async () => {
    await gotoAndWait(page, urlOf('mixed', '#view=outreach'));
    await expect.poll(() => page.locator('[data-quote-check]').count(), { timeout: 20_000 }).toBe(1);
    const sentence = await page.locator('[data-quote-check]').textContent();
    const panel = (await problemRows(page)).map(
      ([severity, file, line, column, detail]) => `${file}${line === '—' ? '' : `:${line}`}${column === '—' ? '' : ` [${column}]`} ${severity}：${detail}`,
    );
    const cli = await checkData(sites.dataDirs.mixed);
    // Why a report is unreadable is worded by where it was read from: HTTP 404 on the page, 文件不存在 on disk.
    const same = (lines: string[]) => lines.map((l) => l.replace(/无法读取（[^）]*）/, '无法读取（…）')).sort();
    expect(same(panel)).toEqual(same(cli.lines));
    expect(panel.length).toBeGreaterThanOrEqual(6);
    expect(sentence).toBe(cli.sentence);
    expect(sentence).toContain('1份报告原文无法读取');
    expect(cli.code).toBe(1);
    await page.locator('details.problems').screenshot({ path: screenshotPath('data-error-mixed-problems') });
  });
});
