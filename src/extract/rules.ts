// data/extraction-rules.csv → compiled rules, with a Chinese message for
// every line that cannot be used. County staff extend this file without
// touching code, so a mistake must say which line and column, and what to
// write instead; the other lines still load.
//
// Columns: kind, target, pattern, unit, unit_as, priority, note
// (documented for staff in data/EXTRACTION-RULES.md).

import { parseCsv } from '../data/csv';
import { describeLocation } from '../data/messages';
import { foldForMatching } from './normalize';
import type { ExtractionRule, RuleKind, RuleProblem, RuleSet } from './types';
import { UNITS, isKnownUnit } from './units';

export const RULES_FILE = 'extraction-rules.csv';
export const RULE_COLUMNS = ['kind', 'target', 'pattern', 'unit', 'unit_as', 'priority', 'note'] as const;
const REQUIRED_COLUMNS = ['kind', 'target', 'pattern'] as const;
const KINDS: readonly RuleKind[] = ['metric', 'shortcoming', 'ignore', 'audience'];

export interface KnownIds {
  /** Metric ids of metric-catalog.csv; when given, metric targets are checked against them. */
  metricIds?: Iterable<string>;
  /** Category ids of shortcoming-categories.csv; when given, shortcoming targets are checked. */
  categoryIds?: Iterable<string>;
}

type Column = (typeof RULE_COLUMNS)[number];

const messages = {
  columnMissing: (column: string) =>
    `缺少「${column}」列，规则无法读入。第一行（表头）应为：${RULE_COLUMNS.join(',')}`,
  columnUnknown: (column: string) => `「${column}」列不认识，已忽略。可用的列：${RULE_COLUMNS.join(',')}`,
  kind: (value: string) =>
    `“${value}”不是规则类型：只能写 metric（数字归入指标）、shortcoming（问题归类）、ignore（不是指标的数字）或 audience（对象词，如干部、群众）。本行未读入。`,
  targetEmpty: (kind: RuleKind) =>
    kind === 'metric'
      ? '是空的：metric 规则要写指标编号（见 metric-catalog.csv 的 id 列）。本行未读入。'
      : kind === 'audience'
        ? '是空的：audience 行要写对象名称（如 干部、群众），规则里用 @干部 指这一类对象。本行未读入。'
        : '是空的：shortcoming 规则要写问题类别编号（见 shortcoming-categories.csv 的 id 列）。本行未读入。',
  audienceTerms: (pattern: string) =>
    `“${pattern}”：audience 行只写对象词，用 | 分隔（如 干部|执法人员），不用 +、!、§、@。本行未读入。`,
  unknownAudience: (name: string, known: string) =>
    `“@${name}”不是 audience 行定义的对象名称${known === '' ? '（规则文件里还没有 audience 行）' : `（已定义：${known}，另可写 未写明）`}。本行未读入。`,
  unknownMetric: (id: string) => `“${id}”不是 metric-catalog.csv 中的指标编号（注意大小写和下划线）。本行未读入。`,
  unknownCategory: (id: string) => `“${id}”不是 shortcoming-categories.csv 中的问题类别编号。本行未读入。`,
  ignoreTarget: () => 'ignore 规则不需要填 target，已忽略这一格。',
  patternEmpty: () => '是空的：要写关键词，如 宣讲|普法（| 表示“或”，+ 表示“还要有”）。本行未读入。',
  patternEmptyTerm: (pattern: string) =>
    `“${pattern}”中有空的关键词（多写了 |、+、! 或 §）。关键词之间用 | 或 + 分隔，两边不能为空。本行未读入。`,
  patternNoAnchor: (pattern: string) =>
    `“${pattern}”没有锚词：至少要有一组不带 ! 或 § 的关键词（如 宣讲|普法），它须出现在数字所在的分句里。本行未读入。`,
  unit: (unit: string) => `“${unit}”不是认识的单位。可用的单位：${UNITS.join('、')}。本行未读入。`,
  unitOnShortcoming: () => 'shortcoming 规则和 audience 行不看单位，这一格已忽略。',
  priority: (value: string) => `“${value}”不是整数。priority 写整数（如 10），数越大越优先；空着按 0。本行未读入。`,
  duplicate: (line: number) => `与第${line}行的规则完全相同，本行是多余的。`,
};

function problem(severity: RuleProblem['severity'], file: string, line: number | undefined, column: Column | string | undefined, detail: string): RuleProblem {
  const where = describeLocation({ file, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) });
  const out: RuleProblem = { severity, message: `${where}：${detail}` };
  if (line !== undefined) out.line = line;
  if (column !== undefined) out.column = column;
  return out;
}

interface CompiledPattern {
  anchor: string[];
  context: string[][];
  exclude: string[];
  section: string[];
  audience: string[];
}

/** The audience name a rule may give for figures whose paragraph names no audience. */
export const UNNAMED_AUDIENCE = '未写明';

/** `宣讲|普法 + 群众 + !平均 + §主要负责 + @群众|未写明` → anchor, context groups, exclusions, section words, audiences. */
export function compilePattern(pattern: string): CompiledPattern | 'empty_term' | 'no_anchor' {
  const compiled: CompiledPattern = { anchor: [], context: [], exclude: [], section: [], audience: [] };
  const terms = foldForMatching(pattern).split('+').map((t) => t.trim());
  const groups: string[][] = [];
  for (const term of terms) {
    const marker = term.charAt(0);
    const body = '!！§@＠'.includes(marker) ? term.slice(1).trim() : term;
    const words = body.split(/[|｜]/).map((w) => w.trim());
    if (body === '' || words.some((w) => w === '')) return 'empty_term';
    if (marker === '!' || marker === '！') compiled.exclude.push(...words);
    else if (marker === '§') compiled.section.push(...words);
    else if (marker === '@' || marker === '＠') compiled.audience.push(...words);
    else groups.push(words);
  }
  const [anchor, ...context] = groups;
  if (!anchor) return 'no_anchor';
  compiled.anchor = anchor;
  compiled.context = context;
  return compiled;
}

