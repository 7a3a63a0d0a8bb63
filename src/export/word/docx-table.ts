// A brief table (brief-tables.ts) as a real Word table: caption and header
// rows that repeat on every page, rows that never split, column widths from
// what each column has to say.

import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { TextTable } from './brief-tables';
import { exactLine, run } from './docx-text';
import { FANGSONG, HEITI } from './fonts';
import { FONT_PT, LINE_PT, lineTwips, mmToTwips, typeAreaMm, type PageOrientation as Orientation } from './gov-layout';

/**
 * Width of a text in ems of its font: CJK, full-width and symbol characters
 * (≥ is drawn from the CJK font) 1, Latin letters and digits about half, plus
 * the gap a word processor puts between Chinese and a number ("120 次").
 */
function ems(text: string): number {
  let width = 0;
  let wide = false;
  let narrow = false;
  for (const char of text) {
    const isWide = (char.codePointAt(0) ?? 0) > 0x2000;
    width += isWide ? 1 : 0.55;
    if (isWide) wide = true;
    else narrow = true;
  }
  return width + (wide && narrow ? 0.5 : 0);
}

/** Cell padding (left + right margins) in ems of the table font. */
const CELL_PADDING_EMS = 0.9;
/** A long cell (a list of parts, a list of names) wraps past this many characters. */
const LONGEST_LINE_EMS = 24;

/**
 * Column widths as shares of the table width. Each column wants its longest
 * cell on one line (long texts capped, headers may wrap after six characters).
 * When everything fits, the spare room is shared out; when not, the row-header
 * column and the figure columns keep their width (a township name or "≥2153人次"
 * broken over lines reads badly) and the text columns share what is left.
 */
export function columnShares(table: TextTable, capacityEms: number): number[] {
  const wants = table.header.map((header, column) => {
    const body = Math.max(0, ...table.rows.map((row) => ems(row[column] ?? '')));
    return Math.max(Math.min(body, LONGEST_LINE_EMS), Math.min(ems(header), 6), 2) + CELL_PADDING_EMS;
  });
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const total = sum(wants);
  if (total <= capacityEms) return wants.map((want) => want / total);
  const kept = wants.map((_, column) => column === 0 || (table.numeric[column] ?? false));
  const keptEms = sum(wants.filter((_, column) => kept[column]));
  const restEms = sum(wants.filter((_, column) => !kept[column]));
  if (keptEms > capacityEms * 0.6 || restEms === 0) return wants.map((want) => want / total);
  const scale = (capacityEms - keptEms) / restEms;
  return wants.map((want, column) => (kept[column] ? want : want * scale) / capacityEms);
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function tableCell(text: string, options: { header: boolean; numeric: boolean; widthTwips: number }): TableCell {
  return new TableCell({
    width: { size: options.widthTwips, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: [
      new Paragraph({
        children: [run(text, options.header ? HEITI : FANGSONG, FONT_PT.xiaoSi)],
        spacing: exactLine(LINE_PT.table),
        alignment: options.header ? AlignmentType.CENTER : options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
      }),
    ],
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/**
 * The caption as the table's first row, spanning every column and without side
 * borders: a caption paragraph before a table can be left alone at the foot of
 * a page (LibreOffice does not keep a paragraph with the table after it), a
 * first row cannot. It repeats with the header row on each page, as a
 * continued table's title does.
 */
function captionRow(caption: string, columns: number): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      new TableCell({
        columnSpan: columns,
        borders: { top: NO_BORDER, left: NO_BORDER, right: NO_BORDER, bottom: CELL_BORDER },
        margins: { top: 0, bottom: 80, left: 0, right: 0 },
        children: [
          new Paragraph({
            children: [run(caption, HEITI, FONT_PT.si)],
            alignment: AlignmentType.CENTER,
            spacing: exactLine(LINE_PT.note),
          }),
        ],
      }),
    ],
  });
}

/**
 * A real Word table: caption and header row repeat on every page, a row never
 * splits across pages.
 */
export function wordTable(table: TextTable, orientation: Orientation, caption: string): Table {
  const widthTwips = mmToTwips(typeAreaMm(orientation).width);
  const capacityEms = widthTwips / lineTwips(FONT_PT.xiaoSi);
  const widths = columnShares(table, capacityEms).map((share) => Math.floor(share * widthTwips));
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((text, column) =>
        tableCell(text, { header, numeric: table.numeric[column] ?? false, widthTwips: widths[column] ?? 0 }),
      ),
    });
  return new Table({
    width: { size: widthTwips, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: {
      top: CELL_BORDER,
      bottom: CELL_BORDER,
      left: CELL_BORDER,
      right: CELL_BORDER,
      insideHorizontal: CELL_BORDER,
      insideVertical: CELL_BORDER,
    },
    rows: [captionRow(caption, table.header.length), row(table.header, true), ...table.rows.map((cells) => row(cells, false))],
  });
}

