// The figure ledger at the desk (issue 16): a report the rules cannot fully
// draft (a 两场, a 20余处, a plan) — every open figure is placed or set aside
// through the page (mouse and keyboard), and the saved package records that
// the report was accounted for; saving with figures open asks first, names
// how many remain, and records it (reports.csv figures_accounted = no).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { gotoAndWait, openPageForFile, screenshotPath, siteUrl } from './helpers';

const TEXT_BOX = '报告原文（粘贴全文，或把 .txt 文件拖到这里）';

/** An invented report of a township not in the data (四川省达州市渠县): written for this test. */
const QINGXI_2025 = [
  '四川省达州市渠县清溪场镇2025年法治政府建设情况报告',
  '一、主要举措',
  '（一）深入开展普法宣传。全年开展普法宣传活动26场次，受教群众达5100余人次，发放宣传资料3000余份，举办法治文艺演出两场，设置法治宣传展板30余处。',
  '（二）化解矛盾纠纷。全年排查矛盾纠纷31起，化解29起。',
  '二、存在的问题',
  '一是普法形式单一。',
  '三、下一步打算',
  '每季度开展集中普法活动不少于2次。',
].join('\n');

let page: Page;
openPageForFile((o) => {
  page = o.page;
});

const field = (name: string) => page.getByLabel(name, { exact: true });
const ledgerLines = () => page.locator('.figure-ledger__list li');
const ledgerHeading = () => page.locator('.figure-ledger h3');

async function openDesk(): Promise<Locator> {
  await gotoAndWait(page, siteUrl('shipped', '#view=extract'));
  const textBox = page.getByRole('textbox', { name: TEXT_BOX });
  await textBox.waitFor({ timeout: 15_000 });
  await expect.poll(() => page.getByText('正在读取解析规则').count()).toBe(0);
  return textBox;
}

async function downloadZip(saveAs: string): Promise<Record<string, string>> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载完整数据包（.zip）' }).click()]);
  const path = join(inject('outputDir'), 'exports', saveAs);
  await (download as Download).saveAs(path);
  const entries = unzipSync(new Uint8Array(readFileSync(path)));
  return Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name.replace(/^data\//, ''), new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')]));
}

const rowsOf = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

async function chooseNewTownship(): Promise<void> {
  await page.getByRole('combobox', { name: '乡镇', exact: true }).selectOption({ label: '＋ 新增乡镇（列表中没有）' });
  // 新增乡镇 from the title: the province is no part of the prefecture.
  expect(await field('乡镇名称').inputValue()).toBe('清溪场镇');
  expect(await field('所属县（区）').inputValue()).toBe('渠县');
  expect(await field('所属地级市（州、盟）').inputValue()).toBe('达州市');
  await field('所属省（自治区、直辖市）').fill('四川省');
  await expect.poll(() => page.locator('.desk-id').textContent(), { timeout: 15_000 }).toBe('乡镇编号（自动生成）：qingxichang');
}

describe('报告解析: the figure ledger', () => {
  it('lists every figure; the open ones are placed or set aside through the page; the package records the report as accounted for', async () => {
    const textBox = await openDesk();
    await textBox.fill(QINGXI_2025);
    await chooseNewTownship();
    await page.getByRole('button', { name: '全部采用' }).click();
    await page.getByRole('button', { name: '采用全部问题' }).click();
    await expect.poll(() => ledgerLines().count()).toBeGreaterThan(6);
    const lines = await ledgerLines().allTextContents();
    for (const figure of ['26场次', '5100余人次', '3000余份', '两场', '30余处', '31起', '29起', '不少于2次']) {
      expect(lines.some((l) => l.startsWith(figure)), figure).toBe(true);
    }
    const openBefore = Number(/待处理 (\d+)/.exec((await ledgerHeading().textContent()) ?? '')?.[1]);
    expect(openBefore).toBeGreaterThan(0);
    // Saving is held back, with the number of open figures named.
    await expect.poll(() => page.getByText(`还有 ${openBefore} 个数字未处理`).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: '下载完整数据包（.zip）' }).isDisabled()).toBe(true);
    await page.locator('.figure-ledger').screenshot({ path: screenshotPath('ledger-1-open') });

    // 两场: chosen by its tag in the highlighted report (mouse), placed as 普法宣传活动.
    await page.locator('.extract-report mark', { hasText: '两场' }).getByRole('button').click();
    const form = page.getByRole('group', { name: '处理数字“两场”' });
    await form.getByRole('combobox', { name: '录入为指标' }).selectOption('outreach_events');
    await form.getByRole('button', { name: '录入', exact: true }).click();
    await page.locator('.figure-ledger').screenshot({ path: screenshotPath('ledger-2-placed') });

    // The rest by keyboard: the figure's button in the list, Enter, a reason, 不录入.
    for (let guard = 0; guard < 10; guard++) {
      const open = page.locator('.figure-ledger__line--open .figure-ledger__pick').first();
      if ((await open.count()) === 0) break;
      await open.focus();
      await page.keyboard.press('Enter');
      const reasonForm = page.locator('.figure-ledger__form');
      await reasonForm.getByRole('combobox', { name: '不录入，理由' }).focus();
      await reasonForm.getByRole('button', { name: '不录入', exact: true }).focus();
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => ledgerHeading().textContent()).toContain('待处理 0');
    await page.locator('.figure-ledger').screenshot({ path: screenshotPath('ledger-3-accounted') });
    await page.screenshot({ path: screenshotPath('ledger-page'), fullPage: true });

    const files = await downloadZip('ledger-qingxichang.zip');
    const report = rowsOf(files['reports.csv']!).find((r) => r.township_id === 'qingxichang');
    expect(report?.figures_accounted).toBe('yes');
    const placed = rowsOf(files['metrics.csv']!).find((r) => r.township_id === 'qingxichang' && r.value === '2');
    // Quote verbatim from the text, value and bound from it.
    expect(placed).toMatchObject({ metric: 'outreach_events', value: '2', bound: 'exact', quote: '举办法治文艺演出两场' });
    expect(QINGXI_2025).toContain(placed!.quote);
    expect(rowsOf(files['metrics.csv']!).filter((r) => r.township_id === 'qingxichang' && (r.quote ?? '').includes('不少于'))).toEqual([]);
  });

  it('saves with figures open only after a confirmation naming how many remain, and records it as not accounted for', async () => {
    const textBox = await openDesk();
    // The same report pasted afresh (box emptied first): nothing of the last round carries over.
    await textBox.fill('');
    await textBox.fill(QINGXI_2025);
    await chooseNewTownship();
    await page.getByRole('button', { name: '全部采用' }).click();
    await page.getByRole('button', { name: '采用全部问题' }).click();
    await expect.poll(() => ledgerHeading().textContent()).toMatch(/待处理 [1-9]/);
    const open = Number(/待处理 (\d+)/.exec((await ledgerHeading().textContent()) ?? '')?.[1]);
    expect(open).toBeGreaterThan(0);
    const confirm = page.getByRole('checkbox', { name: `仍然保存（还有 ${open} 个数字未处理）` });
    await confirm.check();
    await expect.poll(() => page.getByRole('button', { name: '下载完整数据包（.zip）' }).isDisabled()).toBe(false);
    const files = await downloadZip('ledger-qingxichang-open.zip');
    expect(rowsOf(files['reports.csv']!).find((r) => r.township_id === 'qingxichang')?.figures_accounted).toBe('no');
    // The shipped reports stay accounted for.
    expect(rowsOf(files['reports.csv']!).filter((r) => r.township_id !== 'qingxichang').every((r) => r.figures_accounted === 'yes')).toBe(true);
  });
});
