// A chart (or a chunk of charts) not drawn yet, as an entry in the chart
// registry: "every chart drawn" stays false until it goes. Used while a card
// waits for its width (the ResizeObserver's first callback) and while a lazily
// loaded part of a view is fetched.
import { useId, useLayoutEffect } from 'react';
import type { ChartSpec } from '../charts/types';
import { registerChart, unregisterChart } from './chart-registry';

function pendingSpec(id: string, title: string): ChartSpec {
  return { id, title, option: {}, height: 0, footnotes: [], shownRowKeys: [], omittedRowKeys: [], ariaDescription: '', sources: [] };
}

/** Registers a pending chart for as long as it is mounted; renders nothing. */
export function PendingChart({ name }: { name: string }) {
  const id = `pending:${name}#${useId()}`;
  useLayoutEffect(() => {
    registerChart(id, pendingSpec(id, name));
    return () => unregisterChart(id);
  }, [id, name]);
  return null;
}
