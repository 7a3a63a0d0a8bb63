// The desk's input slips (issue 16 item 4, issue 20 item 6), as a clerk makes
// them on the built site: a new township's name typed one character at a
// time gets the id of the whole name (七星镇 → qixing, never qi), and saving
// is blocked only with a reason; a report that is only invisible characters
// is refused in Chinese; a report of one township pasted while another is
// chosen is flagged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadPinyin } from '../../src/desk/pinyin';
import { makeTownshipId } from '../../src/desk/township-id';
import { openPageForEachTest, screenshotPath, type OpenedPage } from './helpers';
import { PROJECT_ROOT, copySiteWithData } from './site';
import { startStaticServer, type StaticServer } from './static-server';

const SITE_PATH = '/county/desk-input/dashboard/';
const SHIPPED_SITE = join(PROJECT_ROOT, 'test-output', 'browser-site', 'shipped');
const INPUT_SITE = join(PROJECT_ROOT, 'test-output', 'browser-site', 'desk-input');
const TEXT_BOX = '报告原文（粘贴全文，或把 .txt 文件拖到这里）';
const NEW_TOWNSHIP = '＋ 新增乡镇（列表中没有）';

/** A report whose title names no place, so the 新增乡镇 form starts empty and the clerk types the name. */
const reportOf = (name: string) =>
  [`2025年法治政府建设情况报告`, `一、主要举措`, `${name}全年开展普法宣传活动21场次，受教群众达1800余人次。全年排查矛盾纠纷15起，化解14起。`].join('\n');

let opened: OpenedPage;
let page: Page;
let server: StaticServer;

openPageForEachTest((o) => {
  opened = o;
  page = o.page;
});

beforeAll(async () => {
  await copySiteWithData(SHIPPED_SITE, INPUT_SITE, () => {});
  server = await startStaticServer([{ prefix: SITE_PATH, root: INPUT_SITE }]);
});

afterAll(async () => {
  await server?.close();
});

afterEach(() => {
  expect(opened.record.pageErrors).toEqual([]);
});

