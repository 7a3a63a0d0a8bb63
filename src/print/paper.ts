// Paper geometry in CSS px: what width a chart is drawn at on paper, and how
// many bar rows fit on one page. CSS px are 1/96 in, so 1 mm = 96 / 25.4 px.
// A4 landscape with 10 mm margins leaves 277 mm ≈ 1047 px across and
// 190 mm ≈ 718 px down (../shared/FIELD-NOTES.md, "Printing charts").

import { CHART_CHROME_PX, ROW_HEIGHT_PX } from '../charts/layout';

export type PrintOrientation = 'landscape' | 'portrait';
export const PRINT_ORIENTATIONS: readonly PrintOrientation[] = ['landscape', 'portrait'];
export const DEFAULT_PRINT_ORIENTATION: PrintOrientation = 'landscape';

/** ISO 216 A4, portrait, in mm. */
const A4_SHORT_MM = 210;
const A4_LONG_MM = 297;
export const PRINT_MARGIN_MM = 10;
const PX_PER_MM = 96 / 25.4;

export function mmToPx(mm: number): number {
  return mm * PX_PER_MM;
}

export interface PageBox {
  widthPx: number;
  heightPx: number;
}

/** The printable area of one A4 page (inside the margins), floored to whole px. */
export function printableBox(orientation: PrintOrientation, marginMm = PRINT_MARGIN_MM): PageBox {
  const [widthMm, heightMm] = orientation === 'landscape' ? [A4_LONG_MM, A4_SHORT_MM] : [A4_SHORT_MM, A4_LONG_MM];
  return {
    widthPx: Math.floor(mmToPx(widthMm - 2 * marginMm)),
    heightPx: Math.floor(mmToPx(heightMm - 2 * marginMm)),
  };
}

/**
 * Space a chart card needs besides the chart itself on a printed page when
 * nothing more is known: title, a few footnote lines and the sources line.
 * Generous on purpose: a card that does not fit is split or pushed.
 */
export const CARD_TEXT_ALLOWANCE_PX = 150;

/**
 * First guess of the most bar rows (chartHeightFor's fixed row height) a
 * chart may draw so that its card fits on one page. Builders with taller rows
 * (two bars per township) need fewer: fitSpecToPage() corrects the guess from
 * the built spec's real height.
 */
export function maxChartRowsPerPage(
  orientation: PrintOrientation,
  options: { noteLines?: number; allowancePx?: number } = {},
): number {
  const { heightPx } = printableBox(orientation);
  const allowance = options.allowancePx ?? CARD_TEXT_ALLOWANCE_PX;
  const noteLinesPx = (options.noteLines ?? 0) * 16;
  const forRows = heightPx - allowance - CHART_CHROME_PX - noteLinesPx;
  return Math.max(1, Math.floor(forRows / ROW_HEIGHT_PX));
}
