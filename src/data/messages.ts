// Every sentence the data stage shows to county staff, in one place, so the
// wording stays consistent between the page and `npm run check-data`.
// A problem's message is "where：what (how to fix)", e.g.
//   metrics.csv 第12行「value」列：“200余”不是数字（数值列只写数字，“余/以上”写在 bound 列）

import { quoteCheckClean, type QuoteCheckSummary } from './quote-summary';
import type { Problem, ProblemCode, ProblemSeverity } from './types';

export interface ProblemLocation {
  file: string;
  line?: number;
  column?: string;
}

/** "metrics.csv 第12行「value」列", "metrics.csv「value」列", "metrics.csv 第12行" or "metrics.csv". */
export function describeLocation({ file, line, column }: ProblemLocation): string {
  const linePart = line === undefined ? '' : ` 第${line}行`;
  const columnPart = column === undefined ? '' : `「${column}」列`;
  return `${file}${linePart}${columnPart}`;
}

export function makeProblem(
  severity: ProblemSeverity,
  code: ProblemCode,
  location: ProblemLocation,
  detail: string,
): Problem {
  const problem: Problem = { severity, code, file: location.file, message: `${describeLocation(location)}：${detail}` };
  if (location.line !== undefined) problem.line = location.line;
  if (location.column !== undefined) problem.column = location.column;
  return problem;
}

/** The message without its "where：" prefix, for listings that show the place separately. */
export function problemDetail(problem: Problem): string {
  const prefix = `${describeLocation(problem)}：`;
  return problem.message.startsWith(prefix) ? problem.message.slice(prefix.length) : problem.message;
}

export const SEVERITY_LABEL: Readonly<Record<ProblemSeverity, string>> = { error: '错误', warning: '警告' };

/** One line of check-data's listing: `metrics.csv:12 [value] 错误：“200余”不是数字（…）`. */
export function formatProblemLine(problem: Problem): string {
  const line = problem.line === undefined ? '' : `:${problem.line}`;
  const column = problem.column === undefined ? '' : ` [${problem.column}]`;
  return `${problem.file}${line}${column} ${SEVERITY_LABEL[problem.severity]}：${problemDetail(problem)}`;
}

const quoteText = (s: string): string => `“${s}”`;

// ── files and encodings ──────────────────────────────────────────────────

/** How to save a file correctly, by kind: a CSV for the tables, UTF-8 text for a report. */
export const SAVE_AS = { csv: '另存为“CSV UTF-8（逗号分隔）”', text: '另存为 UTF-8 编码的 .txt 文件' } as const;

