// Printing (issue 4): the brief and every view printed to PDF by headless
// chromium, landscape and portrait, read back with poppler-utils. A printout
// must be as trustworthy as the screen: A4, a header and a page number on
// every page, every chart whole on one page with its footnotes and sources,
// no blank page, and the ≥ / 未报告 marks in the extracted text. The pages are
// also written as PNGs (test-output/print/) for a person to look at.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, gotoAndWait, openPageForFile, siteUrl, waitForCharts, type OpenedPage } from './helpers';
import { pdfInfo, pdfPageTexts, pdfToPngs, squash, squashedLines } from './pdf';
import { PROJECT_ROOT } from './site';
import { readCsvRows, townshipsWithReport, type SiteName } from './site-data';
import { pageCardFigures, pageTables, pdfCardProblems, pdfRowProblems, townshipRowProblems, waitForQuoteCheck } from './row-checks';
import { printableBox, type PrintOrientation } from '../../src/print/paper';

interface Target {
  view: string;
  label: string;
  site: SiteName;
  /** Marks the printout must carry. */
  marks: readonly string[];
}

const SHIPPED_MARKS = ['≥', '未报告'];
const TARGETS: readonly Target[] = [
  { view: 'brief', label: '简报', site: 'shipped', marks: SHIPPED_MARKS },
  { view: 'overview', label: '概览', site: 'shipped', marks: SHIPPED_MARKS },
  { view: 'outreach', label: '普法宣传', site: 'shipped', marks: SHIPPED_MARKS },
  { view: 'disputes', label: '矛盾纠纷', site: 'shipped', marks: SHIPPED_MARKS },
  { view: 'shortcomings', label: '存在的问题', site: 'shipped', marks: ['未报告'] },
  { view: 'catalog', label: '指标一览', site: 'shipped', marks: SHIPPED_MARKS },
  // Several years of reports: the changes need two.
  { view: 'history', label: '历年变化', site: 'multi', marks: ['≥', '无报告'] },
];
const ORIENTATIONS: readonly PrintOrientation[] = ['landscape', 'portrait'];
/** A4 in PostScript points, as pdfinfo prints it. */
const A4_PT = { long: 841.92, short: 594.96 };

const PAGE_TITLE = '乡镇法治政府建设情况对比';
const version = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/**
 * The date the header must show: the latest publication date in reports.csv (of the year shown;
 * of every year on 历年变化, which shows them all), with how many reports give one when not all do.
 */
function reportDateOf(site: SiteName, everyYear: boolean): string {
  const rows = readCsvRows(site, 'reports.csv');
  const latestYear = Math.max(...rows.map((row) => Number(row.year)));
  const ofYear = everyYear ? rows : rows.filter((row) => Number(row.year) === latestYear);
  const dates = ofYear.map((row) => row.published ?? '').filter((date) => date !== '');
  const latest = dates.sort()[dates.length - 1];
  if (latest === undefined) return '未注明';
  return dates.length === ofYear.length ? latest : `${latest}（${ofYear.length}份中${dates.length}份注明）`;
}

let opened: OpenedPage;
let page: Page;

openPageForFile((o) => {
  opened = o;
  page = o.page;
});

interface CardFacts {
  title: string;
  notes: string[];
  sources: string;
}

/**
 * What the page shows, read from the DOM, that the PDF must carry: read in print
 * mode (as page.pdf() enters it), where the charts are drawn for paper and the
 * sources lines are written.
 */
async function pageFacts(p: Page) {
  // Once the quotes are checked: a quote not in its report turns its figure into 数据有误 only then.
  await waitForQuoteCheck(p);
  await p.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  try {
    return await pageFactsAsShown(p);
  } finally {
    await p.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  }
}

async function pageFactsAsShown(p: Page) {
  const cards = await p.locator('figure.chart-card').evaluateAll((figures) =>
    figures.map((figure) => ({
      title: figure.querySelector('.chart-card__heading')?.textContent ?? '',
      notes: [...figure.querySelectorAll('.chart-card__notes li')].map((li) => li.textContent ?? ''),
      sources: figure.querySelector('.chart-card__sources .print-only')?.textContent ?? '',
    })),
  );
  // Every figure of the tables and cards, as shown: "≥75次", "未报告", "94.4%". (Not the
  // matrix's "提到（2条）" marks: they wrap inside narrow cells, which pdftotext splits.)
  const figures = await p.locator('.chart-card__table .figure:not(.matrix-mark), .card .figure').allTextContents();
  const findings = await p.locator('.brief__finding').allTextContents();
  const endnotes = await p.locator('.brief__endnotes li').allTextContents();
  // Row by row (row-checks.ts): the tables and the overview's township cards.
  const tables = await pageTables(p);
  const cardFigures = await pageCardFigures(p);
  const townshipCards = await p.locator('article.card .card__title').allTextContents();
  const year = (await p.getByLabel('年份').count()) > 0 ? await p.getByLabel('年份').inputValue() : null;
  return { cards: cards as CardFacts[], figures, findings, endnotes, tables, cardFigures, townshipCards, year };
}

