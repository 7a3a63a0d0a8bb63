// The data desk (issue 9) as a county clerk uses it, on the built site: a new
// township's report is pasted, its township added without typing an id, its
// rows reviewed, the dashboard previewed with the draft, and the complete data
// folder downloaded as a .zip; the .zip is unpacked into a copy of the
// deployed site's data/, the page reloaded, and the new township is in the
// views with its figures and their quotes. The same for a second year of a
// township already in the data; then replacing a report (only after an
// explicit confirmation, with a backup), writing straight into a picked
// folder (File System Access API, over the browser's private file system),
// and checking a data folder in the page against `npm run check-data`.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkDataFolder } from '../../src/data/index';
import { openPageForFile, screenshotPath, waitForCharts, type OpenedPage } from './helpers';
import { PROJECT_ROOT, copySiteWithData } from './site';
import { startStaticServer, type StaticServer } from './static-server';

const SITE_PATH = '/county/desk/dashboard/';
const SHIPPED_SITE = join(PROJECT_ROOT, 'test-output', 'browser-site', 'shipped');
/** The copy of the deployed site that the clerk's packages are unpacked into. */
const DESK_SITE = join(PROJECT_ROOT, 'test-output', 'browser-site', 'desk');
const TEXT_BOX = '报告原文（粘贴全文，或把 .txt 文件拖到这里）';

/** A new township's report: a municipality (重庆 has no prefecture level). */
const NEW_REPORT = [
  '首页 > 政务公开 > 法治政府建设',
  '重庆市城口县高观镇2025年法治政府建设情况报告',
  '发布时间：2026-02-10 浏览次数：88次',
  '一、主要举措',
  '（一）深入开展普法宣传。全年开展普法宣传活动36场次，受教群众达3200余人次，发放宣传资料4500余份。',
  '（二）化解矛盾纠纷。全年排查矛盾纠纷42起，化解40起，调解成功率达95%以上。',
  '二、存在的问题',
  '一是群众法治意识不强；二是普法形式单一。',
].join('\n');

/** A second year of 碧土乡, already in the data for 2024. */
const BITU_2025 = [
  '碧土乡2025年法治政府建设情况报告',
  '发布时间: 2026-03-02',
  '一、主要举措',
  '全年开展普法宣传活动21场次，受教群众达1800余人次。全年排查矛盾纠纷15起，化解14起。',
  '二、存在的问题',
  '一是普法形式单一。',
].join('\n');

let opened: OpenedPage;
let page: Page;
let server: StaticServer;

openPageForFile((o) => {
  opened = o;
  page = o.page;
});

beforeAll(async () => {
  await copySiteWithData(SHIPPED_SITE, DESK_SITE, () => {});
  server = await startStaticServer([{ prefix: SITE_PATH, root: DESK_SITE }]);
});

afterAll(async () => {
  await server?.close();
});

afterEach(() => {
  expect(opened.record.consoleErrors).toEqual([]);
  expect(opened.record.pageErrors).toEqual([]);
});

const deskUrl = (hash = '') => `${server.origin}${SITE_PATH}${hash}`;

/** Opens the site afresh (a reload: the page reads data/ again), not just a change of hash. */
async function load(hash: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(deskUrl(hash));
}
const shot = (name: string) => page.screenshot({ path: screenshotPath(name), fullPage: true });

async function openDesk(): Promise<Locator> {
  await load('#view=extract');
  const textBox = page.getByRole('textbox', { name: TEXT_BOX });
  await textBox.waitFor({ timeout: 15_000 });
  await expect.poll(() => page.getByText('正在读取解析规则').count()).toBe(0);
  return textBox;
}

const field = (name: string) => page.getByLabel(name, { exact: true });
const townshipSelect = () => page.getByRole('combobox', { name: '乡镇', exact: true });
const metricSelect = (figure: string) => page.getByRole('combobox', { name: `数字“${figure}”的指标` });

