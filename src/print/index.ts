// Public API of the print stage (no React). print.css is imported by the app's
// stylesheet entry. See docs/PRINTING.md.
export * from './paper';
export * from './print-sizing';
export * from './page-header';
export * from './page-style';
export { sourcesLine, lineRanges } from './sources-line';
export { fitSpecToPage, cardTextHeightPx, estimateLines, type FitOptions, type PrintBuildExtras, type PrintSpecResult } from './fit-spec';
