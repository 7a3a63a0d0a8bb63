// Parts shared by every option builder: palette, animation, the title
// with its notes (wrapped to the width, or left out for print), the key and
// the room it needs, the grid, richText tooltips, decals. Keeping them here makes the
// requirements (decals on, no HTML tooltip) hold for every chart by construction. The
// aria description is the spec's (ariaDescription): EChart.tsx sets it on the chart,
// so ECharts' aria component (and its per-bar decals) is not loaded at all.

import type { BarSeriesOption, EChartsOption } from 'echarts';
import { ROLE_COLORS, SERIES_COLORS, SERIES_DECALS, SOLID_DECAL } from './palette';
import { charsPerLine, DEFAULT_WIDTH_PX, NOTE_LINE_PX, textWidthPx, TITLE_PX, wrapText } from './layout';
import type { ChartBuildOptions } from './types';

/**
 * Fonts already on the machine (no web font may be fetched): Windows, macOS, Debian/Noto.
 * Single quotes only: the SVG renderer writes this into a double-quoted style
 * attribute unescaped, and a double quote there breaks an exported SVG.
 */
export const FONT_FAMILY =
  "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

export interface BaseOptionInput {
  title: string;
  /** Notes shown under the title (unit differences …), one sentence each; every one is also a footnote. */
  notes: readonly string[];
  options: ChartBuildOptions;
}

export interface BaseOptionResult {
  option: EChartsOption;
  /** Header lines beyond the title's first (wrapped notes, a wrapped title; 0 without a title), for the height. */
  noteLines: number;
  /** px from the top where the plot may start. */
  top: number;
}

export function chartWidth(options: ChartBuildOptions): number {
  return options.width && options.width > 0 ? options.width : DEFAULT_WIDTH_PX;
}

/**
 * Off unless asked for: the grow-in animation kept a province's 简报 busy for
 * seconds of CPU after its data was in, on office PCs that have little to
 * spare, and a chart is read in its final state anyway (issue 19).
 */
export function animationFor(options: ChartBuildOptions): boolean {
  return options.animation ?? false;
}

export function showsTitle(options: ChartBuildOptions): boolean {
  return options.showTitle !== false;
}

const TITLE_FONT_PX = 15;
const TITLE_LINE_PX = 20;
/** Top padding of the plot without a title: room for half a label above the first row. */
const UNTITLED_TOP_PX = 8;

export interface ChartHeader {
  /** The title as drawn, wrapped so a phone-width chart does not cut it off. */
  titleLines: string[];
  /** The notes under it, each hard-wrapped to the chart width. */
  noteLines: string[];
  /** Height of the header beyond one title line, in NOTE_LINE_PX lines (what chartHeightFor adds). */
  extraLines: number;
}

/** Title and notes as drawn; nothing without a title (`showTitle: false`). */
export function chartHeader(title: string, notes: readonly string[], options: ChartBuildOptions): ChartHeader {
  if (!showsTitle(options)) return { titleLines: [], noteLines: [], extraLines: 0 };
  const inner = chartWidth(options) - 24;
  const titleLines = wrapText(title, Math.max(4, Math.floor(inner / TITLE_FONT_PX)));
  const noteLines = notes.flatMap((note) => wrapText(note, charsPerLine(inner)));
  const extraTitlePx = (titleLines.length - 1) * TITLE_LINE_PX;
  return { titleLines, noteLines, extraLines: noteLines.length + Math.ceil(extraTitlePx / NOTE_LINE_PX) };
}

export function baseOption(input: BaseOptionInput): BaseOptionResult {
  const header = chartHeader(input.title, input.notes, input.options);
  const titled = showsTitle(input.options);
  const option: EChartsOption = {
    animation: animationFor(input.options),
    color: [...SERIES_COLORS],
    textStyle: { fontFamily: FONT_FAMILY, color: ROLE_COLORS.text },
    ...(titled
      ? {
          title: {
            text: header.titleLines.map(plainText).join('\n'),
            subtext: header.noteLines.join('\n'),
            left: 8,
            top: 4,
            textStyle: { fontSize: TITLE_FONT_PX, lineHeight: TITLE_LINE_PX, fontWeight: 'bold', color: ROLE_COLORS.text },
            subtextStyle: { fontSize: 12, lineHeight: NOTE_LINE_PX, color: ROLE_COLORS.mutedText },
          },
        }
      : {}),
  };
  const top = titled ? TITLE_PX + 8 + header.extraLines * NOTE_LINE_PX : UNTITLED_TOP_PX;
  return { option, noteLines: header.extraLines, top };
}

/**
 * Decals per series, the step that keeps a black-and-white printout readable:
 * a series without a decal of its own gets the palette's, in series order (as
 * ECharts' aria.decal gave them); a SOLID_DECAL series gets none at all (a
 * decal is a second shape drawn over each bar, even a blank one). Not ECharts'
 * aria.decal: it gave every bar a pattern of its own, rebuilt on each draw, a
 * sixth of the time to draw a prefecture's 简报 (issue 19).
 */