/** Accepts every drafted figure and every drafted shortcoming, as a reviewer who checked them would. */
async function acceptAll(): Promise<void> {
  await page.getByRole('button', { name: '全部采用' }).click();
  const shortcomings = page.getByRole('group', { name: /^问题“.*：是否采用$/ });
  for (let i = 0; i < (await shortcomings.count()); i++) {
    await shortcomings.nth(i).getByRole('button', { name: '采用', exact: true }).click();
  }
}

async function downloadZip(saveAs: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载完整数据包（.zip）' }).click()]);
  const path = join(inject('outputDir'), 'exports', saveAs);
  await (download as Download).saveAs(path);
  return readFileSync(path);
}

/** Unpacks a package over the desk site's data/ folder, as the clerk is told to (files of the same name replaced). */
function deploy(zip: Buffer): void {
  const entries = unzipSync(new Uint8Array(zip));
  for (const [path, bytes] of Object.entries(entries)) {
    if (path.endsWith('/')) continue;
    const target = join(DESK_SITE, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}

const deployedText = (file: string) => readFileSync(join(DESK_SITE, 'data', file), 'utf8');
const csvRows = (text: string) => Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const bodyLines = (text: string) => text.replace(/^\uFEFF/, '').split(/\r?\n/).slice(1).filter((l) => l !== '');

function filesUnder(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path).split('\\').join('/'), new Uint8Array(readFileSync(path)));
    }
  };
  walk(dir);
  return files;
}

async function checkDeployed() {
  const files = filesUnder(join(DESK_SITE, 'data'));
  return checkDataFolder((path) => {
    const bytes = files.get(path);
    return bytes ? { bytes } : { bytes: null, reason: '文件不存在' };
  });
}

/** Opens a figure's provenance from the disputes table and returns the panel. */
async function openDisputeQuote(label: string): Promise<Locator> {
  await page.getByRole('button', { name: new RegExp(`^${label} 排查出的纠纷`) }).click();
  const panel = page.locator('aside.provenance');
  await panel.waitFor();
  return panel;
}

