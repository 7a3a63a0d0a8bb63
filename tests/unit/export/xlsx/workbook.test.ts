import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDashboardModel } from '../../../../src/model';
import { viewTables } from '../../../../src/export/xlsx/view-tables';
import { CELL_CUT_NOTE, EXCEL_CELL_MAX_CHARS, fitCellText, INFO_SHEET_NAME, sheetName, workbookSheets, writeWorkbook, type NamedTable } from '../../../../src/export/xlsx/workbook';
import { DatasetBuilder, fiveTownships, manyTownships, withStandardCatalog } from '../../../fixtures/model/synth';

const INFO = { title: '对比 — 普法宣传', scope: '甲乡 · 2024年', notes: ['≥=下限'] };

async function roundTrip(tables: NamedTable[]) {
  const blob = await writeWorkbook(workbookSheets(tables, INFO));
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return { workbook, files: unzipSync(bytes) };
}

function cells(sheet: ExcelJS.Worksheet): ExcelJS.Cell[][] {
  const rows: ExcelJS.Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1)));
  });
  return rows;
}

describe('sheet names', () => {
  it('fit Excel’s rules: no forbidden characters, at most 31 characters, unique ignoring case', () => {
    expect(sheetName('乡镇 × 问题类别 [表] a/b:c?*\\', new Set())).toBe('乡镇 × 问题类别 _表_ a_b_c___');
    const long = '很'.repeat(40);
    expect([...sheetName(long, new Set())].length).toBe(31);
    const used = new Set(['普法受众'.toLowerCase()]);
    expect(sheetName('普法受众', used)).toBe('普法受众（2）');
    expect(sheetName("'引号'", new Set())).toBe('引号');
    expect(sheetName('', new Set())).toBe('表');
  });

  it('keep the kind of table when a long label is cut, so two tables of one metric keep apart names', () => {
    const label = '主要负责人组织的普法活动及其他各类法治宣传教育与法律服务活动场次';
    expect([...label].length).toBeGreaterThan(27);
    const metric = sheetName(label, new Set());
    const history = sheetName(`${label}历年数值`, new Set([metric.toLowerCase()]), '历年数值');
    expect([...history].length).toBe(31);
    expect(history.endsWith('历年数值')).toBe(true);
    expect(history).not.toBe(metric);
    const used = new Set([history.toLowerCase()]);
    const again = sheetName(`${label}历年数值`, used, '历年数值');
    expect(again.endsWith('历年数值（2）')).toBe(true);
    expect([...again].length).toBe(31);
    // Short names are not touched.
    expect(sheetName('普法受众历年数值', new Set(), '历年数值')).toBe('普法受众历年数值');
  });
});

describe('the workbook', () => {
  const dataset = fiveTownships();
  const model = buildDashboardModel(dataset);
  const context = { dataset, group: null };

  it('has 说明 first, then one sheet per table of the view', async () => {
    const { workbook } = await roundTrip(viewTables('brief', model, context));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      INFO_SHEET_NAME,
      ...model.outreach.map((comparison) => comparison.label),
      '矛盾纠纷与调解成功率',
      '各类问题被提及情况',
      '存在问题原文（乡镇×类别）',
    ]);
    const info = cells(workbook.getWorksheet(INFO_SHEET_NAME)!).map((row) => row.map((cell) => cell.value));
    expect(info).toContainEqual(['范围', '甲乡 · 2024年']);
  });

  it('keeps numbers as numbers, marks in their own column and 未报告 as an empty number', async () => {
    const { workbook } = await roundTrip(viewTables('outreach', model, context));
    const rows = cells(workbook.worksheets[1]!);
    const header = rows[0]!.map((cell) => cell.value);
    expect(header.slice(0, 4)).toEqual(['乡镇', '年度', '普法宣传活动', '普法宣传活动标记']);
    const byName = new Map(rows.slice(1).map((row) => [row[0]!.value, row] as const));
    const bing = byName.get('丙乡')!;
    expect(bing[2]!.type).toBe(ExcelJS.ValueType.Number);
    expect(bing[2]!.value).toBe(30);
    expect(bing[3]!.value).toBe('≥');
    expect(byName.get('丁乡')![3]!.value).toBe('约');
    const yi = byName.get('乙乡')!;
    expect(yi[2]!.value ?? null).toBeNull();
    expect(yi[3]!.value).toBe('未报告');
    expect(bing[1]!.type).toBe(ExcelJS.ValueType.Number);
    // The header stays in view while scrolling.
    expect(workbook.worksheets[1]!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes formula-looking text as plain text cells, never as formulas', async () => {
    const payloads = ['=HYPERLINK("http://x","点")', '+1+2', '-3+4', '@SUM(A1)', '\t=1'];
    const builder = withStandardCatalog(new DatasetBuilder());
    payloads.forEach((name, index) => builder.township(`t${index}`, name).report(`t${index}`, 2024));
    builder.figure('t0', 2024, 'outreach_events', 5, { item: '=1+1', quote: '=cmd|calc' });
    const formulaData = builder.build();
    const { workbook, files } = await roundTrip(
      viewTables('outreach', buildDashboardModel(formulaData), { dataset: formulaData, group: null }),
    );
    const texts: string[] = [];
    for (const sheet of workbook.worksheets) {
      for (const row of cells(sheet)) {
        for (const cell of row) {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (cell.type === ExcelJS.ValueType.String) texts.push(String(cell.value));
        }
      }
    }
    for (const payload of payloads) expect(texts).toContain(payload);
    expect(texts).toContain('=cmd|calc');
    // No formula element anywhere in the package.
    for (const [name, data] of Object.entries(files)) {
      if (name.startsWith('xl/worksheets/')) expect(strFromU8(data)).not.toMatch(/<f[ >]/);
    }
  });
});