/** Prints the page as the browser would (page.pdf fires beforeprint/afterprint) and reads it back. */
async function printToPdf(p: Page, name: string) {
  const file = join(inject('outputDir'), 'print', `${name}.pdf`);
  // No format or landscape: the page's @page rule decides, as in a browser's print dialog.
  writeFileSync(file, await p.pdf({ preferCSSPageSize: true, printBackground: true }));
  pdfToPngs(file, join(inject('outputDir'), 'print', name));
  return { info: pdfInfo(file), pages: pdfPageTexts(file) };
}

/** Page lines that are the running header or the page number. */
function isFrameLine(line: string): boolean {
  return line.includes('最新报告日期') || line.includes('版本：') || /^第\d+页\/共\d+页$/.test(line);
}

function checkPdf(
  site: SiteName,
  name: string,
  orientation: PrintOrientation,
  viewLabel: string,
  { info, pages }: Awaited<ReturnType<typeof printToPdf>>,
  facts: Awaited<ReturnType<typeof pageFacts>>,
  marks: readonly string[] = SHIPPED_MARKS,
  /** False for the data-error set: a chart of nothing but 数据有误 has no row to source. */
  everyCardSourced = true,
): void {
  // A4, in the orientation asked for.
  expect(info.paper, name).toBe('A4');
  const [width, height] = orientation === 'landscape' ? [A4_PT.long, A4_PT.short] : [A4_PT.short, A4_PT.long];
  expect(info.widthPt, name).toBeCloseTo(width, 0);
  expect(info.heightPt, name).toBeCloseTo(height, 0);
  expect(pages.length, name).toBe(info.pages);

  pages.forEach((text, index) => {
    const where = `${name} page ${index + 1}`;
    const lines = squashedLines(text);
    // Header and page number on every page.
    expect(lines, where).toContain(`第${index + 1}页/共${pages.length}页`);
    expect(squash(text), where).toContain(squash(`${PAGE_TITLE} — ${viewLabel}`));
    expect(squash(text), where).toContain(squash(`最新报告日期：${reportDateOf(site, viewLabel === '历年变化')}`));
    expect(squash(text), where).toContain(`版本：${version}`);
    // No blank page: something besides the header and the page number.
    expect(lines.filter((line) => !isFrameLine(line)).length, `${where} is blank`).toBeGreaterThan(0);
  });

  const squashedPages = pages.map(squash);
  for (const card of facts.cards) {
    const title = squash(card.title);
    expect(title, `${name}: a chart without a title`).not.toBe('');
    // The title is a line of its own on exactly one page…
    const titlePages = pages.flatMap((text, index) => (squashedLines(text).includes(title) ? [index] : []));
    expect(titlePages, `${name}: pages with the title ${card.title}`).toHaveLength(1);
    const onPage = squashedPages[titlePages[0]!]!;
    // …and the chart under it is whole: its footnotes and its sources line, which
    // print after the chart, are on that same page.
    expect(card.notes.length + (card.sources === '' ? 0 : 1) + (everyCardSourced ? 0 : 1), `${name}: ${card.title} has notes or sources`).toBeGreaterThan(0);
    for (const note of card.notes) expect(onPage, `${name}: footnote of ${card.title} on its page`).toContain(squash(note));
    if (card.sources !== '') expect(onPage, `${name}: sources of ${card.title} on its page`).toContain(squash(card.sources));
  }

  // The Chinese text extracts, with its marks: every figure the page shows, as shown.
  const all = squashedPages.join('');
  for (const mark of marks) expect(all, `${name}: the mark ${mark}`).toContain(squash(mark));
  // Something to compare: the loops below check nothing over an empty list.
  expect(facts.figures.length, `${name}: figures on the page`).toBeGreaterThan(0);
  for (const figure of facts.figures) expect(all, `${name}: figure ${figure}`).toContain(squash(figure));

  // Row by row: every township the data has for the year shown is a row of each
  // township table (or a card of the overview), and each row prints as a row —
  // township and figure on one line of that table — not just somewhere.
  const townships = townshipsWithReport(site, facts.year);
  expect(townships.length, `${name}: townships in the data`).toBeGreaterThan(0);
  expect(townshipRowProblems(facts.tables, townships, townshipsWithReport(site, null)), `${name}: table rows`).toEqual([]);
  expect(pdfRowProblems(pages, facts.tables, facts.cards.map((card) => card.title)), `${name}: printed rows`).toEqual([]);
  if (viewLabel === '概览') {
    expect([...facts.townshipCards].sort(), `${name}: township cards`).toEqual([...townships].sort());
    expect(facts.cardFigures.length, `${name}: card figures`).toBeGreaterThan(0);
    expect(pdfCardProblems(pages, facts.cardFigures), `${name}: printed card figures`).toEqual([]);
  }
  for (const finding of facts.findings) expect(all, `${name}: finding`).toContain(squash(finding));
  for (const endnote of facts.endnotes) expect(all, `${name}: endnote`).toContain(squash(endnote));
}

