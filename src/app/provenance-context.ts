// How any figure on the page opens its sources: a button or a chart click
// calls open({ keys, rowKey }) and the provenance panel shows the quotes, the
// report's title and year, and the report text with the quote highlighted.
import { createContext, useContext } from 'react';
import type { ProvenanceIndex, ProvenanceKey } from '../model/types';

export interface ProvenanceTarget {
  /** MetricFigure/Shortcoming rows behind the figure; empty for 未报告. */
  keys: readonly ProvenanceKey[];
  /** The selection row (`${townshipId}:${year}`), so 未报告 can still open that report. */
  rowKey?: string | null;
}

export interface ProvenanceActions {
  open(target: ProvenanceTarget): void;
}

export const ProvenanceContext = createContext<ProvenanceActions | null>(null);

export function useOpenProvenance(): (target: ProvenanceTarget) => void {
  const actions = useContext(ProvenanceContext);
  if (!actions) throw new Error('useOpenProvenance outside ProvenanceContext');
  return actions.open;
}

/**
 * The provenance index of the loaded data (null while loading), for the
 * printed sources line under each chart, chart exports and the brief's endnotes.
 */
export const ProvenanceIndexContext = createContext<ProvenanceIndex | null>(null);

export function useProvenanceIndex(): ProvenanceIndex | null {
  return useContext(ProvenanceIndexContext);
}