export const fileMessages = {
  missing: (reason: string) => `无法读取这个文件（${reason}）。请确认 data/ 文件夹里有这个文件，文件名与说明一致。`,
  empty: (expectedHeader: readonly string[]) =>
    `文件是空的。至少要有第一行表头：${expectedHeader.join(',')}`,
  emptyText: () => '文件是空的。',
  html: () =>
    '内容是网页（HTML），不是 CSV：多半是服务器找不到文件而返回了错误页面。请确认文件已放进 data/ 文件夹。',
  binary: (kind: string) =>
    `这不是 CSV 文本文件（看起来是${kind}）。请在 Excel 或 WPS 中用“另存为”→“CSV UTF-8（逗号分隔）”保存。`,
  binaryText: (kind: string) => `这不是文本文件（看起来是${kind}）。报告原文要保存为 UTF-8 编码的 .txt 文件。`,
  utf16: () => '文件是 UTF-16 编码（Excel 的“Unicode 文本”），已读取。请另存为“CSV UTF-8（逗号分隔）”。',
  utf16Text: () => '报告原文是 UTF-16 编码（记事本的“Unicode”），已读取。请在记事本中“另存为”，编码选 UTF-8。',
  tooLarge: (megabytes: number, limitMegabytes: number) =>
    `文件有 ${megabytes} MB，超过 ${limitMegabytes} MB 的上限，没有读取。请检查是否把数据重复粘贴了多遍。`,
  tooLargeTail: (megabytes: number, limitMegabytes: number, refused: number) =>
    `文件有 ${megabytes} MB，超过 ${limitMegabytes} MB 的上限：从这一行起的 ${refused} 行未读入，这些行所属的数字标为“数据有误”。` +
    '请检查是否把数据重复粘贴了多遍，或把多年的数据分开整理。',
  noRows: () => '只有表头，没有数据行。这个文件的内容在页面上一项也不能显示；请把数据行补回来（可从备份或上一版本找回）。',
  allRowsRejected: (rows: number) =>
    `${rows} 行数据全部未能读入（原因见下面各行），这个文件的内容在页面上一项也不能显示。`,
  mojibake: (garbled: string, original: string, saveAs: string) =>
    `汉字是乱码（如“${garbled}”，原文应为“${original}”）：这个 UTF-8 文件被 Excel 或记事本按 ANSI（GBK）打开后又保存了。` +
    `页面已按原编码还原显示，但文件本身必须修好：请找回保存前的文件，或用 WPS 打开本文件后${saveAs}再核对。`,
  mojibakeLossy: (garbled: string, saveAs: string) =>
    `汉字是乱码（如“${garbled}”）：这个 UTF-8 文件被 Excel 或记事本按 ANSI（GBK）打开后又保存了，部分汉字已无法还原，文件未读入。` +
    `请找回保存前的文件（备份、邮件附件或上一版本），用 WPS 打开或在 Excel 中用“数据→自文本/CSV”并选 UTF-8 打开，改好后${saveAs}。`,
  damagedUtf8: (damaged: number, saveAs: string) =>
    `有 ${damaged} 处汉字已损坏（显示为 �）：这个 UTF-8 文件被 Excel 或记事本按 ANSI（GBK）打开后又保存了。含损坏汉字的行未读入。` +
    `请找回保存前的文件（备份、邮件附件或上一版本），用 WPS 打开或在 Excel 中用“数据→自文本/CSV”并选 UTF-8 打开，改好后${saveAs}。`,
  gbk: () =>
    '文件不是 UTF-8 编码，已按 GBK（WPS/Excel 默认的中文编码）读取。请另存为“CSV UTF-8（逗号分隔）”，以免个别字读错。',
  gbkText: () => '文件不是 UTF-8 编码，已按 GBK 读取。请另存为 UTF-8 编码，以免个别字读错。',
};

// ── CSV structure ────────────────────────────────────────────────────────

export const csvMessages = {
  quotes: () =>
    '英文双引号不配对。含逗号或换行的内容要整格用英文双引号括起来，内容里的双引号写成两个（""）。本行未读入。',
  brokenQuote: (excerpt: string, swallowed: number, nextLine: number) =>
    `这一行从 ${excerpt} 开始的英文双引号没有配对，` +
    (swallowed > 0
      ? `它后面的 ${swallowed} 行都被当成了这一格的内容。本行未读入；第${nextLine}行起已重新逐行读入，请核对。`
      : '本行未读入。') +
    '含逗号或换行的内容要整格用英文双引号括起来，内容里的双引号写成两个（""），或改用中文引号“”。',
  brokenQuoteInHeader: () =>
    '表头（第一行）里有一个英文双引号没有配对，整个文件无法读入。表头只写英文列名，不要加引号。',
  brokenQuoteGaveUp: (swallowed: number) =>
    `这一行的英文双引号也没有配对；不配对的引号太多，从这里起的 ${swallowed + 1} 行未读入。请先修改前面提到的引号。`,
  delimiter: (name: string) =>
    `各列之间用的是${name}，不是英文逗号。已按${name}读取；请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”。`,
  thousands: (written: string) =>
    `数值“${written}”里的逗号是千位分隔符，把这个数拆成了几格，后面各列都错了位。数值列不要写逗号，写成 ${written.replace(/,/g, '')}。本行未读入。`,
  syntax: (papaparseMessage: string) => `CSV 格式有误（${papaparseMessage}）。本行未读入。`,
  tooFewFields: (got: number, expected: number) =>
    `这一行只有 ${got} 格，表头有 ${expected} 列，可能少了逗号。本行未读入。`,
  tooManyFields: (got: number, expected: number) =>
    `这一行有 ${got} 格，多于表头的 ${expected} 列。内容里有英文逗号时，要用英文双引号把整格括起来。本行未读入。`,
  columnMissing: (column: string, expectedHeader: readonly string[]) =>
    `缺少「${column}」列，本文件的数据无法读入。表头应为：${expectedHeader.join(',')}`,
  optionalColumnMissing: (column: string) => `缺少「${column}」列，这一列按空白处理。`,
  columnUnknown: (column: string, expectedHeader: readonly string[]) =>
    `「${column}」列不在格式说明里，已忽略。这个文件的列是：${expectedHeader.join(',')}`,
  chineseHeader: (renames: ReadonlyArray<[string, string]>, unknown: readonly string[], missing: readonly string[], expectedHeader: readonly string[]) =>
    '表头（第一行）用的是中文列名，页面只认英文列名，本文件的数据无法读入。请把第一行改为：' +
    expectedHeader.join(',') +
    (renames.length > 0 ? `。对应关系：${renames.map(([zh, en]) => `「${zh}」→ ${en}`).join('，')}` : '') +
    (unknown.length > 0 ? `；${unknown.map((c) => `「${c}」`).join('')}对不上任何一列，请删去或改名` : '') +
    (missing.length > 0 ? `；还缺少：${missing.join(',')}` : '') +
    '。',
  columnUnnamed: (position: number) => `第${position}列没有列名，已忽略。`,
  columnDuplicate: (column: string) => `「${column}」列出现了不止一次，只读取第一个。`,
};

