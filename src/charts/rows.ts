// Row ordering, the choice of rows drawn, and the "rest is in the table"
// note, shared by the row charts.

import { listNames } from '../model/comparability';
import { DATA_ERROR } from '../model/figure-state';
import type { Figure, SelectionRow } from '../model/types';
import { chartHeader } from './common';
import { renderOmitted } from '../brief/claims/render';
import { limitRows, maxRowsFor, PRINT_CHART_MAX_HEIGHT_PX } from './layout';
import type { ChartBuildOptions, ChartSpec } from './types';

/**
 * Reported rows by value, highest first (ties keep selection order), then the
 * not-reported rows in selection order: they stay in the chart, at the end.
 */
export function sortByFigure<T>(items: readonly T[], figureOf: (item: T) => Figure): T[] {
  return items
    .map((item, index) => ({ item, index, figure: figureOf(item) }))
    .sort((a, b) => {
      const av = a.figure.value;
      const bv = b.figure.value;
      if (av === null && bv === null) return a.index - b.index;
      if (av === null) return 1;
      if (bv === null) return -1;
      return bv - av || a.index - b.index;
    })
    .map((entry) => entry.item);
}

export function spansSeveralYears(rows: readonly Pick<SelectionRow, 'year'>[]): boolean {
  return new Set(rows.map((r) => r.year)).size > 1;
}

export interface RowChoiceInput<T> {
  options: ChartBuildOptions;
  title: string;
  /** Subtitle notes that do not depend on the rows drawn. */
  notes: readonly string[];
  /** Rows counted as 未报告 in the "其余N个…（其中M个未报告）" note: silent reports only (not 未录入, 数据有误 or 无报告). */
  isNotReported: (item: T) => boolean;
  severalYears: boolean;
  /** The chart's height for `rowCount` drawn rows and `noteLines` header lines (ChartHeader.extraLines). */
  heightFor: (rowCount: number, noteLines: number) => number;
  /**
   * Above the cap, draw the highest and the lowest reported rows (`sorted` is
   * highest first, 未报告 last) instead of only the first ones (issue 19): with
   * hundreds of townships the reader sees both ends; the middle and every
   * 未报告 row are in the table and counted in the rest note.
   */
  topAndBottom?: boolean;
  /** With topAndBottom: the rows that have a value to rank (else: not isNotReported). */
  hasValue?: (item: T) => boolean;
  /**
   * How `sorted` is ordered ("图中按…从高到低排列（“≥”按所报数值，无数值的在后）"):
   * said when the rows drawn are the first ones and others are left to the table,
   * so the reader knows which were drawn. The brief's claim checker checks that no
   * row left out ranks above a row drawn (check-charts.ts); the order itself is
   * unit-tested per chart.
   */
  order?: string;
}

export interface RowChoice<T> {
  shown: T[];
  omitted: T[];
  /** "其余N个乡镇见表格…" when rows are omitted. */
  restNote: string | null;
  /** The input's `order`, when rows are omitted and the rows drawn are the first ones (not both ends). */
  orderNote: string | null;
  /** Set when the rows drawn are both ends of the ranking (topAndBottomRows). */
  ends?: { top: number; bottom: number };
  /** `notes` plus the order and rest notes: the subtitle. */
  notes: string[];
  height: number;
}

/**
 * Rows drawn (the first of `sorted`) and rows left to the table. On screen, or
 * with an explicit maxRows, that cap; in print, also no more than fit
 * PRINT_CHART_MAX_HEIGHT_PX, counting the subtitle that the rest note lengthens.
 */
export function chooseRows<T>(sorted: readonly T[], input: RowChoiceInput<T>): RowChoice<T> {
  const { options } = input;
  const fitToPage = options.forPrint === true && options.maxRows === undefined;
  let cap = maxRowsFor(options);
  for (;;) {
    const hasValue = input.hasValue ?? ((item: T) => !input.isNotReported(item));
    const ends = input.topAndBottom ? topAndBottomRows(sorted, cap, hasValue) : null;
    const { shown, omitted } = ends ?? limitRows(sorted, cap);
    // One sentence, written where every brief claim is (brief/claims/render.ts), so the subtitle,
    // the footnotes, the aria text and the checked claim (brief/chart-claims.ts) all say the same.
    const restNote = renderOmitted({
      omitted,
      notReported: omitted.filter(input.isNotReported).length,
      counting: input.severalYears ? 'reports' : 'townships',
      ...(ends ? { ends: { top: ends.top, bottom: ends.bottom } } : {}),
    });
    const orderNote = restNote !== null && !ends && input.order !== undefined ? input.order : null;
    const notes = [...input.notes, ...(orderNote ? [orderNote] : []), ...(restNote ? [restNote] : [])];
    const height = input.heightFor(shown.length, chartHeader(input.title, notes, options).extraLines);
    if (!fitToPage || height <= PRINT_CHART_MAX_HEIGHT_PX || shown.length <= 1) {
      return { shown, omitted, restNote, orderNote, notes, height, ...(ends ? { ends: { top: ends.top, bottom: ends.bottom } } : {}) };
    }
    cap = shown.length - 1;
  }
}

