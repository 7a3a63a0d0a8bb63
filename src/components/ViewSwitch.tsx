// Which view the tab panel shows. A new view is a case here and an entry in
// app/views.ts.
import { memo } from 'react';
import type { ViewId } from '../app/views';
import type { Dataset } from '../data/types';
import type { DashboardModel } from '../model/types';
import { OutreachView, preloadOutreachParts } from './views/OutreachView';
import { LazyDisputesView, LazyExtractView, LazyOverviewView, LazyShortcomingsView } from './views/lazy-views';
import { LazyBriefView } from './views/LazyBriefView';
import { briefHistoryCode, LazyBriefHistorySection } from './views/lazy-brief-parts';
import { LazyCatalogView, LazyHistoryView } from './views/lazy-year-views';

export interface ViewSwitchProps {
  view: ViewId;
  model: DashboardModel | null;
  /** The loaded data, for the extraction page's catalogue and categories (null while loading). */
  dataset: Dataset | null;
  /** Chosen matrix cell (`${rowKey}|${categoryId}`) and how to change it. */
  cell: string | null;
  onCellChange: (cell: string | null) => void;
  /** Metric group of 指标一览 / 历年变化 (URL `group`) and how to change it. */
  group?: string | null;
  onGroupChange?: (group: string) => void;
  /** The year 历年变化 states changes into: the chosen year, or the latest for 全部年份. */
  focusYear?: number | null;
}

/**
 * Memoised: the shell re-renders on every tick of the quote check (one per
 * report file: 1,500 at 300 townships × 5 years), and re-rendering a 简报 of
 * thousands of table rows on each tick kept the page busy for minutes (issue 8).
 * Every prop is stable between ticks (App memoises the model and callbacks).
 */
export const ViewSwitch = memo(function ViewSwitch({
  view,
  model,
  dataset,
  cell,
  onCellChange,
  group = null,
  onGroupChange = noop,
  focusYear = null,
}: ViewSwitchProps) {
  if (view === 'extract') {
    return dataset ? (
      <LazyExtractView
        metricCatalog={dataset.metricCatalog}
        categories={dataset.shortcomingCategories}
        townships={dataset.townships}
        reports={dataset.reports}
      />
    ) : (
      <LazyExtractView />
    );
  }
  if (!model) {
    return <p className="placeholder">请在上方“乡镇”中至少选择一个乡镇。</p>;
  }
  switch (view) {
    case 'overview':
      return <LazyOverviewView model={model} />;
    case 'outreach':
      return <OutreachView model={model} />;
    case 'disputes':
      return <LazyDisputesView model={model} />;
    case 'shortcomings':
      return <LazyShortcomingsView model={model} cell={cell} onCellChange={onCellChange} />;
    case 'catalog':
      return dataset ? <LazyCatalogView model={model} dataset={dataset} group={group} onGroupChange={onGroupChange} /> : null;
    case 'history':
      return dataset ? (
        <LazyHistoryView
          dataset={dataset}
          townshipIds={model.selection.townships.map((t) => t.id)}
          focusYear={focusYear}
          group={group}
          onGroupChange={onGroupChange}
        />
      ) : null;
    case 'brief':
      return <LazyBriefView model={model} dataset={dataset} cell={cell} onCellChange={onCellChange} />;
  }
});

function noop(): void {}

/**
 * Starts fetching the chunk of the view the page opens on, alongside the data
 * files: otherwise it would be requested only once the data is in (issue 19).
 */
export function preloadView(view: ViewId): void {
  const lazyView = {
    overview: LazyOverviewView,
    disputes: LazyDisputesView,
    shortcomings: LazyShortcomingsView,
    catalog: LazyCatalogView,
    history: LazyHistoryView,
    brief: LazyBriefView,
    extract: LazyExtractView,
    outreach: null,
  }[view];
  void lazyView?.preload().catch(() => undefined);
}

/**
 * Once the data is in, starts fetching the lazy parts the view will draw with
 * it (a distribution beside each chart, the 简报's 历年变化), while the model
 * is built: the view then waits for nothing when it renders.
 */
export function preloadViewParts(view: ViewId, dataset: Dataset): void {
  if (view !== 'outreach' && view !== 'brief') return;
  preloadOutreachParts(dataset.townships.length);
  if (view === 'brief' && new Set(dataset.reports.map((report) => report.year)).size > 1) {
    for (const part of [briefHistoryCode, LazyBriefHistorySection]) void part.preload().catch(() => undefined);
  }
}
