// When the report's text changes, the drafts are made again from the new
// text. The reviewer's work must not vanish with the old drafts: a row whose
// figure is still drafted (the same quote, or the same place in the text)
// keeps the fields the reviewer changed and takes the rest from the new
// draft. Worked-on rows whose figure is gone are returned as `unmatched`, so
// the page can keep them aside and ask before letting them go.
// Plain TypeScript (no React).

import type { MetricRowState, ShortcomingRowState } from './draft-rows';

/** How rows of one table are recognised and merged across a change of text. */
interface CarrySpec<Row> {
  /** The reviewer changed a field or took a decision: worth carrying over. */
  touched: (row: Row) => boolean;
  /** The same words around the same figure, wherever they now stand. */
  sameQuote: (old: Row, fresh: Row) => boolean;
  /** The same place in the text, for text edited around or inside the figure. */
  samePlace: (old: Row, fresh: Row) => boolean;
  /** Among equal quotes, the nearest one is the same figure. */
  distance: (old: Row, fresh: Row) => number;
  merge: (old: Row, fresh: Row) => Row;
}

export interface CarryResult<Row> {
  rows: Row[];
  /** Worked-on rows whose figure is not in the new drafts. */
  unmatched: Row[];
}

/**
 * `fresh`: rows of the new drafts, untouched. `previous`: the rows shown
 * until now (offsets in the previous text). `keptAside`: worked-on rows of
 * older texts; matched by quote only, since their offsets are stale.
 */
function carry<Row extends { key: string }>(
  fresh: readonly Row[],
  previous: readonly Row[],
  keptAside: readonly Row[],
  spec: CarrySpec<Row>,
): CarryResult<Row> {
  const candidates = [...previous.filter(spec.touched).map((row) => ({ row, current: true })), ...keptAside.map((row) => ({ row, current: false }))];
  const taken = new Set<number>();
  const matchOf = new Map<number, Row>();

  const claim = (freshIndex: number, accepts: (old: Row, current: boolean) => boolean) => {
    const row = fresh[freshIndex]!;
    let best = -1;
    candidates.forEach((candidate, j) => {
      if (taken.has(j) || !accepts(candidate.row, candidate.current)) return;
      if (best === -1 || spec.distance(candidate.row, row) < spec.distance(candidates[best]!.row, row)) best = j;
    });
    if (best === -1) return;
    taken.add(best);
    matchOf.set(freshIndex, candidates[best]!.row);
  };
  // Quotes first: text typed before a figure moves it without changing its words.
  fresh.forEach((row, i) => claim(i, (old) => spec.sameQuote(old, row)));
  fresh.forEach((row, i) => {
    if (!matchOf.has(i)) claim(i, (old, current) => current && spec.samePlace(old, row));
  });

  // Carried rows keep their keys (React keeps their inputs). Every row kept
  // or kept aside may come back later, so a new row takes none of their keys.
  const used = new Set(candidates.map((c) => c.row.key));
  const rows = fresh.map((row, i) => {
    const old = matchOf.get(i);
    if (old) return spec.merge(old, row);
    let key = row.key;
    for (let n = 2; used.has(key); n++) key = `${row.key}~${n}`;
    used.add(key);
    return key === row.key ? row : { ...row, key };
  });
  return { rows, unmatched: candidates.filter((_, j) => !taken.has(j)).map((c) => c.row) };
}

/** The reviewer's value if they changed it, else the new draft's. */
function kept<T>(oldValue: T, oldDraftValue: T, freshValue: T): T {
  return oldValue !== oldDraftValue ? oldValue : freshValue;
}

function figureText(row: MetricRowState): string {
  const { quote, start, figureStart, figureEnd } = row.draft;
  return quote.slice(figureStart - start, figureEnd - start);
}

function textBeforeFigure(row: MetricRowState): string {
  return row.draft.quote.slice(0, row.draft.figureStart - row.draft.start);
}

export function metricRowTouched(row: MetricRowState): boolean {
  const { draft } = row;
  return (
    row.decision !== 'pending' ||
    row.metric !== draft.metric ||
    row.item !== draft.item ||
    row.valueText !== String(draft.value) ||
    row.unit !== draft.unit ||
    row.bound !== draft.bound ||
    row.note !== draft.note
  );
}

export function shortcomingRowTouched(row: ShortcomingRowState): boolean {
  return row.decision !== 'pending' || row.category !== row.draft.category;
}

/**
 * An accepted row stays accepted only if it still reads as the reviewer saw
 * it: otherwise the download would hold a row nobody checked, so it goes
 * back to pending and says why. A rejected figure stays rejected.
 */
function mergeMetricRow(old: MetricRowState, fresh: MetricRowState): MetricRowState {
  const merged: MetricRowState = {
    ...fresh,
    key: old.key,
    metric: kept(old.metric, old.draft.metric, fresh.metric),
    item: kept(old.item, old.draft.item, fresh.item),
    valueText: kept(old.valueText, String(old.draft.value), fresh.valueText),
    unit: kept(old.unit, old.draft.unit, fresh.unit),
    bound: kept(old.bound, old.draft.bound, fresh.bound),
    note: kept(old.note, old.draft.note, fresh.note),
  };
  const readsTheSame =
    merged.draft.quote === old.draft.quote &&
    merged.metric === old.metric &&
    merged.item === old.item &&
    merged.valueText === old.valueText &&
    merged.unit === old.unit &&
    merged.bound === old.bound &&
    merged.note === old.note;
  const reopened = old.decision === 'accepted' && !readsTheSame;
  return { ...merged, decision: reopened ? 'pending' : old.decision, reopened: reopened || (old.reopened === true && old.decision === 'pending') };
}

function mergeShortcomingRow(old: ShortcomingRowState, fresh: ShortcomingRowState): ShortcomingRowState {
  const category = kept(old.category, old.draft.category, fresh.category);
  const reopened = old.decision === 'accepted' && (fresh.draft.quote !== old.draft.quote || category !== old.category);
  return {
    ...fresh,
    key: old.key,
    category,
    decision: reopened ? 'pending' : old.decision,
    reopened: reopened || (old.reopened === true && old.decision === 'pending'),
  };
}

export function carryMetricRows(
  fresh: readonly MetricRowState[],
  previous: readonly MetricRowState[],
  keptAside: readonly MetricRowState[],
): CarryResult<MetricRowState> {
  return carry(fresh, previous, keptAside, {
    touched: metricRowTouched,
    sameQuote: (old, row) =>
      old.draft.quote === row.draft.quote && old.draft.figureStart - old.draft.start === row.draft.figureStart - row.draft.start,
    // The figure retyped in the same words (42起 → 4起 → 43起), or the words
    // after it edited: it starts at the same place, after the same words or as the same figure.
    samePlace: (old, row) =>
      old.draft.figureStart === row.draft.figureStart &&
      (figureText(old) === figureText(row) || textBeforeFigure(old) === textBeforeFigure(row)),
    distance: (old, row) => Math.abs(old.draft.figureStart - row.draft.figureStart),
    merge: mergeMetricRow,
  });
}

export function carryShortcomingRows(
  fresh: readonly ShortcomingRowState[],
  previous: readonly ShortcomingRowState[],
  keptAside: readonly ShortcomingRowState[],
): CarryResult<ShortcomingRowState> {
  return carry(fresh, previous, keptAside, {
    touched: shortcomingRowTouched,
    sameQuote: (old, row) => old.draft.quote === row.draft.quote,
    samePlace: (old, row) => old.draft.start === row.draft.start,
    distance: (old, row) => Math.abs(old.draft.start - row.draft.start),
    merge: mergeShortcomingRow,
  });
}