describe('a cell longer than Excel holds', () => {
  it('is cut at a line break below 32,767 characters and says so; shorter text is whole', async () => {
    const sources = Array.from({ length: 3000 }, (_, i) => `metrics.csv:${100000 + i}`).join('\n');
    expect(sources.length).toBeGreaterThan(EXCEL_CELL_MAX_CHARS);
    const cut = fitCellText(sources);
    expect(cut.length).toBeLessThanOrEqual(EXCEL_CELL_MAX_CHARS);
    expect(cut.endsWith(`\n${CELL_CUT_NOTE}`)).toBe(true);
    const lines = cut.split('\n').slice(0, -1);
    expect(lines.every((line) => /^metrics\.csv:\d{6}$/.test(line))).toBe(true);
    expect(fitCellText('甲乡、乙乡')).toBe('甲乡、乙乡');
    // Through the workbook: the cell Excel reads is the cut one.
    const { workbook } = await roundTrip([{ name: '来源', table: { columns: [{ key: 'sources', label: '来源' }], rows: [{ sources }] } }]);
    const cell = workbook.getWorksheet('来源')!.getRow(2).getCell(1).text;
    expect(cell).toBe(cut);
  });
});

describe('tables per view', () => {
  const dataset = fiveTownships();
  const model = buildDashboardModel(dataset);
  const context = { dataset, group: null };
  const names = (view: Parameters<typeof viewTables>[0], group: string | null = null) =>
    viewTables(view, model, { dataset, group }).map((named) => named.name);

  it('gives each view the tables its CSV buttons write, in page order', () => {
    expect(names('overview')).toEqual(['概览']);
    expect(names('outreach')).toEqual(model.outreach.map((comparison) => comparison.label));
    expect(names('disputes')).toEqual(['矛盾纠纷与调解成功率']);
    expect(names('shortcomings')).toEqual(['各类问题被提及情况', '存在问题原文（乡镇×类别）']);
    expect(names('brief')).toEqual([...names('outreach'), ...names('disputes'), ...names('shortcomings')]);
    expect(names('extract')).toEqual([]);
  });

  it('gives the 简报 a sheet for each table of its 历年变化 when the data has an earlier year', () => {
    const builder = withStandardCatalog(new DatasetBuilder()).township('a', '甲乡').township('b', '乙乡');
    for (const year of [2023, 2024]) builder.report('a', year).report('b', year);
    const twoYears = builder
      .figure('a', 2023, 'outreach_events', 4, { unit: '场' })
      .figure('a', 2024, 'outreach_events', 6, { unit: '场' })
      .figure('b', 2024, 'disputes_screened', 3, { unit: '起' })
      .build();
    const twoYearModel = buildDashboardModel(twoYears);
    const tables = viewTables('brief', twoYearModel, { dataset: twoYears, group: null });
    const histories = tables.filter((named) => named.name.endsWith('历年数值'));
    expect(histories.map((named) => named.name)).toEqual(['普法宣传活动历年数值', '排查矛盾纠纷历年数值']);
    // The rows are the page's history table's: 2023 and 2024 of 甲乡's 普法宣传活动.
    const events = histories[0]!.table;
    expect(events.rows.filter((r) => r.township === '甲乡').map((r) => [r.year, r.value])).toEqual([
      [2023, 4],
      [2024, 6],
    ]);
    // One year only: no history sheet.
    expect(names('brief').some((name) => name.endsWith('历年数值'))).toBe(false);
  });

  it('gives each outreach metric with more townships than its chart draws its distribution sheet, after the metric’s', () => {
    const many = manyTownships(60);
    const manyModel = buildDashboardModel(many);
    const tables = viewTables('outreach', manyModel, { dataset: many, group: null });
    expect(tables.map((named) => named.name)).toEqual(manyModel.outreach.flatMap((c) => [c.label, `${c.label}：分布`]));
    const events = tables.find((named) => named.name === `${manyModel.outreach[0]!.label}：分布`)!;
    expect(events.table.rows.reduce((n, row) => n + Number(row['count']), 0)).toBe(60);
    // The brief shows the outreach cards, distribution included: its workbook too.
    expect(viewTables('brief', manyModel, { dataset: many, group: null }).map((named) => named.name)).toEqual(expect.arrayContaining([events.name]));
  });

  it('gives 指标一览 and 历年变化 one sheet per metric of the chosen group that has a figure', () => {
    const outreachLabels = model.outreach.filter((c) => c.totals.some((t) => t.figure.status === 'reported')).map((c) => c.label);
    expect(names('catalog', 'outreach')).toEqual(expect.arrayContaining(outreachLabels));
    expect(names('catalog', 'outreach').length).toBeGreaterThan(0);
    expect(names('history', 'outreach')).toEqual(names('catalog', 'outreach'));
    // Another group gives other sheets; a group nobody reports gives none.
    expect(names('catalog', 'disputes')).not.toEqual(names('catalog', 'outreach'));
  });

  it('keeps every row of the model: one per township, one per quote', () => {
    const [overview] = viewTables('overview', model, context);
    expect(new Set(overview!.table.rows.map((row) => row.township))).toEqual(new Set(['甲乡', '乙乡', '丙乡', '丁乡', '戊镇']));
    const quotes = viewTables('shortcomings', model, context)[1]!.table.rows;
    expect(quotes.length).toBe(model.shortcomings.cells.reduce((sum, cell) => sum + cell.quotes.length, 0));
  });
});