describe('数据录入: a new township, start to finish', () => {
  const shippedMetrics = readFileSync(join(SHIPPED_SITE, 'data', 'metrics.csv'), 'utf8');

  it('reads year, title and date from the text, and makes the new township id from its name', async () => {
    const textBox = await openDesk();
    await shot('desk-1-empty');
    await textBox.fill(NEW_REPORT);
    await expect.poll(() => field('报告年度').inputValue()).toBe('2025');
    expect(await field('报告标题（照录原文）').inputValue()).toBe('重庆市城口县高观镇2025年法治政府建设情况报告');
    expect(await field('发布日期（报告未写可留空）').inputValue()).toBe('2026-02-10');
    // Not in the list: nothing is chosen for the clerk.
    expect(await townshipSelect().inputValue()).toBe('');
    await shot('desk-2-pasted');

    await townshipSelect().selectOption({ label: '＋ 新增乡镇（列表中没有）' });
    expect(await field('乡镇名称').inputValue()).toBe('高观镇');
    expect(await field('所属县（区）').inputValue()).toBe('城口县');
    expect(await field('所属地级市（州、盟）').inputValue()).toBe('重庆市');
    expect(await field('所属省（自治区、直辖市）').inputValue()).toBe('重庆市');
    expect(await page.getByText('直辖市（北京、天津、上海、重庆）没有地级市一级').count()).toBe(1);
    await expect.poll(() => page.locator('.desk-id').textContent(), { timeout: 15_000 }).toBe('乡镇编号（自动生成）：gaoguan');
    await page.locator('.desk-identity').screenshot({ path: screenshotPath('desk-3-new-township') });
  });

  it('reviews the rows and previews the dashboard with the draft, labelled as a preview', async () => {
    await acceptAll();
    // A correction, as the reviewer would make it: 42起 is the number of disputes found.
    await metricSelect('42起').selectOption('disputes_screened');
    await expect.poll(() => page.locator('.desk-save__summary').textContent()).toMatch(/高观镇（城口县）【新乡镇，编号 gaoguan】 2025 年报告.*指标 \d+ 行，存在的问题 [1-9]\d* 行/);
    await shot('desk-4-reviewed');

    const [preview] = await Promise.all([opened.context.waitForEvent('page'), page.getByRole('button', { name: '预览看板（新标签页）' }).click()]);
    await preview.waitForLoadState();
    await preview.waitForFunction(() => document.documentElement.dataset.chartsReady === 'true', null, { timeout: 20_000 });
    const banner = preview.getByRole('note', { name: '预览说明' });
    expect(await banner.textContent()).toContain('预览（未发布）');
    expect(await banner.textContent()).toContain('高观镇 2025 年报告');
    await expect.poll(() => preview.locator('.card__title').allTextContents()).toContain('高观镇');
    await preview.screenshot({ path: screenshotPath('desk-5-preview'), fullPage: true });
    // Nothing was written to the site by the preview.
    expect(deployedText('townships.csv')).not.toContain('gaoguan');
    await preview.close();
  });

  it('downloads the complete data folder as a .zip that passes check-data', async () => {
    const zip = await downloadZip('data-gaoguan-2025.zip');
    const entries = Object.keys(unzipSync(new Uint8Array(zip)));
    for (const file of ['townships.csv', 'reports.csv', 'metrics.csv', 'shortcomings.csv', 'metric-catalog.csv', 'shortcoming-categories.csv', 'extraction-rules.csv', 'README.md', 'reports/bitu-2024.txt', 'reports/gaoguan-2025.txt']) {
      expect(entries, file).toContain(`data/${file}`);
    }
    await expect.poll(() => page.locator('.desk-saved__lead').textContent()).toContain('已下载数据包 data-gaoguan-2025.zip');
    expect(await page.locator('.desk-saved .desk-check__summary').textContent()).toMatch(/^检查通过/);
    await page.locator('.desk-save').screenshot({ path: screenshotPath('desk-6-saved-zip') });
    deploy(zip);
  });

  it('after unpacking into the deployed data/, shows the new township with its figures and quotes', async () => {
    expect((await checkDeployed()).problems).toEqual([]);
    const township = csvRows(deployedText('townships.csv')).find((t) => t.id === 'gaoguan');
    expect(township).toEqual({ id: 'gaoguan', name: '高观镇', county: '城口县', prefecture: '重庆市', province: '重庆市' });
    const report = csvRows(deployedText('reports.csv')).find((r) => r.township_id === 'gaoguan');
    expect(report).toEqual({ township_id: 'gaoguan', year: '2025', title: '重庆市城口县高观镇2025年法治政府建设情况报告', published: '2026-02-10', file: 'reports/gaoguan-2025.txt', figures_accounted: 'yes' });
    expect(deployedText('reports/gaoguan-2025.txt')).toBe(NEW_REPORT);
    // Every shipped row is still there, unchanged and first.
    const lines = bodyLines(shippedMetrics);
    expect(bodyLines(deployedText('metrics.csv')).slice(0, lines.length)).toEqual(lines);

    await load('#view=overview&year=2025');
    await waitForCharts(page);
    const card = page.locator('article.card', { has: page.getByRole('heading', { name: '高观镇', exact: true }) });
    expect(await card.locator('.card__meta').textContent()).toContain('重庆市城口县高观镇2025年法治政府建设情况报告');
    await shot('desk-7-deployed-overview');

    const found = csvRows(deployedText('metrics.csv')).find((m) => m.township_id === 'gaoguan' && m.metric === 'disputes_screened')!;
    expect(found).toMatchObject({ value: '42', unit: '起', bound: 'exact' });
    await load('#view=disputes&year=2025');
    await waitForCharts(page);
    const panel = await openDisputeQuote('高观镇');
    await expect.poll(() => panel.locator('.quote-entry__quote').first().textContent()).toBe(found.quote);
    await expect.poll(() => panel.locator('.reader mark').first().textContent()).toBe(found.quote);
    expect(await panel.locator('.provenance__report').textContent()).toContain('2026-02-10发布');
    await shot('desk-8-deployed-provenance');
  });
});

