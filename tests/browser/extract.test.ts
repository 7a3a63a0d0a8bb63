// The 报告解析 page of the built site (issue 5, item 5): a report of our own
// making is pasted, its figures are marked with the proposed metric, the
// reviewer corrects and accepts rows, and the CSV download is what
// data/metrics.csv takes. Also: a GBK file is read, markup in a report stays
// text, and edits survive further typing in the text box.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Download, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { encodeGbk } from '../unit/data/helpers';
import { gotoAndWait, openPageForEachTest, screenshotPath, siteUrl, type OpenedPage } from './helpers';
import { readCsvRows, siteDataDir } from './site-data';

/**
 * A made-up report as copied from a web page: a menu line, a date and a view
 * count around it, a line that starts like a spreadsheet formula, and a
 * section of shortcomings.
 */
const REPORT = [
  '首页 > 政务公开 > 法治政府建设',
  '桑日镇2024年法治政府建设情况报告',
  '发布时间：2025-01-15 浏览次数：356次',
  '一、主要举措',
  '（一）深入开展普法宣传。全年开展普法宣传活动36场次，受教群众达3200余人次，发放宣传资料4500余份。',
  '=SUM(1+1)送法进寺院活动8场。',
  '（二）化解矛盾纠纷。全年排查矛盾纠纷42起，化解40起，调解成功率达95%以上。',
  '（三）党委中心组集中学法12次。培养法律明白人56名。',
  '二、存在的问题',
  '一是群众法治意识不强；二是普法形式单一。',
].join('\n');

/** Each figure of REPORT, in order, with the metric a reader would give it (null: not a metric). */
const EXPECTED_FIGURES: ReadonlyArray<{ figure: string; metric: string | null }> = [
  { figure: '356次', metric: null },
  { figure: '36场次', metric: 'outreach_events' },
  { figure: '3200余人次', metric: 'outreach_reach' },
  { figure: '4500余份', metric: 'outreach_materials' },
  { figure: '8场', metric: 'outreach_events' },
  { figure: '42起', metric: 'disputes_screened' },
  { figure: '40起', metric: 'disputes_resolved' },
  { figure: '95%以上', metric: 'mediation_success_rate' },
  { figure: '12次', metric: 'cadre_study_sessions' },
  { figure: '56名', metric: 'legal_literates' },
];

const TOWNSHIP_ID = 'sangri';
const TEXT_BOX = '报告原文（粘贴全文，或把 .txt 文件拖到这里）';

const catalogLabels = new Map(readCsvRows('shipped', 'metric-catalog.csv').map((row) => [row.id ?? '', row.label ?? '']));
const labelOf = (metric: string) => catalogLabels.get(metric) || metric;
/** The header line of a shipped data file, as the download must repeat it. */
const dataHeader = (file: string) => readFileSync(join(siteDataDir('shipped'), file), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0];

let opened: OpenedPage;
let page: Page;
const dialogs: string[] = [];