/**
 * The first ⌈cap/2⌉ and the last ⌊cap/2⌋ rows that have a value, when there
 * are more rows than the cap; null when everything fits (or too few rows have
 * a value to leave a gap). Order of `shown`: top rows, then bottom rows, as sorted.
 */
export function topAndBottomRows<T>(
  sorted: readonly T[],
  cap: number,
  hasValue: (item: T) => boolean,
): { shown: T[]; omitted: T[]; top: number; bottom: number } | null {
  if (sorted.length <= cap) return null;
  const valued = sorted.filter(hasValue);
  const topCount = Math.ceil(cap / 2);
  const bottomCount = cap - topCount;
  if (valued.length <= cap || bottomCount === 0) return null;
  const shown = [...valued.slice(0, topCount), ...valued.slice(valued.length - bottomCount)];
  const drawn = new Set(shown);
  return { shown, omitted: sorted.filter((item) => !drawn.has(item)), top: topCount, bottom: bottomCount };
}

/** A row chart's spec: height and the rows drawn and left out come from the row choice. */
export function rowChartSpec<T>(
  choice: RowChoice<T>,
  rowKeyOf: (item: T) => string,
  spec: Omit<ChartSpec, 'height' | 'shownRowKeys' | 'omittedRowKeys'>,
): ChartSpec {
  return {
    ...spec,
    height: choice.height,
    shownRowKeys: choice.shown.map(rowKeyOf),
    omittedRowKeys: choice.omitted.map(rowKeyOf),
    ...(choice.ends ? { ends: choice.ends } : {}),
  };
}

/**
 * The rows drawn that a footnote is about ("甲乡、乙乡等12个乡镇"). When some
 * rows are left to the table, the footnote is about the chart's rows only, so
 * it says "图中…": "等12个乡镇" must not read as a count of all of them.
 */
export function drawnNames(labels: readonly string[], noun: string, someLeftOut: boolean): string {
  return `${someLeftOut ? '图中' : ''}${listNames(labels, noun)}`;
}

/**
 * The `note` column of the figures, one footnote per distinct note naming the
 * rows drawn it applies to ("海子沟乡：按“册”计。", "甲乡、乙乡等12个乡镇：按“册”计。").
 */
export function groupedNotes(entries: readonly { label: string; notes: readonly string[] }[], noun: string, someLeftOut: boolean): string[] {
  const labelsByNote = new Map<string, string[]>();
  for (const entry of entries) {
    for (const note of entry.notes) {
      const labels = labelsByNote.get(note);
      if (labels) labels.push(entry.label);
      else labelsByNote.set(note, [entry.label]);
    }
  }
  return [...labelsByNote].map(([note, labels]) => `${drawnNames(labels, noun, someLeftOut)}：${note}`);
}

/**
 * The sentence shown instead of a chart when no row has a value: a chart of
 * 未报告 marks on an empty 0–1 axis would look like a chart of zeros.
 * Null when some row has a value to draw.
 */
export function emptyChartMessage(what: string, figures: readonly Figure[]): string | null {
  if (figures.some((figure) => figure.status === 'reported')) return null;
  if (figures.length === 0) return `${what}：所选范围内没有可比较的报告。`;
  const errors = figures.filter((figure) => figure.status === 'data_error').length;
  const silent = figures.length - errors;
  const parts: string[] = [];
  if (silent > 0) parts.push(`${silent === figures.length ? '所选报告均' : `${silent}份报告`}未报告`);
  if (errors > 0) parts.push(`${errors}项${DATA_ERROR}（见表，点击可查看原因）`);
  return `${what}：没有可画出的数字——${parts.join('，')}。`;
}

/** The order note and the rest note, for footnotes (empty without a rest note). */
export function restNotes(choice: Pick<RowChoice<unknown>, 'orderNote' | 'restNote'>): string[] {
  if (choice.restNote === null) return [];
  return choice.orderNote ? [choice.orderNote, choice.restNote] : [choice.restNote];
}

/** The order note and the rest note as one sentence ("图中按…排列；其余N个乡镇见表格"), for footnotes and aria text; null without a rest note. */
export function joinedRestNote(choice: Pick<RowChoice<unknown>, 'orderNote' | 'restNote'>): string | null {
  if (choice.restNote === null) return null;
  return choice.orderNote ? `${choice.orderNote}；${choice.restNote}` : choice.restNote;
}