// ── cells ────────────────────────────────────────────────────────────────

const BOUND_WORDS = /余|以上|超过|多|约|左右|近/;

export const cellMessages = {
  required: () => '不能为空。',
  notANumber: (raw: string) => {
    if (BOUND_WORDS.test(raw)) return `${quoteText(raw)}不是数字（数值列只写数字，“余/以上”写在 bound 列）`;
    if (/[%％]/.test(raw)) return `${quoteText(raw)}不是数字（百分数只写数字，如 94，“%”写在 unit 列）`;
    if (/[万千亿]/.test(raw)) return `${quoteText(raw)}不是数字（写成完整的数，如 12000，或把“万”写进 unit 列）`;
    if (/^\d{1,3}(,\d{3})+$/.test(raw)) return `${quoteText(raw)}不是数字（不要写千位分隔符，写成 ${raw.replace(/,/g, '')}）`;
    return `${quoteText(raw)}不是数字（数值列只写阿拉伯数字，如 2153 或 0.5）`;
  },
  badYear: (raw: string) => `${quoteText(raw)}不是年份（写四位数字，如 2024）`,
  yearSuffix: (raw: string, year: number) => `${quoteText(raw)}已按 ${year} 读取；年份列只写四位数字（${year}），不写“年”。`,
  badCharacters: () => '有无法识别的字（显示为 �）：文件的编码在保存时损坏了。本行未读入。',
  idCase: (raw: string, id: string) => `编号${quoteText(raw)}已按 ${quoteText(id)} 读取；编号只用小写字母，请改为 ${id}。`,
  accountedFlag: (raw: string) =>
    `${quoteText(raw)}不是 yes 或 no，已按 no（报告中的数字尚未全部录入）处理：全部录入或说明了不录入的理由后写 yes，否则写 no`,
  badDateIgnored: (raw: string) =>
    `${quoteText(raw)}不是日期，已按“未写明日期”处理，报告照常读入（写成 2025-03-21，报告没写日期就留空）`,
  badDate: (raw: string) => `${quoteText(raw)}不是日期（写成 YYYY-MM-DD，如 2025-03-21；报告没写日期就留空）`,
  badBound: (raw: string, suggestion: string | null) =>
    `${quoteText(raw)}不是 bound 的取值，只能写 exact（确数）、at_least（余、以上、超过、多）或 approx（约、左右）` +
    (suggestion ? `；这里应写 ${suggestion}` : ''),
  badId: (raw: string) => `${quoteText(raw)}不能作编号：只用小写英文字母、数字、下划线或连字符（如 taerma）`,
  badPath: (raw: string) => `${quoteText(raw)}不是 data/ 下的相对路径（应写成 reports/bitu-2024.txt 这样）`,
};

// ── across tables ────────────────────────────────────────────────────────

