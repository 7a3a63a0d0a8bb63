// npm run extract -- [options] FILE...
//
// Drafts metrics.csv rows (or, with --shortcomings, shortcomings.csv rows)
// from reports (.txt in UTF-8/GBK/UTF-16/Big5, .docx, text .pdf, saved .html): CSV with a leading `file` column on stdout, a review
// listing (each figure in its context and what it became) on stderr.
// data/ changes only with --write, which appends rows and never overwrites
// or duplicates a reviewed one.
//
//   --shortcomings   draft shortcomings.csv rows instead of metrics.csv rows
//   --township ID    township id (default: from data/reports.csv when FILE is listed there)
//   --year YYYY      report year (default: reports.csv, else the title's 2024年)
//   --write          append the drafts to data/metrics.csv (or shortcomings.csv)
//   --data DIR       the data folder (default: the project's data/)
//   --rules FILE     the rules file (default: DIR/extraction-rules.csv)

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../src/data/csv';
import {
  analyseMetrics,
  decodeReportBytes,
  describeFigure,
  describeShortcoming,
  extractShortcomings,
  inferReportYear,
  metricRecord,
  METRIC_COLUMNS,
  parseRules,
  shortcomingRecord,
  SHORTCOMING_COLUMNS,
  toCsv,
  type CsvCell,
  type DraftRow,
  type DraftShortcoming,
  type ExtractionRule,
} from '../src/extract';
import { readReportFile } from '../src/report-file';

interface Options {
  shortcomings: boolean;
  township: string | null;
  year: number | null;
  write: boolean;
  dataDir: string;
  rulesFile: string | null;
  files: string[];
}

const USAGE = '用法：npm run extract -- [--shortcomings] [--township 乡镇编号] [--year 年份] [--write] [--data 目录] [--rules 规则文件] 报告.txt|.docx|.pdf|.html …';

