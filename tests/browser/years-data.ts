// Data variants for the yearly cycle (issue 8), built on the shipped 2024
// reports (which stay as they are):
// - partial: a 6th township has sent its 2025 report, the other five not yet
//   (2025: 6个乡镇中1个已有报告) — the page must open on 2024;
// - multi: four of the five townships have a 2025 report, one has not — the
//   history view and the brief state changes as the bounds allow.
// The 2025 texts are invented test reports, clearly so (测试用), and every
// quote is verbatim in its text so check-data and the quote check pass.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Row {
  metric: string;
  item: string;
  value: number;
  unit: string;
  bound: 'exact' | 'at_least' | 'approx';
  quote: string;
  note?: string;
}

interface TestReport {
  townshipId: string;
  name: string;
  year: number;
  rows: Row[];
  shortcomings: { category: string; quote: string }[];
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function appendLines(file: string, rows: (string | number)[][]): void {
  const existing = readFileSync(file, 'utf8');
  const lead = existing.endsWith('\n') ? '' : '\n';
  appendFileSync(file, lead + rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n', 'utf8');
}

function addReport(dataDir: string, report: TestReport): void {
  const file = `reports/${report.townshipId}-${report.year}.txt`;
  const text = [
    `${report.name}${report.year}年法治政府建设情况报告（测试用）`,
    '',
    `${report.year}年，${report.name}持续推进法治政府建设，现将有关情况报告如下。`,
    '一、主要工作',
    ...report.rows.map((row, i) => `（${i + 1}）${row.quote}。`),
    '二、存在的问题',
    ...report.shortcomings.map((s, i) => `${i + 1}.${s.quote}。`),
    '',
  ].join('\n');
  writeFileSync(join(dataDir, file), text, 'utf8');
  appendLines(join(dataDir, 'reports.csv'), [[report.townshipId, report.year, `${report.name}${report.year}年法治政府建设情况报告（测试用）`, '', file, 'yes']]);
  appendLines(
    join(dataDir, 'metrics.csv'),
    report.rows.map((r) => [report.townshipId, report.year, r.metric, r.item, r.value, r.unit, r.bound, r.quote, r.note ?? '']),
  );
  appendLines(
    join(dataDir, 'shortcomings.csv'),
    report.shortcomings.map((s) => [report.townshipId, report.year, s.category, s.quote]),
  );
}

/** The 6th township of the partial-year variant. */
export const PARTIAL_TOWNSHIP = { id: 'xinlu', name: '新录乡' } as const;

/** Shipped 2024 data + one new township whose 2025 report is the only one of 2025. */
export function writePartialYearData(dataDir: string): void {
  appendLines(join(dataDir, 'townships.csv'), [[PARTIAL_TOWNSHIP.id, PARTIAL_TOWNSHIP.name, '测试县', '测试市', '测试省']]);
  addReport(dataDir, {
    townshipId: PARTIAL_TOWNSHIP.id,
    name: PARTIAL_TOWNSHIP.name,
    year: 2025,
    rows: [
      { metric: 'outreach_events', item: '法治宣讲', value: 40, unit: '场次', bound: 'at_least', quote: '开展法治宣讲40余场次' },
      { metric: 'outreach_reach', item: '受教育群众', value: 3200, unit: '人次', bound: 'exact', quote: '受教育群众3200人次' },
      { metric: 'disputes_screened', item: '排查矛盾纠纷', value: 12, unit: '起', bound: 'exact', quote: '排查矛盾纠纷12起' },
      { metric: 'disputes_resolved', item: '化解矛盾纠纷', value: 11, unit: '起', bound: 'exact', quote: '化解矛盾纠纷11起' },
    ],
    shortcomings: [{ category: 'legal_talent', quote: '法律专业人才不足' }],
  });
}

/**
 * Shipped 2024 data + 2025 reports of four townships (海子沟乡 has none yet).
 * Chosen to meet every change rule against the real 2024 figures:
 * 塔尔玛乡 ≥75次 → 60次 (减少至少15次); 碧土乡 ≥70场次 → ≥80场次 (无法判断增减);
 * 达果乡 12场次 → 20场次 (+8场次); 哲古镇 ≥100场次 → 130场次 (无法判断: may have been more);
 * 塔尔玛乡's people reached 人 → 人次 (not compared).
 */
export function writeMultiYearData(dataDir: string): void {
  const reports: TestReport[] = [
    {
      townshipId: 'taerma',
      name: '塔尔玛乡',
      year: 2025,
      rows: [
        { metric: 'outreach_events', item: '集中宣讲法律法规', value: 60, unit: '次', bound: 'exact', quote: '集中宣讲法律法规60次' },
        { metric: 'outreach_reach', item: '受教群众', value: 5000, unit: '人次', bound: 'exact', quote: '受教群众5000人次' },
        { metric: 'disputes_resolved', item: '化解矛盾纠纷', value: 12, unit: '起', bound: 'exact', quote: '依法化解各类矛盾纠纷12起' },
      ],
      shortcomings: [{ category: 'legal_talent', quote: '法治工作队伍力量仍然不足' }],
    },
    {
      townshipId: 'bitu',
      name: '碧土乡',
      year: 2025,
      rows: [
        { metric: 'outreach_events', item: '走村入户法治宣讲活动', value: 80, unit: '场次', bound: 'at_least', quote: '开展法治宣讲活动80余场次' },
        { metric: 'disputes_screened', item: '排查矛盾纠纷', value: 20, unit: '起', bound: 'exact', quote: '全乡共排查矛盾纠纷20起' },
        { metric: 'disputes_resolved', item: '化解', value: 20, unit: '起', bound: 'exact', quote: '全部化解20起' },
      ],
      shortcomings: [],
    },
    {
      townshipId: 'daguo',
      name: '达果乡',
      year: 2025,
      rows: [
        { metric: 'outreach_events', item: '普法活动', value: 20, unit: '场次', bound: 'exact', quote: '全年累计开展普法活动20场次' },
        { metric: 'outreach_reach', item: '覆盖群众', value: 900, unit: '人次', bound: 'exact', quote: '覆盖群众900人次' },
      ],
      shortcomings: [],
    },
    {
      townshipId: 'zhegu',
      name: '哲古镇',
      year: 2025,
      rows: [
        { metric: 'outreach_events', item: '普法宣传', value: 130, unit: '场次', bound: 'exact', quote: '全年开展普法宣传130场次' },
        { metric: 'outreach_reach', item: '覆盖群众', value: 2800, unit: '人次', bound: 'exact', quote: '覆盖群众2800人次' },
      ],
      shortcomings: [],
    },
  ];
  for (const report of reports) addReport(dataDir, report);
}
