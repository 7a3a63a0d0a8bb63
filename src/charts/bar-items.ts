// Data items and styles shared by the bar charts: a reported value with its
// bound drawn and labelled, a deliberate 未报告 mark at the axis origin, the
// lower-bound look (white, dashed outline, hatching) and its legend key.

import type { BarSeriesOption } from 'echarts';
import { FIGURE_STATE_TEXT, figureErrors, hasDataError, openKeys } from '../model/figure-state';
import { formatFigure, NOT_REPORTED } from '../model/format';
import type { Figure, ProvenanceKey } from '../model/types';
import { plainText } from './common';
import { lowerBoundDecal, ROLE_COLORS } from './palette';
import type { ChartDatum } from './types';

export type BarDatum = ChartDatum & { itemStyle?: object; label?: object };

/** Legend entry of the lower-bound look, in every chart that draws one. */
export const LOWER_BOUND_LEGEND = '下限（≥，实际可能更多）';

/** White fill, dashed outline, hatching: how a lower bound (≥) looks in every chart. */
export function lowerBoundItemStyle(color: string) {
  return {
    color: ROLE_COLORS.lowerBoundFill,
    borderColor: color,
    borderType: 'dashed' as const,
    borderWidth: 1.5,
    decal: lowerBoundDecal(color),
  };
}

/**
 * A series with no data whose legend entry explains the lower-bound look.
 * `stack` keeps it from taking a bar slot beside the real bars.
 */
export function lowerBoundLegendSeries(color: string, stack: string): BarSeriesOption {
  return { type: 'bar', name: LOWER_BOUND_LEGEND, stack, data: [], itemStyle: lowerBoundItemStyle(color) };
}

/**
 * The 未报告 mark: value 0 is the axis origin, not a figure; the grey label
 * makes the row visibly silent rather than missing. No provenance: nothing
 * was reported, but the rowKey still lets a click open the report.
 */
export function notReportedDatum(rowKey: string, text: string = NOT_REPORTED): BarDatum {
  return {
    value: 0,
    status: 'not_reported',
    provenance: [],
    rowKey,
    label: { show: true, position: 'right', formatter: text, color: ROLE_COLORS.notReported },
  };
}

/**
 * The 数据有误 mark: like 未报告 at the axis origin, but in the error colour
 * and with the rejected rows as its provenance, so a click shows why and where.
 */
export function dataErrorDatum(rowKey: string, figure: Figure, text: string = FIGURE_STATE_TEXT.data_error): BarDatum {
  return {
    value: 0,
    status: 'data_error',
    provenance: figureErrors(figure).map((error) => error.key),
    rowKey,
    label: { show: true, position: 'right', formatter: text, color: ROLE_COLORS.dataError, fontWeight: 'bold' },
  };
}

/** Label colour of a value: the error colour when the total is incomplete. */
export function valueLabelColor(figure: Figure): string {
  return hasDataError(figure) ? ROLE_COLORS.dataError : ROLE_COLORS.text;
}

/** A bar for a figure, labelled "≥40起"; not reported → notReportedDatum; 数据有误 → dataErrorDatum. */
export function figureBarDatum(
  figure: Figure,
  unit: string,
  color: string,
  meta: { provenance: ProvenanceKey[]; rowKey: string },
  labelText?: string,
): BarDatum {
  if (figure.status === 'data_error') return dataErrorDatum(meta.rowKey, figure, labelText);
  if (figure.status !== 'reported') return notReportedDatum(meta.rowKey, labelText ?? FIGURE_STATE_TEXT[figure.status]);
  return {
    value: figure.value,
    status: 'reported',
    // An incomplete total opens its usable rows and the rows that could not be used.
    provenance: openKeys(meta.provenance, figure),
    rowKey: meta.rowKey,
    ...(figure.bound === 'at_least' ? { itemStyle: lowerBoundItemStyle(color) } : {}),
    label: {
      show: true,
      position: 'right',
      formatter: labelText ?? plainText(formatFigure(figure, unit, { compact: true })),
      color: valueLabelColor(figure),
    },
  };
}

/** Font size of names written inside bar segments. */
export const INSIDE_LABEL_FONT_PX = 11;
/** Horizontal padding of an inside label's box, each side. */
const INSIDE_LABEL_PAD_X = 4;

/** px a name needs inside a segment: its text, the box padding and a margin. */
export function insideLabelWidthPx(textWidth: number): number {
  return textWidth + 2 * INSIDE_LABEL_PAD_X + 6;
}

/**
 * A name written inside a bar segment. On a solid fill the text takes the
 * contrasting colour; over hatching it sits on its own white box with a thin
 * frame in the segment's colour, so the hatch never runs through the letters
 * while the segment around it still reads as hatched (≥).
 */
export function insideLabel(text: string, ground: { color: string; hatched: boolean; darkFill: boolean }): object {
  const base = { show: true, position: 'inside', formatter: text, fontSize: INSIDE_LABEL_FONT_PX };
  if (!ground.hatched) return { ...base, color: ground.darkFill ? '#FFFFFF' : ROLE_COLORS.text };
  return {
    ...base,
    color: ROLE_COLORS.text,
    backgroundColor: ROLE_COLORS.lowerBoundFill,
    borderColor: ground.color,
    borderWidth: 0.5,
    borderRadius: 2,
    padding: [2, INSIDE_LABEL_PAD_X],
  };
}
