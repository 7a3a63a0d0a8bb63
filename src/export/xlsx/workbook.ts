// Tables (model-tables.ts, the same ones 下载表格CSV writes) → an .xlsx
// workbook through write-excel-file: one sheet per table, plus a first sheet
// 说明 that says what the file holds and what the marks mean.
//
// - Numbers stay numbers (Excel sums and sorts them); the ≥ / 约 / 未报告 mark
//   of a figure is in its own column (figure-cells.ts), and a figure a report
//   does not give is an empty cell with 未报告 beside it, never 0.
// - Formula-safe: every text cell is written as a string cell (t="s"/inline),
//   which a spreadsheet never evaluates, with the Text number format "@" so
//   that editing the cell keeps it text. Unlike CSV, no apostrophe is added:
//   in .xlsx it would show as part of the text.
// Pure up to writeWorkbook(), which runs in Node (tests) and in the browser.

import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/universal';
import type { CsvTable } from '../model-tables';

export interface NamedTable {
  /** What the table is ("普法宣传活动"): the sheet's name, shortened to Excel's limits. */
  name: string;
  /** The end of `name` kept whole when it is shortened ("历年数值"), so that a long label does not make it another table's name. */
  kind?: string;
  table: CsvTable;
}

export interface WorkbookInfo {
  /** "乡镇法治政府建设情况对比 — 普法宣传". */
  title: string;
  /** "甲乡、乙乡 · 2024年". */
  scope: string;
  /** Lines explaining the marks (figure-cells.ts MARK_LEGEND …). */
  notes: string[];
}

export const INFO_SHEET_NAME = '说明';

/** Excel refuses these in sheet names, and names longer than 31 characters. */
const SHEET_NAME_FORBIDDEN = /[\\/?*:[\]]/g;
const SHEET_NAME_MAX = 31;
const TEXT_FORMAT = '@';
/** Column widths in Excel's character units (a CJK character is about two). */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/**
 * A valid sheet name, unique among `used` (case-insensitive, as Excel compares them): "普法受众", "普法受众（2）".
 * A name too long is cut before its `kind` ending ("…历年数值"), which stays whole.
 */
export function sheetName(name: string, used: ReadonlySet<string>, kind = ''): string {
  const ending = kind !== '' && name.endsWith(kind) && name.length > kind.length ? kind : '';
  const clean = (text: string) => text.replace(SHEET_NAME_FORBIDDEN, '_');
  const head = clean(name.slice(0, name.length - ending.length)).replace(/^'+/, '').trimStart();
  const tail = clean(ending);
  const whole = `${head}${tail}`.replace(/'+$/, '').trim();
  if (whole === '') return sheetName('表', used);
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : `（${n}）`;
    const room = SHEET_NAME_MAX - suffix.length;
    const candidate = [...whole].length <= room ? `${whole}${suffix}` : `${[...head].slice(0, Math.max(0, room - [...tail].length)).join('')}${tail}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Excel holds at most 32,767 characters in a cell; a longer text makes it "repair" the file. */
export const EXCEL_CELL_MAX_CHARS = 32767;
export const CELL_CUT_NOTE = '……（此格超出Excel单元格上限，其余见该表的下载表格CSV）';

/**
 * The text as Excel can hold it: whole when it fits, else cut at the last line
 * break that leaves room for CELL_CUT_NOTE (a province's list of sources can
 * pass the limit), which says so — never cut silently.
 */
export function fitCellText(text: string): string {
  if (text.length <= EXCEL_CELL_MAX_CHARS) return text;
  const room = EXCEL_CELL_MAX_CHARS - CELL_CUT_NOTE.length - 1;
  const lineEnd = text.lastIndexOf('\n', room);
  let head = text.slice(0, lineEnd > 0 ? lineEnd : room);
  // Not half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `${head}\n${CELL_CUT_NOTE}`;
}

/** A string cell, never a formula; wrapped when it holds line breaks (several quotes in one cell). */
export function textCell(raw: string, extra: { bold?: boolean } = {}): Cell {
  const text = fitCellText(raw);
  return {
    value: text,
    type: String,
    format: TEXT_FORMAT,
    alignVertical: 'top',
    ...(text.includes('\n') ? { wrap: true } : {}),
    ...(extra.bold ? { fontWeight: 'bold' as const } : {}),
  };
}

function dataCell(value: string | number | null | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { value, type: Number, alignVertical: 'top' } : null;
  return textCell(value);
}

/** Display width of a text in Excel's units: its longest line, CJK counted twice. */
function textWidth(text: string): number {
  let longest = 0;
  for (const line of text.split('\n')) {
    let width = 0;
    for (const char of line) width += (char.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
    longest = Math.max(longest, width);
  }
  return longest;
}

function columnWidths(rows: readonly (readonly (string | number | null | undefined)[])[]): { width: number }[] {
  const count = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: count }, (_, column) => {
    const widest = Math.max(0, ...rows.map((row) => textWidth(String(row[column] ?? ''))));
    return { width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2)) };
  });
}

/** One sheet: a bold header row that stays in view while scrolling, then the rows. */
export function tableSheet(named: NamedTable, name: string): Sheet<Blob> {
  const { columns, rows } = named.table;
  const header: Row = columns.map((column) => textCell(column.label, { bold: true }));
  const body: Row[] = rows.map((row) => columns.map((column) => dataCell(row[column.key])));
  const plain = [columns.map((column) => column.label), ...rows.map((row) => columns.map((column) => row[column.key]))];
  return { sheet: name, data: [header, ...body], columns: columnWidths(plain), stickyRowsCount: 1 };
}

function infoSheet(info: WorkbookInfo, sheetNames: readonly string[]): Sheet<Blob> {
  const lines: [string, string][] = [
    ['标题', info.title],
    ['范围', info.scope],
    ...info.notes.map((note): [string, string] => ['说明', note]),
    ['工作表', sheetNames.join('、')],
  ];
  return {
    sheet: INFO_SHEET_NAME,
    data: lines.map(([label, text]) => [textCell(label, { bold: true }), textCell(text)]),
    columns: [{ width: 10 }, { width: MAX_WIDTH * 2 }],
  };
}

/** The sheets of the workbook: 说明 first, then one per table in the given order. */
export function workbookSheets(tables: readonly NamedTable[], info: WorkbookInfo): Sheet<Blob>[] {
  const used = new Set<string>([INFO_SHEET_NAME.toLowerCase()]);
  const sheets = tables.map((named) => {
    const name = sheetName(named.name, used, named.kind);
    used.add(name.toLowerCase());
    return tableSheet(named, name);
  });
  return [infoSheet(info, sheets.map((sheet) => sheet.sheet ?? '')), ...sheets];
}

/** The .xlsx file as a Blob. */
export function writeWorkbook(sheets: Sheet<Blob>[]): Promise<Blob> {
  return writeXlsxFile(sheets, { fontFamily: '宋体', fontSize: 11 }).toBlob();
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
