// The tables of each view, as the workbook (导出Excel) holds them: the same
// tables the view's 下载表格CSV buttons write, one sheet each, in page order.

import type { ViewId } from '../../app/views';
import { briefHistories } from '../../brief/histories';
import type { Dataset } from '../../data/types';
import { chooseGroup, compareGroup, hasReportedFigure, metricGroups } from '../../model/catalog';
import { buildHistories, historyHasFigure } from '../../model/history';
import type { DashboardModel } from '../../model/types';
import { hasDistribution } from '../../charts/layout';
import { distributionTable } from '../distribution-table';
import { historyTable } from '../history-table';
import {
  disputesTable,
  metricComparisonTable,
  overviewTable,
  shortcomingQuotesTable,
  shortcomingRankingTable,
} from '../model-tables';
import type { NamedTable } from './workbook';

/** Each metric's table, and after it its distribution's where the page draws one (a prefecture, a province). */
function outreachTables(model: DashboardModel): NamedTable[] {
  return model.outreach.flatMap((comparison) => [
    { name: comparison.label, table: metricComparisonTable(comparison, comparison.rows) },
    ...(hasDistribution(comparison) ? [{ name: `${comparison.label}：分布`, kind: '：分布', table: distributionTable(comparison) }] : []),
  ]);
}

function disputesTables(model: DashboardModel): NamedTable[] {
  return [{ name: '矛盾纠纷与调解成功率', table: disputesTable(model.disputes) }];
}

function shortcomingTables(model: DashboardModel): NamedTable[] {
  return [
    { name: '各类问题被提及情况', table: shortcomingRankingTable(model.shortcomings) },
    { name: '存在问题原文（乡镇×类别）', table: shortcomingQuotesTable(model.shortcomings) },
  ];
}

/** What the catalog-driven views need beyond the model: the data and the chosen catalog group. */
export interface ViewTableContext {
  dataset: Dataset;
  /** The group in the URL (null = the views' default group). */
  group: string | null;
}

function catalogTables(model: DashboardModel, context: ViewTableContext): NamedTable[] {
  const group = chooseGroup(metricGroups(context.dataset), context.group);
  if (!group) return [];
  return compareGroup(context.dataset, model.selection, group)
    .filter(hasReportedFigure)
    .map((comparison) => ({ name: comparison.label, table: metricComparisonTable(comparison, comparison.rows) }));
}

function historyTables(model: DashboardModel, context: ViewTableContext): NamedTable[] {
  const group = chooseGroup(metricGroups(context.dataset), context.group);
  if (!group) return [];
  const townshipIds = model.selection.townships.map((township) => township.id);
  return buildHistories(context.dataset, { townshipIds }, group.metricIds)
    .filter(historyHasFigure)
    .map((history) => ({ name: history.label, table: historyTable(history) }));
}

/** The brief's 历年变化 tables (the histories it shows, brief/histories.ts), named as their captions are. */
function briefHistoryTables(model: DashboardModel, context: ViewTableContext): NamedTable[] {
  return briefHistories(model, context.dataset).histories.map((history) => ({ name: `${history.label}历年数值`, kind: '历年数值', table: historyTable(history) }));
}

export function viewTables(view: ViewId, model: DashboardModel, context: ViewTableContext): NamedTable[] {
  switch (view) {
    case 'overview':
      return [{ name: '概览', table: overviewTable(model.overview) }];
    case 'outreach':
      return outreachTables(model);
    case 'disputes':
      return disputesTables(model);
    case 'shortcomings':
      return shortcomingTables(model);
    case 'catalog':
      return catalogTables(model, context);
    case 'history':
      return historyTables(model, context);
    case 'brief':
      // The brief shows the charts of the three comparison views with their tables, then its 历年变化.
      return [...outreachTables(model), ...disputesTables(model), ...shortcomingTables(model), ...briefHistoryTables(model, context)];
    case 'extract':
      return [];
  }
}
