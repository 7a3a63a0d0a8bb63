// Which view the tab panel shows. A new view is a case here and an entry in
// app/views.ts.
import type { ViewId } from '../app/views';
import type { Dataset } from '../data/types';
import type { DashboardModel } from '../model/types';
import { ExtractView } from './views/ExtractView';
import { OverviewView } from './views/OverviewView';
import { OutreachView } from './views/OutreachView';
import { DisputesView } from './views/DisputesView';
import { ShortcomingsView } from './views/ShortcomingsView';
import { LazyBriefView } from './views/LazyBriefView';

export interface ViewSwitchProps {
  view: ViewId;
  model: DashboardModel | null;
  /** The loaded data, for the extraction page's catalogue and categories (null while loading). */
  dataset: Dataset | null;
  /** Chosen matrix cell (`${rowKey}|${categoryId}`) and how to change it. */
  cell: string | null;
  onCellChange: (cell: string | null) => void;
}

export function ViewSwitch({ view, model, dataset, cell, onCellChange }: ViewSwitchProps) {
  if (view === 'extract') {
    return dataset ? (
      <ExtractView
        metricCatalog={dataset.metricCatalog}
        categories={dataset.shortcomingCategories}
        townships={dataset.townships}
        reports={dataset.reports}
      />
    ) : (
      <ExtractView />
    );
  }
  if (!model) {
    return <p className="placeholder">请在上方“乡镇”中至少选择一个乡镇。</p>;
  }
  switch (view) {
    case 'overview':
      return <OverviewView model={model} />;
    case 'outreach':
      return <OutreachView model={model} />;
    case 'disputes':
      return <DisputesView model={model} />;
    case 'shortcomings':
      return <ShortcomingsView model={model} cell={cell} onCellChange={onCellChange} />;
    case 'brief':
      return <LazyBriefView model={model} cell={cell} onCellChange={onCellChange} />;
  }
}
