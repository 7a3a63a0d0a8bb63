// A metric's distribution across townships (charts/distribution), shown under
// its chart when there are more rows than the chart draws (issue 19). The table
// beside it gives each range's counts; a count opens the quotes behind it.
import { useCallback, useMemo } from 'react';
import { buildDistributionChart, distributionOf, type DistributionBin } from '../../charts/distribution/distribution';
import type { ChartBuildOptions } from '../../charts/types';
import type { MetricComparison, MetricTotal } from '../../model/types';
import { useOpenProvenance } from '../../app/provenance-context';
import { distributionTable } from '../../export/distribution-table';
import { ChartCard } from '../ChartCard';
import { DataTable, type Column } from '../DataTable';
import { useChartClick } from '../use-chart-click';

export function DistributionCard({ comparison }: { comparison: MetricComparison }) {
  const onItemClick = useChartClick();
  const build = useCallback((options: ChartBuildOptions) => buildDistributionChart(comparison, options), [comparison]);
  const distribution = useMemo(() => distributionOf(comparison), [comparison]);
  const bins = distribution.bins;
  const csv = useCallback(() => distributionTable(comparison, distribution), [comparison, distribution]);
  const open = useOpenProvenance();
  const columns = useMemo<Column<DistributionBin>[]>(() => {
    const count = (list: MetricTotal[], label: string, prefix: string) =>
      list.length === 0 ? (
        '0'
      ) : (
        <button type="button" className={`figure ${prefix === '≥' ? 'figure--at_least' : 'figure--exact'}`} aria-label={label} onClick={() => open({ keys: list.flatMap((t) => t.provenance) })}>
          {list.length}
        </button>
      );
    return [
      { id: 'range', header: `区间（${comparison.unit}）`, sortValue: (b) => b.from, render: (b) => b.label },
      { id: 'exact', header: '确数或约数', numeric: true, sortValue: (b) => b.exact.length, render: (b) => count(b.exact, `${b.label} 确数或约数 ${b.exact.length}个，查看引文`, '') },
      { id: 'lower', header: '下限（≥）', numeric: true, sortValue: (b) => b.lowerBound.length, render: (b) => count(b.lowerBound, `${b.label} 下限 ${b.lowerBound.length}个，查看引文`, '≥') },
    ];
  }, [comparison, open]);
  return (
    <ChartCard
      build={build}
      csv={csv}
      onItemClick={onItemClick}
      table={<DataTable caption={`${comparison.label}：分布（表）`} rows={bins} columns={columns} rowKey={(b) => b.label} />}
    />
  );
}
