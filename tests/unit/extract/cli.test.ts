// scripts/extract.ts run as `npm run extract` runs it, against a copy of the
// data folder in a temporary directory (the real data/ is never written).

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GBK_REPORT_BYTES } from '../../fixtures/extract/gbk-report';
import { DATA_DIR, ROOT_DIR } from './helpers';

let data: string;

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT_DIR, 'scripts/extract.ts'), '--data', data, ...args], {
    cwd: ROOT_DIR,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const csvRows = (text: string) => Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;

const REVIEWED = [
  'township_id,year,metric,item,value,unit,bound,quote,note',
  'bitu,2024,outreach_events,走村入户开展法治宣讲活动,70,场次,at_least,共走村入户开展法治宣讲活动70余场次,',
  'bitu,2024,disputes_resolved,化解的矛盾纠纷,17,起,exact,化解17起,',
].join('\n');

beforeAll(() => {
  data = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  mkdirSync(join(data, 'reports'));
  for (const file of ['metric-catalog.csv', 'shortcoming-categories.csv', 'reports.csv', 'extraction-rules.csv', 'reports/bitu-2024.txt']) {
    copyFileSync(join(DATA_DIR, file), join(data, file));
  }
  writeFileSync(join(data, 'metrics.csv'), `${REVIEWED}\n`);
  writeFileSync(join(data, 'shortcomings.csv'), 'township_id,year,category,quote\nbitu,2024,legal_talent,缺乏专业的法律人才\n');
  writeFileSync(join(data, 'gbk-report.txt'), GBK_REPORT_BYTES);
});

afterAll(() => rmSync(data, { recursive: true, force: true }));

// Each test starts tsx once or twice: on a busy 2-core machine that alone can take seconds.
describe('npm run extract', { timeout: 30_000 }, () => {
  it('prints draft rows with a leading file column on stdout and the review listing on stderr', () => {
    const report = join(data, 'reports/bitu-2024.txt');
    const { status, stdout, stderr } = run(report);
    expect(status).toBe(0);
    const rows = csvRows(stdout);
    expect(Object.keys(rows[0]!)).toEqual(['file', 'township_id', 'year', 'metric', 'item', 'value', 'unit', 'bound', 'quote', 'note']);
    expect(rows.every((r) => r.file === report && r.township_id === 'bitu' && r.year === '2024')).toBe(true);
    expect(rows.find((r) => r.metric === 'mediation_success_rate')).toMatchObject({ value: '94', unit: '%', bound: 'at_least' });
    expect(stderr).toContain('调解成功率达【94%以上】');
    expect(stderr).toMatch(/【94%以上】.*→ mediation_success_rate at_least 94 %/);
    // Without --write, data/ is left alone.
    expect(readFileSync(join(data, 'metrics.csv'), 'utf8')).toBe(`${REVIEWED}\n`);
  });

  it('--write appends new rows only, never repeating a reviewed figure', () => {
    const report = join(data, 'reports/bitu-2024.txt');
    const first = run('--write', report);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('跳过');
    const written = csvRows(readFileSync(join(data, 'metrics.csv'), 'utf8'));
    expect(written.slice(0, 2).map((r) => r.item)).toEqual(['走村入户开展法治宣讲活动', '化解的矛盾纠纷']);
    expect(written.filter((r) => r.metric === 'outreach_events')).toHaveLength(1);
    expect(written.filter((r) => r.metric === 'disputes_resolved')).toHaveLength(1);
    expect(written.find((r) => r.metric === 'disputes_screened')).toMatchObject({ value: '18', quote: '排查矛盾纠纷18起' });

    const before = readFileSync(join(data, 'metrics.csv'), 'utf8');
    const second = run('--write', report);
    expect(second.stderr).toContain('追加 0 行');
    expect(readFileSync(join(data, 'metrics.csv'), 'utf8')).toBe(before);
  });

  it('--shortcomings drafts shortcomings.csv rows, and --write skips a reviewed one', () => {
    const report = join(data, 'reports/bitu-2024.txt');
    const { stdout } = run('--shortcomings', report);
    expect(csvRows(stdout).map((r) => r.category)).toEqual(['legal_talent', 'cadre_rule_of_law', 'public_awareness', 'outreach_depth']);
    const written = run('--shortcomings', '--write', report);
    expect(written.stderr).toContain('跳过');
    const rows = csvRows(readFileSync(join(data, 'shortcomings.csv'), 'utf8'));
    expect(rows.map((r) => r.category)).toEqual(['legal_talent', 'cadre_rule_of_law', 'public_awareness', 'outreach_depth']);
  });

  it('reads a GBK file, with township and year given on the command line', () => {
    const { status, stdout, stderr } = run('--township', 'daguo', '--year', '2024', join(data, 'gbk-report.txt'));
    expect(status).toBe(0);
    expect(stderr).toContain('GBK');
    expect(csvRows(stdout).map((r) => [r.township_id, r.year, r.metric, r.value])).toEqual([
      ['daguo', '2024', 'outreach_events', '12'],
      ['daguo', '2024', 'outreach_reach', '800'],
      ['daguo', '2024', 'outreach_materials', '1500'],
      ['daguo', '2024', 'mediation_success_rate', '95'],
    ]);
  });

  it('refuses --write without a township', () => {
    const { status, stderr } = run('--write', join(data, 'gbk-report.txt'));
    expect(status).toBe(1);
    expect(stderr).toContain('未写入');
  });

  it('explains its usage and a missing file', () => {
    const usage = run();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('用法');
    const missing = run(join(data, 'no-such-report.txt'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('找不到文件');
  });
  const files = join(ROOT_DIR, 'tests/fixtures/extract/files/');

  it('reads a .docx made from a real report into the same drafts as its text', { timeout: 90_000 }, () => {
    const docx = run('--township', 'taerma', join(files, 'taerma-2024.docx'));
    expect(docx.status).toBe(0);
    const fromDocx = csvRows(docx.stdout);
    const fromTxt = csvRows(run('--township', 'taerma', join(DATA_DIR, 'reports/taerma-2024.txt')).stdout);
    expect(fromDocx.length).toBeGreaterThan(5);
    expect(fromDocx.map((r) => `${r.metric} ${r.value} ${r.unit} ${r.bound}`)).toEqual(fromTxt.map((r) => `${r.metric} ${r.value} ${r.unit} ${r.bound}`));
    expect(fromDocx.every((r) => r.year === '2024')).toBe(true);
  });

  it('reads a text .pdf, and refuses a scanned PDF and an old .doc with a message', { timeout: 90_000 }, () => {
    const pdf = run('--township', 'huagong', join(files, 'huagong.pdf'));
    expect(pdf.status).toBe(0);
    expect(csvRows(pdf.stdout).map((r) => `${r.metric} ${r.value}`)).toEqual(expect.arrayContaining(['legal_literates 113', 'outreach_events 12', 'outreach_materials 5000']));

    const scan = run(join(files, 'scanned.pdf'));
    expect(scan.status).toBe(1);
    expect(scan.stderr).toContain('扫描件');
    const doc = run(join(files, 'huagong.doc'));
    expect(doc.status).toBe(1);
    expect(doc.stderr).toContain('另存为');
  });
});
