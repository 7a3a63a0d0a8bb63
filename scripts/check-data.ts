// npm run check-data [-- DIR]
//
// Validates the data folder (default data/) with the same code the page
// uses, plus the checks the page runs later or not at all: every quote is
// verbatim in its report, every value is written in its quote. Prints the
// problems in Chinese grouped by file, one per line as
//   文件:行 [列] 错误：消息
// and a summary. Exit code 1 when there is any error; warnings alone pass.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { matchDataFileNames } from '../src/data/check-folder';
import { checkDataFolder, type FolderRead, formatProblemLine, type Problem, problemsByFile } from '../src/data/index';

function readBytes(path: string): FolderRead {
  try {
    return { bytes: new Uint8Array(readFileSync(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是文件夹，不是文件' : `读取失败：${code ?? String(error)}`;
    return { bytes: null, reason };
  }
}

function printProblems(problems: readonly Problem[]): void {
  for (const group of problemsByFile(problems)) {
    console.log(`\n${group.file}（${group.errors} 个错误，${group.warnings} 个警告）`);
    for (const problem of group.problems) console.log(`  ${formatProblemLine(problem)}`);
  }
  console.log('');
}

// `npm run check-data | head` closes the pipe early; that is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const dir = resolve(process.argv[2] ?? 'data');
console.log(`检查数据文件夹：${dir}`);
// The same check the page's 检查数据文件夹 runs (src/data/check-folder.ts).
// Copies saved under another name ("metrics (1).csv") stand for the file they copy, as on the page.
let topFiles: string[] = [];
try {
  topFiles = readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile());
} catch {
  topFiles = [];
}
const { renamed, unused } = matchDataFileNames(topFiles);
for (const { given, as } of renamed) console.log(`“${given}”按 ${as} 检查（文件名像是 ${as} 的副本；部署前请把它改名为 ${as}）。`);
if (unused.length > 0) console.log(`以下文件不是看板的数据文件，没有检查：${unused.join('、')}`);
const nameOf = new Map(renamed.map(({ given, as }) => [as, given]));
const check = await checkDataFolder((file) => readBytes(join(dir, nameOf.get(file) ?? file)));
printProblems(check.problems);
console.log(check.quoteSentence);
console.log(check.summary);
process.exitCode = check.errors > 0 ? 1 : 0;
