// 普法宣传: events, people reached and materials, one chart per metric with
// each report's parts stacked, and beside each the table of the same numbers.
import { Fragment, useCallback, useMemo } from 'react';
import { hasDistribution, SCREEN_MAX_ROWS } from '../../charts/layout';
import { lazyComponent, PendingPart, usePartsLoaded, type LazyPart } from '../lazy-component';
import { buildOutreachChart } from '../../charts/outreach/outreach';
import type { ChartBuildOptions } from '../../charts/types';
import { loadModelTables } from './load-model-tables';
import type { DashboardModel, MetricComparison, MetricTotal, SelectionRow } from '../../model/types';
import { ChartCard } from '../ChartCard';
import { DataTable, type Column } from '../DataTable';
import { FigureButton } from '../FigureButton';
import { NoReportNote } from '../NoReportNote';
import { MarksLegend } from '../MarksLegend';
import { PartsList } from '../PartsList';
import { useChartClick } from '../use-chart-click';

// Drawn only when there are more townships than a chart shows (a prefecture, a
// province): the shipped data's views need none of its code (issue 19).
const DistributionCard = lazyComponent(() => import('./DistributionCard').then((m) => m.DistributionCard), 'distribution');

/** The lazy parts OutreachCharts draws for `model` (the 简报 waits for them with its own chunk). */
export function outreachParts(model: DashboardModel): LazyPart[] {
  return model.outreach.some(hasDistribution) ? [DistributionCard] : [];
}

/** Fetches the distribution card's chunk ahead, when `townships` are more than a chart draws. */
export function preloadOutreachParts(townshipCount: number): void {
  if (townshipCount > SCREEN_MAX_ROWS) void DistributionCard.preload().catch(() => undefined);
}

export function OutreachView({ model }: { model: DashboardModel }) {
  const parts = useMemo(() => outreachParts(model), [model]);
  const partsLoaded = usePartsLoaded(parts);
  return (
    <section className="view" aria-labelledby="outreach-heading">
      <div className="view__intro">
        <h2 id="outreach-heading">普法宣传</h2>
        <p>各乡镇报告所列的普法活动、受众和发放资料。同一乡镇报告中的各分项按报告原称依次堆叠；不同乡镇计数口径不同时，图下注明。</p>
      </div>
      <NoReportNote model={model} />
      {partsLoaded ? <OutreachCharts model={model} /> : <PendingPart name="outreach" />}
      <MarksLegend />
    </section>
  );
}

/** One chart card per outreach metric (also part of the 简报). */
export function OutreachCharts({ model }: { model: DashboardModel }) {
  return (
    <>
      {model.outreach.length === 0 ? <p className="placeholder">数据中没有普法宣传指标。</p> : null}
      {model.outreach.map((comparison) => (
        <Fragment key={comparison.metric}>
          <OutreachMetric comparison={comparison} noReport={model.noReport.rows} />
          {/* More rows than a chart draws (a prefecture, a province): the spread of all of them too. */}
          {hasDistribution(comparison) ? <DistributionCard comparison={comparison} /> : null}
        </Fragment>
      ))}
    </>
  );
}

interface Row {
  row: SelectionRow;
  total: MetricTotal;
}

/** One metric's chart and table; 指标一览 draws every catalog metric with it. */
export function OutreachMetric({ comparison, noReport = [] }: { comparison: MetricComparison; noReport?: readonly SelectionRow[] }) {
  const onItemClick = useChartClick();
  const build = useCallback((options: ChartBuildOptions) => buildOutreachChart(comparison, options), [comparison]);
  // The spreadsheet also names the townships without a report (无报告), once each.
  const csv = useCallback(
    async () => (await loadModelTables()).metricComparisonTable(comparison, comparison.rows, noReport),
    [comparison, noReport],
  );
  const rows = useMemo<Row[]>(
    () => comparison.rows.flatMap((row, i) => (comparison.totals[i] ? [{ row, total: comparison.totals[i]! }] : [])),
    [comparison],
  );
  const columns = useMemo<Column<Row>[]>(
    () => [
      { id: 'township', header: '乡镇', sortValue: (r) => r.row.label, render: (r) => r.row.label },
      {
        id: 'total',
        // A percent metric is one figure, never a sum of its parts.
        header: comparison.totals.some((t) => t.nonAdditive) ? '数值' : '合计',
        numeric: true,
        sortValue: (r) => r.total.figure.value,
        render: (r) => (
          <FigureButton
            figure={r.total.figure}
            unit={r.total.units.length > 0 ? r.total.units.join('/') : comparison.unit}
            keys={r.total.provenance}
            rowKey={r.row.key}
            context={`${r.row.label} ${comparison.label}`}
            {...(r.total.mixedUnits ? { flag: '单位不一' } : {})}
          />
        ),
      },
      {
        id: 'parts',
        header: '报告所列分项',
        sortValue: (r) => (r.total.parts.length > 0 ? r.total.parts.length : null),
        render: (r) => <PartsList parts={r.total.parts} rowKey={r.row.key} context={`${r.row.label} ${comparison.label}`} />,
      },
    ],
    [comparison],
  );
  return (
    <ChartCard
      build={build}
      csv={csv}
      onItemClick={onItemClick}
      table={
        <DataTable
          caption={`${comparison.label}（表）`}
          rows={rows}
          columns={columns}
          rowKey={(r) => r.row.key}
        />
      }
    />
  );
}
