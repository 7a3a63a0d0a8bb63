// `npm run check-data` as county staff run it: a child process over a data
// folder. It must pass on the shipped data/, and reject a broken copy of
// data/ for each kind of fault, naming file, line and column in Chinese.

import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeGbk, FROZEN_DATA_DIR, SHIPPED_DATA_DIR } from './helpers';

const ROOT = resolve(SHIPPED_DATA_DIR, '..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = join(ROOT, 'scripts/check-data.ts');

interface Run {
  code: number;
  stdout: string;
}

function runCheckData(dir: string): Promise<Run> {
  return new Promise((done) => {
    execFile(TSX, [SCRIPT, dir], { cwd: ROOT, timeout: 60_000 }, (error, stdout) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout });
    });
  });
}

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the shipped data (the frozen copy: its lines are edited by number) to break. */
function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-data-'));
  tempDirs.push(dir);
  cpSync(FROZEN_DATA_DIR, dir, { recursive: true });
  return dir;
}

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');

/** Header and the cells of 1-based `line`, which must be a one-line record. */
function rowAt(dir: string, file: string, line: number): { header: string[]; cells: Record<string, string> } {
  const lines = read(dir, file).split(/\r?\n/);
  const [header, cells] = [lines[0]!, lines[line - 1]!].map((l) => Papa.parse<string[]>(l).data[0]!);
  expect(cells, `${file} line ${line} must be one full record`).toHaveLength(header!.length);
  return { header: header!, cells: Object.fromEntries(header!.map((h, i) => [h, cells![i]!])) };
}

const toCsvLine = (header: string[], cells: Record<string, string>): string =>
  Papa.unparse([header.map((h) => cells[h] ?? '')], { newline: '\n' });

/** Rewrites one record of a CSV in place; other lines keep their bytes and numbers. */
function editRow(dir: string, file: string, line: number, edit: (cells: Record<string, string>) => void): Record<string, string> {
  const { header, cells } = rowAt(dir, file, line);
  const before = { ...cells };
  edit(cells);
  const lines = read(dir, file).split('\n');
  lines[line - 1] = toCsvLine(header, cells) + (lines[line - 1]!.endsWith('\r') ? '\r' : '');
  writeFileSync(join(dir, file), lines.join('\n'));
  return before;
}

/** Appends a copy of record `line`; returns the line number of the copy. */
function duplicateRow(dir: string, file: string, line: number): number {
  const { header, cells } = rowAt(dir, file, line);
  const text = read(dir, file).replace(/\r?\n$/, '');
  writeFileSync(join(dir, file), `${text}\n${toCsvLine(header, cells)}\n`);
  return text.split('\n').length + 1;
}

/** Maps every line of a CSV (header included, as line 1). */
function mapLines(dir: string, file: string, map: (line: string, index: number) => string): void {
  const text = read(dir, file).replace(/\r?\n$/, '');
  writeFileSync(join(dir, file), `${text.split(/\r?\n/).map(map).join('\n')}\n`);
}

/** Number of rows check-data loaded, from its summary line. */
const rowsLoaded = (stdout: string): number => Number(/(\d+) 行数据/.exec(stdout)?.[1]);

// Each run starts a tsx process (about a second alone, more when they share
// the machine's two cores).
const TIMEOUT = { timeout: 90_000 };

/** The shipped data's run, shared by the tests that compare row counts with it. */
let baselineRun: Promise<Run> | null = null;
const baseline = (): Promise<Run> => (baselineRun ??= runCheckData(FROZEN_DATA_DIR));

describe('check-data on the shipped data/', TIMEOUT, () => {
  it('passes with exit code 0 and no errors', async () => {
    const { code, stdout } = await baseline();
    expect(stdout).toContain('检查通过');
    expect(stdout).not.toContain('错误：');
    expect(code).toBe(0);
    expect(rowsLoaded(stdout)).toBeGreaterThan(0);
  });

  it('defaults to data/ when given no folder', async () => {
    const run = await new Promise<Run>((done) =>
      execFile(TSX, [SCRIPT], { cwd: ROOT, timeout: 60_000 }, (error, stdout) => done({ code: error ? 1 : 0, stdout })),
    );
    expect(run.stdout).toContain(`检查数据文件夹：${SHIPPED_DATA_DIR}`);
    expect(run.code).toBe(0);
  });
});

