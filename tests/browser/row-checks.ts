// Row by row (issue 24 item 4): a printout or an export that lost a table row
// must not pass because the same township and figure are printed elsewhere
// (chart labels draw the same strings). The page's tables are read from the
// DOM; each row is then looked for as a row — township and figure on the same
// PDF line inside that table's part of the printout, or in the same .docx /
// .xlsx table row — and each township table is held against the data files,
// so a row lost on the page itself is seen too.
import type { Page } from 'playwright-core';
import { squash, squashedLines } from './pdf';

export interface RowFact {
  /** The row header (a township, a category). */
  header: string;
  /** The first figure of the row as shown, without the incomplete note or a flag ("≥75次", "未报告"); '' when the row has none. */
  value: string;
  /** "另有1项数据有误" after an incomplete total, else ''. */
  note: string;
  /** Header of the column that first figure is in ("排查出的纠纷", "2023年"); '' without one. */
  column: string;
  /** Every figure of the row, in column order (value, note and column as above). */
  figures: { value: string; note: string; column: string }[];
}

export interface TableFact {
  /** Heading of the chart card the table belongs to. */
  title: string;
  caption: string;
  /** Header of the first column: "乡镇" for a table that compares townships. */
  firstColumn: string;
  rows: RowFact[];
}

/**
 * Waits until the page has checked the quotes against the reports: a quote not
 * in its report turns its figure into 数据有误 only then, and an export made
 * afterwards says so.
 */
export async function waitForQuoteCheck(p: Page): Promise<void> {
  await p.waitForFunction(() => (document.querySelector('.status-line')?.textContent ?? '').includes('引文核对'), null, { timeout: 30_000 });
}

/** The tables of every chart card on the page, in page order. */
export async function pageTables(p: Page): Promise<TableFact[]> {
  return p.locator('figure.chart-card').evaluateAll((figures) =>
    figures.flatMap((figure) =>
      [...figure.querySelectorAll('.chart-card__table table')].map((table) => ({
        title: figure.querySelector('.chart-card__heading')?.textContent ?? '',
        caption: table.querySelector('caption')?.textContent ?? '',
        firstColumn: (table.querySelector('thead th')?.textContent ?? '').replace(/[▲▼↕]/g, '').trim(),
        rows: [...table.querySelectorAll('tbody tr')].map((tr) => {
          const figures = [...tr.querySelectorAll('.figure:not(.matrix-mark)')].map((figureEl) => {
            const cell = figureEl.closest('td, th');
            const index = cell ? [...tr.children].indexOf(cell) : -1;
            const own = figureEl.querySelector('.figure__value');
            const flag = figureEl.querySelector('.figure__flag')?.textContent ?? '';
            return {
              value: own ? (own.textContent ?? '') : (figureEl.textContent ?? '').slice(0, (figureEl.textContent ?? '').length - flag.length),
              note: figureEl.querySelector('.figure__incomplete')?.textContent ?? '',
              column: (table.querySelectorAll('thead th')[index]?.textContent ?? '').replace(/[▲▼↕]/g, '').trim(),
            };
          });
          const first = figures[0] ?? { value: '', note: '', column: '' };
          return { header: tr.querySelector('th')?.textContent ?? '', ...first, figures };
        }),
      })),
    ),
  );
}

export interface CardFigureFact {
  card: string;
  label: string;
  value: string;
}

/** The figures of the overview's township cards: label and value, as shown. */
export async function pageCardFigures(p: Page): Promise<CardFigureFact[]> {
  return p.locator('article.card').evaluateAll((cards) =>
    cards.flatMap((card) =>
      [...card.querySelectorAll('.card__figure')].map((entry) => ({
        card: card.querySelector('.card__title')?.textContent ?? '',
        label: entry.querySelector('dt')?.textContent ?? '',
        value: entry.querySelector('dd')?.textContent ?? '',
      })),
    ),
  );
}

/**
 * Township tables whose rows are not exactly the townships expected (from the
 * data files: `expected` for the year shown, `everyYear` for the 历年变化
 * tables), and tables with no row: a row lost on the page itself.
 */
export function townshipRowProblems(tables: readonly TableFact[], expected: readonly string[], everyYear: readonly string[] = expected): string[] {
  const problems: string[] = [];
  for (const table of tables) {
    if (table.rows.length === 0) problems.push(`${table.caption}: no row`);
    if (table.firstColumn !== '乡镇') continue;
    // 历年变化 tables list every township with a report in any year; the others, the year shown.
    const want = [...(table.caption.endsWith('历年数值（表）') ? everyYear : expected)].sort();
    const have = table.rows.map((row) => row.header).sort();
    if (JSON.stringify(have) !== JSON.stringify(want)) problems.push(`${table.caption}: rows ${have.join('、')} ≠ townships ${want.join('、')}`);
  }
  return problems;
}

