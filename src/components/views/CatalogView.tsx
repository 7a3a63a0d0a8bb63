// 指标一览 (issue 8): every metric of metric-catalog.csv, one group at a time
// (普法宣传, 干部学法, 法律服务, 矛盾纠纷, 信访, 政务服务, 组织推进 — whatever
// groups the catalog has). Each metric someone reports is drawn with the same
// chart, table, ≥/未报告 marks and quote buttons as 普法宣传 (OutreachMetric);
// a metric no selected report gives is one line, not an empty axis.
import { useMemo } from 'react';
import type { Dataset } from '../../data/types';
import { chooseGroup, compareGroup, hasReportedFigure, metricGroups } from '../../model/catalog';
import { listNames } from '../../model/comparability';
import { NOT_ENTERED, NOT_REPORTED } from '../../model/format';
import type { DashboardModel, MetricComparison } from '../../model/types';
import { GroupChooser } from '../controls/GroupChooser';
import { MarksLegend } from '../MarksLegend';
import { OutreachMetric } from './OutreachView';

export interface CatalogViewProps {
  model: DashboardModel;
  dataset: Dataset;
  group: string | null;
  onGroupChange: (group: string) => void;
}

export function CatalogView({ model, dataset, group, onGroupChange }: CatalogViewProps) {
  const groups = useMemo(() => metricGroups(dataset), [dataset]);
  const chosen = chooseGroup(groups, group);
  const comparisons = useMemo(
    () => (chosen ? compareGroup(dataset, model.selection, chosen) : []),
    [dataset, model.selection, chosen],
  );
  return (
    <section className="view" aria-labelledby="catalog-heading">
      <div className="view__intro">
        <h2 id="catalog-heading">指标一览{chosen ? `：${chosen.label}` : ''}</h2>
        <p>
          指标目录（metric-catalog.csv）中的全部{dataset.metricCatalog.length}项指标，按分组列出。百分比指标照录报告所述，不相加；
          同一乡镇报告中的各分项依次堆叠。
        </p>
        <GroupChooser groups={groups} current={chosen?.id ?? null} onChoose={onGroupChange} />
      </div>
      {comparisons.length === 0 ? <p className="placeholder">指标目录中没有指标。</p> : null}
      {comparisons.map((comparison) =>
        hasReportedFigure(comparison) ? (
          <div key={comparison.metric} className="catalog-metric" data-metric={comparison.metric}>
            {comparison.definition?.definition ? <p className="muted catalog-metric__definition">{comparison.definition.definition}</p> : null}
            <OutreachMetric comparison={comparison} />
          </div>
        ) : (
          <SilentMetric key={comparison.metric} comparison={comparison} />
        ),
      )}
      <MarksLegend />
    </section>
  );
}

/** A metric none of the selected reports gives: said in a line, with who has no report at all. */
function SilentMetric({ comparison }: { comparison: MetricComparison }) {
  const withReport = comparison.rows.filter((row) => row.report !== null);
  const withoutReport = comparison.rows.filter((row) => row.report === null);
  // 未报告 only for reports whose figures were all entered; the others are 未录入.
  const accounted = withReport.filter((row) => row.report !== null && row.report.figuresAccounted);
  const notEntered = withReport.filter((row) => row.report !== null && !row.report.figuresAccounted);
  const said =
    withReport.length === 0
      ? '所选范围内没有报告'
      : [
          accounted.length > 0 ? `${notEntered.length > 0 ? listNames(accounted.map((row) => row.label)) + '的' : '所选'}${accounted.length}份报告均未给出这一数字（${NOT_REPORTED}）` : '',
          notEntered.length > 0 ? `${listNames(notEntered.map((row) => row.label))}的报告中的数字尚未全部录入（${NOT_ENTERED}）` : '',
        ]
          .filter(Boolean)
          .join('；');
  const gap = withoutReport.length > 0 && withReport.length > 0 ? `；${listNames(withoutReport.map((row) => row.label))}尚无报告` : '';
  return (
    <div className="metric-silent" data-metric={comparison.metric}>
      <h3>
        {comparison.label}
        {comparison.unit ? `（${comparison.unit}）` : ''}
      </h3>
      <p>
        {said}
        {gap}。
      </p>
      {comparison.definition?.definition ? <p className="muted">{comparison.definition.definition}</p> : null}
    </div>
  );
}
