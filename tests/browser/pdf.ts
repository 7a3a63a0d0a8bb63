// Reading printed PDFs with poppler-utils (pdfinfo, pdftotext, pdftoppm;
// scripts/install-browser.sh installs them): page size, the text of each page,
// and PNGs of the pages for a person to look at.
import { execFileSync } from 'node:child_process';

export interface PdfInfo {
  pages: number;
  widthPt: number;
  heightPt: number;
  /** The paper name pdfinfo recognises, e.g. "A4"; '' when none. */
  paper: string;
}

export function pdfInfo(file: string): PdfInfo {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(text)?.[1] ?? NaN);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/m.exec(text);
  return { pages, widthPt: Number(size?.[1] ?? NaN), heightPt: Number(size?.[2] ?? NaN), paper: size?.[3] ?? '' };
}

/** The text of every page (`pdftotext -layout`), one string per page. */
export function pdfPageTexts(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages = text.split('\f');
  // pdftotext ends the last page with a form feed too.
  if (pages.length > 0 && pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

/** Text without any whitespace: pdftotext breaks lines where the page did, and pads columns. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Page lines with whitespace removed, blank lines dropped. */
export function squashedLines(pageText: string): string[] {
  return pageText.split('\n').map(squash).filter((line) => line !== '');
}

/** Writes `${prefix}-N.png` for every page, at `dpi` (60 is enough to judge a layout). */
export function pdfToPngs(file: string, prefix: string, dpi = 60): void {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, prefix]);
}