/** In print media at paper width, every chart card's graphic fits a page and nothing runs off the sheet. */
async function checkPrintLayout(p: Page, orientation: PrintOrientation, name: string): Promise<void> {
  const box = printableBox(orientation);
  const viewport = p.viewportSize();
  await p.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await p.setViewportSize({ width: box.widthPx, height: box.heightPx });
  await p.emulateMedia({ media: 'print' });
  try {
    const layout = await p.evaluate(() => ({
      graphics: [...document.querySelectorAll('.chart-card__graphic')].map((el) => ({
        title: el.querySelector('.chart-card__heading')?.textContent ?? '',
        height: el.getBoundingClientRect().height,
        svgWidth: Number(el.querySelector('.echart svg')?.getAttribute('width')),
      })),
      pageWidth: document.documentElement.scrollWidth,
      controlsShown: [...document.querySelectorAll('.chart-toolbar, .print-controls, [role="tablist"], .controls, .brief__actions')].filter(
        (el) => el.getBoundingClientRect().height > 0,
      ).length,
    }));
    for (const graphic of layout.graphics) {
      expect(graphic.height, `${name}: ${graphic.title} fits one page`).toBeLessThanOrEqual(box.heightPx);
      // Drawn at the printed width, not the screen's.
      expect(graphic.svgWidth, `${name}: ${graphic.title} drawn at paper width`).toBe(box.widthPx);
    }
    expect(layout.pageWidth, `${name}: nothing runs off the sheet's right edge`).toBeLessThanOrEqual(box.widthPx + 1);
    expect(layout.controlsShown, `${name}: interactive controls on paper`).toBe(0);
  } finally {
    // null, not 'screen': an emulated screen medium would also apply to page.pdf().
    await p.emulateMedia({ media: null });
    if (viewport) await p.setViewportSize(viewport);
    await p.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  }
}

