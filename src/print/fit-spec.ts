// Build a chart's spec for paper: at the printed width, animation off, and
// with no more rows than fit on one page together with the card's title,
// footnotes and sources line. The rows left out are named in the chart's own
// footnote ("其余N个乡镇见表格") and are all in the table under it.

import type { ChartBuildOptions, ChartSpec } from '../charts/types';
import { printableBox, type PrintOrientation } from './paper';

/** Approximate heights of the card's text on paper (print.css: 12pt heading, 8.5pt notes, 8pt sources), in CSS px. */
const TITLE_PX = 34;
const NOTE_LINE_PX = 16;
/** Used when the caller does not say what prints under the notes: two lines of sources. */
const SOURCES_PX = 34;
// Generous: the printed layout runs a little taller than print-media emulation measures (seen: +20 px).
const SAFETY_PX = 48;
/** Font sizes in CSS px: 8.5pt footnotes, 8pt sources line. */
const NOTE_FONT_PX = 11.4;
const SOURCES_FONT_PX = 10.7;
/** The footnote list's indent (5 mm) and bullet. */
const NOTE_INDENT_PX = 20;

/** Wrapped lines of `text` at `fontPx` in `widthPx`: CJK and full-width 1 em, other characters 0.6 em (errs wide). */
export function estimateLines(text: string, widthPx: number, fontPx: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u2000-\u2BFF\u2E80-\uFFEF]/.test(char) ? 1 : 0.6;
  const perLine = Math.max(1, widthPx / fontPx);
  return Math.max(1, Math.ceil(ems / perLine));
}

/**
 * Height the card needs on paper besides the chart: heading, wrapped
 * footnotes, and the text printed under them (the sources line; two lines
 * when `textUnder` is not given).
 */
export function cardTextHeightPx(
  spec: Pick<ChartSpec, 'footnotes'>,
  widthPx: number,
  textUnder?: readonly string[],
): number {
  const noteLines = spec.footnotes.reduce((sum, note) => sum + estimateLines(note, widthPx - NOTE_INDENT_PX, NOTE_FONT_PX), 0);
  const under = textUnder
    ? textUnder.reduce((sum, text) => sum + (text === '' ? 0 : estimateLines(text, widthPx, SOURCES_FONT_PX)), 0) * NOTE_LINE_PX
    : SOURCES_PX;
  return TITLE_PX + noteLines * NOTE_LINE_PX + under + SAFETY_PX;
}

export interface PrintSpecResult {
  spec: ChartSpec;
  /** The options the spec was built with (pass the same to a PNG/SVG export for the same picture). */
  options: ChartBuildOptions;
  /** False when even one row does not fit (a very long footnote list): the card will break. */
  fits: boolean;
}

/** What the caller may add to the print options (e.g. `showTitle: false` under a card heading). */
export type PrintBuildExtras = Pick<ChartBuildOptions, 'showTitle'>;

export interface FitOptions {
  /** The text printed under the footnotes for a spec (its sources line), so its height is counted. */
  textUnder?: (spec: ChartSpec) => readonly string[];
}

/**
 * Build for print with as many rows as fit the page together with the card's
 * heading, footnotes and sources line: all rows when they fit, else the most
 * that do (a binary search over `maxRows`; builders are pure and fast, so a
 * few rebuilds cost nothing next to drawing).
 */
export function fitSpecToPage(
  build: (options: ChartBuildOptions) => ChartSpec,
  orientation: PrintOrientation,
  extras: PrintBuildExtras = {},
  fit: FitOptions = {},
): PrintSpecResult {
  const { widthPx, heightPx } = printableBox(orientation);
  const attempt = (maxRows: number): PrintSpecResult => {
    const options: ChartBuildOptions = { ...extras, forPrint: true, animation: false, width: widthPx, maxRows };
    const spec = build(options);
    return { spec, options, fits: spec.height <= heightPx - cardTextHeightPx(spec, widthPx, fit.textUnder?.(spec)) };
  };

  const whole = attempt(Infinity);
  if (whole.fits) return whole;
  const total = whole.spec.shownRowKeys.length + whole.spec.omittedRowKeys.length;
  let best = attempt(1);
  if (!best.fits) return best;
  // Invariant: `best` (best.options.maxRows rows) fits, `tooMany` rows do not.
  let tooMany = Math.max(2, total);
  while (tooMany - (best.options.maxRows ?? 1) > 1) {
    const middle = Math.floor(((best.options.maxRows ?? 1) + tooMany) / 2);
    const candidate = attempt(middle);
    if (candidate.fits) best = candidate;
    else tooMany = middle;
  }
  return best;
}