export function withSeriesDecals<T extends BarSeriesOption>(series: readonly T[]): T[] {
  return series.map((one, index) => {
    const decal = one.itemStyle?.decal;
    if (decal === SOLID_DECAL) {
      const { decal: _solid, ...itemStyle } = one.itemStyle!;
      return { ...one, itemStyle };
    }
    return decal !== undefined ? one : { ...one, itemStyle: { ...one.itemStyle, decal: SERIES_DECALS[index % SERIES_DECALS.length] } };
  });
}

/** The legend as a key: at the bottom, not a filter (hiding series would hide 未报告 marks). */
export function keyLegend(names: readonly string[]): NonNullable<EChartsOption['legend']> {
  return { bottom: 4, left: 8, selectedMode: false, data: [...names] };
}

/** Grid bottom margin for the value axis labels and a one-line key under them. */
export const LEGEND_BOTTOM_PX = 56;
/** The plot area of a bar chart with the key under it: below the header, above the value labels and the key. */
export function rowGrid(left: number, right: number, base: BaseOptionResult, legendExtraPx = 0) {
  return { left, right, top: base.top + 8, bottom: LEGEND_BOTTOM_PX + legendExtraPx };
}

/** Pitch of a wrapped legend line: 14 px symbol + 10 px item gap. */
export const LEGEND_LINE_PX = 24;
/** ECharts legend defaults: symbol width, gap before the text, gap between items. */
const LEGEND_SYMBOL_PX = 25;
const LEGEND_TEXT_GAP_PX = 5;
const LEGEND_ITEM_GAP_PX = 10;

/**
 * Extra px below the plot when the key wraps (a phone-width chart): ECharts
 * wraps a horizontal legend upwards from the bottom, over the axis labels,
 * unless the grid's bottom margin grows with it.
 */
export function legendExtraPx(names: readonly string[], options: ChartBuildOptions): number {
  const available = chartWidth(options) - 8 - 10;
  let lines = names.length > 0 ? 1 : 0;
  let used = 0;
  for (const name of names) {
    const item = LEGEND_SYMBOL_PX + LEGEND_TEXT_GAP_PX + textWidthPx(name);
    if (used > 0 && used + LEGEND_ITEM_GAP_PX + item > available) {
      lines += 1;
      used = item;
    } else {
      used += (used > 0 ? LEGEND_ITEM_GAP_PX : 0) + item;
    }
  }
  return Math.max(0, lines - 1) * LEGEND_LINE_PX;
}

/**
 * Tooltip base: richText only. The HTML tooltip sets inline styles (blocked by
 * the page's CSP) and would interpret text as HTML; quotes come from data files.
 */
export function tooltipBase(trigger: 'axis' | 'item'): NonNullable<EChartsOption['tooltip']> {
  return {
    show: true,
    trigger,
    renderMode: 'richText',
    confine: true,
    backgroundColor: '#FFFFFF',
    borderColor: '#999999',
    borderWidth: 1,
    padding: 8,
    textStyle: { color: ROLE_COLORS.text, fontSize: 12, lineHeight: 18 },
    ...(trigger === 'axis' ? { axisPointer: { type: 'shadow' as const } } : {}),
  };
}

/**
 * ECharts richText parses "{style|text}" in tooltip and label strings. Data
 * text (names, quotes) is shown verbatim by swapping ASCII braces for their
 * full-width forms, so a quote can never restyle or hide parts of a tooltip.
 */
export function plainText(text: string): string {
  return text.replace(/\{/g, '｛').replace(/\}/g, '｝');
}

/** Quote lines for a tooltip: “…” wrapped, long quotes shortened with …. */
export function quoteLines(quote: string, perLine = 26, maxChars = 80): string[] {
  const chars = [...quote];
  const shortened = chars.length > maxChars ? `${chars.slice(0, maxChars).join('')}…` : quote;
  return wrapText(`“${plainText(shortened)}”`, perLine).map((l) => `  ${l}`);
}

/** Hint shown on screen only: printouts cannot be clicked. */
export function clickHint(options: ChartBuildOptions): string[] {
  return options.forPrint ? [] : ['（点击查看原文）'];
}

/** The first value of an ECharts formatter's params (array for axis triggers). */
export function firstParam<T>(params: T | T[]): T | undefined {
  return Array.isArray(params) ? params[0] : params;
}

/** An axis-triggered richText tooltip whose text comes from the drawn row under the pointer. */
export function rowTooltip<T>(rows: readonly T[], text: (row: T) => string): NonNullable<EChartsOption['tooltip']> {
  return {
    ...tooltipBase('axis'),
    formatter: (params: unknown) => {
      const p = firstParam(params as { dataIndex: number } | { dataIndex: number }[]);
      const row = p ? rows[p.dataIndex] : undefined;
      return row ? text(row) : '';
    },
  };
}
