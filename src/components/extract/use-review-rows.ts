// Holds the review state for the page: follows the drafts as the text
// changes (carrying the reviewer's work over, see review-state.ts) and
// offers the changes the tables make. Lives in the page, not in the
// workspace, so clearing the text box does not unmount and lose the work.

import { useState } from 'react';
import type { DraftRow } from '../../extract';
import { initialMetricRows, metricRowProblem, type Decision, type MetricRowState, type ShortcomingRowState } from '../../desk/draft-rows';
import { dropKeptAside, initialReview, reviewForDrafts, type Drafts, type ReviewState } from '../../desk/review-state';

export interface ReviewRows extends ReviewState {
  changeMetric: (key: string, change: Partial<MetricRowState>) => void;
  decideAllMetrics: (decision: Decision) => void;
  changeShortcoming: (key: string, change: Partial<ShortcomingRowState>) => void;
  dropKeptAside: () => void;
  /** A row for a figure the clerk placed by hand at the ledger: taken (采用) at once. */
  addMetric: (draft: DraftRow) => void;
  /** Rows the clerk placed by hand for this figure are removed; drafted ones go back to 待审核. */
  reopenFigure: (figureStart: number) => void;
}

/** A decision taken by the reviewer answers the 'reopened' flag. */
function withChange<Row extends { reopened?: boolean }>(row: Row, change: Partial<Row>): Row {
  return 'decision' in change ? { ...row, ...change, reopened: false } : { ...row, ...change };
}

export function useReviewRows(drafts: Drafts | null): ReviewRows {
  const [stored, setStored] = useState<ReviewState>(() => initialReview(drafts));
  let state = stored;
  if (stored.source !== drafts) {
    // New drafts (the text changed): adjust during render, as React advises
    // for state derived from a changed prop, so no frame shows stale rows.
    state = reviewForDrafts(stored, drafts);
    setStored(state);
  }

  return {
    ...state,
    changeMetric: (key, change) =>
      setStored((s) => ({ ...s, metricRows: s.metricRows.map((r) => (r.key === key ? withChange(r, change) : r)) })),
    // 全部采用 takes the rows that can be taken; a row with a problem stays as it is.
    decideAllMetrics: (decision) =>
      setStored((s) => ({
        ...s,
        metricRows: s.metricRows.map((r) => (decision === 'accepted' && metricRowProblem(r) !== null ? r : withChange(r, { decision }))),
      })),
    changeShortcoming: (key, change) =>
      setStored((s) => ({ ...s, shortcomingRows: s.shortcomingRows.map((r) => (r.key === key ? withChange(r, change) : r)) })),
    dropKeptAside: () => setStored(dropKeptAside),
    addMetric: (draft) =>
      setStored((s) => {
        const [row] = initialMetricRows([draft]);
        const key = `manual-${draft.figureStart}-${s.metricRows.length}`;
        return { ...s, metricRows: [...s.metricRows, { ...row!, key, decision: 'accepted', manual: true }] };
      }),
    reopenFigure: (figureStart) =>
      setStored((s) => ({
        ...s,
        metricRows: s.metricRows
          .filter((r) => !(r.manual && r.draft.figureStart === figureStart))
          .map((r) => (r.draft.figureStart === figureStart ? withChange(r, { decision: 'pending' }) : r)),
      })),
  };
}