/**
 * Rows of the page's tables that the printout does not carry as rows: each
 * row's header must start a line of its table's part of the PDF (from its
 * caption to the next card's title), in page order, with its first figure
 * after the header on that same line, and its incomplete note on that line or
 * the next two (a long note wraps).
 */
export function pdfRowProblems(pages: readonly string[], tables: readonly TableFact[], cardTitles: readonly string[]): string[] {
  const lines = pages.flatMap((text) => squashedLines(text));
  const titles = new Set(cardTitles.map(squash));
  const problems: string[] = [];
  let cursor = 0;
  for (const table of tables) {
    const caption = squash(table.caption);
    const start = lines.indexOf(caption, cursor);
    if (start < 0) {
      problems.push(`${table.caption}: caption not printed as a line`);
      continue;
    }
    let end = lines.findIndex((line, index) => index > start && titles.has(line));
    if (end < 0) end = lines.length;
    cursor = start + 1;
    let at = start + 1;
    for (const row of table.rows) {
      const header = squash(row.header);
      const value = squash(row.value);
      let found = -1;
      for (let index = at; index < end && found < 0; index++) {
        const line = lines[index]!;
        if (line.startsWith(header) && (value === '' || line.indexOf(value, header.length) >= 0)) found = index;
      }
      if (found < 0) {
        problems.push(`${table.caption}: no line with ${row.header} and ${row.value || '(no figure)'}`);
        continue;
      }
      if (row.note !== '' && !lines.slice(found, found + 3).join('').includes(squash(row.note))) {
        problems.push(`${table.caption}: ${row.header} printed without ${row.note}`);
      }
      at = found + 1;
    }
  }
  return problems;
}

/**
 * Overview card figures missing from the printout: each label with its value
 * on one line, as many times as the page shows that pair (a lost card lowers
 * the count even where another card shows the same pair).
 */
export function pdfCardProblems(pages: readonly string[], figures: readonly CardFigureFact[]): string[] {
  const lines = pages.flatMap((text) => squashedLines(text));
  const wanted = new Map<string, number>();
  for (const figure of figures) {
    const pair = squash(`${figure.label}${figure.value}`);
    wanted.set(pair, (wanted.get(pair) ?? 0) + 1);
  }
  const problems: string[] = [];
  for (const [pair, count] of wanted) {
    const printed = lines.reduce((sum, line) => sum + line.split(pair).length - 1, 0);
    if (printed < count) problems.push(`${pair}: printed ${printed} times, shown ${count} times`);
  }
  return problems;
}

/** Cell texts of every table row of a .docx's document.xml: tables → rows → cells. */
export function docxTables(documentXml: string): string[][][] {
  const text = (xml: string) =>
    [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1]!)
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...table[1]!.matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((row) => [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => text(cell[1]!))),
  );
}

/**
 * Page table rows the .docx does not carry as the same row: the Word table
 * captioned like the page's (“表N　…（表）”) must have exactly the page's row
 * headers, in order, each row with the page's first figure and note in its
 * cells.
 */
export function docxRowProblems(tables: readonly string[][][], pageTables: readonly TableFact[]): string[] {
  const problems: string[] = [];
  for (const table of pageTables) {
    const word = tables.find((rows) => rows[0]?.length === 1 && squash(rows[0][0]!).endsWith(squash(table.caption)));
    if (!word) {
      problems.push(`${table.caption}: no Word table with this caption`);
      continue;
    }
    const body = word.slice(2);
    const headers = body.map((cells) => cells[0] ?? '');
    const want = table.rows.map((row) => row.header);
    if (JSON.stringify(headers) !== JSON.stringify(want)) problems.push(`${table.caption}: Word rows ${headers.join('、')} ≠ page rows ${want.join('、')}`);
    for (const row of table.rows) {
      const cells = body.find((c) => c[0] === row.header);
      if (!cells) continue;
      const rest = squash(cells.slice(1).join('|'));
      // A count may drop its unit in a column headed with it ("5类" under 类别数 → "5").
      const bare = squash(row.value).replace(/[^\d.%]+$/, '');
      const carried = rest.includes(squash(row.value)) || (bare !== '' && cells.slice(1).some((cell) => squash(cell) === bare));
      if (row.value !== '' && !carried) problems.push(`${table.caption}: Word row ${row.header} without ${row.value}`);
      if (row.note !== '' && !rest.includes(squash(row.note))) problems.push(`${table.caption}: Word row ${row.header} without ${row.note}`);
    }
  }
  return problems;
}