function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = {
    shortcomings: false,
    township: null,
    year: null,
    write: false,
    dataDir: fileURLToPath(new URL('../data/', import.meta.url)),
    rulesFile: null,
    files: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} 后面要写一个值。`);
      return v;
    };
    if (arg === '--shortcomings') options.shortcomings = true;
    else if (arg === '--write') options.write = true;
    else if (arg === '--township') options.township = value();
    else if (arg === '--data') options.dataDir = resolve(value());
    else if (arg === '--rules') options.rulesFile = resolve(value());
    else if (arg === '--year') {
      const v = value();
      if (!/^\d{4}$/.test(v)) return `--year 要写四位年份，如 2024，而不是“${v}”。`;
      options.year = Number(v);
    } else if (arg.startsWith('--')) return `不认识的选项 ${arg}。`;
    else options.files.push(arg);
  }
  return options.files.length === 0 ? '请给出至少一个报告文件。' : options;
}

/** Data rows of a CSV in data/ as header-keyed objects, or [] when the file is missing. */
function readTable(path: string): Array<{ line: number; get: (column: string) => string }> {
  if (!existsSync(path)) return [];
  const decoded = decodeReportBytes(readFileSync(path), path);
  if (decoded.text === null) return [];
  const parsed = parseCsv(decoded.text, path);
  return parsed.records.map((r) => ({ line: r.line, get: (column: string) => r.cells[parsed.header.indexOf(column)] ?? '' }));
}

function loadRules(options: Options): { rules: ExtractionRule[]; errors: number } {
  const path = options.rulesFile ?? resolve(options.dataDir, 'extraction-rules.csv');
  if (!existsSync(path)) {
    process.stderr.write(`找不到规则文件 ${path}。\n`);
    return { rules: [], errors: 1 };
  }
  const ids = (file: string) => {
    const table = readTable(resolve(options.dataDir, file));
    return table.length === 0 ? undefined : table.map((r) => r.get('id'));
  };
  const metricIds = ids('metric-catalog.csv');
  const categoryIds = ids('shortcoming-categories.csv');
  const decoded = decodeReportBytes(readFileSync(path), 'extraction-rules.csv');
  const set = parseRules(decoded.text ?? '', { ...(metricIds ? { metricIds } : {}), ...(categoryIds ? { categoryIds } : {}) });
  for (const p of set.problems) process.stderr.write(`${p.severity === 'error' ? '错误' : '警告'}：${p.message}\n`);
  return { rules: set.rules, errors: set.problems.filter((p) => p.severity === 'error').length };
}

interface ReportIdentity {
  townshipId: string;
  year: number | null;
}

/** Township and year: options first, then reports.csv (for a file under data/), then the title. */
function identify(file: string, text: string, options: Options): ReportIdentity {
  const underData = relative(options.dataDir, resolve(file)).split('\\').join('/');
  const listed = readTable(resolve(options.dataDir, 'reports.csv')).find((r) => r.get('file') === underData);
  const listedYear = listed && /^\d{4}$/.test(listed.get('year')) ? Number(listed.get('year')) : null;
  return {
    townshipId: options.township ?? listed?.get('township_id') ?? '',
    year: options.year ?? listedYear ?? inferReportYear(text),
  };
}

/** The rows already in data/: keys that a draft must not repeat. */
function reviewedKeys(path: string, shortcomings: boolean): { keys: Set<string>; quotes: Map<string, string[]> } {
  const keys = new Set<string>();
  const quotes = new Map<string, string[]>();
  for (const row of readTable(path)) {
    const who = `${row.get('township_id')}|${row.get('year')}`;
    if (shortcomings) {
      const group = `${who}|${row.get('category')}`;
      quotes.set(group, [...(quotes.get(group) ?? []), row.get('quote')]);
    } else {
      keys.add(`${who}|${row.get('metric')}|${row.get('item')}`);
      keys.add(`${who}|${row.get('metric')}|=${row.get('value')}|${row.get('bound')}`);
    }
  }
  return { keys, quotes };
}

/** The drafts --write may add, with a stderr line for each one skipped. */
function newRows(path: string, file: string, metrics: DraftRow[], shortcomings: DraftShortcoming[], options: Options): CsvCell[][] {
  const { keys, quotes } = reviewedKeys(path, options.shortcomings);
  const out: CsvCell[][] = [];
  const skip = (what: string, why: string) => process.stderr.write(`跳过 ${file}：${what}（${why}）\n`);
  if (options.shortcomings) {
    for (const d of shortcomings) {
      const existing = quotes.get(`${d.townshipId}|${d.year}|${d.category}`) ?? [];
      const same = existing.find((q) => q.includes(d.quote) || d.quote.includes(q));
      if (same !== undefined) skip(`${d.category}「${d.quote}」`, `已有审核过的行「${same}」`);
      else out.push(shortcomingRecord(d));
    }
    return out;
  }
  for (const row of metrics) {
    const who = `${row.townshipId}|${row.year}|${row.metric}`;
    if (keys.has(`${who}|${row.item}`)) skip(`${row.metric}「${row.item}」`, '同一乡镇、年度、指标、item 已有审核过的行');
    else if (keys.has(`${who}|=${row.value}|${row.bound}`)) skip(`${row.metric} ${row.value}「${row.quote}」`, '同一数字已在另一 item 下审核过');
    else out.push(metricRecord(row));
  }
  return out;
}

function appendRows(path: string, columns: readonly string[], records: CsvCell[][]): void {
  if (records.length === 0) return;
  // Not formula-escaped: data/ must keep quotes verbatim for check-data.
  const fresh = !existsSync(path) || readFileSync(path, 'utf8').trim() === '';
  const before = fresh ? '' : readFileSync(path, 'utf8');
  const separator = before === '' || before.endsWith('\n') ? '' : '\n';
  writeFileSync(path, before + separator + toCsv(columns, records, { escapeFormulae: false, header: fresh }));
}

async function main(): Promise<number> {
  let options: Options | string;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    options = (e as Error).message;
  }
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n${USAGE}\n`);
    return 2;
  }
  const { rules, errors } = loadRules(options);
  if (rules.length === 0) return 1;

  const columns = ['file', ...(options.shortcomings ? SHORTCOMING_COLUMNS : METRIC_COLUMNS)];
  const target = resolve(options.dataDir, options.shortcomings ? 'shortcomings.csv' : 'metrics.csv');
  const output: CsvCell[][] = [];
  let failed = errors > 0;

  for (const file of options.files) {
    if (!existsSync(file)) {
      process.stderr.write(`找不到文件 ${file}。\n`);
      failed = true;
      continue;
    }
    // .docx, text PDF, .html and .txt in any common encoding (src/report-file).
    const decoded = await readReportFile(new Uint8Array(readFileSync(file)), file);
    for (const message of decoded.messages) process.stderr.write(`${file}：${message}\n`);
    if (decoded.text === null) {
      failed = true;
      continue;
    }
    const text = decoded.text;
    const who = identify(file, text, options);
    const extractOptions = { townshipId: who.townshipId, ...(who.year === null ? {} : { year: who.year }), rules };
    process.stderr.write(`\n== ${file}（乡镇 ${who.townshipId || '未知'}，年度 ${who.year ?? '未知'}）\n`);
    if (who.townshipId === '') process.stderr.write('未能确定乡镇编号：请用 --township 指定（文件不在 data/reports.csv 中）。\n');

    let metrics: DraftRow[] = [];
    let shortcomings: DraftShortcoming[] = [];
    if (options.shortcomings) {
      shortcomings = extractShortcomings(text, extractOptions);
      for (const d of shortcomings) process.stderr.write(`${describeShortcoming(text, d)}\n`);
      output.push(...shortcomings.map((d) => [file, ...shortcomingRecord(d)]));
      process.stderr.write(`共 ${shortcomings.length} 条问题草稿。\n`);
    } else {
      const analysis = analyseMetrics(text, extractOptions);
      metrics = analysis.rows;
      for (const f of analysis.figures) process.stderr.write(`${describeFigure(text, f)}\n`);
      output.push(...metrics.map((r) => [file, ...metricRecord(r)]));
      const unclassified = analysis.figures.filter((f) => f.row === null && f.outcome !== 'ignored').length;
      process.stderr.write(`共 ${metrics.length} 条草稿行，${unclassified} 个数字未归类。\n`);
    }

    if (options.write) {
      if (who.townshipId === '' || who.year === null) {
        process.stderr.write(`未写入 ${file}：缺少乡镇编号或年度（用 --township 和 --year 指定）。\n`);
        failed = true;
        continue;
      }
      const rows = newRows(target, file, metrics, shortcomings, options);
      appendRows(target, columns.slice(1), rows);
      process.stderr.write(`已向 ${relative(process.cwd(), target)} 追加 ${rows.length} 行，请审核后运行 npm run check-data。\n`);
    }
  }

  process.stdout.write(toCsv(columns, output));
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
