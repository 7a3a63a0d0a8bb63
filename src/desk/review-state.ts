// The reviewer's working state over a report's drafts, and how it follows
// the text: every change of text makes new drafts, and the rows the reviewer
// worked on are carried over (review-carry.ts) or kept aside, never dropped
// without asking. Plain TypeScript (no React); use-review-rows.ts holds it.

import type { DraftShortcoming, MetricExtraction } from '../extract';
import { initialMetricRows, initialShortcomingRows, type MetricRowState, type ShortcomingRowState } from './draft-rows';
import { carryMetricRows, carryShortcomingRows } from './review-carry';

/** The drafts of one text. */
export interface Drafts {
  text: string;
  metrics: MetricExtraction;
  shortcomings: DraftShortcoming[];
}

export interface KeptAside {
  metricRows: MetricRowState[];
  shortcomingRows: ShortcomingRowState[];
}

export interface ReviewState {
  /** The drafts the rows were made from (null: no text yet, or the text was cleared). */
  source: Drafts | null;
  metricRows: MetricRowState[];
  shortcomingRows: ShortcomingRowState[];
  /** Rows the reviewer changed or decided whose figure the current text no longer has. */
  keptAside: KeptAside;
  /** The text before the change that first set rows aside: restoring it brings them back. */
  restoreText: string | null;
}

export function initialReview(drafts: Drafts | null): ReviewState {
  return {
    source: drafts,
    metricRows: drafts ? initialMetricRows(drafts.metrics.rows) : [],
    shortcomingRows: drafts ? initialShortcomingRows(drafts.shortcomings) : [],
    keptAside: { metricRows: [], shortcomingRows: [] },
    restoreText: null,
  };
}

export function keptAsideCount(state: ReviewState): number {
  return state.keptAside.metricRows.length + state.keptAside.shortcomingRows.length;
}

/** The state for new drafts (the text changed): work carried over, the rest kept aside. */
export function reviewForDrafts(state: ReviewState, drafts: Drafts | null): ReviewState {
  const fresh = initialReview(drafts);
  const metrics = carryMetricRows(fresh.metricRows, state.metricRows, state.keptAside.metricRows);
  const shortcomings = carryShortcomingRows(fresh.shortcomingRows, state.shortcomingRows, state.keptAside.shortcomingRows);
  const keptAside = { metricRows: metrics.unmatched, shortcomingRows: shortcomings.unmatched };
  const anyAside = keptAside.metricRows.length + keptAside.shortcomingRows.length > 0;
  // The first text that had them all: later changes keep pointing at it.
  const restoreText = !anyAside ? null : (state.restoreText ?? state.source?.text ?? null);
  return { source: drafts, metricRows: metrics.rows, shortcomingRows: shortcomings.rows, keptAside, restoreText };
}

/** The reviewer lets the kept-aside work go. */
export function dropKeptAside(state: ReviewState): ReviewState {
  return { ...state, keptAside: { metricRows: [], shortcomingRows: [] }, restoreText: null };
}