/** Parses and validates the rules file. Unusable lines are reported and left out. */
export function parseRules(csvText: string, known: KnownIds = {}, file: string = RULES_FILE): RuleSet {
  const problems: RuleProblem[] = [];
  const parsed = parseCsv(csvText.replace(/^\uFEFF/, ''), file);
  for (const p of parsed.problems) {
    problems.push({ severity: p.severity, message: p.message, ...(p.line === undefined ? {} : { line: p.line }) });
  }
  const header = parsed.header;
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  for (const column of missing) problems.push(problem('error', file, 1, column, messages.columnMissing(column)));
  if (missing.length > 0) return { rules: [], problems };
  for (const column of header) {
    if (column !== '' && !(RULE_COLUMNS as readonly string[]).includes(column)) {
      problems.push(problem('warning', file, 1, column, messages.columnUnknown(column)));
    }
  }

  const metricIds = known.metricIds ? new Set(known.metricIds) : null;
  const categoryIds = known.categoryIds ? new Set(known.categoryIds) : null;
  const seen = new Map<string, number>();
  const rules: ExtractionRule[] = [];

  for (const record of parsed.records) {
    const cell = (column: Column): string => {
      const index = header.indexOf(column);
      return index === -1 ? '' : (record.cells[index] ?? '');
    };
    if (RULE_COLUMNS.every((c) => cell(c) === '')) continue;
    const line = record.line;
    const report = (severity: RuleProblem['severity'], column: Column, detail: string) =>
      problems.push(problem(severity, file, line, column, detail));

    const kind = cell('kind') as RuleKind;
    if (!KINDS.includes(kind)) {
      report('error', 'kind', messages.kind(cell('kind')));
      continue;
    }

    let target = foldForMatching(cell('target'));
    if (kind === 'ignore') {
      if (target !== '') report('warning', 'target', messages.ignoreTarget());
      target = '';
    } else if (target === '') {
      report('error', 'target', messages.targetEmpty(kind));
      continue;
    } else if (kind === 'metric' && metricIds && !metricIds.has(target)) {
      report('error', 'target', messages.unknownMetric(target));
      continue;
    } else if (kind === 'shortcoming' && categoryIds && !categoryIds.has(target)) {
      report('error', 'target', messages.unknownCategory(target));
      continue;
    }

    const pattern = cell('pattern');
    if (pattern === '') {
      report('error', 'pattern', messages.patternEmpty());
      continue;
    }
    const compiled = compilePattern(pattern);
    if (compiled === 'empty_term') {
      report('error', 'pattern', messages.patternEmptyTerm(pattern));
      continue;
    }
    if (compiled === 'no_anchor') {
      report('error', 'pattern', messages.patternNoAnchor(pattern));
      continue;
    }
    const markers = compiled.context.length + compiled.exclude.length + compiled.section.length + compiled.audience.length;
    if (kind === 'audience' && markers > 0) {
      report('error', 'pattern', messages.audienceTerms(pattern));
      continue;
    }

    let units = cell('unit') === '' ? [] : foldForMatching(cell('unit')).split(/[|｜]/).map((u) => u.trim().replace('％', '%'));
    if ((kind === 'shortcoming' || kind === 'audience') && units.length > 0) {
      report('warning', 'unit', messages.unitOnShortcoming());
      units = [];
    }
    const badUnit = units.find((u) => !isKnownUnit(u));
    if (badUnit !== undefined) {
      report('error', 'unit', messages.unit(badUnit));
      continue;
    }

    const priorityText = cell('priority');
    if (priorityText !== '' && !/^-?\d+$/.test(priorityText)) {
      report('error', 'priority', messages.priority(priorityText));
      continue;
    }

    const key = [kind, target, pattern, units.join('|'), cell('unit_as')].join('\u0000');
    const duplicateOf = seen.get(key);
    if (duplicateOf !== undefined) {
      report('warning', 'pattern', messages.duplicate(duplicateOf));
      continue;
    }
    seen.set(key, line);

    rules.push({
      kind,
      target,
      ...compiled,
      units,
      unitAs: cell('unit_as'),
      priority: priorityText === '' ? 0 : Number(priorityText),
      note: cell('note'),
      line,
    });
  }
  checkAudienceNames(rules, problems, file);
  return { rules, problems };
}

/** Every @name a rule uses must be an audience line's name (or 未写明); such a rule is dropped. */
function checkAudienceNames(rules: ExtractionRule[], problems: RuleProblem[], file: string): void {
  const names = new Set(rules.filter((r) => r.kind === 'audience').map((r) => r.target));
  const known = [...names].join('、');
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i]!;
    const unknown = rule.audience.find((name) => name !== UNNAMED_AUDIENCE && !names.has(name));
    if (unknown === undefined) continue;
    problems.push(problem('error', file, rule.line, 'pattern', messages.unknownAudience(unknown, known)));
    rules.splice(i, 1);
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
