// 概览: one card per township (and year) with its headline figures. Every
// figure is a button that opens its quote; 未报告 opens the report itself.
// Above CARDS_UNGROUPED_UP_TO cards (a prefecture, a province: issue 19) the
// cards are grouped by county, each county a closed disclosure that draws its
// cards when opened: thousands of cards at once are neither readable nor fast.
import { useCallback, useMemo, useState } from 'react';
import { groupByCounty, type CountyGroup } from '../../model/selection';
import { loadModelTables } from './load-model-tables';
import { DATA_ERROR, formatRate } from '../../model/format';
import { useOpenProvenance } from '../../app/provenance-context';
import type { DashboardModel, OverviewCard, OverviewFigure } from '../../model/types';
import { FigureButton } from '../FigureButton';
import { NoReportNote } from '../NoReportNote';
import { MarksLegend } from '../MarksLegend';
import { TableCsvButton } from '../TableCsvButton';

const RATE_KIND_SHORT = { computed: '计算值', reported: '报告所述' } as const;

export function OverviewView({ model }: { model: DashboardModel }) {
  const { overview, selection, compared } = model;
  const withReport = compared.rows.filter((row) => row.report !== null).length;
  const csv = useCallback(async () => (await loadModelTables()).overviewTable(overview, model.noReport.rows), [overview, model]);
  return (
    <section className="view" aria-labelledby="overview-heading">
      <div className="view__intro">
        <h2 id="overview-heading">概览</h2>
        <p>
          所选{selection.rows.length}个{selection.years.length > 1 ? '乡镇年度' : '乡镇'}中，{withReport}份报告在数据中。
          成功率为“计算值”时按化解数÷排查数计算，为“报告所述”时照录报告。
        </p>
        <TableCsvButton name="概览：各乡镇主要数字" table={csv} />
      </div>
      <NoReportNote model={model} />
      {overview.length > CARDS_UNGROUPED_UP_TO ? (
        <CountyGroups overview={overview} />
      ) : (
        <div className="cards">
          {overview.map((card) => (
            <OverviewCardView key={card.row.key} card={card} />
          ))}
        </div>
      )}
      <MarksLegend />
    </section>
  );
}

/** Up to this many cards the overview shows them all; more are grouped by county. */
export const CARDS_UNGROUPED_UP_TO = 60;

function CountyGroups({ overview }: { overview: readonly OverviewCard[] }) {
  const groups = useMemo(() => groupByCounty(overview, (card) => card.row.township), [overview]);
  return (
    <>
      <p className="muted">共{overview.length}张卡片，按所属县（区）分组；点击县名展开。</p>
      <div className="county-groups">
        {groups.map((group) => (
          <CountyCards key={group.key} group={group} />
        ))}
      </div>
    </>
  );
}

function CountyCards({ group }: { group: CountyGroup<OverviewCard> }) {
  // Cards are drawn only once the county is opened (and kept after).
  const [opened, setOpened] = useState(false);
  const reports = group.items.filter((card) => card.row.report !== null).length;
  return (
    <details className="county-group" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className="county-group__summary">
        <span className="county-group__name">{group.label}</span>
        <span className="county-group__count">
          {group.items.length}张卡片 · {reports}份报告
        </span>
      </summary>
      {opened ? (
        <div className="cards">
          {group.items.map((card) => (
            <OverviewCardView key={card.row.key} card={card} />
          ))}
        </div>
      ) : null}
    </details>
  );
}

function OverviewCardView({ card }: { card: OverviewCard }) {
  const { row } = card;
  const headingId = `card-${row.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <article className="card" aria-labelledby={headingId} data-row-key={row.key}>
      <h3 id={headingId} className="card__title">
        {row.label}
      </h3>
      <p className="card__meta">
        {row.township.county}
        {row.report ? ` · 《${row.report.title}》` : ' · 数据中没有这份报告'}
      </p>
      <dl className="card__figures">
        {card.figures.map((figure) => (
          <div key={figure.id} className="card__figure">
            <dt>{figure.label}</dt>
            <dd>
              <FigureButton
                figure={figure.figure}
                unit={figure.unit}
                keys={figure.provenance}
                rowKey={row.key}
                context={`${row.label} ${figure.label}`}
                {...textOf(figure)}
                {...flagOf(figure)}
              />
            </dd>
          </div>
        ))}
      </dl>
      {card.unplacedErrors ? <UnplacedErrors card={card} /> : null}
    </article>
  );
}

/** Rates read the same as in the disputes view (one decimal, floored for a lower bound). */
function textOf(figure: OverviewFigure): { text?: string } {
  if (figure.id !== 'success_rate' || figure.figure.status !== 'reported') return {};
  return { text: formatRate({ value: figure.figure.value, bound: figure.figure.bound }) };
}

function flagOf(figure: OverviewFigure): { flag?: string } {
  if (figure.rateKind) return { flag: RATE_KIND_SHORT[figure.rateKind] };
  if (figure.mixedUnits) return { flag: '单位不一' };
  return {};
}

/** Rows of this report that could not be used and belong to no figure above (unknown metric id). */
function UnplacedErrors({ card }: { card: OverviewCard }) {
  const open = useOpenProvenance();
  const errors = card.unplacedErrors ?? [];
  return (
    <p className="card__errors">
      <button
        type="button"
        className="figure figure--data-error"
        onClick={() => open({ keys: errors.map((e) => e.key), rowKey: card.row.key })}
      >
        另有{errors.length}行{DATA_ERROR}
      </button>
      （指标编号不在指标目录中，无法归入上面的数字）
    </p>
  );
}
