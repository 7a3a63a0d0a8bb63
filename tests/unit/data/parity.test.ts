// check-data and the page give the same findings for the same files (issue 10
// item 7): a copy of data/ with one of each kind of fault is checked by
// `npm run check-data` (a child process) and by the page's own loader
// (loadDataset + verifyReportQuotes over a fetch that serves the folder).
// Same problem lines, same quote-check sentence, and an exit code that
// follows severity: 1 with any error, 0 with warnings alone.

import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type FetchLike,
  formatProblemLine,
  loadDataset,
  quoteCheckSentence,
  summariseQuoteCheck,
  verifyReportQuotes,
} from '../../../src/data/index';
import { FROZEN_DATA_DIR, SHIPPED_DATA_DIR } from './helpers';

const ROOT = resolve(SHIPPED_DATA_DIR, '..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = join(ROOT, 'scripts/check-data.ts');
const TIMEOUT = { timeout: 90_000 };

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parity-'));
  tempDirs.push(dir);
  cpSync(FROZEN_DATA_DIR, dir, { recursive: true });
  return dir;
}

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
const write = (dir: string, file: string, content: string | Uint8Array): void => writeFileSync(join(dir, file), content);

function runCheckData(dir: string): Promise<{ code: number; lines: string[]; sentence: string }> {
  return new Promise((done) => {
    execFile(TSX, [SCRIPT, dir], { cwd: ROOT, timeout: 60_000 }, (error, stdout) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      const lines = stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.slice(2));
      const sentence = stdout.split('\n').find((l) => l.startsWith('引文核对')) ?? '';
      done({ code, lines, sentence });
    });
  });
}

/** What the page finds: the loader and the quote check, over a fetch that reads `dir` as data/. */
async function pageFindings(dir: string): Promise<{ lines: string[]; sentence: string; errors: number }> {
  const fetchImpl: FetchLike = async (url) => {
    try {
      return new Response(readFileSync(join(dir, decodeURIComponent(url.slice('/site/data/'.length)))));
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
  const dataset = await loadDataset({ baseUrl: '/site/', fetchImpl });
  const quoteProblems = await verifyReportQuotes(dataset, { baseUrl: '/site/', fetchImpl });
  // The page lists exactly these two lists (App.tsx).
  const problems = [...dataset.problems, ...quoteProblems];
  return {
    lines: problems.map(formatProblemLine),
    sentence: quoteCheckSentence(summariseQuoteCheck(dataset, quoteProblems)),
    errors: problems.filter((p) => p.severity === 'error').length,
  };
}

/**
 * Sorted, with the one wording that differs by nature: why a report could not
 * be read is "HTTP 404" on the page and "文件不存在" on disk.
 */
const sorted = (lines: string[]): string[] => lines.map((l) => l.replace(/无法读取（[^）]*）/, '无法读取（…）')).sort();

describe('check-data and the page agree', TIMEOUT, () => {
  it('on a folder with one of each fault: same problems, same quote sentence, exit 1', async () => {
    const dir = copyOfData();
    // An unclosed quote on line 5 of metrics.csv.
    const metrics = read(dir, 'metrics.csv').split('\n');
    metrics[4] = metrics[4]!.replace(/,([^,]*)$/, ',"$1');
    metrics[4] = metrics[4]!.replace(',at_least,', ',at_least,"');
    // A thousands separator, and a mistyped value that is not in its quote.
    metrics.splice(metrics.length - 1, 0, 'bitu,2024,outreach_events,补充宣讲,1,200,次,exact,补充宣讲1200次,');
    metrics[1] = metrics[1]!.replace(',25,', ',2500,');
    write(dir, 'metrics.csv', metrics.join('\n'));
    // Excel's date, "2024年" in a year.
    write(dir, 'reports.csv', read(dir, 'reports.csv').replace('2025-03-21', '2025/3/21').replace('daguo,2024,', 'daguo,2024年,'));
    // A report text that is gone; another saved as UTF-16.
    unlinkSync(join(dir, 'reports/zhegu-2024.txt'));
    const taerma = read(dir, 'reports/taerma-2024.txt');
    write(dir, 'reports/taerma-2024.txt', new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(taerma, (c) => c.charCodeAt(0)).buffer)]));
    // Semicolons; a Chinese header; mojibake.
    write(dir, 'shortcomings.csv', read(dir, 'shortcomings.csv').replace(/,/g, ';'));
    write(dir, 'shortcoming-categories.csv', read(dir, 'shortcoming-categories.csv').replace(/^id,label,definition/, '编号,名称,说明'));
    write(dir, 'townships.csv', new TextEncoder().encode(new TextDecoder('gbk').decode(new TextEncoder().encode(read(dir, 'townships.csv')))));

    const [cli, page] = await Promise.all([runCheckData(dir), pageFindings(dir)]);
    expect(sorted(cli.lines)).toEqual(sorted(page.lines));
    const found = new Set(page.lines.map((line) => /(错误|警告)/.exec(line)?.[0] + (/^\S+/.exec(line)?.[0] ?? '')));
    for (const expected of [
      '错误metrics.csv:5',
      '错误metrics.csv:44',
      '错误metrics.csv:2',
      '警告reports.csv:5',
      '错误reports.csv:6',
      '警告reports/taerma-2024.txt',
      '警告shortcomings.csv:1',
      '错误shortcoming-categories.csv:1',
      '错误townships.csv',
    ]) {
      expect(found, expected).toContain(expected);
    }
    expect(cli.sentence).toBe(page.sentence);
    expect(page.sentence).toContain('1份报告原文无法读取');
    expect(page.sentence).not.toContain('均在报告原文中找到');
    expect(page.errors).toBeGreaterThan(0);
    expect(cli.code).toBe(1);
  });

  it('with warnings alone: same warnings, exit 0', async () => {
    const dir = copyOfData();
    write(dir, 'reports.csv', read(dir, 'reports.csv').replace('2025-03-21', '下旬').replace('taerma,2024,', 'Taerma,2024年,'));
    write(dir, 'townships.csv', read(dir, 'townships.csv').replace(/,/g, '\t'));
    const [cli, page] = await Promise.all([runCheckData(dir), pageFindings(dir)]);
    expect(sorted(cli.lines)).toEqual(sorted(page.lines));
    expect(page.lines.length).toBe(4);
    expect(page.errors).toBe(0);
    expect(cli.sentence).toBe(page.sentence);
    expect(page.sentence).toContain('均在报告原文中找到');
    expect(cli.code).toBe(0);
  });
});
