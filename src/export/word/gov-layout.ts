// Page geometry and type sizes of a Chinese government document (GB/T 9704,
// 党政机关公文格式), in the units Word uses: twips (1/20 pt) for the page,
// half-points for font sizes. See README.md beside this file.

/** 1 mm in twips (1 in = 25.4 mm = 1440 twips). */
const TWIPS_PER_MM = 1440 / 25.4;
/** CSS px are 1/96 in. */
const PX_PER_MM = 96 / 25.4;

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** ISO 216 A4 in mm. */
export const A4_MM = { short: 210, long: 297 } as const;

/**
 * GB/T 9704 margins: 天头 37 mm, 订口 (left) 28 mm; the type area is 156 × 225 mm,
 * which leaves 35 mm at the foot and 26 mm on the right.
 */
export const MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;
/** The page number sits 7 mm under the type area (GB/T 9704 7.5); its line is about 5 mm high. */
export const FOOTER_DISTANCE_MM = MARGIN_MM.bottom - 7 - 5;
export const HEADER_DISTANCE_MM = 15;

export type PageOrientation = 'portrait' | 'landscape';

/** The type area (inside the margins) in mm; a landscape section keeps the same margins on the turned page. */
export function typeAreaMm(orientation: PageOrientation): { width: number; height: number } {
  const [width, height] = orientation === 'portrait' ? [A4_MM.short, A4_MM.long] : [A4_MM.long, A4_MM.short];
  return { width: width - MARGIN_MM.left - MARGIN_MM.right, height: height - MARGIN_MM.top - MARGIN_MM.bottom };
}

/** The type area in CSS px (floored): charts are drawn at this width, so their text prints at its drawn size. */
export function typeAreaPx(orientation: PageOrientation): { width: number; height: number } {
  const mm = typeAreaMm(orientation);
  return { width: Math.floor(mm.width * PX_PER_MM), height: Math.floor(mm.height * PX_PER_MM) };
}

/** Chinese font sizes (字号) in points. */
export const FONT_PT = {
  /** 二号: the title. */
  er: 22,
  /** 三号: body text and headings. */
  san: 16,
  /** 四号: page numbers, notes under a chart. */
  si: 14,
  /** 小四: table cells. */
  xiaoSi: 12,
} as const;

/** Half-points, the unit of w:sz. */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/**
 * Fixed line pitch of the body: 22 lines in the 225 mm type area ≈ 28.95 pt,
 * rounded to 29 pt ("固定值29磅"). Title lines are taller, notes and tables tighter.
 */
export const LINE_PT = { body: 29, title: 35, note: 22, table: 18 } as const;

/** Line spacing in twips (w:spacing w:line with lineRule exact). */
export function lineTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Two characters of body text: the first-line indent of a paragraph (首行缩进2字符). */
export const FIRST_LINE_INDENT_TWIPS = lineTwips(FONT_PT.san * 2);

/** Room on a page for a chart's heading (and a line of notes) above or below its picture, in CSS px. */
export const PICTURE_HEADING_ROOM_PX = 90;
/** Room for the heading and a few lines of notes and sources: what a chart is drawn to leave free. */
export const PICTURE_TEXT_ROOM_PX = 200;

/** Tallest picture shown on one page (taller ones are shrunk to it). */
export function maxPictureHeightPx(orientation: PageOrientation): number {
  return typeAreaPx(orientation).height - PICTURE_HEADING_ROOM_PX;
}
