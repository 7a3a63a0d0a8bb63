// Issue 16, done means: a clerk enters three reports the rules were not
// written from as one batch (a new township, the second year of two shipped
// ones) through the page — township and title checked, drafted rows taken,
// every open figure placed or set aside in the ledger, drafted rows that are
// wrong corrected — saves after each report, deploys only the last package,
// and the deployed site never says 未报告 for a figure a report text gives:
// not on a view, in print, in a table's CSV, in the Excel or the Word export.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseChineseNumber } from '../../src/data/numerals';
import { BATCH_REPORTS, townshipIdOf, type BatchReport, type ExpectedFigure } from './batch-cycle-reports';
import { openPageForFile, screenshotPath, waitForCharts, type OpenedPage } from './helpers';
import { waitForQuoteCheck } from './row-checks';
import { PROJECT_ROOT, copySiteWithData } from './site';
import { startStaticServer, type StaticServer } from './static-server';

const DESK_PATH = '/county/batch-desk/dashboard/';
const DEPLOYED_PATH = '/county/batch-deployed/dashboard/';
const SHIPPED_SITE = join(PROJECT_ROOT, 'test-output', 'browser-site', 'shipped');
const DESK_SITE = join(PROJECT_ROOT, 'test-output', 'browser-site', 'batch-desk');
const DEPLOYED_SITE = join(PROJECT_ROOT, 'test-output', 'browser-site', 'batch-deployed');
const TEXT_BOX = '报告原文（粘贴全文，或把 .txt 文件拖到这里）';

let opened: OpenedPage;
let page: Page;
let server: StaticServer;
/** The last package saved: the one deployed. */
let lastPackage: Map<string, Uint8Array> | null = null;
/** The clerk's actions per report (clicks, choices, keys; typing a field counts once). */
const actions: Record<string, number> = {};

openPageForFile((o) => {
  opened = o;
  page = o.page;
});

beforeAll(async () => {
  await copySiteWithData(SHIPPED_SITE, DESK_SITE, () => {});
  await copySiteWithData(SHIPPED_SITE, DEPLOYED_SITE, () => {});
  server = await startStaticServer([
    { prefix: DESK_PATH, root: DESK_SITE },
    { prefix: DEPLOYED_PATH, root: DEPLOYED_SITE },
  ]);
});

afterAll(async () => {
  await server?.close();
  console.log(`batch-cycle: clerk actions per report ${JSON.stringify(actions)}`);
});

const rowsOf = (bytes: Uint8Array) => Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const field = (name: string) => page.getByLabel(name, { exact: true });
const ledgerHeading = () => page.locator('.figure-ledger h3');
const openCount = async () => Number(/待处理 (\d+)/.exec((await ledgerHeading().textContent()) ?? '')?.[1]);

