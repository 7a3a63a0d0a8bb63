// A chart item click opens the provenance panel for that item's rows; an item
// without rows (未报告) opens the report of its township and year.
import { useCallback } from 'react';
import type { ChartDatum } from '../charts/types';
import { useOpenProvenance } from '../app/provenance-context';

export function useChartClick(): (datum: ChartDatum) => void {
  const open = useOpenProvenance();
  return useCallback(
    (datum: ChartDatum) => {
      if (datum.provenance.length === 0 && !datum.rowKey) return;
      open({ keys: datum.provenance, rowKey: datum.rowKey ?? null });
    },
    [open],
  );
}