describe.concurrent('check-data on a broken copy of data/', TIMEOUT, () => {
  it('missing column → error naming the column; exit 1', async () => {
    const dir = copyOfData();
    const text = read(dir, 'metrics.csv');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    const fields = parsed.meta.fields!.filter((f) => f !== 'value');
    writeFileSync(join(dir, 'metrics.csv'), Papa.unparse({ fields, data: parsed.data }, { newline: '\n' }));
    const { code, stdout } = await runCheckData(dir);
    expect(code).toBe(1);
    expect(stdout).toContain('metrics.csv:1 [value] 错误：缺少「value」列');
  });

  it('unknown column → warning printed, ignored; exit 0 (warnings alone pass)', async () => {
    const dir = copyOfData();
    mapLines(dir, 'townships.csv', (line, i) => `${line},${i === 0 ? 'population' : '1000'}`);
    const { code, stdout } = await runCheckData(dir);
    expect(stdout).toContain('townships.csv:1 [population] 警告：「population」列不在格式说明里，已忽略');
    expect(stdout).toContain('警告');
    expect(code).toBe(0);
  });

  it('value not a number → error on its line and column', async () => {
    const dir = copyOfData();
    editRow(dir, 'metrics.csv', 2, (c) => (c.value = '200余'));
    const { code, stdout } = await runCheckData(dir);
    expect(code).toBe(1);
    expect(stdout).toContain('metrics.csv:2 [value] 错误：“200余”不是数字（数值列只写数字，“余/以上”写在 bound 列）');
  });

  it('unknown township id', async () => {
    const dir = copyOfData();
    editRow(dir, 'metrics.csv', 2, (c) => (c.township_id = 'nowhere'));
    const { code, stdout } = await runCheckData(dir);
    expect(code).toBe(1);
    expect(stdout).toContain('metrics.csv:2 [township_id] 错误：乡镇编号“nowhere”不在 townships.csv 里');
  });

  it('unknown metric id', async () => {
    const dir = copyOfData();
    editRow(dir, 'metrics.csv', 2, (c) => (c.metric = 'no_such_metric'));
    const { code, stdout } = await runCheckData(dir);
    expect(code).toBe(1);
    expect(stdout).toContain('metrics.csv:2 [metric] 错误：指标编号“no_such_metric”不在 metric-catalog.csv 里');
  });

  it('unknown shortcoming category', async () => {
    const dir = copyOfData();
    editRow(dir, 'shortcomings.csv', 2, (c) => (c.category = 'no_such_category'));
    const { code, stdout } = await runCheckData(dir);
    expect(code).toBe(1);
    expect(stdout).toContain('shortcomings.csv:2 [category] 错误：问题类别“no_such_category”不在 shortcoming-categories.csv 里');
  });

  it('bad bound', async () => {
    const dir = copyOfData();
    editRow(dir, 'metrics.csv', 2, (c) => (c.bound = '以上'));
    const { code, stdout } = await runCheckData(dir);
    expect(code).toBe(1);
    expect(stdout).toContain('metrics.csv:2 [bound] 错误：“以上”不是 bound 的取值');
    expect(stdout).toContain('这里应写 at_least');
  });

  it('duplicate figure → error on the copy, naming the first line', async () => {
    const dir = copyOfData();
    const copyLine = duplicateRow(dir, 'metrics.csv', 2);
    const { code, stdout } = await runCheckData(dir);
    expect(code).toBe(1);
    expect(stdout).toContain(`metrics.csv:${copyLine} 错误：与第2行重复`);
  });

  it('quote not found in its report', async () => {
    const dir = copyOfData();
    const before = editRow(dir, 'metrics.csv', 2, (c) => (c.quote = `${c.quote}（此句不在报告里）`));
    const reports = Papa.parse<Record<string, string>>(read(dir, 'reports.csv'), { header: true, skipEmptyLines: true }).data;
    const report = reports.find((r) => r.township_id === before.township_id && r.year === before.year)!;
    const { code, stdout } = await runCheckData(dir);
    expect(code).toBe(1);
    expect(stdout).toContain(`metrics.csv:2 [quote] 错误：quote 在报告原文 ${report.file} 中找不到`);
  });

  it('value not in its quote', async () => {
    const dir = copyOfData();
    editRow(dir, 'metrics.csv', 2, (c) => (c.value = '987654'));
    const { code, stdout } = await runCheckData(dir);
    expect(code).toBe(1);
    expect(stdout).toContain('metrics.csv:2 [value] 错误：数值 987654 在 quote“');
  });

  it('empty file', async () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'shortcomings.csv'), '');
    const { code, stdout } = await runCheckData(dir);
    expect(code).toBe(1);
    expect(stdout).toContain('shortcomings.csv 错误：文件是空的。至少要有第一行表头：township_id,year,category,quote');
  });

  it('missing file', async () => {
    const dir = copyOfData();
    unlinkSync(join(dir, 'metric-catalog.csv'));
    const { code, stdout } = await runCheckData(dir);
    expect(code).toBe(1);
    expect(stdout).toContain('metric-catalog.csv 错误：无法读取这个文件（文件不存在）');
  });

  it('missing report text → report_missing on its reports.csv row', async () => {
    const dir = copyOfData();
    const { cells } = rowAt(dir, 'reports.csv', 2);
    unlinkSync(join(dir, cells.file!));
    const { code, stdout } = await runCheckData(dir);
    expect(code).toBe(1);
    expect(stdout).toContain(`reports.csv:2 [file] 错误：报告原文 data/${cells.file} 无法读取（文件不存在）`);
  });

  it('UTF-8 BOM on every CSV → accepted, same rows, exit 0', async () => {
    const dir = copyOfData();
    const shipped = await baseline();
    for (const file of ['townships.csv', 'reports.csv', 'metric-catalog.csv', 'metrics.csv', 'shortcoming-categories.csv', 'shortcomings.csv']) {
      writeFileSync(join(dir, file), `\uFEFF${read(dir, file)}`);
    }
    const { code, stdout } = await runCheckData(dir);
    expect(stdout).toContain('检查通过');
    expect(rowsLoaded(stdout)).toBe(rowsLoaded(shipped.stdout));
    expect(code).toBe(0);
  });

  it('GBK-encoded file (WPS/Excel) → decoded to the same rows, warning, exit 0', async () => {
    const dir = copyOfData();
    const shipped = await baseline();
    writeFileSync(join(dir, 'metrics.csv'), encodeGbk(read(dir, 'metrics.csv')));
    const { code, stdout } = await runCheckData(dir);
    expect(stdout).toContain('metrics.csv 警告：文件不是 UTF-8 编码，已按 GBK');
    expect(rowsLoaded(stdout)).toBe(rowsLoaded(shipped.stdout));
    expect(stdout).not.toContain('错误：');
    expect(code).toBe(0);
  });

  it('a file that is not CSV (PNG bytes) → error', async () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'metrics.csv'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
    const { code, stdout } = await runCheckData(dir);
    expect(code).toBe(1);
    expect(stdout).toContain('metrics.csv 错误：这不是 CSV 文本文件（看起来是 PNG 图片）');
  });

  it('an .xlsx saved under the CSV name → error', async () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'townships.csv'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]));
    const { code, stdout } = await runCheckData(dir);
    expect(code).toBe(1);
    expect(stdout).toContain('townships.csv 错误：这不是 CSV 文本文件（看起来是 Excel（.xlsx）');
  });

  it('townships.csv opened as ANSI and saved again (mojibake) → error saying how to fix; exit 1', async () => {
    const dir = copyOfData();
    const text = readFileSync(join(dir, 'townships.csv'), 'utf8');
    writeFileSync(join(dir, 'townships.csv'), new TextEncoder().encode(new TextDecoder('gbk').decode(new TextEncoder().encode(text))));
    const { code, stdout } = await runCheckData(dir);
    expect(code).toBe(1);
    expect(stdout).toContain('townships.csv 错误：汉字是乱码');
    expect(stdout).toContain('另存为“CSV UTF-8（逗号分隔）”');
  });

  it('a report text that is missing → the quote sentence says so, never "all found"', async () => {
    const dir = copyOfData();
    unlinkSync(join(dir, 'reports/bitu-2024.txt'));
    const { code, stdout } = await runCheckData(dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/引文核对：已核对 \d+\/\d+ 条引文，1份报告原文无法读取/);
    expect(stdout).not.toContain('均在报告原文中找到');
  });

  it('an HTML page in place of a CSV → error', async () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'reports.csv'), '<!DOCTYPE html>\n<html><body><h1>404 Not Found</h1></body></html>\n');
    const { code, stdout } = await runCheckData(dir);
    expect(code).toBe(1);
    expect(stdout).toContain('reports.csv 错误：内容是网页（HTML），不是 CSV');
  });
});
