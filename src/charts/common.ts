// Parts shared by every option builder: aria, palette, animation, title with
// its note, richText tooltip. Keeping them here makes the requirements
// (aria on, decals on, no HTML tooltip) hold for every chart by construction.

import type { EChartsOption } from 'echarts';
import { ROLE_COLORS, SERIES_COLORS, SERIES_DECALS } from './palette';
import { charsPerLine, DEFAULT_WIDTH_PX, wrapText } from './layout';
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
  /** Notes shown under the title (unit differences …), one sentence each. */
  notes: readonly string[];
  ariaDescription: string;
  options: ChartBuildOptions;
}

export interface BaseOptionResult {
  option: EChartsOption;
  /** Wrapped lines of the subtitle, so the grid and the height can make room. */
  noteLines: number;
  /** px from the top where the plot may start. */
  top: number;
}

export function chartWidth(options: ChartBuildOptions): number {
  return options.width && options.width > 0 ? options.width : DEFAULT_WIDTH_PX;
}

export function animationFor(options: ChartBuildOptions): boolean {
  return options.animation ?? !options.forPrint;
}

export function baseOption(input: BaseOptionInput): BaseOptionResult {
  const width = chartWidth(input.options);
  const perLine = charsPerLine(width - 24);
  const lines = input.notes.flatMap((note) => wrapText(note, perLine));
  const top = 40 + lines.length * 16;
  const option: EChartsOption = {
    animation: animationFor(input.options),
    color: [...SERIES_COLORS],
    textStyle: { fontFamily: FONT_FAMILY, color: ROLE_COLORS.text },
    aria: {
      enabled: true,
      label: { enabled: true, description: input.ariaDescription },
      decal: { show: true, decals: SERIES_DECALS },
    },
    title: {
      text: input.title,
      subtext: lines.join('\n'),
      left: 8,
      top: 4,
      textStyle: { fontSize: 15, fontWeight: 'bold', color: ROLE_COLORS.text },
      subtextStyle: { fontSize: 12, lineHeight: 16, color: ROLE_COLORS.mutedText },
    },
  };
  return { option, noteLines: lines.length, top };
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
