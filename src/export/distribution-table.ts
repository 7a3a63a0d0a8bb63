// A metric's distribution → spreadsheet table (下载表格CSV under the
// distribution chart, and its sheet in 导出Excel): one row per range with the
// townships counted in it, then one row per kind of total the chart leaves out
// (another unit, a mixed sum, 未报告, 未录入, 数据有误, 无报告), so the rows'
// counts add up to every township of the comparison.

import { distributionOf, type Distribution } from '../charts/distribution/distribution';
import type { MetricComparison, MetricTotal } from '../model/types';
import { distinctMeasures, unitClass } from '../model/units';
import type { CsvColumn, CsvRow } from './csv';
import type { CsvTable } from './model-tables';

const LIST_SEPARATOR = '\n';

export function distributionTable(comparison: MetricComparison, distribution: Distribution = distributionOf(comparison)): CsvTable {
  const severalYears = new Set(comparison.rows.map((r) => r.year)).size > 1;
  const rowWord = severalYears ? '报告' : '乡镇';
  const columns: CsvColumn[] = [
    { key: 'range', label: `区间（${comparison.unit}）` },
    { key: 'count', label: `${rowWord}数` },
    { key: 'exact', label: '其中确数或约数' },
    { key: 'lower', label: '其中下限（≥）' },
    { key: 'names', label: rowWord },
    { key: 'sources', label: '来源（数据文件:行）' },
  ];
  const labelOf = new Map(comparison.rows.map((row) => [row.key, row.label] as const));
  const listed = (totals: readonly MetricTotal[]): CsvRow => ({
    count: totals.length,
    names: totals.map((t) => labelOf.get(t.rowKey) ?? t.rowKey).join('、'),
    sources: totals.flatMap((t) => t.provenance).join(LIST_SEPARATOR),
  });
  const rows: CsvRow[] = distribution.bins.map((bin) => ({
    range: bin.label,
    ...listed([...bin.exact, ...bin.lowerBound]),
    exact: bin.exact.length,
    lower: bin.lowerBound.length,
  }));
  const outside = (what: string) => `${what}，不在图中`;
  // One row per other measure (次 and 场次 are one), named by the spellings its totals use.
  const byMeasure = new Map<string, MetricTotal[]>();
  for (const total of distribution.otherMeasures) {
    const measure = unitClass(distinctMeasures(total.units)[0] ?? '');
    byMeasure.set(measure, [...(byMeasure.get(measure) ?? []), total]);
  }
  for (const totals of byMeasure.values()) {
    const spellings = [...new Set(totals.flatMap((t) => t.units))];
    rows.push({ range: outside(`按“${spellings.join('”“')}”计，口径不同`), ...listed(totals) });
  }
  if (distribution.mixedSums.length > 0) rows.push({ range: outside('合计混有不同单位'), ...listed(distribution.mixedSums) });
  for (const group of distribution.unvalued) rows.push({ range: outside(`${group.label}，没有数值`), ...listed(group.totals) });
  return { columns, rows };
}