describe('printing to PDF', () => {
  for (const target of TARGETS) {
    it(`prints ${target.label} on A4, landscape and portrait, whole and sourced`, async () => {
      for (const orientation of ORIENTATIONS) {
        const name = `${target.view}-${orientation}`;
        const paper = orientation === 'portrait' ? '&paper=portrait' : '';
        // A fresh load: a hash change alone would find the "charts drawn" signal still set.
        await page.goto('about:blank');
        await gotoAndWait(page, siteUrl(target.site, `#view=${target.view}${paper}`));
        const facts = await pageFacts(page);
        if (target.view !== 'overview') expect(facts.cards.length, name).toBeGreaterThan(0);
        if (target.view !== 'overview') expect(facts.tables.length, name).toBeGreaterThan(0);
        if (target.view === 'brief') {
          expect(facts.findings.length).toBeGreaterThan(0);
          expect(facts.endnotes.length).toBeGreaterThan(0);
        }
        checkPdf(target.site, name, orientation, target.label, await printToPdf(page, name), facts, target.marks);
        await checkPrintLayout(page, orientation, name);
      }
    });
  }

  it(`prints the brief of ${inject('generatedTownships')} townships with every chart whole on its page`, async () => {
    // Landscape only: the long printout takes seconds, and portrait differs only in the page box.
    for (const orientation of ['landscape'] as PrintOrientation[]) {
      const name = `generated-brief-${orientation}`;
      await page.goto('about:blank');
      await gotoAndWait(page, siteUrl('generated', `#view=brief${orientation === 'portrait' ? '&paper=portrait' : ''}`));
      // Read in print mode (pageFacts): on paper the charts draw fewer rows (the rest
      // are in the tables), and their footnotes say so.
      const facts = await pageFacts(page);
      expect(facts.cards.some((card) => card.notes.some((note) => note.includes('见表格'))), name).toBe(true);
      checkPdf('generated', name, orientation, '简报', await printToPdf(page, name), facts);
      await checkPrintLayout(page, orientation, name);
    }
  });

  it('prints the data-error set row by row: 数据有误 and the incomplete total on their township’s line', async () => {
    const states = inject('statesRows');
    for (const target of [
      { view: 'outreach', label: '普法宣传' },
      { view: 'overview', label: '概览' },
      { view: 'brief', label: '简报' },
    ]) {
      const name = `states-${target.view}-landscape`;
      await page.goto('about:blank');
      await gotoAndWait(page, siteUrl('states', `#view=${target.view}&year=${states.year}`));
      const facts = await pageFacts(page);
      checkPdf('states', name, 'landscape', target.label, await printToPdf(page, name), facts, ['≥', '数据有误', '另有1项数据有误'], false);
      if (target.view === 'overview') continue;
      // The rows checked include the states this data set is for.
      const rows = facts.tables.flatMap((table) => table.rows);
      expect(rows.filter((row) => row.header === states.townshipName && row.note === '另有1项数据有误').length, name).toBeGreaterThan(0);
      expect(rows.filter((row) => row.header === states.townshipName && row.value === '数据有误').length, name).toBeGreaterThan(0);
    }
  });

  it('says in the brief who reported most, who reports what is missing, and which figures are lower bounds', async () => {
    await gotoAndWait(page, siteUrl('shipped', '#view=brief'));
    const pdf = await printToPdf(page, 'brief-check');
    const cover = squash(pdf.pages[0] ?? '');
    // The first page is the findings, with their endnote marks; the endnotes follow the charts.
    expect(cover).toContain(squash('简报：主要发现'));
    expect(cover).toMatch(/最多（≥?\d+[^）]*）/);
    expect(cover).toContain('未报告');
    expect(cover).toContain('下限');
    expect(cover).toMatch(/\[\d+(–\d+)?(,\d+(–\d+)?)*\]/);
    const last = squash(pdf.pages.at(-1) ?? '');
    expect(pdf.pages.some((text) => squashedLines(text).includes('尾注：引文'))).toBe(true);
    expect(last).toMatch(/“[^”]+”（(metrics|shortcomings)\.csv:\d+）/);
  });

  it('prints with the 打印 button: chosen orientation, charts redrawn at paper width, then back', async () => {
    await gotoAndWait(page, siteUrl('shipped', '#view=outreach'));
    const screenWidths = await chartSvgWidths(page);
    await page.getByRole('radio', { name: '纵向' }).check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.printOrientation)).toBe('portrait');
    expect(page.url()).toContain('paper=portrait');
    await stubPrint(page);
    await page.getByRole('button', { name: '打印', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { __printed?: number }).__printed === 1);
    // The dialog opened only once every chart had drawn its paper version.
    expect(await page.evaluate(() => document.documentElement.dataset.printMode)).toBe('true');
    const paperWidth = printableBox('portrait').widthPx;
    expect(await chartSvgWidths(page)).toEqual(screenWidths.map(() => paperWidth));
    // Built for paper: the card heading carries the title, the chart does not draw it again.
    for (const title of await page.locator('.chart-card__heading').allTextContents()) {
      expect(await page.locator('.echart svg text', { hasText: title }).count(), title).toBe(0);
    }
    const { info } = await printToPdf(page, 'outreach-button-portrait');
    expect([info.paper, info.widthPt < info.heightPt]).toEqual(['A4', true]);
    // afterprint: back to the screen.
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.printMode ?? null)).toBeNull();
    await waitForCharts(page);
    await expect.poll(() => chartSvgWidths(page)).toEqual(screenWidths);
  });

  it('offers 导出PDF（打印） in the brief, which opens the print dialog with the hint to save as PDF', async () => {
    await gotoAndWait(page, siteUrl('shipped', '#view=brief'));
    expect(await page.locator('.brief__actions').textContent()).toContain('另存为PDF');
    await stubPrint(page);
    await page.getByRole('button', { name: '导出PDF（打印）' }).click();
    await page.waitForFunction(() => (window as unknown as { __printed?: number }).__printed === 1);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  });

  it('raised no page error and made no request elsewhere', () => {
    expect(opened.record.pageErrors).toEqual([]);
    expect(opened.record.consoleErrors).toEqual([]);
    expect(opened.record.cspViolations).toEqual([]);
    expect(foreignRequests(opened.record)).toEqual([]);
  });
});

async function chartSvgWidths(p: Page): Promise<number[]> {
  return p.locator('figure.chart-card .echart svg').evaluateAll((svgs) => svgs.map((svg) => Number(svg.getAttribute('width'))));
}

/** The print dialog cannot be driven headless: count the calls instead. */
async function stubPrint(p: Page): Promise<void> {
  await p.evaluate(() => {
    const w = window as unknown as { __printed: number; print: () => void };
    w.__printed = 0;
    w.print = () => {
      w.__printed += 1;
    };
  });
}
