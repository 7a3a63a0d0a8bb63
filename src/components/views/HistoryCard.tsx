// One metric across the years: the chart (a bar per year in each township's
// row) and beside it the table — a column per year, each figure a button that
// opens its quote, and the change into the focus year stated as firmly as the
// bounds allow. Used by 历年变化 and by the 简报.
import { useCallback, useMemo } from 'react';
import { buildHistoryChart } from '../../charts/history/history';
import type { ChartBuildOptions } from '../../charts/types';
import { unitOfTotal } from '../../model/format';
import { NO_REPORT_TEXT, pointFor, type MetricHistory, type TownshipHistory } from '../../model/history';
import { ChartCard } from '../ChartCard';
import { DataTable, type Column } from '../DataTable';
import { FigureButton } from '../FigureButton';
import { useChartClick } from '../use-chart-click';

export function HistoryCard({ history, focusYear }: { history: MetricHistory; focusYear: number | null }) {
  const onItemClick = useChartClick();
  const build = useCallback((options: ChartBuildOptions) => buildHistoryChart(history, options), [history]);
  const csv = useCallback(async () => (await import('../../export/history-table')).historyTable(history), [history]);
  const columns = useMemo(() => historyColumns(history, focusYear), [history, focusYear]);
  return (
    <ChartCard
      build={build}
      csv={csv}
      onItemClick={onItemClick}
      // Past two years the table (a column per year) and the chart (a bar per year) need the full width.
      layout={history.years.length > 2 ? 'stacked' : 'beside'}
      table={
        <DataTable
          caption={`${history.label}历年数值（表）`}
          rows={history.townships}
          columns={columns}
          rowKey={(t) => t.township.id}
          className="history-table"
        />
      }
    />
  );
}

function historyColumns(history: MetricHistory, focusYear: number | null): Column<TownshipHistory>[] {
  const yearColumns = history.years.map(
    (year): Column<TownshipHistory> => ({
      id: `y${year}`,
      header: `${year}年`,
      numeric: true,
      sortValue: (t) => {
        const point = pointFor(t, year);
        return point && !point.noReport ? point.total.figure.value : null;
      },
      render: (t) => {
        const point = pointFor(t, year);
        if (!point) return null;
        if (point.noReport) return <span className="no-report">{NO_REPORT_TEXT}</span>;
        return (
          <FigureButton
            figure={point.total.figure}
            unit={unitOfTotal(point.total, history.unit)}
            keys={point.total.provenance}
            rowKey={point.row.key}
            context={`${t.label} ${year}年 ${history.label}`}
            {...(point.total.mixedUnits ? { flag: '单位不一' } : {})}
          />
        );
      },
    }),
  );
  const at = focusYear === null ? -1 : history.years.indexOf(focusYear);
  const changeColumns: Column<TownshipHistory>[] =
    at >= 1 && focusYear !== null
      ? [
          {
            id: 'change',
            header: `变化（${history.years[at - 1]}→${focusYear}年）`,
            sortValue: (t) => pointFor(t, focusYear)?.change?.delta ?? null,
            render: (t) => {
              const change = pointFor(t, focusYear)?.change;
              return change ? <span className={`change change--${change.kind}`}>{change.text}</span> : null;
            },
          },
        ]
      : [];
  return [
    { id: 'township', header: '乡镇', sortValue: (t) => t.label, render: (t) => t.label },
    ...yearColumns,
    ...changeColumns,
  ];
}
