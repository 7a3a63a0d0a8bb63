// A copy of the shipped data in the yearly cycle's first weeks, with the
// three states a figure can be in besides a value (issues 8 and 10):
// - a 2025 report exists for one township only (塔尔玛乡): the other four have
//   no 2025 report (无报告) and must be listed once, never as rows of 未报告;
// - one 2025 metrics row is rejected ("60余" in value): the events total is
//   incomplete ("≥30次，另有1项数据有误");
// - one 2025 value is not in its quote (21530 for 2153): 数据有误, not drawn;
// - one 2025 quote is not in its report: once the quotes are checked it is
//   数据有误 too (发放普法资料);
// - the 2025 report lists no shortcoming rows: 存在的问题 must not show "0/1".
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StatesRows {
  townshipId: string;
  townshipName: string;
  year: number;
  /** metrics.csv line of the row rejected for "60余", and of the value not in its quote. */
  rejectedLine: number;
  notInQuoteLine: number;
  /** metrics.csv line of the row whose quote is not in the report. */
  quoteNotInReportLine: number;
  /** metrics.csv line of a row whose metric id is in no catalog and close to none (xuanjiang_cishu). */
  unknownMetricLine: number;
  /** Names of the townships without a 2025 report, in townships.csv order. */
  withoutReport: string[];
}

const REPORT_TEXT = `塔尔玛乡2025年法治政府建设情况报告

一、全力推动普法工作
今年以来，集中宣讲法律法规30余次，受教群众达2153余人。共计入户宣传宣讲60余次。
二、依法化解矛盾纠纷
排查矛盾纠纷12起，化解矛盾纠纷12起。
`;

function lineCount(file: string): number {
  const text = readFileSync(file, 'utf8');
  return text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
}

export function writeStatesData(dataDir: string): StatesRows {
  writeFileSync(join(dataDir, 'reports', 'taerma-2025.txt'), REPORT_TEXT);
  appendFileSync(join(dataDir, 'reports.csv'), 'taerma,2025,塔尔玛乡2025年法治政府建设情况报告,2026-03-02,reports/taerma-2025.txt,yes\n');
  const metrics = join(dataDir, 'metrics.csv');
  const first = lineCount(metrics) + 1;
  appendFileSync(
    metrics,
    [
      'taerma,2025,outreach_events,集中宣讲法律法规,30,次,at_least,集中宣讲法律法规30余次,',
      'taerma,2025,outreach_events,入户宣传宣讲,60余,次,at_least,入户宣传宣讲60余次,',
      'taerma,2025,outreach_reach,集中宣讲受教群众,21530,人,at_least,受教群众达2153余人,',
      'taerma,2025,disputes_screened,排查矛盾纠纷,12,起,exact,排查矛盾纠纷12起,',
      'taerma,2025,disputes_resolved,化解矛盾纠纷,12,起,exact,化解矛盾纠纷12起,',
      'taerma,2025,outreach_materials,宣传资料,500,份,exact,发放宣传资料500份,',
      'taerma,2025,xuanjiang_cishu,入户宣传宣讲,60,次,at_least,入户宣传宣讲60余次,',
      '',
    ].join('\n'),
  );
  const names = readFileSync(join(dataDir, 'townships.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
  return {
    townshipId: 'taerma',
    townshipName: names.find(([id]) => id === 'taerma')![1]!,
    year: 2025,
    rejectedLine: first + 1,
    notInQuoteLine: first + 2,
    quoteNotInReportLine: first + 5,
    unknownMetricLine: first + 6,
    withoutReport: names.filter(([id]) => id !== 'taerma').map(([, name]) => name!),
  };
}
