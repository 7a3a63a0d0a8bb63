// Layout at any scale (issue 3 item 11). Decision: horizontal bars, one
// category row per selection row at a FIXED height, so labels never overlap
// however many townships there are:
// - the chart is chartHeightFor(n) px tall and the React layer puts it in a
//   scroll container when that exceeds the viewport;
// - above maxRows (screen 40, print 25: one A4 landscape page) only the first
//   maxRows of the sorted order are drawn and the footnote says
//   "其余N个乡镇见表格": the table beside every chart has all rows.
//   This also bounds drawing time for 300 townships × 3 years.

export const ROW_HEIGHT_PX = 28;
/** Title, legend, axis and padding around the rows. */
export const CHART_CHROME_PX = 110;
/** Extra height per wrapped line of the subtitle note. */
export const NOTE_LINE_PX = 16;
export const SCREEN_MAX_ROWS = 40;
export const PRINT_MAX_ROWS = 25;
export const DEFAULT_WIDTH_PX = 800;
/** Category-axis label font size; labels are sized from it. */
export const LABEL_FONT_PX = 12;

/** Height in CSS px for a bar chart with `rowCount` category rows (and `noteLines` subtitle lines). */
export function chartHeightFor(rowCount: number, noteLines = 0): number {
  return CHART_CHROME_PX + Math.max(1, rowCount) * ROW_HEIGHT_PX + noteLines * NOTE_LINE_PX;
}

export function maxRowsFor(options: { forPrint?: boolean; maxRows?: number }): number {
  if (options.maxRows !== undefined) return Math.max(1, options.maxRows);
  return options.forPrint ? PRINT_MAX_ROWS : SCREEN_MAX_ROWS;
}

/** Split sorted items into those drawn and those left to the table. */
export function limitRows<T>(sorted: readonly T[], maxRows: number): { shown: T[]; omitted: T[] } {
  return { shown: sorted.slice(0, maxRows), omitted: sorted.slice(maxRows) };
}

/** Visual width of a label: CJK and full-width characters count as 1 em, others as 0.55 em. */
export function textWidthPx(text: string, fontPx = LABEL_FONT_PX): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.55;
  return Math.ceil(ems * fontPx);
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
