// 矛盾纠纷 and 存在的问题 as chunks of their own (issue 19: the initial JS and
// the JS a chart view loads have budgets; these views' chart builders and
// tables are not needed by 概览 or 普法宣传). The 简报 imports them itself.
import { lazyComponent } from '../lazy-component';

export const LazyDisputesView = lazyComponent(() => import('./DisputesView').then((m) => m.DisputesView), 'disputes');
export const LazyShortcomingsView = lazyComponent(() => import('./ShortcomingsView').then((m) => m.ShortcomingsView), 'shortcomings');
