// Generates a large data set in the format of data/ (issue 3 item 11): N
// townships × the given years, with the variety of the real reports: missing
// figures, lower bounds (余/以上), approximations (约), 人 vs 人次 and 份 vs 册,
// townships with no dispute figures, a rate without counts, screening rounds
// that are not disputes, shared township names, a missing report.
// Several years per township (issue 8): each township keeps its way of
// counting (人 or 人次, 份 or 册 …) from year to year, with now and then a
// switch, so the history view meets both comparable years and a 人→人次 change;
// `coverage` makes a year partly in (only the first share of townships has
// reported it, as when next year's reports arrive one by one).
// Every quote is written verbatim into that township's report text, so
// check-data's quote verification passes. Deterministic for a given seed.
// A report gives ≈ 20 figures (metric rows), as the real ones do: most of the
// catalog's metrics, several broken down into items (issue 19: 2,000
// townships × 6 years is then ≈ 250,000 metric rows).
//
//   npx tsx tests/generate-townships.ts --townships 300 --years 2022,2023,2024 --out DIR [--seed 1] [--coverage 2024=0.2]
//
// Library use: generateDataset(options) → file texts; writeGeneratedDataset(dir, options).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as words from './fixtures/model/generator-vocabulary';

export interface GenerateOptions {
  townships: number;
  years: readonly number[];
  seed?: number;
  /**
   * Share (0–1) of townships that have reported a year, e.g. { 2025: 0.2 }:
   * the first 20 % in townships.csv order have a 2025 report, the rest none
   * yet. Years not listed are complete (but for the odd missing report).
   */
  coverage?: Readonly<Record<number, number>>;
}

/** How one township counts, kept from year to year (a clerk's habit), so years compare. */
interface CountingStyle {
  eventUnit: string;
  reachUnit: string;
  materialUnit: string;
  caseUnit: string;
}

function countingStyle(rand: Random): CountingStyle {
  return {
    eventUnit: rand.pick(['场', '次', '场次']),
    reachUnit: rand.chance(0.3) ? '人' : '人次',
    materialUnit: rand.chance(0.25) ? '册' : '份',
    caseUnit: rand.chance(0.3) ? '件' : '起',
  };
}

/** File path under the data folder → text (UTF-8). CSVs plus reports/*.txt. */
export type GeneratedFiles = Record<string, string>;

type Bound = 'exact' | 'at_least' | 'approx';

/** mulberry32: small, fast, and the same sequence everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }
  sample<T>(list: readonly T[], n: number): T[] {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, n);
  }
  bound(pAtLeast: number, pApprox: number): Bound {
    const r = this.next();
    return r < pAtLeast ? 'at_least' : r < pAtLeast + pApprox ? 'approx' : 'exact';
  }
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

/** How a report writes a number with its bound: 25余场, 约300人, 94%以上. */
function stated(value: number, unit: string, bound: Bound, style: '余' | '以上' = '余'): string {
  if (bound === 'approx') return `约${value}${unit}`;
  if (bound === 'at_least') return style === '以上' ? `${value}${unit}以上` : `${value}余${unit}`;
  return `${value}${unit}`;
}

interface Figure {
  metric: string;
  item: string;
  value: number;
  unit: string;
  bound: Bound;
  quote: string;
  note: string;
}

