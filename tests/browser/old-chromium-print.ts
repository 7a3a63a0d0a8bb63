// Printing a view the way a reader does, in any Chromium (old-chromium-driver.ts):
// click its tab, click 横向 or 纵向, print (Ctrl+P: the page's own @page rules
// decide paper size and orientation), then read the PDF page by page.
import { execFileSync } from 'node:child_process';
import type { ViewInfo } from '../../src/app/views';
import type { PrintOrientation } from '../../src/print/paper';
import type { OldPage } from './old-chromium-driver';
import { pdfPageTexts, squash } from './pdf';

export const ORIENTATION_LABEL: Record<PrintOrientation, string> = { landscape: '横向', portrait: '纵向' };

/** Generous: the machine running the tests is shared and old builds are slow. */
const READY_TIMEOUT_MS = 60_000;

const js = (value: unknown) => JSON.stringify(value);

/** The view's tab clicked, then waits until it is shown and every chart of it drawn. */
export async function showView(page: OldPage, view: ViewInfo): Promise<void> {
  // The ready signal of the view shown before must not count for this one:
  // mark it stale before the click (the app writes 'false', then 'true').
  await page.evaluate(`(function () {
    var tabs = Array.prototype.slice.call(document.querySelectorAll('[role=tab]'));
    var tab = tabs.filter(function (t) { return t.textContent === ${js(view.label)}; })[0];
    if (!tab) throw new Error('no tab ' + ${js(view.label)});
    if (tab.getAttribute('aria-selected') === 'true') return;
    document.documentElement.dataset.chartsReady = 'stale';
    tab.click();
  })()`);
  await page.waitFor(
    `(function () {
      var selected = document.querySelector('[role=tab][aria-selected=true]');
      return selected !== null && selected.textContent === ${js(view.label)} && document.documentElement.dataset.chartsReady === 'true';
    })()`,
    READY_TIMEOUT_MS,
    `${view.label} shown with its charts drawn`,
  );
}

/** Clicks 横向/纵向 in the header, as the reader does before printing. */
export async function chooseOrientation(page: OldPage, orientation: PrintOrientation): Promise<void> {
  await page.evaluate(`(function () {
    var input = document.querySelector('.print-controls input[value=${orientation}]');
    if (!input) throw new Error('no ${ORIENTATION_LABEL[orientation]} choice');
    if (!input.checked) input.click();
  })()`);
  const expected = orientation === 'portrait' ? `'portrait'` : 'null';
  await page.waitFor(
    `document.documentElement.getAttribute('data-print-orientation') === ${expected}`,
    READY_TIMEOUT_MS,
    `${ORIENTATION_LABEL[orientation]} chosen`,
  );
}

export interface ShownState {
  tab: string;
  errorBoxes: number;
  cards: number;
  drawn: number;
  message: boolean;
}

export function shownState(page: OldPage): Promise<ShownState> {
  return page.evaluate(`(function () {
    var tab = document.querySelector('[role=tab][aria-selected=true]');
    return {
      tab: tab ? tab.textContent : '',
      errorBoxes: document.querySelectorAll('.error-box').length,
      cards: document.querySelectorAll('figure.chart-card').length,
      drawn: document.querySelectorAll('figure.chart-card .echart svg').length,
      message: !document.getElementById('compat-message').hidden,
    };
  })()`);
}

/** What a view shows that its printout must carry: chart titles and the figures in cards and tables (whitespace dropped, NFKC). */
export async function printedFacts(page: OldPage): Promise<string[]> {
  const texts = await page.evaluate<string[]>(`Array.prototype.map.call(
    document.querySelectorAll('.chart-card__heading, .chart-card__table .figure:not(.matrix-mark), .card .figure'),
    function (node) { return node.textContent || ''; })`);
  return texts.map((text) => squash(text).normalize('NFKC')).filter((text) => text !== '');
}

export interface PageSize {
  widthPt: number;
  heightPt: number;
}

export interface PrintedPdf {
  pages: number;
  /** Each page's size (pdfinfo -f 1 -l N). */
  sizes: PageSize[];
  /** Each page's text, whitespace dropped, NFKC (pdftotext reads some CJK glyphs as Kangxi radicals). */
  texts: string[];
}

export function readPrintedPdf(file: string): PrintedPdf {
  const count = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(count)?.[1] ?? NaN);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => ({
    widthPt: Number(match[1]),
    heightPt: Number(match[2]),
  }));
  const texts = pdfPageTexts(file).map((text) => squash(text).normalize('NFKC'));
  return { pages, sizes, texts };
}

const A4_PT = { short: 595.28, long: 841.89 };

/** True when the page is A4 (±1 pt) in the orientation asked for. */
export function isA4(size: PageSize, orientation: PrintOrientation): boolean {
  const [width, height] = orientation === 'portrait' ? [A4_PT.short, A4_PT.long] : [A4_PT.long, A4_PT.short];
  return Math.abs(size.widthPt - width) <= 1 && Math.abs(size.heightPt - height) <= 1;
}

/** 1-based numbers of pages with no text besides the page number (Chromium 131+ prints one in the margin). */
export function blankPages(pdf: PrintedPdf): number[] {
  const blank: number[] = [];
  for (let i = 0; i < pdf.pages; i += 1) {
    const text = (pdf.texts[i] ?? '').replace(/第\d+页\/共\d+页/, '');
    if (text === '') blank.push(i + 1);
  }
  return blank;
}

/**
 * Most pages an old Chromium may use for a print that current Chromium puts on
 * `reference` pages: half as many again (old engines split charts and rows
 * differently), at least one more. Chromium 109 once printed the 8-page brief
 * on 103 pages, Chromium 86–106 on tens of thousands.
 */
export function pageBound(reference: number): number {
  return Math.max(Math.ceil(reference * 1.5), reference + 1);
}

export interface TableStart {
  caption: string;
  /** The first cell of the first body row (whitespace dropped, NFKC). */
  firstCell: string;
}

/** Each captioned table of the view with its first body cell. */
export async function tableStarts(page: OldPage): Promise<TableStart[]> {
  const starts = await page.evaluate<TableStart[]>(`Array.prototype.map.call(
    document.querySelectorAll('.chart-card__table table'),
    function (table) {
      var caption = table.querySelector('caption');
      var cell = table.querySelector('tbody tr > *');
      return { caption: caption ? caption.textContent : '', firstCell: cell ? cell.textContent : '' };
    })`);
  return starts
    .map((start) => ({ caption: squash(start.caption).normalize('NFKC'), firstCell: squash(start.firstCell).normalize('NFKC') }))
    .filter((start) => start.caption !== '' && start.firstCell !== '');
}

/** Captions whose page does not also hold, after them, the table's first row: a header left alone at a page foot. */
export function headersWithoutRows(pdf: PrintedPdf, starts: readonly TableStart[]): string[] {
  return starts
    .filter((start) => {
      const page = pdf.texts.find((text) => text.includes(start.caption));
      if (page === undefined) return true;
      return page.indexOf(start.firstCell, page.indexOf(start.caption) + start.caption.length) < 0;
    })
    .map((start) => start.caption);
}