const field = (name: string) => page.getByLabel(name, { exact: true });
const townshipSelect = () => page.getByRole('combobox', { name: '乡镇', exact: true });
const zipButton = () => page.getByRole('button', { name: '下载完整数据包（.zip）' });
const shippedIds = () =>
  Papa.parse<{ id: string }>(readFileSync(join(SHIPPED_SITE, 'data', 'townships.csv'), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data.map((r) => r.id);

/** A fresh desk page (reloaded: no state of an earlier visit). */
async function openDesk() {
  await page.goto('about:blank');
  await page.goto(`${server.origin}${SITE_PATH}#view=extract`);
  const box = page.getByRole('textbox', { name: TEXT_BOX });
  await box.waitFor({ timeout: 60_000 });
  await expect.poll(() => page.getByText('正在读取解析规则').count()).toBe(0);
  return box;
}

/** The id the page shows once it has made one for the name as it stands. */
async function shownId(): Promise<string> {
  await expect.poll(() => page.locator('.desk-id').textContent(), { timeout: 30_000 }).toMatch(/^乡镇编号（自动生成）：/);
  return ((await page.locator('.desk-id').textContent()) ?? '').replace('乡镇编号（自动生成）：', '');
}

/** Pastes the report, chooses 新增乡镇 and enters the name (typed key by key, or all at once) and its places. */
async function enterNewTownship(name: string, how: 'typed' | 'pasted'): Promise<void> {
  const box = await openDesk();
  await box.fill(reportOf(name));
  await expect.poll(() => field('报告年度').inputValue()).toBe('2025');
  await townshipSelect().selectOption({ label: NEW_TOWNSHIP });
  expect(await field('乡镇名称').inputValue()).toBe('');
  if (how === 'typed') {
    await field('乡镇名称').click();
    await page.keyboard.type(name, { delay: 120 });
  } else {
    await field('乡镇名称').fill(name);
  }
  await field('所属县（区）').fill('测试县');
  await field('所属地级市（州、盟）').fill('测试市');
  await field('所属省（自治区、直辖市）').fill('四川省');
}

describe('新增乡镇: the id of a name typed one character at a time', () => {
  for (const name of ['七星镇', '白云', '云龙镇']) {
    it(`${name}: typed key by key, the id is the whole name's, and saving is never blocked without a reason`, async () => {
      const toPinyin = await loadPinyin();
      const expected = makeTownshipId(name, '测试县', shippedIds(), toPinyin);

      await enterNewTownship(name, 'pasted');
      const pastedId = await shownId();
      expect(pastedId).toBe(expected);

      await enterNewTownship(name, 'typed');
      expect(await field('乡镇名称').inputValue()).toBe(name);
      const typedId = await shownId();
      expect(typedId).toBe(pastedId);
      // The ledger's open figures are confirmed, the drafted rows taken: the save must be possible,
      // or say why not (never a disabled button with no reason).
      await page.getByRole('button', { name: '全部采用' }).click();
      const confirm = page.getByRole('checkbox', { name: /仍然保存/ });
      if ((await confirm.count()) > 0) await confirm.check();
      await expect.poll(() => page.locator('.desk-save__summary').textContent(), { timeout: 30_000 }).toContain(`【新乡镇，编号 ${expected}】`);
      expect(await zipButton().isEnabled()).toBe(true);
      if (name === '七星镇') await page.locator('.desk-identity').screenshot({ path: screenshotPath('desk-input-typed-name') });

      // What is saved carries the same id: townships.csv of the package.
      const [download] = await Promise.all([page.waitForEvent('download'), zipButton().click()]);
      const path = join(inject('outputDir'), 'exports', `desk-input-${expected}.zip`);
      await (download as Download).saveAs(path);
      const entries = unzipSync(new Uint8Array(readFileSync(path)));
      const townships = new TextDecoder().decode(entries['data/townships.csv']);
      expect(townships).toMatch(new RegExp(`^${expected},${name},测试县,测试市,四川省\\r?$`, 'm'));
      expect(Object.keys(entries)).toContain(`data/reports/${expected}-2025.txt`);
    });
  }
});

describe('a report that is only invisible characters', () => {
  const cases: [string, string][] = [
    ['zero-width spaces, BOM and spaces', '\u200b\u200b \ufeff\u3000\u200b\n\u2060\u200d  '],
    ['a BOM and spaces only', '\ufeff   \n\t '],
  ];
  for (const [label, text] of cases) {
    it(`is refused with a Chinese message (${label})`, async () => {
      const box = await openDesk();
      await box.fill(text);
      const alert = page.getByRole('alert').filter({ hasText: '报告原文是空的' });
      await expect.poll(() => alert.count(), { timeout: 30_000 }).toBe(1);
      expect(await alert.textContent()).toContain('去掉空格和不可见字符后没有文字');
      // Nothing can be saved: no package is offered, or its buttons are disabled with the reason listed.
      await townshipSelect().selectOption('bitu');
      if ((await zipButton().count()) > 0) {
        expect(await zipButton().isEnabled()).toBe(false);
        expect(await page.locator('.desk-save').textContent()).toContain('报告原文是空的');
      }
      expect(await page.locator('.desk-save__summary').count()).toBe(0);
    });
  }
});

describe('a report of one township while another is chosen', () => {
  const DAGUO = readFileSync(join(SHIPPED_SITE, 'data', 'reports', 'daguo-2024.txt'), 'utf8');

  it('is flagged when pasted with another township chosen beforehand', async () => {
    const box = await openDesk();
    await townshipSelect().selectOption('bitu');
    await box.fill(DAGUO);
    const notice = page.getByRole('alert').filter({ hasText: '粘贴前选的是“碧土乡”' });
    await expect.poll(() => notice.count(), { timeout: 30_000 }).toBe(1);
    expect(await notice.textContent()).toContain('已改选“达果乡”');
    expect(await townshipSelect().inputValue()).toBe('daguo');
    await page.locator('.extract-page').screenshot({ path: screenshotPath('desk-input-other-township') });
  });

  it('is flagged when another township is chosen for it afterwards', async () => {
    const box = await openDesk();
    await box.fill(DAGUO);
    await expect.poll(() => townshipSelect().inputValue()).toBe('daguo');
    await townshipSelect().selectOption('bitu');
    const warning = page.getByRole('alert').filter({ hasText: '报告原文中没有出现“碧土乡”' });
    await expect.poll(() => warning.count(), { timeout: 30_000 }).toBe(1);
  });
});
