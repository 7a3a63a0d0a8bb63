// 指标一览 and 历年变化 as chunks of their own, fetched when the view opens.
import { lazyComponent } from '../lazy-component';

export const LazyCatalogView = lazyComponent(() => import('./CatalogView').then((m) => m.CatalogView), 'catalog');
export const LazyHistoryView = lazyComponent(() => import('./HistoryView').then((m) => m.HistoryView), 'history');