/** Enters one report at the desk, as the clerk does, counting the clerk's actions. */
async function enterReport(report: BatchReport): Promise<void> {
  let count = 0;
  const act = async <T>(action: Promise<T>): Promise<T> => {
    count++;
    return action;
  };
  const box = page.getByRole('textbox', { name: TEXT_BOX });
  await box.waitFor({ timeout: 60_000 });
  await expect.poll(() => page.getByText('正在读取解析规则').count(), { timeout: 60_000 }).toBe(0);
  await act(box.fill(report.text));
  const township = page.getByRole('combobox', { name: '乡镇', exact: true });
  if ('existing' in report.township) {
    // The title names the township: chosen already; the clerk checks it.
    await expect.poll(() => township.inputValue(), { timeout: 30_000 }).toBe(report.township.existing);
  } else {
    const fresh = report.township.new;
    await act(township.selectOption({ label: '＋ 新增乡镇（列表中没有）' }));
    // Name, county and prefecture come from the title; the clerk fills in what it does not say.
    expect(await field('乡镇名称').inputValue()).toBe(fresh.name);
    expect(await field('所属县（区）').inputValue()).toBe(fresh.county);
    expect(await field('所属地级市（州、盟）').inputValue()).toBe(fresh.prefecture);
    if ((await field('所属省（自治区、直辖市）').inputValue()) !== fresh.province) await act(field('所属省（自治区、直辖市）').fill(fresh.province));
    await expect.poll(() => page.locator('.desk-id').textContent(), { timeout: 30_000 }).toBe(`乡镇编号（自动生成）：${fresh.id}`);
  }
  expect(await field('报告年度').inputValue()).toBe(String(report.year));
  expect(await field('报告标题（照录原文）').inputValue()).toBe(report.title);

  await act(page.getByRole('button', { name: '全部采用' }).click());
  // The problems section: the drafted problems are taken (the reader checked them).
  await act(page.getByRole('button', { name: '问题全部采用' }).click());
  await expect.poll(() => page.locator('.figure-ledger__list li').count(), { timeout: 30_000 }).toBeGreaterThan(0);

  // Every open figure: placed as the reader places it, or set aside with the reader's reason.
  const placedBefore = new Set<ExpectedFigure>();
  for (let guard = 0; guard < 60 && (await openCount()) > 0; guard++) {
    const line = page.locator('.figure-ledger__line--open').first();
    const figureText = (await line.locator('.figure-ledger__pick').textContent())?.trim() ?? '';
    await act(line.locator('.figure-ledger__pick').click());
    const form = page.getByRole('group', { name: `处理数字“${figureText}”` });
    const reason = report.notResults[figureText];
    if (reason) {
      await act(form.getByRole('combobox', { name: '不录入，理由' }).selectOption(reason));
      await act(form.getByRole('button', { name: '不录入', exact: true }).click());
    } else {
      const figure = figureOfText(report, figureText, placedBefore);
      await act(form.getByRole('combobox', { name: '录入为指标' }).selectOption(figure.metric));
      await act(form.getByRole('button', { name: '录入', exact: true }).click());
    }
  }
  expect(await openCount()).toBe(0);
  await page.locator('.figure-ledger').screenshot({ path: screenshotPath(`batch-ledger-${townshipIdOf(report)}`) });

  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), act(page.getByRole('button', { name: '下载完整数据包（.zip）' }).click())]);
  const path = join(inject('outputDir'), 'exports', `batch-${townshipIdOf(report)}.zip`);
  await (download as Download).saveAs(path);
  lastPackage = new Map(
    Object.entries(unzipSync(new Uint8Array(readFileSync(path))))
      .filter(([p]) => !p.endsWith('/'))
      .map(([p, b]) => [p.replace(/^data\//, ''), b]),
  );
  await expect.poll(() => page.locator('.desk-saved .desk-check__summary').textContent(), { timeout: 60_000 }).toMatch(/^检查通过/);
  actions[townshipIdOf(report)] = count;
}

/** The reader's figure for an open ledger figure: the first of that value not yet used. */
function figureOfText(report: BatchReport, figureText: string, used: Set<ExpectedFigure>): ExpectedFigure {
  const value = parseChineseNumber(figureText.replace(/[^0-9.,零〇一二两三四五六七八九十百千万亿]/g, ''));
  const unused = report.metricsOf.filter((f) => !used.has(f));
  const figure = unused.find((f) => f.written === figureText) ?? unused.find((f) => f.written === undefined && f.value === value);
  if (!figure) throw new Error(`${report.file}: the open figure “${figureText}” is neither a result the reader placed nor set aside`);
  used.add(figure);
  return figure;
}

describe('a batch of three reports entered at the desk and deployed as one package', () => {
  it('enters each report, accounts for every figure and saves; the last package holds all three', async () => {
    for (const report of BATCH_REPORTS) {
      await page.goto('about:blank');
      await page.goto(`${server.origin}${DESK_PATH}#view=extract`);
      await enterReport(report);
    }
    const pkg = lastPackage!;
    const reports = rowsOf(pkg.get('reports.csv')!);
    const metrics = rowsOf(pkg.get('metrics.csv')!);
    for (const report of BATCH_REPORTS) {
      const id = townshipIdOf(report);
      expect(new TextDecoder().decode(pkg.get(`reports/${id}-${report.year}.txt`)), report.file).toBe(report.text);
      expect(reports.find((r) => r.township_id === id && r.year === String(report.year))?.figures_accounted, report.file).toBe('yes');
      const saved = metrics
        .filter((m) => m.township_id === id && m.year === String(report.year))
        .map((m) => ({ metric: m.metric!, value: Number(m.value), bound: m.bound! }));
      const expected = report.metricsOf.map(({ metric, value, bound }) => ({ metric, value, bound }));
      const byKey = (a: { metric: string; value: number }, b: { metric: string; value: number }) => `${a.metric}:${a.value}`.localeCompare(`${b.metric}:${b.value}`);
      expect(saved.sort(byKey), report.file).toEqual(expected.sort(byKey));
      for (const m of metrics.filter((r) => r.township_id === id && r.year === String(report.year))) expect(report.text, m.quote).toContain(m.quote);
    }
    expect(opened.record.pageErrors).toEqual([]);
  });

  it('deploys the last package: the copied data folder passes the site’s own check and loads', async () => {
    const dataDir = join(DEPLOYED_SITE, 'data');
    for (const [path, bytes] of lastPackage!) {
      mkdirSync(dirname(join(dataDir, path)), { recursive: true });
      writeFileSync(join(dataDir, path), bytes);
    }
    await page.goto('about:blank');
    await page.goto(`${server.origin}${DEPLOYED_PATH}#view=overview`);
    await waitForCharts(page);
    expect(await page.locator('details.problems').count()).toBe(0);
    await waitForQuoteCheck(page);
    expect(await page.locator('.status-line').textContent()).toMatch(/条引文均在报告原文中找到/);
  });
});

