// Public types of the chart stage (stage 3): pure functions model → ECharts option.
// Only types are imported from echarts here; the React layer registers the
// parts listed in echarts-parts.ts with echarts/core.

import type { EChartsOption } from 'echarts';
import type { FigureStatus, ProvenanceKey } from '../model/types';

export interface ChartBuildOptions {
  /** Chart width in CSS px, when known (print: ≈1047 for A4 landscape). Used for label fitting and axis ticks. */
  width?: number;
  /**
   * Print/PDF/screenshot: animation off, no hover-only hints, print row
   * height (PRINT_ROW_HEIGHT_PX) and, unless `maxRows` is given, as many rows
   * as keep `spec.height` ≤ PRINT_CHART_MAX_HEIGHT_PX (one A4 landscape page
   * with the card's text) and at most PRINT_MAX_ROWS (layout.ts).
   */
  forPrint?: boolean;
  /** Overrides the animation default (on for screen, off for print). */
  animation?: boolean;
  /**
   * Most rows drawn as categories; the rest are summarised in a note
   * ("其余N个乡镇见表格"). Default SCREEN_MAX_ROWS on screen; in print the
   * rows that fit the page (see `forPrint`). An explicit value is used as is.
   * Pass Infinity to draw all rows and scroll the container (height = chartHeightFor(n)).
   */
  maxRows?: number;
  /**
   * Draw the title and its notes inside the chart. Default true. Print and
   * export put the chart under a card heading, so they pass false or the
   * title prints twice; `spec.height` shrinks accordingly. Every note drawn
   * under the title is also in `spec.footnotes`, so nothing is lost: print
   * the footnotes under the chart. `spec.title` is still set (for the heading).
   */
  showTitle?: boolean;
}

/**
 * Every data item an option builder emits is an object of this shape, so an
 * ECharts click or tooltip handler can read `params.data.provenance` and open
 * the quote panel. ECharts keeps extra fields of data items untouched.
 */
export interface ChartDatum {
  /** What ECharts draws. For not-reported markers this is the axis origin, not a figure. */
  value: number | null | (number | string)[];
  status: FigureStatus;
  /** Keys of the MetricFigure/Shortcoming rows behind this item (empty for 未报告; the rejected rows for 数据有误). */
  provenance: ProvenanceKey[];
  /** Keys behind the whole row (e.g. all parts of a stacked total), when the item is one part of it. */
  rowProvenance?: ProvenanceKey[];
  /** SelectionRow.key (`${townshipId}:${year}`) of the category, when the item belongs to one. */
  rowKey?: string;
  /** Shortcoming category id, for matrix cells and ranking bars. */
  categoryId?: string;
}

/** What each builder returns: the option plus what the page around it needs. */
export interface ChartSpec {
  /** Stable id, e.g. "outreach:outreach_events", "disputes", "success-rate". */
  id: string;
  /** Chinese title (also set as option.title.text). */
  title: string;
  option: EChartsOption;
  /** Height in CSS px the container should have (chartHeightFor of the drawn rows). */
  height: number;
  /** Chinese footnotes: unit differences, ≥ and 未报告 meaning, rows left to the table. */
  footnotes: string[];
  /** Row keys drawn, in drawing order (top to bottom). */
  shownRowKeys: string[];
  /** Row keys not drawn because of maxRows (they are in the table). */
  omittedRowKeys: string[];
  /** Set when the drawn rows are the highest `top` and the lowest `bottom` that have a value. */
  ends?: { top: number; bottom: number };
  /** The chart's aria-label (EChart.tsx): a readable summary of every drawn value. */
  ariaDescription: string;
  /** Every provenance key behind the chart, for a print "sources" line. */
  sources: ProvenanceKey[];
  /**
   * Set when no row has a value to draw (all 未报告 / 数据有误, or no row at all):
   * the card shows this plain sentence instead of an empty 0–1 axis; the table
   * beside it still lists every row with its mark.
   */
  emptyMessage?: string;
}

/**
 * A chart's id, title and `sources` with every row drawn (maxRows: Infinity),
 * made without building its option: what the brief's endnotes cite.
 */
export type ChartCitation = Pick<ChartSpec, 'id' | 'title' | 'sources'>;
