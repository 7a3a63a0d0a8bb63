// Saving at the desk while the server misbehaves (issue 23, issue 20): the
// server fails one table during the save in each way (503, a dropped
// connection, an HTML page served with 200, a truncated body) and the save is
// refused with the file and cause named and a 重试 button — no download. On
// retry the package is unzipped and compared field by field with the site's
// files. Then: a second report saved before the first is deployed carries
// the first; a semicolon/CRLF/GBK metrics.csv gets rows in its own dialect;
// the folder check names copies and refuses a zip that is not a package.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page, Route } from 'playwright-core';
import { unzipSync, zipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkDataFolder } from '../../src/data/index';
import { encodeGbk } from '../../src/desk/gbk';
import { LOADER_LIMITS } from '../../src/desk/table-guard';
import { openPageForFile, screenshotPath, type OpenedPage } from './helpers';
import { PROJECT_ROOT, copySiteWithData } from './site';
import { startStaticServer, type StaticServer } from './static-server';

const SITE_PATH = '/county/save/dashboard/';
const SHIPPED_SITE = join(PROJECT_ROOT, 'test-output', 'browser-site', 'shipped');
const SAVE_SITE = join(PROJECT_ROOT, 'test-output', 'browser-site', 'desk-save');
const TEXT_BOX = '报告原文（粘贴全文，或把 .txt 文件拖到这里）';
const TABLES = ['townships.csv', 'reports.csv', 'metric-catalog.csv', 'metrics.csv', 'shortcoming-categories.csv', 'shortcomings.csv'];

const NEW_REPORT = [
  '重庆市城口县高观镇2025年法治政府建设情况报告',
  '发布时间：2026-02-10',
  '一、主要举措',
  '（一）深入开展普法宣传。全年开展普法宣传活动36场次，受教群众达3200余人次。',
  '（二）化解矛盾纠纷。全年排查矛盾纠纷42起，化解40起。',
  '二、存在的问题',
  '一是群众法治意识不强；二是普法形式单一。',
].join('\n');

const BITU_2025 = ['碧土乡2025年法治政府建设情况报告', '发布时间: 2026-03-02', '一、主要举措', '全年开展普法宣传活动21场次，受教群众达1800余人次。', '二、存在的问题', '一是普法形式单一。'].join('\n');

let opened: OpenedPage;
let page: Page;
let server: StaticServer;

openPageForFile((o) => {
  opened = o;
  page = o.page;
});

beforeAll(async () => {
  await copySiteWithData(SHIPPED_SITE, SAVE_SITE, () => {});
  server = await startStaticServer([{ prefix: SITE_PATH, root: SAVE_SITE }]);
});

afterAll(async () => {
  await server?.close();
});

afterEach(() => {
  // The refusals are the page's own; a failed fetch of a routed file is logged by Chromium as a console error.
  expect(opened.record.pageErrors).toEqual([]);
});

const siteFile = (file: string) => readFileSync(join(SAVE_SITE, 'data', file));
const shot = (name: string) => page.locator('.desk-save').screenshot({ path: screenshotPath(name) });
const zipButton = () => page.getByRole('button', { name: '下载完整数据包（.zip）' });
const dataUrl = (file: string) => new RegExp(`${SITE_PATH}data/${file.replace('.', '\\.')}(\\?|$)`);

async function openDeskWith(text: string, newTownship: boolean): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${server.origin}${SITE_PATH}#view=extract`);
  const box = page.getByRole('textbox', { name: TEXT_BOX });
  await box.waitFor({ timeout: 60_000 });
  await expect.poll(() => page.getByText('正在读取解析规则').count(), { timeout: 60_000 }).toBe(0);
  await box.fill(text);
  if (newTownship) {
    await page.getByRole('combobox', { name: '乡镇', exact: true }).selectOption({ label: '＋ 新增乡镇（列表中没有）' });
    await expect.poll(() => page.locator('.desk-id').textContent(), { timeout: 60_000 }).toContain('gaoguan');
  }
  await page.getByRole('button', { name: '全部采用' }).click();
  // The problems section is part of the report: taken too, or the report would not be accounted for.
  if ((await page.getByRole('button', { name: '采用全部问题' }).count()) > 0) await page.getByRole('button', { name: '采用全部问题' }).click();
  await expect.poll(() => page.locator('.desk-save__summary').count(), { timeout: 60_000 }).toBe(1);
}

