// npm run check-data [-- DIR]
//
// Validates the data folder (default data/) with the same code the page
// uses, plus the checks the page runs later or not at all: every quote is
// verbatim in its report, every value is written in its quote. Prints the
// problems in Chinese grouped by file, one per line as
//   文件:行 [列] 错误：消息
// and a summary. Exit code 1 when there is any error; warnings alone pass.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  buildDataset,
  DATA_FILES,
  type DataFileBytes,
  type DataFileKey,
  decodeReport,
  formatProblemLine,
  type MissingReasons,
  type Problem,
  quoteCheckSentence,
  type QuoteCheckSummary,
  type ReportText,
  reportFiles,
  sortProblems,
  summariseQuoteCheck,
  verifyQuotes,
} from '../src/data/index';
import { summaryMessages } from '../src/data/messages';

type ReadResult = { bytes: Uint8Array } | { bytes: null; reason: string };

function readBytes(path: string): ReadResult {
  try {
    return { bytes: new Uint8Array(readFileSync(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是文件夹，不是文件' : `读取失败：${code ?? String(error)}`;
    return { bytes: null, reason };
  }
}

function checkDataFolder(dir: string): { problems: Problem[]; rows: number; quotes: QuoteCheckSummary } {
  const files = {} as DataFileBytes;
  const reasons: MissingReasons = {};
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    const read = readBytes(join(dir, DATA_FILES[key]));
    files[key] = read.bytes;
    if (read.bytes === null) reasons[key] = read.reason;
  }
  const dataset = buildDataset(files, reasons);

  const texts = new Map<string, ReportText>();
  const reportProblems: Problem[] = [];
  for (const file of reportFiles(dataset)) {
    const read = readBytes(join(dir, file));
    const { report, problems } = read.bytes === null ? decodeReport(file, null, read.reason) : decodeReport(file, read.bytes);
    texts.set(file, report);
    reportProblems.push(...problems);
  }

  const rows =
    dataset.townships.length +
    dataset.reports.length +
    dataset.metricCatalog.length +
    dataset.metrics.length +
    dataset.shortcomingCategories.length +
    dataset.shortcomings.length;
  // The same quote problems the page gets from verifyReportQuotes, and the same summary sentence.
  const quoteProblems = [...reportProblems, ...verifyQuotes(dataset, texts)];
  return { problems: sortProblems([...dataset.problems, ...quoteProblems]), rows, quotes: summariseQuoteCheck(dataset, quoteProblems) };
}

function printProblems(problems: readonly Problem[]): void {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  for (const [file, fileProblems] of byFile) {
    const errors = fileProblems.filter((p) => p.severity === 'error').length;
    const warnings = fileProblems.length - errors;
    console.log(`\n${file}（${errors} 个错误，${warnings} 个警告）`);
    for (const problem of fileProblems) console.log(`  ${formatProblemLine(problem)}`);
  }
  console.log('');
}

// `npm run check-data | head` closes the pipe early; that is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const dir = resolve(process.argv[2] ?? 'data');
console.log(`检查数据文件夹：${dir}`);
const { problems, rows, quotes } = checkDataFolder(dir);
printProblems(problems);
console.log(quoteCheckSentence(quotes));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
const fileCount = Object.keys(DATA_FILES).length;
if (errors > 0) console.log(summaryMessages.failed(errors, warnings));
else if (warnings > 0) console.log(summaryMessages.withWarnings(fileCount, rows, warnings));
else console.log(summaryMessages.ok(fileCount, rows));
process.exitCode = errors > 0 ? 1 : 0;