describe('数据录入: a second year of a township already in the data', () => {
  it('chooses the township from the title, saves, and the views show both years', async () => {
    const before = deployedText('metrics.csv');
    const textBox = await openDesk();
    await textBox.fill(BITU_2025);
    await expect.poll(() => townshipSelect().inputValue()).toBe('bitu');
    expect(await field('发布日期（报告未写可留空）').inputValue()).toBe('2026-03-02');
    expect(await page.locator('.desk-new-township').count()).toBe(0);
    await acceptAll();
    await metricSelect('15起').selectOption('disputes_screened');
    // A value changed away from what its quote says would fail check-data: saving waits until it is put right.
    const value = page.getByRole('textbox', { name: '数字“21场次”的数值' });
    await value.fill('22');
    await expect.poll(() => page.locator('.desk-save').textContent()).toContain('的数值 22 在引文“');
    expect(await page.getByRole('button', { name: '下载完整数据包（.zip）' }).isDisabled()).toBe(true);
    await value.fill('21');
    await expect.poll(() => page.locator('.desk-save__summary').textContent()).toMatch(/^将加入：碧土乡（左贡县） 2025 年报告/);
    await shot('desk-9-second-year');
    deploy(await downloadZip('data-bitu-2025.zip'));

    expect((await checkDeployed()).problems).toEqual([]);
    expect(bodyLines(deployedText('metrics.csv')).slice(0, bodyLines(before).length)).toEqual(bodyLines(before));
    expect(csvRows(deployedText('townships.csv')).filter((t) => t.id === 'bitu')).toHaveLength(1);
    const bitu = csvRows(deployedText('reports.csv')).filter((r) => r.township_id === 'bitu').map((r) => r.year);
    expect(bitu).toEqual(['2024', '2025']);

    await load('#view=overview&year=all&t=bitu');
    await waitForCharts(page);
    expect(await page.locator('.card__title').allTextContents()).toEqual(['碧土乡 2024年', '碧土乡 2025年']);
    await shot('desk-10-second-year-overview');

    const found = csvRows(deployedText('metrics.csv')).find((m) => m.township_id === 'bitu' && m.year === '2025' && m.metric === 'disputes_screened')!;
    expect(found).toMatchObject({ value: '15' });
    await load('#view=disputes&year=2025');
    await waitForCharts(page);
    const panel = await openDisputeQuote('碧土乡');
    await expect.poll(() => panel.locator('.quote-entry__quote').first().textContent()).toBe(found.quote);
    await expect.poll(() => panel.locator('.reader mark').first().textContent()).toBe(found.quote);
    expect(await panel.locator('.provenance__report').textContent()).toContain('碧土乡2025年法治政府建设情况报告');
    await shot('desk-11-second-year-provenance');
  });
});

