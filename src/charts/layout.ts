// Layout at any scale (issue 3 item 11). Decision: horizontal bars, one
// category row per selection row at a FIXED height, so labels never overlap
// however many townships there are:
// - the chart is chartHeightFor(n) px tall and the React layer puts it in a
//   scroll container when that exceeds the viewport;
// - above the row cap only the first rows of the sorted order are drawn and
//   the footnote says "其余N个乡镇见表格": the table beside every chart has
//   all rows. This also bounds drawing time for 300 townships × 3 years.
// - print: one-bar rows are shorter (PRINT_ROW_HEIGHT_PX) and the cap is whatever
//   fits PRINT_CHART_MAX_HEIGHT_PX, so a chart never runs off its A4 page
//   (rows.ts chooseRows does the fitting).

export const ROW_HEIGHT_PX = 28;
/** Rows on paper: 22 px ≈ 5.8 mm still holds a 12 px label and a 16 px bar. */
export const PRINT_ROW_HEIGHT_PX = 22;
/** Title, legend, axis and padding around the rows (title drawn). */
export const CHART_CHROME_PX = 110;
/** The part of CHART_CHROME_PX taken by the title line; gone with `showTitle: false`. */
export const TITLE_PX = 32;
/** Extra height per wrapped line of the subtitle note. */
export const NOTE_LINE_PX = 16;
export const SCREEN_MAX_ROWS = 40;
/** More rows than a chart draws on screen: the comparison also gets a distribution chart and table (issue 19). */
export function hasDistribution(comparison: { rows: readonly unknown[] }): boolean {
  return comparison.rows.length > SCREEN_MAX_ROWS;
}
/**
 * A row with two bars (found/resolved, computed/reported), screen and print
 * alike: two 12 px bars 14 px apart, so their two 12 px labels do not collide.
 */
export const GROUPED_ROW_HEIGHT_PX = 36;
/** A4 landscape inside 10 mm margins: 190 mm at 96 CSS px per inch (../shared/FIELD-NOTES.md). */
export const PRINT_PAGE_HEIGHT_PX = 718;
/** Left on the page for the card's heading, footnotes and sources line (print/paper.ts allows as much). */
export const PRINT_CARD_TEXT_PX = 150;
/** The tallest a chart may be built for print by default, so its card fits one page. */
export const PRINT_CHART_MAX_HEIGHT_PX = PRINT_PAGE_HEIGHT_PX - PRINT_CARD_TEXT_PX;
/**
 * Most rows a print chart draws by default: one-bar rows under a title with no
 * notes (20). Charts with notes or two bars a row draw fewer; chooseRows fits them.
 */
export const PRINT_MAX_ROWS = Math.floor((PRINT_CHART_MAX_HEIGHT_PX - CHART_CHROME_PX) / PRINT_ROW_HEIGHT_PX);
export const DEFAULT_WIDTH_PX = 800;
/** Category-axis label font size; labels are sized from it. */
export const LABEL_FONT_PX = 12;

export interface RowGeometry {
  forPrint?: boolean;
  /** false: the title line is not drawn (ChartBuildOptions.showTitle). */
  showTitle?: boolean;
  /** Two bars per row (GROUPED_ROW_HEIGHT_PX). */
  grouped?: boolean;
}

export function rowHeightFor(geometry: RowGeometry): number {
  if (geometry.grouped) return GROUPED_ROW_HEIGHT_PX;
  return geometry.forPrint ? PRINT_ROW_HEIGHT_PX : ROW_HEIGHT_PX;
}

/**
 * Height in CSS px for a bar chart with `rowCount` category rows and
 * `noteLines` subtitle lines. The defaults are the screen geometry with a title.
 */
export function chartHeightFor(rowCount: number, noteLines = 0, geometry: RowGeometry = {}): number {
  const chrome = CHART_CHROME_PX - (geometry.showTitle === false ? TITLE_PX : 0);
  return chrome + Math.max(1, rowCount) * rowHeightFor(geometry) + noteLines * NOTE_LINE_PX;
}

/** The row cap before any fitting: an explicit maxRows, else the screen or print default. */
export function maxRowsFor(options: { forPrint?: boolean; maxRows?: number }): number {
  if (options.maxRows !== undefined) return Math.max(1, options.maxRows);
  return options.forPrint ? PRINT_MAX_ROWS : SCREEN_MAX_ROWS;
}

/** Split sorted items into those drawn and those left to the table. */
export function limitRows<T>(sorted: readonly T[], maxRows: number): { shown: T[]; omitted: T[] } {
  return { shown: sorted.slice(0, maxRows), omitted: sorted.slice(maxRows) };
}

/**
 * Visual width of a label: CJK, full-width characters and symbols such as ≥
 * (full width in CJK fonts) count as 1 em, others as 0.6 em; bold adds 8 %.
 * An estimate that errs wide: it decides margins and whether a label fits.
 */
export function textWidthPx(text: string, fontPx = LABEL_FONT_PX, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2000-\u2BFF\u2E80-\uFFEF]/.test(ch) ? 1 : 0.6;
  return Math.ceil(ems * fontPx * (bold ? 1.08 : 1));
}

/** Left grid margin that fits the longest category label, capped so the plot keeps room. */
export function categoryAxisWidth(labels: readonly string[], chartWidth: number): number {
  const longest = labels.reduce((max, l) => Math.max(max, textWidthPx(l)), 0);
  return Math.min(longest + 16, Math.round(chartWidth * 0.35));
}

/** Hard-wrap text to lines of at most `perLine` characters (CJK text has no spaces to break at). */
export function wrapText(text: string, perLine: number): string[] {
  const chars = [...text];
  if (perLine <= 0 || chars.length <= perLine) return [text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += perLine) lines.push(chars.slice(i, i + perLine).join(''));
  return lines;
}

/** Characters of 12px CJK text that fit in `widthPx`. */
export function charsPerLine(widthPx: number, fontPx = LABEL_FONT_PX): number {
  return Math.max(8, Math.floor(widthPx / fontPx));
}