/** One report: its figures (each quote a sentence of the text) and shortcomings. */
function generateReport(rand: Random, name: string, year: number, style: CountingStyle) {
  const figures: Figure[] = [];
  const add = (metric: string, item: string, value: number, unit: string, bound: Bound, lead: string, note = '') =>
    figures.push({ metric, item, value, unit, bound, quote: `${lead}${stated(value, unit, bound)}`, note });

  if (rand.chance(0.92)) {
    const eventUnit = style.eventUnit;
    for (const item of rand.sample(words.EVENT_ITEMS, rand.int(2, 4))) {
      add('outreach_events', item, rand.int(3, 120), eventUnit, rand.bound(0.35, 0.1), `开展${item}`);
    }
  }
  if (rand.chance(0.8)) {
    const reachUnit = style.reachUnit;
    for (const item of rand.sample(words.REACH_ITEMS, rand.int(1, 3))) {
      add('outreach_reach', item, rand.int(100, 30000), reachUnit, rand.bound(0.4, 0.1), `${item}达`);
    }
  }
  if (rand.chance(0.6)) {
    const unit = style.materialUnit;
    for (const item of rand.sample(words.MATERIAL_ITEMS, rand.int(1, 2))) {
      add('outreach_materials', item, rand.int(200, 20000), unit, rand.bound(0.4, 0), `发放${item}`, unit === '册' ? '按“册”计。' : '');
    }
  }

  const disputeShape = rand.next();
  const caseUnit = style.caseUnit;
  if (disputeShape < 0.15) {
    // Like 海子沟乡: no dispute figures at all.
  } else if (disputeShape < 0.3) {
    // Like 达果乡: a success rate without counts.
    const rate = rand.int(85, 100);
    figures.push({ metric: 'mediation_success_rate', item: '调解成功率', value: rate, unit: '%', bound: 'exact', quote: `矛盾纠纷调解成功率实现${rate}%`, note: '报告未给出纠纷件数。' });
  } else {
    const found = rand.int(5, 200);
    const resolved = rand.int(Math.floor(found * 0.7), found);
    const bound = rand.bound(0.25, 0.05);
    if (rand.chance(0.85)) add('disputes_screened', '排查矛盾纠纷', found, caseUnit, bound, '排查矛盾纠纷');
    add('disputes_resolved', '化解矛盾纠纷', resolved, caseUnit, bound, '成功化解');
    if (rand.chance(0.35)) {
      const rate = rand.int(85, 99);
      figures.push({ metric: 'mediation_success_rate', item: '调解成功率', value: rate, unit: '%', bound: 'at_least', quote: `调解成功率达${rate}%以上`, note: '' });
    }
  }
  if (rand.chance(0.15)) {
    const rounds = rand.int(50, 600);
    figures.push({ metric: 'dispute_screening_rounds', item: '矛盾纠纷排查', value: rounds, unit: '次', bound: 'at_least', quote: `开展矛盾纠纷排查${rounds}余次`, note: '数的是排查次数，不是纠纷件数。' });
  }
  if (rand.chance(0.5)) add('cadre_study_sessions', '干部集中学法', rand.int(4, 40), '次', 'exact', '组织干部集中学法');
  if (rand.chance(0.4)) add('legal_literates', '法律明白人', rand.int(5, 120), '人', 'exact', '培养法律明白人');
  if (rand.chance(0.3)) add('petition_visits', '接待群众来访', rand.int(5, 400), '人次', rand.bound(0.2, 0), '接待群众来访');
  if (rand.chance(0.3)) {
    const rate = rand.int(80, 100);
    figures.push({ metric: 'public_satisfaction', item: '群众满意度', value: rate, unit: '%', bound: 'exact', quote: `群众满意度达${rate}%`, note: '' });
  }

  // The rest of the catalog, as a real report gives it: about 12 more figures, some broken down into items.
  for (const extra of words.EXTRA_FIGURES) {
    if (!rand.chance(extra.chance)) continue;
    for (const [item, lead] of rand.sample(extra.items, rand.int(1, extra.maxItems))) {
      add(extra.metric, item, rand.int(extra.min, extra.max), extra.unit, rand.bound(extra.atLeast, 0), lead);
    }
  }

  const shortcomings = rand.sample(words.CATEGORIES, rand.int(0, 5)).flatMap(([id, , , quotes]) =>
    rand.sample(quotes, rand.chance(0.2) ? 2 : 1).map((quote) => ({ category: id, quote })),
  );

  const text = [
    `${name}${year}年法治政府建设情况报告`,
    '',
    `${year}年，${name}深入学习贯彻习近平法治思想，现将有关情况报告如下。`,
    '一、主要工作及成效',
    ...figures.map((f, i) => `（${i + 1}）${f.quote}，取得良好效果。`),
    '二、存在的问题',
    ...(shortcomings.length > 0 ? shortcomings.map((s, i) => `${i + 1}.${s.quote}。`) : ['（本报告未单列问题。）']),
    '三、下一步工作打算',
    '继续加强法治宣传教育，提升基层依法治理水平。',
    '',
  ].join('\n');
  return { figures, shortcomings, text };
}

function townshipName(rand: Random, index: number, used: Set<string>): string {
  // Every 40th township shares one name, as many counties have a 城关镇.
  if (index % 40 === 39) return words.SHARED_NAME;
  for (;;) {
    const name = `${rand.pick(words.NAME_SYLLABLES)}${rand.pick(words.NAME_SYLLABLES)}${rand.pick(words.TOWNSHIP_SUFFIXES)}`;
    if (!used.has(name) || used.size > words.NAME_SYLLABLES.length ** 2) {
      used.add(name);
      return name;
    }
  }
}

