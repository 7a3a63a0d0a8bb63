import { describe, expect, it } from 'vitest';
import { distributionTable } from '../../../src/export/distribution-table';
import { buildDashboardModel } from '../../../src/model';
import { DatasetBuilder } from '../../fixtures/model/synth';

describe('distribution table (下载表格CSV, 导出Excel)', () => {
  const b = new DatasetBuilder().metricDefinition('outreach_reach', '普法受众', '人次');
  const kinds = ['exact', 'at_least', 'other', 'spelling', 'mixed', 'silent', 'unentered'] as const;
  for (let i = 0; i < 70; i++) {
    const id = `t${i}`;
    const kind = kinds[i % kinds.length]!;
    b.township(id, `第${i}乡`).report(id, 2024, { figuresAccounted: kind !== 'unentered' });
    if (kind === 'exact') b.figure(id, 2024, 'outreach_reach', 100 + i, { unit: '人次' });
    if (kind === 'at_least') b.figure(id, 2024, 'outreach_reach', 200 + i, { unit: '人次', bound: 'at_least' });
    if (kind === 'other') b.figure(id, 2024, 'outreach_reach', 50, { unit: '次' });
    if (kind === 'spelling') b.figure(id, 2024, 'outreach_reach', 60, { unit: '场次' });
    if (kind === 'mixed') {
      b.figure(id, 2024, 'outreach_reach', 30, { unit: '人', item: '讲座' });
      b.figure(id, 2024, 'outreach_reach', 40, { unit: '人次', item: '宣传' });
    }
  }
  const comparison = buildDashboardModel(b.build()).outreach.find((c) => c.metric === 'outreach_reach')!;
  const { columns, rows } = distributionTable(comparison);
  const names = (row: (typeof rows)[number]) => String(row['names']).split('、').filter(Boolean);

  it('lists every township once, in a range or in a row saying why it is not in the chart', () => {
    expect(columns.map((c) => c.label)).toEqual(['区间（人次）', '乡镇数', '其中确数或约数', '其中下限（≥）', '乡镇', '来源（数据文件:行）']);
    const all = rows.flatMap(names);
    expect(all).toHaveLength(70);
    expect(new Set(all).size).toBe(70);
    expect(rows.reduce((n, row) => n + Number(row['count']), 0)).toBe(70);
    for (const row of rows) expect(names(row)).toHaveLength(Number(row['count']));
  });

  it('splits each range into exact and lower-bound counts and traces it to its rows', () => {
    const ranges = rows.filter((row) => row['exact'] !== undefined);
    expect(ranges.length).toBeGreaterThan(1);
    for (const row of ranges) expect(Number(row['exact']) + Number(row['lower'])).toBe(Number(row['count']));
    expect(ranges.reduce((n, row) => n + Number(row['lower']), 0)).toBe(10);
    const withRows = ranges.filter((row) => Number(row['count']) > 0);
    for (const row of withRows) expect(String(row['sources']).split('\n')).toHaveLength(Number(row['count']));
  });

  it('names the rows outside the chart by why: another measure (次 and 场次 together), a mixed sum, 未报告, 未录入', () => {
    const outside = rows.filter((row) => row['exact'] === undefined).map((row) => [row['range'], row['count']]);
    expect(outside).toEqual([
      ['按“次”“场次”计，口径不同，不在图中', 20],
      ['合计混有不同单位，不在图中', 10],
      ['未报告，没有数值，不在图中', 10],
      ['未录入，没有数值，不在图中', 10],
    ]);
  });
});