/** An .xlsx sheet as plain values: rows of cells (strings, numbers or null). */
export type SheetValues = Array<Array<string | number | null>>;

/**
 * Page table rows the .xlsx does not carry as the same row. A sheet named as
 * the page table's caption without "（表）" has columns 乡镇, 年度, value,
 * value标记: each page row must be one sheet row with the same township, the
 * number of its figure, its ≥/约 mark or state (未报告, 数据有误, 无报告) and
 * its incomplete note in the mark. Returns the problems and how many tables
 * were compared (a check that compared nothing must not pass).
 */
/**
 * Page tables whose Excel sheet has another shape or name: the disputes and
 * success-rate tables share one sheet with every count and rate of a township
 * (its townships are compared); the matrix's sheet has a row per quote, not
 * per township (null: compared by the unit test of view-tables, one row per quote).
 */
const SHEET_OF_OTHER_SHAPE: Record<string, string | null> = {
  '排查与化解（表）': '矛盾纠纷与调解成功率',
  '调解成功率（表）': '矛盾纠纷与调解成功率',
  '乡镇 × 问题类别（表）': null,
};

export function xlsxRowProblems(sheets: ReadonlyMap<string, SheetValues>, pageTables: readonly TableFact[]): { problems: string[]; compared: number } {
  const problems: string[] = [];
  let compared = 0;
  for (const table of pageTables) {
    if (table.firstColumn !== '乡镇') continue;
    if (table.caption in SHEET_OF_OTHER_SHAPE) {
      const other = SHEET_OF_OTHER_SHAPE[table.caption] ?? null;
      if (other === null) continue;
      const sheet = sheets.get(other);
      const names = [...new Set((sheet ?? []).slice(1).map((cells) => String(cells[0] ?? '')))].sort();
      const want = [...new Set(table.rows.map((row) => row.header))].sort();
      if (JSON.stringify(names) !== JSON.stringify(want)) problems.push(`${table.caption}: sheet ${other} rows ${names.join('、')} ≠ page rows ${want.join('、')}`);
      compared += 1;
      continue;
    }
    const sheet = sheets.get(table.caption.replace(/（表）$/, ''));
    if (!sheet) {
      problems.push(`${table.caption}: no sheet of that name in Excel (${[...sheets.keys()].join('、')})`);
      continue;
    }
    compared += 1;
    const body = sheet.slice(1);
    // A 历年变化 table has a column per year ("2023年"); its sheet, a row per township and year (乡镇, 年度, …).
    const byYear = table.rows.some((row) => /^\d{4}年$/.test(row.column));
    const names = body.map((cells) => String(cells[0] ?? ''));
    const want = table.rows.map((row) => row.header);
    const sheetNames = byYear ? [...new Set(names)] : names;
    if (JSON.stringify([...sheetNames].sort()) !== JSON.stringify([...want].sort())) problems.push(`${table.caption}: sheet rows ${sheetNames.join('、')} ≠ page rows ${want.join('、')}`);
    // Each year of a 历年变化 row against its own sheet row; elsewhere the row's first figure.
    const checks = table.rows.flatMap((row) => (byYear ? row.figures : row.figures.slice(0, 1)).map((figure) => ({ header: row.header, ...figure })));
    for (const row of checks) {
      const cells = byYear
        ? body.find((c) => String(c[0] ?? '') === row.header && `${String(c[1] ?? '')}年` === row.column)
        : body.find((c) => String(c[0] ?? '') === row.header);
      if (byYear && !cells) problems.push(`${table.caption}: ${row.header} has no ${row.column} row in Excel`);
      if (!cells) continue;
      const number = cells[2];
      const mark = String(cells[3] ?? '');
      const state = ['未报告', '数据有误', '无报告'].find((s) => row.value.includes(s));
      const shown = squash(row.value);
      if (state) {
        if (number !== null && number !== undefined) problems.push(`${table.caption}: ${row.header} ${state} has the number ${number} in Excel`);
        if (!mark.includes(state)) problems.push(`${table.caption}: ${row.header} Excel mark ${mark} ≠ ${state}`);
      } else {
        const prefix = mark.includes('≥') ? '≥' : mark.includes('约') ? '约' : '';
        if (typeof number !== 'number' || !shown.startsWith(`${prefix}${number}`)) problems.push(`${table.caption}: ${row.header} Excel ${prefix}${String(number)} ≠ page ${row.value}`);
      }
      if (row.note !== '' && !mark.includes(row.note)) problems.push(`${table.caption}: ${row.header} Excel mark ${mark} without ${row.note}`);
    }
  }
  return { problems, compared };
}
