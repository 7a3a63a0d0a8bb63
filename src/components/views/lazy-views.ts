// 概览, 矛盾纠纷, 存在的问题 and 报告解析 as chunks of their own (issue 19: the initial JS
// and the JS a chart view loads have budgets; these views' chart builders and
// tables are not needed by 普法宣传, nor 概览's cards by any chart view). The
// 简报 imports the chart sections itself.
import { lazyComponent } from '../lazy-component';

export const LazyOverviewView = lazyComponent(() => import('./OverviewView').then((m) => m.OverviewView), 'overview');
export const LazyDisputesView = lazyComponent(() => import('./DisputesView').then((m) => m.DisputesView), 'disputes');
export const LazyShortcomingsView = lazyComponent(() => import('./ShortcomingsView').then((m) => m.ShortcomingsView), 'shortcomings');
export const LazyExtractView = lazyComponent(() => import('./ExtractView').then((m) => m.ExtractView), 'extract');
