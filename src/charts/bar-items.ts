// Data items shared by the grouped bar charts: a reported value with its
// bound drawn and labelled, or a deliberate 未报告 mark at the axis origin.

import { formatFigure } from '../model/format';
import type { Figure, ProvenanceKey } from '../model/types';
import { plainText } from './common';
import { lowerBoundDecal, ROLE_COLORS } from './palette';
import type { ChartDatum } from './types';

export type BarDatum = ChartDatum & { itemStyle?: object; label?: object };

/** White fill, dashed outline, hatching: how a lower bound (≥) looks in every chart. */
export function lowerBoundItemStyle(color: string): object {
  return {
    color: ROLE_COLORS.lowerBoundFill,
    borderColor: color,
    borderType: 'dashed',
    borderWidth: 1.5,
    decal: lowerBoundDecal(color),
  };
}

/**
 * A bar for a figure. Not reported → value 0 (the origin, not a figure) with
 * the label 未报告 in grey, so the row is visibly silent rather than missing.
 */
export function figureBarDatum(
  figure: Figure,
  unit: string,
  color: string,
  meta: { provenance: ProvenanceKey[]; rowKey: string },
  labelText?: string,
): BarDatum {
  if (figure.status === 'not_reported') {
    return {
      value: 0,
      status: 'not_reported',
      provenance: [],
      rowKey: meta.rowKey,
      label: { show: true, position: 'right', formatter: labelText ?? '未报告', color: ROLE_COLORS.notReported },
    };
  }
  return {
    value: figure.value,
    status: 'reported',
    provenance: meta.provenance,
    rowKey: meta.rowKey,
    ...(figure.bound === 'at_least' ? { itemStyle: lowerBoundItemStyle(color) } : {}),
    label: {
      show: true,
      position: 'right',
      formatter: labelText ?? plainText(formatFigure(figure, unit, { compact: true })),
      color: ROLE_COLORS.text,
    },
  };
}