// Each test on a page of its own: the steps it builds on are replayed (paste, correct), so it passes alone and in any order.
openPageForEachTest((o) => {
  opened = o;
  page = o.page;
  dialogs.length = 0;
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

afterEach(() => {
  expect(opened.record.consoleErrors).toEqual([]);
  expect(opened.record.pageErrors).toEqual([]);
  expect(dialogs).toEqual([]);
});

async function openExtractView(p: Page): Promise<Locator> {
  await gotoAndWait(p, siteUrl('shipped', '#view=extract'));
  const textBox = p.getByRole('textbox', { name: TEXT_BOX });
  await textBox.waitFor({ timeout: 15_000 });
  await expect.poll(() => p.getByText('正在读取解析规则').count()).toBe(0);
  return textBox;
}

interface MarkSeen {
  figure: string;
  tag: string | null;
  status: string;
}

/** Every mark in the report: its figure, the metric label on its tag, its status class. */
async function marks(p: Page): Promise<MarkSeen[]> {
  return p.locator('.extract-report mark').evaluateAll((nodes) =>
    nodes.map((node) => ({
      figure: node.firstChild?.textContent ?? '',
      tag: node.querySelector('button')?.textContent ?? null,
      status: [...node.classList].find((c) => c.startsWith('extract-mark--'))?.slice('extract-mark--'.length) ?? '',
    })),
  );
}

const metricSelect = (p: Page, figure: string) => p.getByRole('combobox', { name: `数字“${figure}”的指标` });
const valueBox = (p: Page, figure: string) => p.getByRole('textbox', { name: `数字“${figure}”的数值` });
const decision = (p: Page, figure: string, button: '采用' | '不采用') =>
  p.getByRole('group', { name: `数字“${figure}”：是否采用` }).getByRole('button', { name: button, exact: true });

async function downloadBytes(p: Page, buttonName: RegExp, saveAs: string): Promise<Buffer> {
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: buttonName }).click()]);
  const path = join(inject('outputDir'), 'exports', saveAs);
  await (download as Download).saveAs(path);
  return readFileSync(path);
}

