// The 简报 view and the brief's code (src/brief) are their own chunk, fetched
// when the view opens: most visits never print a brief, and the JS a chart
// view loads has a budget (issue 3: 300 KB gzip).
//
// lazyComponent, not React.lazy: React 19 holds a Suspense boundary's content
// back for up to 300 ms after its fallback showed, which at prefecture scale
// was a fifth of the time to draw the brief (issue 19). The brief renders once
// its chunk and the lazy parts it will draw are all in, so its charts are
// drawn in one pass; until then a pending entry keeps "every chart drawn"
// false, so a print or a test never runs on the loading message.
import { useMemo } from 'react';
import { briefYear, hasReportBefore } from '../../brief/history-years';
import { lazyComponent, PendingPart, usePartsLoaded, type LazyPart } from '../lazy-component';
import type { BriefViewProps } from './BriefView';
import { briefHistoryCode, LazyBriefHistorySection } from './lazy-brief-parts';
import { outreachParts } from './OutreachView';

const BriefViewChunk = lazyComponent(() => import('./BriefView').then((m) => m.BriefView), 'brief');

export function LazyBriefView(props: BriefViewProps) {
  const { model, dataset } = props;
  const parts = useMemo<LazyPart[]>(
    () => [
      BriefViewChunk,
      ...outreachParts(model),
      ...(hasReportBefore(dataset, briefYear(model)) ? [briefHistoryCode, LazyBriefHistorySection] : []),
    ],
    [model, dataset],
  );
  if (!usePartsLoaded(parts)) return <PendingPart name="brief" text="正在加载简报……" />;
  return <BriefViewChunk {...props} />;
}
LazyBriefView.preload = BriefViewChunk.preload;
