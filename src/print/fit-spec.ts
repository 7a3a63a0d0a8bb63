// Build a chart's spec for paper: at the printed width, animation off, and
// with no more rows than fit on one page together with the card's title,
// footnotes and sources line. The rows left out are named in the chart's own
// footnote ("其余N个乡镇见表格") and are all in the table under it.

import type { ChartBuildOptions, ChartSpec } from '../charts/types';
import { maxChartRowsPerPage, printableBox, type PrintOrientation } from './paper';

/** Approximate heights of the card's text on paper (10.5pt body, 8.5pt notes), in CSS px. */
const TITLE_PX = 34;
const NOTE_LINE_PX = 16;
const SOURCES_PX = 34;
const SAFETY_PX = 24;
/** Average advance of a footnote character (CJK at 8.5pt ≈ 11.3 px). */
const NOTE_CHAR_PX = 11.5;

/** Height the card needs on paper besides the chart: title, wrapped footnotes, sources. */
export function cardTextHeightPx(spec: Pick<ChartSpec, 'footnotes'>, widthPx: number): number {
  const perLine = Math.max(10, Math.floor(widthPx / NOTE_CHAR_PX));
  const noteLines = spec.footnotes.reduce((sum, note) => sum + Math.max(1, Math.ceil([...note].length / perLine)), 0);
  return TITLE_PX + noteLines * NOTE_LINE_PX + SOURCES_PX + SAFETY_PX;
}

export interface PrintSpecResult {
  spec: ChartSpec;
  /** The options the spec was built with (pass the same to a PNG/SVG export for the same picture). */
  options: ChartBuildOptions;
  /** False when even one row does not fit (a very long footnote list): the card will break. */
  fits: boolean;
}

/**
 * Build for print, shrinking `maxRows` until the card fits the page. Builders
 * are pure and fast, so a few rebuilds cost nothing next to drawing.
 */
export function fitSpecToPage(
  build: (options: ChartBuildOptions) => ChartSpec,
  orientation: PrintOrientation,
): PrintSpecResult {
  const { widthPx, heightPx } = printableBox(orientation);
  let maxRows = maxChartRowsPerPage(orientation);
  for (;;) {
    const options: ChartBuildOptions = { forPrint: true, animation: false, width: widthPx, maxRows };
    const spec = build(options);
    const budget = heightPx - cardTextHeightPx(spec, widthPx);
    if (spec.height <= budget) return { spec, options, fits: true };
    if (maxRows <= 1 || spec.shownRowKeys.length <= 1) return { spec, options, fits: false };
    // Shrink in proportion to the overshoot, at least by one row.
    const drawn = Math.min(maxRows, spec.shownRowKeys.length);
    const scaled = Math.floor((drawn * budget) / spec.height);
    maxRows = Math.max(1, Math.min(drawn - 1, scaled));
  }
}
