// Issue 16, done means: a clerk enters three reports the rules were not
// written from as one batch (a new township, the second year of two shipped
// ones) through the page — township and title checked, drafted rows taken,
// every open figure placed or set aside in the ledger, drafted rows that are
// wrong corrected — saves after each report, deploys only the last package,
// and the deployed site never says 未报告 for a figure a report text gives:
// not on a view, in print, in a table's CSV, in the Excel or the Word export.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseChineseNumber } from '../../src/data/numerals';
import { BATCH_REPORTS, townshipIdOf, type BatchReport, type ExpectedFigure } from './batch-cycle-reports';
import { openPageForFile, screenshotPath, waitForCharts, type OpenedPage } from './helpers';
import { pdfPageTexts, pdfToPngs, squash } from './pdf';
import { docxTables, pageTables, pdfRowProblems, waitForQuoteCheck } from './row-checks';
import { contradicted, sentenceSilences, tableSilences, type Catalog, type SilenceStatement } from './silence-statements';
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

  // Drafting runs off the page's thread: the clerk takes the rows once the new text's draft is shown.
  await expect.poll(() => page.getByText(/正在识别/).count(), { timeout: 60_000 }).toBe(0);
  await expect.poll(() => page.locator('.extract-report').first().textContent(), { timeout: 60_000 }).toContain(report.text.split('\n')[0]!);
  await act(page.getByRole('button', { name: '全部采用' }).click());
  // The problems section: the drafted problems are taken (the reader checked them).
  await act(page.getByRole('button', { name: '采用全部问题' }).click());
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
    // One sitting: the page is opened once; each report is pasted over the last one after its save.
    await page.goto('about:blank');
    await page.goto(`${server.origin}${DESK_PATH}#view=extract`);
    for (const report of BATCH_REPORTS) await enterReport(report);
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

  describe('no 未报告 on the deployed site contradicts a report text', () => {
    const YEAR = 2025;
    let catalog: Catalog;
    let groups: string[];
    const batch = () =>
      BATCH_REPORTS.map((r) => ({ township: 'existing' in r.township ? townshipNameOf(r.township.existing) : r.township.new.name, year: r.year, gives: new Set([...r.metricsOf.map((f) => f.metric), 'problems']) }));
    const batchNames = () => batch().map((r) => r.township);
    /** Statements about the batch's reports: a check that saw none would prove nothing. */
    const aboutBatch = (statements: readonly SilenceStatement[]) => statements.filter((s) => s.year === YEAR && batchNames().includes(s.township));

    beforeAll(() => {
      const dataDir = join(DEPLOYED_SITE, 'data');
      const catalogRows = Papa.parse<Record<string, string>>(readFileSync(join(dataDir, 'metric-catalog.csv'), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
      const townships = Papa.parse<Record<string, string>>(readFileSync(join(dataDir, 'townships.csv'), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
      catalog = { labels: new Map(catalogRows.map((r) => [r.label!, r.id!] as const)), townships: townships.map((t) => t.name!) };
      groups = [...new Set(catalogRows.map((r) => r.group!))];
      townshipNames = new Map(townships.map((t) => [t.id!, t.name!] as const));
    });

    /** Opens a view once its charts are drawn and the quotes checked (exports wait for the check). */
    async function open(hash: string): Promise<void> {
      await page.goto('about:blank');
      await page.goto(`${server.origin}${DEPLOYED_PATH}#${hash}`);
      await waitForCharts(page);
      await waitForQuoteCheck(page);
    }

    /** Every chart card's table on the page, header row first. */
    async function domTables(): Promise<Array<{ caption: string; rows: string[][] }>> {
      return page.locator('figure.chart-card .chart-card__table table').evaluateAll((tables) =>
        tables.map((table) => ({
          caption: table.querySelector('caption')?.textContent ?? '',
          rows: [
            [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? ''),
            ...[...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')),
          ],
        })),
      );
    }

    async function pageSilences(where: string): Promise<SilenceStatement[]> {
      const statements = (await domTables()).flatMap((t) => tableSilences(where, t.caption, t.rows, YEAR, catalog));
      const cards = await page.locator('article.card').evaluateAll((nodes) =>
        nodes.map((card) => ({
          title: card.querySelector('.card__title')?.textContent ?? '',
          figures: [...card.querySelectorAll('.card__figure')].map((f) => [f.querySelector('dt')?.textContent ?? '', f.querySelector('dd')?.textContent ?? '']),
        })),
      );
      for (const card of cards) statements.push(...tableSilences(`${where} card`, '', [['', ...card.figures.map((f) => f[0]!)], [card.title, ...card.figures.map((f) => f[1]!)]], YEAR, catalog));
      const findings = (await page.locator('.brief__finding').allTextContents()).join('\n');
      return [...statements, ...sentenceSilences(`${where} finding`, findings, YEAR, catalog)];
    }

    it('on every view: each 未报告 about a batch report is a figure its text does not give, and each figure it gives is shown', async () => {
      const hashes = [
        'view=overview',
        'view=outreach',
        'view=disputes',
        'view=shortcomings',
        'view=brief',
        ...groups.flatMap((g) => [`view=catalog&group=${g}`, `view=history&group=${g}`]),
      ];
      const statements: SilenceStatement[] = [];
      const shown = new Map<string, string>();
      for (const hash of hashes) {
        await open(`${hash}&year=${YEAR}`);
        statements.push(...(await pageSilences(hash)));
        if (hash.startsWith('view=catalog')) {
          for (const table of await domTables()) {
            const metric = metricOfCaption(table.caption);
            for (const row of table.rows.slice(1)) if (metric) shown.set(`${row[0]}|${metric}`, row[1] ?? '');
          }
        }
      }
      expect(contradicted(statements, batch())).toEqual([]);
      expect(aboutBatch(statements).length).toBeGreaterThan(20);
      for (const report of BATCH_REPORTS) {
        const name = batch()[BATCH_REPORTS.indexOf(report)]!.township;
        for (const figure of report.metricsOf) {
          const value = shown.get(`${name}|${figure.metric}`) ?? '';
          expect(value, `${name} ${figure.metric}`).toMatch(/\d/);
          expect(value, `${name} ${figure.metric}`).toContain(figure.bound === 'at_least' ? '≥' : figure.bound === 'approx' ? '约' : '');
        }
      }
      await open(`view=overview&year=${YEAR}`);
      await page.screenshot({ path: screenshotPath('batch-deployed-overview'), fullPage: true });
    });

    it('in print: the printed brief carries the page’s rows and findings, and its rows say no false 未报告', async () => {
      await open(`view=brief&year=${YEAR}`);
      const tables = await pageTables(page);
      const file = join(inject('outputDir'), 'print', 'batch-brief.pdf');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      pdfToPngs(file, join(inject('outputDir'), 'print', 'batch-brief'));
      const pages = pdfPageTexts(file);
      expect(pdfRowProblems(pages, tables, [])).toEqual([]);
      // Every printed line of a batch township with a silence is a page row checked above, or a finding.
      const rows = new Set((await domTables()).flatMap((t) => t.rows.slice(1).map((r) => squash(r.join('')))));
      const findings = squash((await page.locator('.brief__finding').allTextContents()).join(''));
      for (const line of pages.flatMap((p) => p.split('\n')).map(squash)) {
        if (!batchNames().some((name) => line.startsWith(name)) || !/未报告|未录入/.test(line)) continue;
        expect([...rows].some((r) => r.startsWith(line) || line.startsWith(r)) || findings.includes(line), line).toBe(true);
      }
      // The printed findings are the page's, checked on the view above.
      const printedText = squash(pages.join(''));
      for (const finding of await page.locator('.brief__finding').allTextContents()) expect(printedText, finding).toContain(squash(finding).slice(0, 40));
      const pageFindings = sentenceSilences('print', (await page.locator('.brief__finding').allTextContents()).join('\n'), YEAR, catalog);
      expect(contradicted(pageFindings, batch())).toEqual([]);
    });

    it('in the tables’ CSV files', async () => {
      const statements: SilenceStatement[] = [];
      for (const hash of ['view=brief', 'view=catalog&group=outreach', 'view=catalog&group=disputes']) {
        await open(`${hash}&year=${YEAR}`);
        const cards = page.locator('figure.chart-card');
        for (let i = 0; i < (await cards.count()); i++) {
          const card = cards.nth(i);
          const caption = (await card.locator('.chart-card__table caption').first().textContent()) ?? '';
          const event = await downloadCsv(card);
          const path = join(inject('outputDir'), 'exports', `batch-${i}-${event.suggestedFilename()}`);
          await event.saveAs(path);
          const rows = Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
          statements.push(...tableSilences(`CSV ${hash}`, caption, rows, YEAR, catalog));
        }
      }
      expect(contradicted(statements, batch())).toEqual([]);
      expect(aboutBatch(statements).length).toBeGreaterThan(0);
    });

    it('in the Excel and Word exports', async () => {
      const statements: SilenceStatement[] = [];
      await open(`view=brief&year=${YEAR}`);
      const [excel] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: '导出Excel' }).click()]);
      const xlsxPath = join(inject('outputDir'), 'exports', 'batch-brief.xlsx');
      await excel.saveAs(xlsxPath);
      const workbook = new ExcelJS.Workbook();
      const bytes = readFileSync(xlsxPath);
      await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      for (const sheet of workbook.worksheets) {
        const rows: string[][] = [];
        sheet.eachRow({ includeEmpty: false }, (row) => {
          const cells: string[] = [];
          for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).text);
          rows.push(cells);
        });
        statements.push(...tableSilences('Excel', sheet.name, rows, YEAR, catalog));
      }
      const [word] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: '导出Word' }).click()]);
      const docxPath = join(inject('outputDir'), 'exports', 'batch-brief.docx');
      await word.saveAs(docxPath);
      const documentXml = strFromU8(unzipSync(new Uint8Array(readFileSync(docxPath)))['word/document.xml']!);
      for (const table of docxTables(documentXml)) statements.push(...tableSilences('Word', table[0]?.[0] ?? '', table.slice(1), YEAR, catalog));
      const paragraphs = [...documentXml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '').matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
      statements.push(...sentenceSilences('Word', paragraphs.join('\n'), YEAR, catalog));
      expect(contradicted(statements, batch())).toEqual([]);
      expect(aboutBatch(statements).length).toBeGreaterThan(0);
    });

    /** When the last downloads started (downloadCsv paces its clicks by them). */
    const downloadTimes: number[] = [];
    /**
     * Chromium starts at most 10 downloads per second from a page and drops the
     * rest silently (chromium CL 1132485): this test's clicks, ≈ 50 ms apart,
     * lost the 11th CSV every time. No one clicks that fast; the test waits.
     */
    async function downloadCsv(card: Locator): Promise<Download> {
      const tenthLast = downloadTimes[downloadTimes.length - 10];
      if (tenthLast !== undefined) await page.waitForTimeout(Math.max(0, tenthLast + 1_100 - Date.now()));
      downloadTimes.push(Date.now());
      const [event] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), card.getByRole('button', { name: '下载表格CSV' }).click()]);
      return event;
    }

    function metricOfCaption(caption: string): string | null {
      return catalog.labels.get(caption.replace(/（表）$/, '')) ?? null;
    }
  });
});

let townshipNames = new Map<string, string>();
const townshipNameOf = (id: string) => townshipNames.get(id) ?? id;