async function download(name: string): Promise<Map<string, Uint8Array>> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), zipButton().click()]);
  const path = join(inject('outputDir'), 'exports', name);
  await (file as Download).saveAs(path);
  const entries = unzipSync(new Uint8Array(readFileSync(path)));
  return new Map(Object.entries(entries).filter(([p]) => !p.endsWith('/')).map(([p, b]) => [p.replace(/^data\//, ''), b]));
}

const records = (bytes: Uint8Array, decoder = new TextDecoder('utf-8')) =>
  Papa.parse<string[]>(decoder.decode(bytes).replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;

/** Every record of the site's table is in the package's table, field by field, in order, first. */
function expectKept(site: Uint8Array, pkg: Uint8Array, file: string, decoder?: TextDecoder): number {
  const before = records(site, decoder);
  const after = records(pkg, decoder);
  expect(after.slice(0, before.length), file).toEqual(before);
  return after.length - before.length;
}

const FAILURES: Array<{ name: string; handle: (route: Route) => Promise<void>; cause: RegExp }> = [
  { name: '503', handle: (r) => r.fulfill({ status: 503, body: 'Service Unavailable' }), cause: /服务器返回错误 503/ },
  { name: 'connection dropped', handle: (r) => r.abort('connectionreset'), cause: /网络连接失败或中断/ },
  { name: 'HTML page with 200', handle: (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><html><body>请先登录</body></html>' }), cause: /网页（HTML）/ },
  {
    name: 'truncated body',
    handle: async (r) => {
      const whole = siteFile('metrics.csv');
      await r.fulfill({ status: 200, headers: { 'Content-Type': 'text/csv', 'Content-Length': String(whole.length) }, body: whole.subarray(0, whole.length >> 1) });
    },
    cause: /没有读完整|网络连接失败或中断/,
  },
];

describe('保存: the server fails one table during the save', () => {
  it('refuses in each way, naming the file and cause, with 重试; nothing is downloaded', async () => {
    await openDeskWith(NEW_REPORT, true);
    let downloads = 0;
    page.on('download', () => downloads++);
    for (const failure of FAILURES) {
      await page.route(dataUrl('metrics.csv'), failure.handle);
      await zipButton().click();
      const refusal = page.locator('.desk-refused');
      // Each way has its own cause, so a message left from the previous way does not pass.
      await expect.poll(() => refusal.textContent(), { timeout: 60_000 }).toMatch(failure.cause);
      const text = (await refusal.textContent()) ?? '';
      expect(text, failure.name).toContain('没有保存');
      expect(text, failure.name).toContain('无法读取网站上的 metrics.csv');
      expect(await refusal.getByRole('button', { name: '重试' }).count()).toBe(1);
      if (failure.name === '503') await shot('desk-save-refused-503');
      await page.unroute(dataUrl('metrics.csv'));
    }
    expect(downloads).toBe(0);
  });

  it('on 重试 with the server well again, saves a package that keeps every field of every table and shows the row counts', async () => {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: '重试' }).click()]);
    const path = join(inject('outputDir'), 'exports', 'desk-save-retry.zip');
    await (file as Download).saveAs(path);
    const pkg = new Map(Object.entries(unzipSync(new Uint8Array(readFileSync(path)))).map(([p, b]) => [p.replace(/^data\//, ''), b]));
    const added: Record<string, number> = {};
    for (const table of TABLES) added[table] = expectKept(siteFile(table), pkg.get(table)!, table);
    expect(added['townships.csv']).toBe(1);
    expect(added['metrics.csv']).toBeGreaterThan(0);
    const counts = page.getByRole('region', { name: '各数据表的行数' });
    await expect.poll(() => counts.textContent(), { timeout: 60_000 }).toContain('metrics.csv：原有');
    const before = records(siteFile('metrics.csv')).length - 1;
    expect(await counts.textContent()).toContain(`metrics.csv：原有 ${before} 行，现有 ${before + added['metrics.csv']!} 行（新增 ${added['metrics.csv']} 行）`);
    expect(await page.locator('.desk-saved .desk-check__summary').textContent()).toMatch(/^检查通过/);
    await shot('desk-save-counts');
  });
});

describe('保存: a second report before the first is deployed', () => {
  it('the second package carries the first report too', async () => {
    await openDeskWith(BITU_2025, false);
    expect(await page.locator('.desk-batch').textContent()).toContain('高观镇 2025 年');
    const pkg = await download('desk-save-batch.zip');
    expect(new TextDecoder().decode(pkg.get('reports/gaoguan-2025.txt'))).toBe(NEW_REPORT);
    expect(new TextDecoder().decode(pkg.get('reports/bitu-2025.txt'))).toBe(BITU_2025);
    const metrics = records(pkg.get('metrics.csv')!);
    expect(metrics.some((r) => r[0] === 'gaoguan' && r[1] === '2025')).toBe(true);
    expect(metrics.some((r) => r[0] === 'bitu' && r[1] === '2025')).toBe(true);
    for (const table of TABLES) expectKept(siteFile(table), pkg.get(table)!, table);
    await expect.poll(() => page.locator('.desk-saved').textContent(), { timeout: 60_000 }).toContain('这个数据包包含本次保存的全部 2 份报告');
    await shot('desk-save-batch');
  });
});

describe('保存: a metrics.csv in another dialect (semicolons, CRLF, GBK)', () => {
  it('appends the new rows in that dialect; the old bytes stay; the loader reads every new field', async () => {
    const original = records(siteFile('metrics.csv'));
    const dialect = encodeGbk(Papa.unparse(original, { delimiter: ';', newline: '\r\n' }) + '\r\n')!;
    await page.route(dataUrl('metrics.csv'), (r) => r.fulfill({ status: 200, contentType: 'text/csv', body: Buffer.from(dialect) }));
    await openDeskWith(BITU_2025.replace(/2025/g, '2023'), false);
    const pkg = await download('desk-save-dialect.zip');
    await page.unroute(dataUrl('metrics.csv'));
    const saved = pkg.get('metrics.csv')!;
    expect([...saved.subarray(0, dialect.length)]).toEqual([...dialect]);
    const gbk = new TextDecoder('gbk');
    const text = gbk.decode(saved);
    expect(text.split('\r\n').filter((l) => l.startsWith('bitu;2023;')).length).toBeGreaterThan(0);
    const folder = new Map(pkg).set('metrics.csv', saved);
    const check = await checkDataFolder((p) => (folder.get(p) ? { bytes: folder.get(p)! } : { bytes: null, reason: '文件不存在' }));
    expect(check.errors).toBe(0);
    const newRows = check.dataset.metrics.filter((m) => m.townshipId === 'bitu' && m.year === 2023);
    expect(newRows.length).toBeGreaterThan(0);
    for (const row of newRows) expect(BITU_2025.replace(/2025/g, '2023')).toContain(row.quote);
  });
});

describe('检查数据文件夹: names and packages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'desk-check-'));

  it('checks "metrics (1).csv" as metrics.csv and names other files as not used', async () => {
    await page.goto('about:blank');
    await page.goto(`${server.origin}${SITE_PATH}#view=extract`);
    writeFileSync(join(dir, 'metrics (1).csv'), siteFile('metrics.csv'));
    writeFileSync(join(dir, '说明.docx'), 'x');
    await page.getByLabel('选择文件（CSV、TXT 或 .zip）…').setInputFiles([join(dir, 'metrics (1).csv'), join(dir, '说明.docx')]);
    const result = page.locator('.desk-check-panel');
    await expect.poll(() => result.textContent(), { timeout: 60_000 }).toContain('“metrics (1).csv”按 metrics.csv 检查');
    expect(await result.textContent()).toContain('没有检查：说明.docx');
  });

  it('warns when the files have fewer rows than the site serves', async () => {
    const lines = new TextDecoder().decode(siteFile('metrics.csv')).split('\n');
    writeFileSync(join(dir, 'metrics.csv'), lines.slice(0, lines.length - 4).join('\n') + '\n');
    await page.getByLabel('选择文件（CSV、TXT 或 .zip）…').setInputFiles([join(dir, 'metrics.csv')]);
    const result = page.locator('.desk-check-panel');
    await expect.poll(() => result.textContent(), { timeout: 60_000 }).toContain('这个数据包比网站上现有的数据少3行（metrics.csv），部署后这些数据会丢失');
    expect(await result.locator('.desk-check__summary').textContent()).not.toMatch(/^检查通过/);
    await result.screenshot({ path: screenshotPath('desk-check-fewer-rows') });
  });

  it('refuses a zip of another project and a truncated zip, in Chinese, never with the green check', async () => {
    writeFileSync(join(dir, 'other.zip'), zipSync({ 'project/src/index.js': new TextEncoder().encode('x'), 'project/data.csv': new TextEncoder().encode('a,b') }));
    await page.getByLabel('选择文件（CSV、TXT 或 .zip）…').setInputFiles([join(dir, 'other.zip')]);
    const result = page.locator('.desk-check-panel');
    await expect.poll(() => result.textContent(), { timeout: 60_000 }).toContain('不是这个看板的数据包');
    expect(await result.locator('.desk-check').count()).toBe(0);
    const good = zipSync({ 'data/metrics.csv': siteFile('metrics.csv'), 'data/townships.csv': siteFile('townships.csv') });
    writeFileSync(join(dir, 'cut.zip'), good.subarray(0, good.length - 40));
    await page.getByLabel('选择文件（CSV、TXT 或 .zip）…').setInputFiles([join(dir, 'cut.zip')]);
    await expect.poll(() => result.textContent(), { timeout: 60_000 }).toContain('不是完整的 .zip 文件');
    expect(await result.locator('.desk-check').count()).toBe(0);
  });
});

describe('保存: a table at the loader\'s row limit', () => {
  it('refuses before anything is downloaded when the new rows would pass the limit (with no limit: keeps every row)', async () => {
    const limit = LOADER_LIMITS.maxRowsPerFile;
    const original = records(siteFile('metrics.csv'));
    const total = limit ?? 30_000;
    const filler = Array.from({ length: total - (original.length - 1) }, (_, i) => original[1]!.map((cell, c) => (c === 3 ? `${cell}${i}` : cell)));
    const full = new TextEncoder().encode(`${Papa.unparse([...original, ...filler], { newline: '\n' })}\n`);
    await openDeskWith(BITU_2025.replace(/2025/g, '2022'), false);
    // The site's metrics.csv grows to the limit while the clerk works.
    await page.route(dataUrl('metrics.csv'), (r) => r.fulfill({ status: 200, contentType: 'text/csv', body: Buffer.from(full) }));
    if (limit !== undefined) {
      let downloads = 0;
      page.on('download', () => downloads++);
      await zipButton().click();
      const blocked = page.locator('.desk-save [role="alert"]', { hasText: '没有保存' });
      await expect.poll(() => blocked.textContent(), { timeout: 60_000 }).toContain(`超过看板每个文件能读取的 ${limit.toLocaleString('en-US')} 行`);
      expect(await blocked.textContent()).toContain('metrics.csv 保存后将有');
      expect(downloads).toBe(0);
      await shot('desk-save-limit');
    } else {
      const pkg = await download('desk-save-limit.zip');
      expectKept(full, pkg.get('metrics.csv')!, 'metrics.csv');
    }
    await page.unroute(dataUrl('metrics.csv'));
  });
});
