// Chart pictures (PNG, SVG) are drawn as on an A4 landscape page: the same
// width, rows and footnotes as the printout, so a slide and a printed sheet
// show the same picture. PNGs are then rendered at pixelRatio 2.
import { printableBox, type PrintOrientation } from '../print/paper';

export const EXPORT_ORIENTATION: PrintOrientation = 'landscape';
export const EXPORT_PIXEL_RATIO = 2;

/** Width in CSS px of an exported chart picture. */
export function exportImageWidth(): number {
  return printableBox(EXPORT_ORIENTATION).widthPx;
}
