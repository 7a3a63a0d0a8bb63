// 矛盾纠纷: disputes found and resolved per township, and the success rate
// (computed only from exact counts of one kind, else as the report states it,
// marked as which). A township that reports nothing shows 未报告.
import { useCallback, useMemo } from 'react';
import { buildDisputesChart } from '../../charts/disputes/disputes';
import { buildSuccessRateChart } from '../../charts/success-rate/success-rate';
import type { ChartBuildOptions } from '../../charts/types';
import { loadModelTables } from './load-model-tables';
import { RATE_NOT_COMPUTED_TEXT } from '../../model/disputes';
import { formatRate, RATE_KIND_LABEL } from '../../model/format';
import { successRateFigure } from '../../model/overview';
import type { DashboardModel, DisputeRow, MetricComparison, MetricTotal, RateFigure } from '../../model/types';
import { ChartCard } from '../ChartCard';
import { DataTable, type Column } from '../DataTable';
import { FigureButton } from '../FigureButton';
import { NoReportNote } from '../NoReportNote';
import { MarksLegend } from '../MarksLegend';
import { useChartClick } from '../use-chart-click';

export function DisputesView({ model }: { model: DashboardModel }) {
  return (
    <section className="view" aria-labelledby="disputes-heading">
      <div className="view__intro">
        <h2 id="disputes-heading">矛盾纠纷</h2>
        <p>{DISPUTES_INTRO}</p>
      </div>
      <NoReportNote model={model} />
      <DisputesCharts model={model} />
      <MarksLegend />
    </section>
  );
}

const DISPUTES_INTRO =
  '排查出的矛盾纠纷与化解数按件计；“矛盾纠纷排查次数”数的是排查行动，不是纠纷件数，单列在表中，不参与计算。' +
  '成功率仅在排查数与化解数均为确数、口径相同时计算，否则照录报告所述。';

/** The counts chart and the success-rate chart with their tables (also part of the 简报). */
export function DisputesCharts({ model }: { model: DashboardModel }) {
  const { disputes } = model;
  const onItemClick = useChartClick();
  const buildCounts = useCallback((options: ChartBuildOptions) => buildDisputesChart(disputes, options), [disputes]);
  const buildRates = useCallback((options: ChartBuildOptions) => buildSuccessRateChart(disputes, options), [disputes]);
  // One spreadsheet for both charts: counts, rate (computed or reported) and screening rounds side by side.
  const noReport = model.noReport.rows;
  const csv = useCallback(async () => (await loadModelTables()).disputesTable(disputes, noReport), [disputes, noReport]);
  const countColumns = useMemo(() => countTableColumns(disputes.found, disputes.resolved, disputes.screeningRounds), [disputes]);
  const rateColumns = useMemo(() => rateTableColumns(), []);

  return (
    <>
      <ChartCard
        build={buildCounts}
        csv={csv}
        onItemClick={onItemClick}
        table={<DataTable caption="排查与化解（表）" rows={disputes.rows} columns={countColumns} rowKey={(r) => r.row.key} />}
      />
      <ChartCard
        build={buildRates}
        csv={csv}
        onItemClick={onItemClick}
        table={<DataTable caption="调解成功率（表）" rows={disputes.rows} columns={rateColumns} rowKey={(r) => r.row.key} />}
      />
    </>
  );
}

function totalColumn(
  id: string,
  comparison: MetricComparison,
  pick: (row: DisputeRow) => MetricTotal,
  header = comparison.label,
): Column<DisputeRow> {
  return {
    id,
    header,
    numeric: true,
    sortValue: (r) => pick(r).figure.value,
    render: (r) => {
      const total = pick(r);
      return (
        <FigureButton
          figure={total.figure}
          unit={total.units.length > 0 ? total.units.join('/') : comparison.unit}
          keys={total.provenance}
          rowKey={r.row.key}
          context={`${r.row.label} ${header}`}
          {...(total.mixedUnits ? { flag: '单位不一' } : {})}
        />
      );
    },
  };
}

function countTableColumns(found: MetricComparison, resolved: MetricComparison, rounds: MetricComparison): Column<DisputeRow>[] {
  return [
    { id: 'township', header: '乡镇', sortValue: (r) => r.row.label, render: (r) => r.row.label },
    totalColumn('found', found, (r) => r.found, '排查出的纠纷'),
    totalColumn('resolved', resolved, (r) => r.resolved, '化解'),
    totalColumn('rounds', rounds, (r) => r.screeningRounds, '排查次数（非纠纷数）'),
  ];
}

function rateTableColumns(): Column<DisputeRow>[] {
  return [
    { id: 'township', header: '乡镇', sortValue: (r) => r.row.label, render: (r) => r.row.label },
    {
      id: 'rate',
      header: '成功率',
      numeric: true,
      sortValue: (r) => r.headlineRate?.value ?? null,
      render: (r) => <RateButton row={r} rate={r.headlineRate} />,
    },
    {
      id: 'kind',
      header: '来源',
      sortValue: (r) => (r.headlineRate ? RATE_KIND_LABEL[r.headlineRate.kind] : null),
      render: (r) => (r.headlineRate ? RATE_KIND_LABEL[r.headlineRate.kind] : '—'),
    },
    {
      id: 'other',
      header: '说明',
      sortValue: (r) => explain(r),
      render: (r) => explain(r) ?? '—',
    },
  ];
}

function RateButton({ row, rate }: { row: DisputeRow; rate: RateFigure | null }) {
  return (
    <FigureButton
      figure={successRateFigure(row)}
      unit="%"
      {...(rate ? { text: formatRate(rate) } : {})}
      keys={rate?.provenance ?? []}
      rowKey={row.row.key}
      context={`${row.row.label} 调解成功率`}
    />
  );
}

/** Why the shown rate is what it is: the other rate when both exist, or why none was computed. */
function explain(row: DisputeRow): string | null {
  const notes: string[] = [];
  if (row.computedRate && row.reportedRate) notes.push(`报告所述为${formatRate(row.reportedRate)}`);
  if (!row.computedRate && row.computedRateMissingReason) notes.push(RATE_NOT_COMPUTED_TEXT[row.computedRateMissingReason]);
  return notes.length > 0 ? notes.join('；') : null;
}
