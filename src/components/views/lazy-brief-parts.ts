// The 简报's 历年变化 section, and the code that finds what changed since the
// year before, are chunks of their own: a single year's brief (the shipped
// data) never loads them (issue 19: the chart view's JS budget). Defined
// outside BriefView so LazyBriefView can fetch them beside the brief's chunk.
import { lazyComponent, lazyModule } from '../lazy-component';

export const briefHistoryCode = lazyModule(() => import('../../brief/histories'));

export const LazyBriefHistorySection = lazyComponent(
  () => import('./BriefHistorySection').then((m) => m.BriefHistorySection),
  'brief-history',
);