export function generateDataset(options: GenerateOptions): GeneratedFiles {
  const rand = new Random(prng(options.seed ?? 20240101));
  const years = [...new Set(options.years)].sort((a, b) => a - b);
  const files: GeneratedFiles = {};
  const townships: (string | number)[][] = [];
  const reports: (string | number)[][] = [];
  const metrics: (string | number)[][] = [];
  const shortcomings: (string | number)[][] = [];
  const usedNames = new Set<string>();

  for (let i = 0; i < options.townships; i++) {
    const id = `gen${String(i + 1).padStart(4, '0')}`;
    const name = townshipName(rand, i, usedNames);
    townships.push([id, name, `${rand.pick(words.COUNTIES)}${i % 7 === 0 ? '' : String(i % 7)}`, rand.pick(words.PREFECTURES), rand.pick(words.PROVINCES)]);
    const style = countingStyle(rand);
    for (const year of years) {
      // Now and then a township did not publish a report for a year.
      if (years.length > 1 && rand.chance(0.03)) continue;
      // A partly-in year: only the first townships have sent it so far.
      const share = options.coverage?.[year];
      if (share !== undefined && i >= Math.round(share * options.townships)) continue;
      // Now and then a clerk changes how people reached are counted (人 ↔ 人次);
      // every 12th township does in its second year, so any seed has such a change.
      const forcedSwitch = i % 12 === 5 && year === years[1];
      if (rand.chance(0.05) || forcedSwitch) style.reachUnit = style.reachUnit === '人' ? '人次' : '人';
      const report = generateReport(rand, name, year, style);
      const file = `reports/${id}-${year}.txt`;
      files[file] = report.text;
      const published = rand.chance(0.5) ? `${year + 1}-0${rand.int(1, 3)}-${String(rand.int(10, 28))}` : '';
      // Every figure of a generated text is written to metrics.csv: the report is accounted for.
      reports.push([id, year, `${name}${year}年法治政府建设情况报告`, published, file, 'yes']);
      for (const f of report.figures) metrics.push([id, year, f.metric, f.item, f.value, f.unit, f.bound, f.quote, f.note]);
      for (const s of report.shortcomings) shortcomings.push([id, year, s.category, s.quote]);
    }
  }

  files['townships.csv'] = csv(['id', 'name', 'county', 'prefecture', 'province'], townships);
  files['reports.csv'] = csv(['township_id', 'year', 'title', 'published', 'file', 'figures_accounted'], reports);
  files['metric-catalog.csv'] = csv(['id', 'group', 'label', 'unit', 'definition'], [...words.CATALOG, ...words.EXTRA_CATALOG].map((row) => [...row]));
  files['metrics.csv'] = csv(['township_id', 'year', 'metric', 'item', 'value', 'unit', 'bound', 'quote', 'note'], metrics);
  files['shortcoming-categories.csv'] = csv(['id', 'label', 'definition'], words.CATEGORIES.map(([id, label, definition]) => [id, label, definition]));
  files['shortcomings.csv'] = csv(['township_id', 'year', 'category', 'quote'], shortcomings);
  return files;
}

/** Writes a complete data folder (CSVs + reports/) into `dir`. */
export function writeGeneratedDataset(dir: string, options: GenerateOptions): void {
  const files = generateDataset(options);
  mkdirSync(join(dir, 'reports'), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text, 'utf8');
}

function parseArgs(argv: readonly string[]): GenerateOptions & { out: string } {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const townships = Number(value('--townships') ?? '300');
  const years = (value('--years') ?? '2024').split(',').map((y) => Number(y.trim()));
  const seed = value('--seed') === undefined ? undefined : Number(value('--seed'));
  const coverage = value('--coverage')
    ?.split(',')
    .map((pair) => pair.split('=').map((part) => Number(part.trim())) as [number, number]);
  const out = value('--out');
  if (!out || !Number.isInteger(townships) || townships < 1 || years.some((y) => !Number.isInteger(y))) {
    throw new Error('用法：npx tsx tests/generate-townships.ts --townships 300 --years 2022,2023,2024 --out DIR [--seed N]');
  }
  return {
    townships,
    years,
    out,
    ...(seed === undefined ? {} : { seed }),
    ...(coverage ? { coverage: Object.fromEntries(coverage) } : {}),
  };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const { out, ...options } = parseArgs(process.argv.slice(2));
  writeGeneratedDataset(resolve(out), options);
  console.log(`已生成 ${options.townships} 个乡镇 × ${options.years.length} 年的数据：${resolve(out)}`);
}
