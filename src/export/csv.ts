// Tables → CSV text that Excel and WPS open safely.
//
// Three traps this module exists for (see ../../../shared/FIELD-NOTES.md, "Export"):
// - Without a byte-order mark, Excel and WPS read UTF-8 as the local code page
//   and Chinese turns into mojibake, so the text starts with Papa.BYTE_ORDER_MARK.
// - A cell that starts with = + - @ tab or CR is run as a formula (CWE-1236).
//   Township names and quotes come from data files anyone can edit, so every
//   *string* cell is neutralised with a leading apostrophe.
// - Papa's own `escapeFormulae` works on the string form of every cell and so
//   turns -3 into '-3. Numbers are therefore written by us, never neutralised,
//   and only strings go through the formula guard.

import Papa from 'papaparse';

export interface CsvColumn {
  /** Key of the cell in each row object. */
  key: string;
  /** Header text (Chinese). Headers are neutralised like any other string. */
  label: string;
}

export type CsvCell = string | number | null | undefined;
export type CsvRow = Readonly<Record<string, CsvCell>>;

export interface CsvOptions {
  /**
   * What a null/undefined (or non-finite number) cell becomes: '' by default,
   * or e.g. NOT_REPORTED ('未报告') for a table people read rather than compute with.
   */
  missing?: string;
  /** Prepend the UTF-8 byte-order mark (default true: Excel/WPS need it). */
  bom?: boolean;
}

/** Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection). */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * True when a spreadsheet could run the text as a formula: its first character
 * is a trigger, or its first non-blank one is (Excel trims leading spaces and
 * line breaks of unquoted cells in some import paths, and WPS follows it).
 */
export function looksLikeFormula(text: string): boolean {
  const first = text.charAt(0);
  if (FORMULA_TRIGGERS.has(first)) return true;
  const firstVisible = text.trimStart().charAt(0);
  return firstVisible !== first && FORMULA_TRIGGERS.has(firstVisible);
}

/** Prefix a formula-looking string with an apostrophe so it stays text. */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/**
 * CSV text for a table: one header line of column labels, then one line per row.
 * Numbers are written unquoted with JavaScript's shortest round-trip form
 * (-3, 94.4), so a spreadsheet sums them; strings are neutralised and quoted
 * when they hold a comma, quote or line break. Lines end with CRLF (RFC 4180).
 */
export function tableToCsv(
  columns: readonly CsvColumn[],
  rows: readonly CsvRow[],
  options: CsvOptions = {},
): string {
  const missing = neutraliseFormula(options.missing ?? '');
  const header = columns.map((column) => neutraliseFormula(column.label));
  const body = rows.map((row) => columns.map((column) => cellText(row[column.key], missing)));
  const text = Papa.unparse(
    { fields: header, data: body },
    {
      // Our own guard above; Papa's would also hit numbers (see the file comment).
      escapeFormulae: false,
      newline: '\r\n',
      // Numbers never need quotes; strings get them only when the content requires.
      quotes: false,
    },
  );
  return (options.bom ?? true) ? `${Papa.BYTE_ORDER_MARK}${text}` : text;
}

function cellText(cell: CsvCell, missing: string): string {
  if (cell === null || cell === undefined) return missing;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return missing;
    // Shortest round-trip decimal; -0 would read as "-0", a string to some importers.
    return Object.is(cell, -0) ? '0' : String(cell);
  }
  return neutraliseFormula(cell);
}