/** "，是否应为 taerma？" when an unknown id is close to exactly one known id (near-id.ts). */
const askNear = (near: string | null): string => (near === null ? '。' : `，是否应为 ${near}？`);
const markedNear = (near: string | null): string => (near === null ? '' : `，已在 ${near} 的相应数字上标为“数据有误”`);

export const crossMessages = {
  /** `marked`: the row is a figure or shortcoming, attributed to `near` for marking. */
  unknownTownship: (id: string, near: string | null = null, marked = true) =>
    `乡镇编号${quoteText(id)}不在 townships.csv 里${askNear(near)}本行未读入${marked ? markedNear(near) : ''}。`,
  unknownMetric: (id: string, near: string | null = null) => `指标编号${quoteText(id)}不在 metric-catalog.csv 里${askNear(near)}本行未读入${markedNear(near)}。`,
  unknownCategory: (id: string, near: string | null = null) =>
    `问题类别${quoteText(id)}不在 shortcoming-categories.csv 里${askNear(near)}本行未读入${markedNear(near)}。`,
  unknownReport: (townshipId: string, year: number) =>
    `reports.csv 里没有 ${townshipId} ${year} 年的报告，请先在 reports.csv 登记这份报告。本行未读入。`,
  duplicateId: (id: string, firstLine: number) => `编号${quoteText(id)}与第${firstLine}行重复。本行未读入。`,
  duplicateReport: (townshipId: string, year: number, firstLine: number) =>
    `${townshipId} ${year} 年的报告与第${firstLine}行重复。本行未读入。`,
  duplicateFigure: (firstLine: number) =>
    `与第${firstLine}行重复（同一乡镇、年份、指标和 item）。同一指标的不同部分请用不同的 item 区分。本行未读入。`,
  duplicateShortcoming: (firstLine: number) => `与第${firstLine}行完全相同（同一乡镇、年份、类别和 quote）。本行未读入。`,
};

// ── quotes and values ────────────────────────────────────────────────────

export const quoteMessages = {
  reportMissing: (file: string, reason: string) =>
    `报告原文 data/${file} 无法读取（${reason}），这份报告的 quote 无法核对。`,
  quoteNotInReport: (reportFile: string, hint: string | null) =>
    `quote 在报告原文 ${reportFile} 中找不到。quote 要从报告中原样复制（字、标点、空格都一样）` +
    (hint ? `；${hint}` : '。'),
  hintWhitespace: (reportFragment: string) => `差别只在空格或换行，报告原文是${quoteText(reportFragment)}`,
  hintPunctuation: (reportFragment: string) =>
    `差别在标点的全角/半角，报告原文是${quoteText(reportFragment)}`,
  valueNotInQuote: (value: number, quote: string) =>
    `数值 ${value} 在 quote${quoteText(quote)}中找不到。quote 要写出这个数（阿拉伯数字或“两万”这样的汉字数字都可以）。`,
};

/** The quote check in one sentence, the same on the page and in check-data. */
export function quoteCheckSentence(summary: QuoteCheckSummary): string {
  if (summary.total === 0) return '引文核对：没有可核对的引文（没有读入任何数字或问题），见“数据问题”。';
  if (quoteCheckClean(summary)) return `引文核对完成：${summary.total}条引文均在报告原文中找到。`;
  const parts = [`引文核对：已核对 ${summary.checked}/${summary.total} 条引文`];
  if (summary.unreadableReports > 0) parts.push(`${summary.unreadableReports}份报告原文无法读取`);
  if (summary.notFound > 0) parts.push(`${summary.notFound}条引文未在报告原文中找到`);
  if (summary.valuesNotInQuote > 0) parts.push(`${summary.valuesNotInQuote}个数值不在其引文中`);
  return `${parts.join('，')}，见“数据问题”。`;
}

export const summaryMessages = {
  ok: (files: number, rows: number) => `检查通过：${files} 个文件，${rows} 行数据，没有问题。`,
  withWarnings: (files: number, rows: number, warnings: number) =>
    `检查通过：${files} 个文件，${rows} 行数据；有 ${warnings} 个警告，建议修改。`,
  failed: (errors: number, warnings: number) =>
    `检查未通过：${errors} 个错误，${warnings} 个警告。有错误的行没有读入，请按上面的提示修改。`,
};
