// The @page rules that depend on the page's state — the header text and the
// paper orientation — installed as constructed stylesheets. Why constructed: the
// built page's CSP (`style-src 'self'`) blocks inline <style> elements and
// style attributes but not CSSOM (new CSSStyleSheet + adoptedStyleSheets);
// checked in headless chromium, where the adopted @page rule also overrides
// the static one in print.css.
//
// Page header and numbers use @page margin boxes (@top-left, @top-right,
// @bottom-center with counter(page) / counter(pages)): Chromium supports them
// since 131, and they print on every page without taking room from the content.

import { headerLines, type PrintHeader } from './page-header';
import { DEFAULT_PRINT_ORIENTATION, PRINT_MARGIN_MM, type PrintOrientation } from './paper';

export interface PageStyleOptions {
  /** Null: keep print.css's generic header (page numbers only). */
  header: PrintHeader | null;
}

/**
 * A CSS string literal: backslash, quote and line breaks escaped, control
 * characters dropped, so data text (a township name with a quote) can never
 * end the string and inject rules.
 */
export function cssString(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\' || char === '"') out += `\\${char}`;
    else if (char === '\n' || char === '\r') out += '\\A ';
    else if (code < 0x20 || code === 0x7f) continue;
    else out += char;
  }
  return `"${out}"`;
}

const MARGIN_BOX_STYLE = 'font-size: 8pt; color: #333;';
/** The header's two lines ("\\A" in the content string) stay two lines. */
const HEADER_BOX_STYLE = `${MARGIN_BOX_STYLE} white-space: pre; vertical-align: bottom;`;

export function pageStyleCss(options: PageStyleOptions): string {
  const boxes: string[] = [
    `@bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; ${MARGIN_BOX_STYLE} }`,
  ];
  if (options.header) {
    const { left, right } = headerLines(options.header);
    boxes.push(
      `@top-left { content: ${cssString(left)}; ${HEADER_BOX_STYLE} text-align: left; }`,
      `@top-right { content: ${cssString(right)}; ${HEADER_BOX_STYLE} text-align: right; }`,
    );
  }
  // No size here: setPrintOrientation's own sheet holds it, so a header refresh never changes it.
  return `@page { margin: ${PRINT_MARGIN_MM}mm; ${boxes.join(' ')} }`;
}

/**
 * Install (or replace) the page style on `doc`. Returns the function that
 * removes it. Without constructable stylesheets (old browsers) it does
 * nothing and print.css's defaults apply.
 */
export function installPageStyle(doc: Document, options: PageStyleOptions): () => void {
  const view = doc.defaultView;
  if (!view || typeof view.CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in doc)) return () => {};
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(pageStyleCss(options));
  const previous = installed.get(doc);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets.filter((s) => s !== previous), sheet];
  installed.set(doc, sheet);
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    if (installed.get(doc) === sheet) installed.delete(doc);
  };
}

const installed = new WeakMap<Document, CSSStyleSheet>();

/** The attribute print.css reads on <html> for layout that differs by orientation (cards per row). */
export const ORIENTATION_ATTRIBUTE = 'data-print-orientation';

/**
 * The sheet's size as an unnamed @page rule. Not a named page (`page:` on
 * body, chosen by a selector): Chromium 80–84 know no `page` property and
 * print landscape, and Chromium 109 breaks the printout before every block
 * under an element with a named page (the brief: 103 portrait pages, not 8).
 */
export function pageSizeCss(orientation: PrintOrientation): string {
  return `@page { size: A4 ${orientation}; }`;
}

/**
 * Switch the printed orientation: the @page size (a constructed sheet after
 * print.css, whose landscape rule it overrides) and <html data-print-orientation>
 * (landscape is the default and removes the attribute). Call it before printing
 * starts or in beforeprint: Chromium reads the page size when it lays out the printout.
 */
export function setPrintOrientation(doc: Document, orientation: PrintOrientation): void {
  if (orientation === DEFAULT_PRINT_ORIENTATION) doc.documentElement.removeAttribute(ORIENTATION_ATTRIBUTE);
  else doc.documentElement.setAttribute(ORIENTATION_ATTRIBUTE, orientation);
  const view = doc.defaultView;
  if (!view || typeof view.CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in doc)) return;
  let sheet = sizeSheets.get(doc);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sizeSheets.set(doc, sheet);
  }
  sheet.replaceSync(pageSizeCss(orientation));
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

const sizeSheets = new WeakMap<Document, CSSStyleSheet>();

export function printOrientationOf(doc: Document): PrintOrientation {
  return doc.documentElement.getAttribute(ORIENTATION_ATTRIBUTE) === 'portrait' ? 'portrait' : 'landscape';
}