describe('报告解析: a pasted report', () => {
  let textBox: Locator;

  /** The report in the text box, its figures marked (what the first test checks in detail). */
  async function pasted(): Promise<void> {
    textBox = await openExtractView(page);
    await textBox.fill(REPORT);
    await expect.poll(() => marks(page).then((m) => m.length)).toBe(EXPECTED_FIGURES.length);
  }

  /** The reviewer's corrections and decisions, and the new township (what the second test checks). */
  async function corrected(): Promise<void> {
    await metricSelect(page, '12次').selectOption('rule_of_law_meetings');
    await valueBox(page, '4500余份').fill('4600');
    await page.getByRole('button', { name: '全部采用' }).click();
    await decision(page, '40起', '不采用').click();
    // A township not in the data: added with its name (read from the title), county, prefecture and province; its id is made from the name.
    await page.getByLabel('乡镇', { exact: true }).selectOption({ label: '＋ 新增乡镇（列表中没有）' });
    expect(await page.getByLabel('乡镇名称', { exact: true }).inputValue()).toBe('桑日镇');
    await page.getByLabel('所属县（区）', { exact: true }).fill('桑日县');
    await page.getByLabel('所属地级市（州、盟）', { exact: true }).fill('山南市');
    await page.getByLabel('所属省（自治区、直辖市）', { exact: true }).fill('西藏自治区');
    await expect.poll(() => page.locator('.desk-id').textContent(), { timeout: 15_000 }).toBe(`乡镇编号（自动生成）：${TOWNSHIP_ID}`);
  }

  /** An edit that changes a reviewed row (3200 → 3300), and the row accepted again. */
  async function reachEditedAndAccepted(): Promise<void> {
    await textBox.fill((await textBox.inputValue()).replace('受教群众达3200余人次', '受教群众达3300余人次'));
    await expect.poll(() => valueBox(page, '3300余人次').inputValue()).toBe('3300');
    await decision(page, '3300余人次', '采用').click();
  }

  it('marks every figure with its proposed metric, and nothing in dates, years or section numbers', async () => {
    textBox = await openExtractView(page);
    await page.screenshot({ path: screenshotPath('extract-empty') });
    // Pasted for real: through the clipboard and Ctrl+V, as a reviewer would.
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('origin') });
    await page.evaluate((text) => navigator.clipboard.writeText(text), REPORT);
    await textBox.focus();
    await page.keyboard.press('Control+V');
    await expect.poll(() => textBox.inputValue()).toBe(REPORT);
    await expect.poll(() => marks(page).then((m) => m.length)).toBe(EXPECTED_FIGURES.length);
    const seen = await marks(page);
    expect(seen.map((m) => m.figure)).toEqual(EXPECTED_FIGURES.map((f) => f.figure));
    EXPECTED_FIGURES.forEach(({ figure, metric }, i) => {
      if (metric === null) expect(seen[i], figure).toMatchObject({ tag: null, status: 'ignored' });
      else expect(seen[i], figure).toMatchObject({ tag: labelOf(metric), status: 'pending' });
    });
    // The year comes from the report's title; the township is the reviewer's to give.
    await expect.poll(() => page.getByLabel('报告年度', { exact: true }).inputValue()).toBe('2024');
  });

  it('shows a corrected metric on the mark, and accepted rows in green', async () => {
    await pasted();
    await corrected();

    const seen = await marks(page);
    const at = (figure: string) => seen.find((m) => m.figure === figure);
    expect(at('12次')).toMatchObject({ tag: labelOf('rule_of_law_meetings'), status: 'accepted' });
    expect(at('4500余份')).toMatchObject({ status: 'accepted' });
    expect(at('40起')).toMatchObject({ status: 'rejected' });
    await expect.poll(() => page.getByRole('heading', { name: /指标数据行草稿/ }).textContent()).toContain('已采用 8 行');
    await page.screenshot({ path: screenshotPath('extract-page'), fullPage: true });
  });

  it('keeps the corrections when the reviewer types more text before them', async () => {
    await pasted();
    await corrected();
    await textBox.focus();
    await textBox.press('Control+Home');
    await page.keyboard.type('转载说明：');
    await expect.poll(() => textBox.inputValue()).toBe(`转载说明：${REPORT}`);
    await expect.poll(() => metricSelect(page, '12次').inputValue()).toBe('rule_of_law_meetings');
    expect(await valueBox(page, '4500余份').inputValue()).toBe('4600');
    expect(await decision(page, '40起', '不采用').getAttribute('aria-pressed')).toBe('true');
    expect(await decision(page, '36场次', '采用').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('heading', { name: /指标数据行草稿/ }).textContent()).toContain('已采用 8 行');
    await expect.poll(() => page.locator('.extract-kept').count()).toBe(0);
  });

  it('asks before dropping the work on a figure the new text no longer has, and restores it', async () => {
    await pasted();
    await corrected();
    const before = await textBox.inputValue();
    await textBox.fill(before.replace('党委中心组集中学法12次。', ''));
    const notice = page.getByRole('alert').filter({ hasText: '找不到对应的数字' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toContain(`“12次”（${labelOf('rule_of_law_meetings')}）`);
    expect(await notice.textContent()).toContain('暂时保留');
    expect(await metricSelect(page, '12次').count()).toBe(0);
    await notice.screenshot({ path: screenshotPath('extract-kept-aside') });

    await notice.getByRole('button', { name: '恢复改动前的原文' }).click();
    await expect.poll(() => textBox.inputValue()).toBe(before);
    await expect.poll(() => metricSelect(page, '12次').inputValue()).toBe('rule_of_law_meetings');
    expect(await decision(page, '12次', '采用').getAttribute('aria-pressed')).toBe('true');
    expect(await notice.count()).toBe(0);
  });

  it('puts a reviewed row back to pending when an edit changes what it says', async () => {
    await pasted();
    await corrected();
    const before = await textBox.inputValue();
    await textBox.fill(before.replace('受教群众达3200余人次', '受教群众达3300余人次'));
    await expect.poll(() => valueBox(page, '3300余人次').inputValue()).toBe('3300');
    expect(await decision(page, '3300余人次', '采用').getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByText('原文改动后本行内容有变').count()).toBe(1);
    await decision(page, '3300余人次', '采用').click();
    expect(await page.getByText('原文改动后本行内容有变').count()).toBe(0);
  });

  it('downloads the accepted rows as a CSV for data/metrics.csv: BOM, header, corrections, numbers, formulas neutralised', async () => {
    await pasted();
    await corrected();
    await reachEditedAndAccepted();
    const bytes = await downloadBytes(page, /下载已采用的指标行/, 'extract-metrics.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\n').filter((line) => line !== '');
    expect(lines[0]).toBe(dataHeader('metrics.csv'));
    // Nine drafted rows, one not taken.
    expect(lines).toHaveLength(1 + 8);
    expect(lines).toContain(`${TOWNSHIP_ID},2024,rule_of_law_meetings,党委中心组集中学法,12,次,exact,党委中心组集中学法12次,`);
    expect(lines).toContain(`${TOWNSHIP_ID},2024,outreach_materials,宣传资料,4600,份,at_least,宣传资料4500余份,`);
    expect(lines).toContain(`${TOWNSHIP_ID},2024,outreach_reach,受教群众,3300,人次,at_least,受教群众达3300余人次,`);
    expect(lines.some((line) => line.includes('化解40起'))).toBe(false);

    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    const formulaRow = rows.find((row) => row.quote?.includes('SUM(1+1)'));
    expect(formulaRow).toMatchObject({ item: "'=SUM(1+1)送法进寺院活动", quote: "'=SUM(1+1)送法进寺院活动8场", value: '8' });
    // No cell a spreadsheet would run; every value and year written as a bare number.
    for (const row of rows) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    for (const line of lines.slice(1)) expect(line).toMatch(new RegExp(`^${TOWNSHIP_ID},2024,[a-z_]+,.*?,\\d+(\\.\\d+)?,`));
  });

  it('downloads an accepted shortcoming in the format of data/shortcomings.csv', async () => {
    await pasted();
    await corrected();
    const row = page.getByRole('group', { name: /^问题“普法形式单一/ });
    await row.getByRole('button', { name: '采用', exact: true }).click();
    const text = (await downloadBytes(page, /下载已采用的问题行/, 'extract-shortcomings.csv')).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\n').filter((line) => line !== '');
    expect(lines[0]).toBe(dataHeader('shortcomings.csv'));
    expect(lines.slice(1)).toEqual([expect.stringMatching(new RegExp(`^${TOWNSHIP_ID},2024,activity_form,普法形式单一$`))]);
  });

  it('lets the kept-aside work go when the reviewer says so', async () => {
    await pasted();
    await corrected();
    const before = await textBox.inputValue();
    await textBox.fill(before.replace('党委中心组集中学法12次。', ''));
    const notice = page.getByRole('alert').filter({ hasText: '找不到对应的数字' });
    await notice.getByRole('button', { name: '放弃这些修改' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    // Typed back by hand, the figure is a fresh draft: the dropped correction does not return.
    await textBox.fill(before);
    await expect.poll(() => metricSelect(page, '12次').inputValue()).toBe('cadre_study_sessions');
    expect(await decision(page, '12次', '采用').getAttribute('aria-pressed')).toBe('false');
  });
});

describe('报告解析: figures that cannot be placed (issue 12)', () => {
  it('lists each with its sentence and the reason, and marks cadre training as cadre figures', async () => {
    const textBox = await openExtractView(page);
    const report = [
      '示范乡2025年法治政府建设情况报告',
      '一、主要举措',
      '（一）提升干部素养。组织镇村干部开展法治能力提升专项培训12期，覆盖270余人次。党委会定期学法每月1次。',
      '（二）深化普法宣传。开展送法进村活动22场次，设置宣传展板20余处。',
      '二、下一步工作打算',
      '每年开展普法宣传活动不少于4次。',
    ].join('\n');
    await textBox.fill(report);
    await expect.poll(() => marks(page).then((m) => m.map((x) => [x.figure, x.tag]))).toEqual([
      ['12期', labelOf('cadre_law_trainings')],
      ['270余人次', labelOf('cadre_study_reach')],
      ['1次', '待处理'],
      ['22场次', labelOf('outreach_events')],
      ['20余处', '待处理'],
      ['不少于4次', '待处理'],
    ]);
    const list = page.locator('.figure-ledger__list');
    const items = await list.locator('li').allTextContents();
    expect(items).toEqual([
      expect.stringContaining('12期'),
      expect.stringContaining('270余人次'),
      expect.stringContaining('党委会定期学法每月1次'),
      expect.stringContaining('22场次'),
      expect.stringContaining('设置宣传展板20余处'),
      expect.stringContaining('每年开展普法宣传活动不少于4次'),
    ]);
    expect(items[2]).toContain('原文是频次（“每月”），不是总数');
    expect(items[4]).toContain('单位“处”不在单位表中');
    expect(items[5]).toContain('原文是计划或要求（“不少于”），不是完成数');
    await list.screenshot({ path: screenshotPath('extract-unplaced') });
    await page.screenshot({ path: screenshotPath('extract-unplaced-page'), fullPage: true });
  });
});

describe('报告解析: files and hostile text', () => {
  it('reads a GBK-encoded .txt file and finds its Chinese figures', async () => {
    const textBox = await openExtractView(page);
    const report = '新庄乡2024年法治政府建设情况报告\n一、主要举措\n全年开展普法宣传活动18场次，发放宣传资料2600余份，排查矛盾纠纷9起。\n';
    await page.getByLabel('选择报告文件…').setInputFiles({ name: 'xinzhuang-2024.txt', mimeType: 'text/plain', buffer: Buffer.from(encodeGbk(report)) });
    await expect.poll(() => textBox.inputValue()).toBe(report);
    await expect.poll(() => page.getByText('已按 GBK 读取').count()).toBe(1);
    await expect.poll(() => marks(page).then((m) => m.map((x) => [x.figure, x.tag]))).toEqual([
      ['18场次', labelOf('outreach_events')],
      ['2600余份', labelOf('outreach_materials')],
      ['9起', labelOf('disputes_screened')],
    ]);
    expect(await page.getByText('已读取：xinzhuang-2024.txt').count()).toBe(1);
    // xinzhuang-2024.txt names a township the data does not have: the reviewer chooses or adds it.
    expect(await page.getByLabel('乡镇', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('报告年度', { exact: true }).inputValue()).toBe('2024');
  });

  it('reads a GBK file dropped on the input area', async () => {
    const textBox = await openExtractView(page);
    const report = '折多乡2024年法治政府建设情况报告\n一、主要举措\n全年化解矛盾纠纷15起，培养法律明白人40名。\n';
    const bytes = [...encodeGbk(report)];
    // What the browser does with a dropped file: a drop event carrying it.
    await textBox.evaluate((box, data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'zheduo-2024.txt', { type: 'text/plain' }));
      const zone = box.closest('.extract-input')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await expect.poll(() => textBox.inputValue()).toBe(report);
    await expect.poll(() => marks(page).then((m) => m.map((x) => [x.figure, x.tag]))).toEqual([
      ['15起', labelOf('disputes_resolved')],
      ['40名', labelOf('legal_literates')],
    ]);
    expect(await page.getByLabel('乡镇', { exact: true }).inputValue()).toBe('');
  });

  it('keeps markup in a pasted report as text: no element, no script, no dialog', async () => {
    const textBox = await openExtractView(page);
    const hostile =
      '一、主要举措\n<img src=x onerror="alert(1);window.__pwned=1">开展普法宣传活动7场次。' +
      '<script>window.__pwned=2</script><b onmouseover="alert(2)">受教群众达300余人次</b>';
    await textBox.fill(hostile);
    await expect.poll(() => marks(page).then((m) => m.map((x) => x.figure))).toEqual(['7场次', '300余人次']);
    const report = page.locator('.extract-report');
    expect(await report.textContent()).toContain('<img src=x onerror="alert(1);window.__pwned=1">');
    await report.hover();
    await page.locator('.extract-report mark').first().hover();
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      images: document.querySelectorAll('img').length,
      bold: document.querySelectorAll('.extract-page b').length,
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    }));
    expect(state).toEqual({ pwned: null, images: 0, bold: 0, inlineScripts: 0, handlers: 0 });
  });
});
