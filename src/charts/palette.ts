// One palette for every chart: Okabe–Ito (Okabe & Ito 2008, "Color Universal
// Design"), distinguishable with the common colour-vision deficiencies, plus
// decal patterns so series stay apart on a black-and-white printout.

import type { EChartsOption } from 'echarts';

// echarts does not export DecalObject by name; take it from the aria option.
type AriaDecals = NonNullable<NonNullable<NonNullable<EChartsOption['aria']>['decal']>['decals']>;
export type DecalObject = Exclude<AriaDecals, readonly unknown[]>;

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Series colours in order of use; yellow last (weak on white paper). */
export const SERIES_COLORS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
  OKABE_ITO.yellow,
];

/** Role colours shared by the charts. */
export const ROLE_COLORS = {
  /** Stacked parts of an outreach metric alternate between these two tones. */
  partA: OKABE_ITO.blue,
  partB: OKABE_ITO.skyBlue,
  found: OKABE_ITO.orange,
  resolved: OKABE_ITO.blue,
  computedRate: OKABE_ITO.bluishGreen,
  reportedRate: OKABE_ITO.vermillion,
  matrixCell: OKABE_ITO.blue,
  ranking: OKABE_ITO.reddishPurple,
  /** 未报告 marks and their text: a neutral grey with 4.6:1 contrast on white. */
  notReported: '#707070',
  /** 数据有误 marks and the "另有N项数据有误" of an incomplete total: a dark red, 6:1 on white. */
  dataError: '#B3261E',
  /** Fill of a lower-bound (≥) segment: white, so the dashed outline reads as "open". */
  lowerBoundFill: '#FFFFFF',
  text: '#1F1F1F',
  mutedText: '#555555',
  gridLine: '#E0E0E0',
} as const;

/** Decal per series index (common.ts withSeriesDecals), told apart in grey print. */
export const SERIES_DECALS: DecalObject[] = [
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [4, 3], rotation: 0 },
  { symbol: 'circle', symbolSize: 0.6, dashArrayX: [[6, 6], [0, 6, 6, 0]], dashArrayY: [6, 0] },
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4 },
  { symbol: 'rect', dashArrayX: [[4, 4], [0, 4, 4, 0]], dashArrayY: [4, 0] },
  { symbol: 'triangle', symbolSize: 0.7, dashArrayX: [[6, 6], [0, 6, 6, 0]], dashArrayY: [6, 0] },
];

/** Hatching of a lower-bound (≥) segment: diagonal lines over a white fill. */
export function lowerBoundDecal(color: string): DecalObject {
  return {
    color,
    backgroundColor: ROLE_COLORS.lowerBoundFill,
    symbol: 'rect',
    dashArrayX: [1, 0],
    dashArrayY: [2, 5],
    rotation: -Math.PI / 4,
  };
}

/**
 * A series drawn solid, without the palette's stripes: where hatching means
 * something (≥, "reported" rates), the other bars are plain fills. A marker
 * for withSeriesDecals (common.ts), which leaves such a series without decal.
 */
export const SOLID_DECAL: DecalObject = { symbol: 'none' };