describe('数据录入: replacing, writing into a folder, checking a folder', () => {
  it('replaces a report only after the clerk confirms, and keeps the previous files as a backup', async () => {
    const textBox = await openDesk();
    await textBox.fill(BITU_2025.replace('受教群众达1800余人次', '受教群众达1900余人次'));
    await expect.poll(() => townshipSelect().inputValue()).toBe('bitu');
    await acceptAll();
    const zipButton = page.getByRole('button', { name: '下载完整数据包（.zip）' });
    expect(await page.getByRole('alert').filter({ hasText: '保存会用这份报告替换它' }).count()).toBe(1);
    expect(await zipButton.isDisabled()).toBe(true);
    await page.locator('.desk-save').screenshot({ path: screenshotPath('desk-12-replace-confirm') });
    await page.getByRole('checkbox', { name: '我确认替换已有的报告' }).check();
    const zip = unzipSync(new Uint8Array(await downloadZip('data-bitu-2025-replaced.zip')));
    const text = (path: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(zip[path]!);

    const backups = Object.keys(zip).filter((p) => p.startsWith('data/backup/'));
    const dir = backups[0]!.split('/').slice(0, 3).join('/');
    expect(dir).toMatch(/^data\/backup\/bitu-2025-\d{8}-\d{6}$/);
    expect(backups.sort()).toEqual(['metrics.csv', 'reports.csv', 'reports/bitu-2025.txt', 'shortcomings.csv'].map((f) => `${dir}/${f}`));
    for (const file of ['metrics.csv', 'reports.csv', 'reports/bitu-2025.txt']) expect(text(`${dir}/${file}`), file).toBe(deployedText(file));
    const bitu2025 = csvRows(text('data/metrics.csv')).filter((m) => m.township_id === 'bitu' && m.year === '2025');
    expect(bitu2025.some((m) => m.quote!.includes('1900余人次'))).toBe(true);
    expect(bitu2025.some((m) => m.quote!.includes('1800余人次'))).toBe(false);
    // Everything else is as deployed.
    const others = (t: string) => csvRows(t).filter((m) => !(m.township_id === 'bitu' && m.year === '2025'));
    expect(others(text('data/metrics.csv'))).toEqual(others(deployedText('metrics.csv')));
  });

  it('writes straight into a data folder the clerk picks (File System Access API)', async () => {
    // The picker is the one part a test cannot click through: it hands over a
    // folder of the browser's private file system holding the deployed data.
    const files = [...filesUnder(join(DESK_SITE, 'data'))].map(([path, bytes]) => [path, Buffer.from(bytes).toString('utf8')] as const);
    await page.addInitScript(() => {
      (window as unknown as { showDirectoryPicker: () => Promise<unknown> }).showDirectoryPicker = async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle('site-data', { create: true });
    });
    const textBox = await openDesk();
    await page.evaluate(async (entries) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry('site-data', { recursive: true }).catch(() => undefined);
      const dir = await root.getDirectoryHandle('site-data', { create: true });
      for (const [path, text] of entries) {
        const parts = path.split('/');
        let at = dir;
        for (const part of parts.slice(0, -1)) at = await at.getDirectoryHandle(part, { create: true });
        const writable = await (await at.getFileHandle(parts[parts.length - 1]!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    }, files);
    const report = NEW_REPORT.replace(/重庆市城口县高观镇/g, '那曲市申扎县雄梅镇');
    await textBox.fill(report);
    await townshipSelect().selectOption({ label: '＋ 新增乡镇（列表中没有）' });
    await field('所属省（自治区、直辖市）').fill('西藏自治区');
    await expect.poll(() => page.locator('.desk-id').textContent(), { timeout: 15_000 }).toBe('乡镇编号（自动生成）：xiongmei');
    await acceptAll();
    await expect.poll(() => page.locator('.desk-save__summary').textContent()).toContain('雄梅镇（申扎县）【新乡镇，编号 xiongmei】');
    await page.getByRole('button', { name: '直接写入数据文件夹…' }).click();
    await expect.poll(() => page.locator('.desk-saved__lead').textContent(), { timeout: 15_000 }).toContain('已写入所选的数据文件夹');
    expect(await page.locator('.desk-saved .desk-check__summary').textContent()).toMatch(/^检查通过/);
    await page.locator('.desk-save').screenshot({ path: screenshotPath('desk-13-saved-folder') });

    const written = await page.evaluate(async () => {
      const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('site-data');
      const read = async (path: string) => {
        const parts = path.split('/');
        let at = dir;
        for (const part of parts.slice(0, -1)) at = await at.getDirectoryHandle(part);
        return (await (await at.getFileHandle(parts[parts.length - 1]!)).getFile()).text();
      };
      return { townships: await read('townships.csv'), reports: await read('reports.csv'), text: await read('reports/xiongmei-2025.txt'), catalog: await read('metric-catalog.csv') };
    });
    expect(csvRows(written.townships).find((t) => t.id === 'xiongmei')).toEqual({ id: 'xiongmei', name: '雄梅镇', county: '申扎县', prefecture: '那曲市', province: '西藏自治区' });
    expect(csvRows(written.reports).map((r) => r.township_id)).toContain('xiongmei');
    expect(written.text).toBe(report);
    // Files the report does not touch are left as they were.
    expect(written.catalog).toBe(deployedText('metric-catalog.csv'));
    expect(bodyLines(written.townships).slice(0, bodyLines(deployedText('townships.csv')).length)).toEqual(bodyLines(deployedText('townships.csv')));
  });

  it('checks a data folder in the page with the same findings as npm run check-data', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'desk-check-'));
    try {
      cpSync(join(DESK_SITE, 'data'), broken, { recursive: true });
      // A value written with 余 (line 3) and a quote that is not in its report (line 5).
      const metrics = Papa.parse<string[]>(readFileSync(join(broken, 'metrics.csv'), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      metrics[2]![4] = `${metrics[2]![4]}余`;
      metrics[4]![7] = `报告里没有这句话${metrics[4]![4]}`;
      writeFileSync(join(broken, 'metrics.csv'), `${Papa.unparse(metrics, { newline: '\n' })}\n`);
      writeFileSync(join(broken, 'shortcomings.csv'), `${readFileSync(join(broken, 'shortcomings.csv'), 'utf8')}bitu,2024,no_such_category,普法形式单一\n`);
      const cli = await new Promise<string>((done) =>
        execFile(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), [join(PROJECT_ROOT, 'scripts/check-data.ts'), broken], { cwd: PROJECT_ROOT }, (_error, stdout) => done(stdout)),
      );
      const cliLines = cli.split('\n').filter((line) => line.startsWith('  ')).map((line) => line.trim());
      const cliSummary = cli.trim().split('\n').pop();
      expect(cliLines.length).toBeGreaterThanOrEqual(3);

      await openDesk();
      // A whole folder, chosen with the folder picker.
      await page.getByLabel('选择 data 文件夹…').setInputFiles(broken);
      await expect.poll(() => page.locator('.desk-check-panel .desk-check__summary').textContent()).toBe(cliSummary);
      expect(await page.locator('.desk-check-panel .desk-check__line').allTextContents()).toEqual(cliLines);
      expect(await page.locator('.desk-check-panel .desk-check__quotes').textContent()).toBe(cli.trim().split('\n').slice(-2)[0]);
      await page.locator('.desk-check-panel').screenshot({ path: screenshotPath('desk-14-check-folder') });

      // Two CSV files edited in a spreadsheet: the rest is taken from the site, and the page says so.
      await page.getByLabel('选择文件（CSV、TXT 或 .zip）…').setInputFiles([join(broken, 'metrics.csv'), join(broken, 'shortcomings.csv')]);
      await expect.poll(() => page.locator('.desk-check-panel').textContent()).toContain('按网站上现有的文件检查：townships.csv、reports.csv、metric-catalog.csv、shortcoming-categories.csv');
      await expect.poll(() => page.locator('.desk-check-panel .desk-check__line').allTextContents()).toEqual(cliLines);
      await page.locator('.desk-check-panel').screenshot({ path: screenshotPath('desk-15-check-files') });

      // A data package dropped on the panel is unpacked and checked whole.
      const zip = [...readFileSync(join(inject('outputDir'), 'exports', 'data-bitu-2025.zip'))];
      await page.locator('.desk-drop').evaluate((zone, bytes) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], 'data-bitu-2025.zip', { type: 'application/zip' }));
        zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, zip);
      await expect.poll(() => page.locator('.desk-check-panel .desk-check__summary').textContent()).toMatch(/^检查通过/);
      expect(await page.locator('.desk-check-panel').textContent()).not.toContain('按网站上现有的文件检查');
    } finally {
      rmSync(resolve(broken), { recursive: true, force: true });
    }
  });
});
