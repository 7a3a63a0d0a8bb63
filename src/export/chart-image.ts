// Export a chart as an image from its ECharts OPTION, not from the instance on
// screen: the export then looks the same whatever renderer, size or hover state
// the page has, and the SVG path runs in Node too (server-side rendering needs
// no DOM), which is how it is unit-tested.
//
// - SVG: an SSR instance (`ssr: true`) → renderToSVGString(). ECharts escapes
//   text content (< > & " become entities), so a township named
//   "<script>…" stays text. No font file is embedded or linked: text is drawn
//   with the reader's local fonts by name (EXPORT_FONT_FAMILY), so Chinese stays
//   selectable, searchable text.
// - PNG: a canvas instance on a detached <div> of the given size, rendered at
//   pixelRatio 2 with a white background (transparent PNGs turn black in some
//   slide tools). Browser only.
//
// Optional footnotes (≥ / 未报告 meaning, unit notes, sources) are drawn under
// the chart, so a picture pasted into slides keeps its caveats.

import * as echarts from 'echarts/core';
import type { EChartsOption } from 'echarts';
import { EXPORT_ECHARTS_PARTS } from './echarts-export-parts';
import { wrapText, type TextMeasure } from './wrap-text';

echarts.use(EXPORT_ECHARTS_PARTS);

/**
 * Local CJK fonts first, by name only (no URL: the site is offline and has no
 * web fonts). Single quotes on purpose: ECharts writes the family into an SVG
 * style="…" attribute, where a double quote would end the attribute.
 */
export const EXPORT_FONT_FAMILY =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', sans-serif";

export const EXPORT_BACKGROUND = '#fff';
const FOOTNOTE_FONT_SIZE = 12;
const FOOTNOTE_LINE_HEIGHT = 18;
const FOOTNOTE_PADDING = 12;
const FOOTNOTE_COLOR = '#333';

export interface ChartImageOptions {
  /** Size in CSS px of the drawn chart (ChartSpec.height for the height; ≈1047 wide for an A4 landscape page). */
  width: number;
  height: number;
  /** Lines drawn under the chart (footnotes, sources); wrapped to the width. */
  footnotes?: readonly string[];
}

export interface PngOptions extends ChartImageOptions {
  /** Default 2: crisp on projectors and in print. */
  pixelRatio?: number;
}

/**
 * The option as exported: animation off (an export must never catch a half
 * drawn chart), no toolbox buttons in the picture, a white background, and
 * font families ECharts can write into SVG safely.
 */
export function exportOption(option: EChartsOption): EChartsOption {
  const { toolbox: _toolbox, ...rest } = option;
  const textStyle = (option.textStyle ?? {}) as Record<string, unknown>;
  return singleQuoteFontFamilies({
    ...rest,
    animation: false,
    backgroundColor: option.backgroundColor ?? EXPORT_BACKGROUND,
    textStyle: { ...textStyle, fontFamily: textStyle.fontFamily ?? EXPORT_FONT_FAMILY },
  }) as EChartsOption;
}

/** SVG text of the chart (works in Node and in the browser). */
export function chartToSvg(option: EChartsOption, options: ChartImageOptions): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: options.width,
    height: options.height,
  });
  let svg: string;
  try {
    chart.setOption(exportOption(option));
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  const footnotes = options.footnotes ?? [];
  return footnotes.length === 0 ? svg : withSvgFootnotes(svg, options.width, options.height, footnotes);
}

/** Chars per line are estimated (CJK = 1 em, others ≈ 0.55 em) since Node has no text metrics. */
const estimateWidth: TextMeasure = (text) => {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) > 0x2e7f ? FOOTNOTE_FONT_SIZE : FOOTNOTE_FONT_SIZE * 0.55;
  return width;
};

function withSvgFootnotes(chartSvg: string, width: number, height: number, footnotes: readonly string[]): string {
  const lines = footnotes.flatMap((note) => wrapText(note, width - 2 * FOOTNOTE_PADDING, estimateWidth));
  const extra = lines.length * FOOTNOTE_LINE_HEIGHT + FOOTNOTE_PADDING;
  const total = height + extra;
  const texts = lines.map(
    (line, index) =>
      `<text x="${FOOTNOTE_PADDING}" y="${height + (index + 1) * FOOTNOTE_LINE_HEIGHT}" ` +
      `style="font-size:${FOOTNOTE_FONT_SIZE}px;font-family:${EXPORT_FONT_FAMILY};" fill="${FOOTNOTE_COLOR}">` +
      `${escapeXml(line)}</text>`,
  );
  // The chart's own <svg> nests as is: it keeps its viewBox and ids.
  const inner = chartSvg.replace(/^<svg /, `<svg x="0" y="0" `);
  return [
    `<svg width="${width}" height="${total}" xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 ${width} ${total}">`,
    `<rect width="${width}" height="${total}" x="0" y="0" fill="${EXPORT_BACKGROUND}"></rect>`,
    inner,
    ...texts,
    '</svg>',
  ].join('\n');
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => XML_ENTITIES[char] ?? char);
}

const XML_ENTITIES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * PNG data URL of the chart at `pixelRatio` (default 2), white background.
 * Browser only (needs a canvas). Async because footnotes are composed on a
 * second canvas once the chart image has loaded.
 */
export async function chartToPngDataUrl(option: EChartsOption, options: PngOptions): Promise<string> {
  const pixelRatio = options.pixelRatio ?? 2;
  const host = document.createElement('div');
  host.style.width = `${options.width}px`;
  host.style.height = `${options.height}px`;
  const chart = echarts.init(host, null, { renderer: 'canvas', width: options.width, height: options.height });
  let chartUrl: string;
  try {
    chart.setOption(exportOption(option));
    chartUrl = chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: EXPORT_BACKGROUND });
  } finally {
    chart.dispose();
  }
  const footnotes = options.footnotes ?? [];
  if (footnotes.length === 0) return chartUrl;
  return withPngFootnotes(chartUrl, options, pixelRatio, footnotes);
}

async function withPngFootnotes(
  chartUrl: string,
  options: ChartImageOptions,
  pixelRatio: number,
  footnotes: readonly string[],
): Promise<string> {
  const image = new Image();
  image.src = chartUrl;
  await image.decode();
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return chartUrl;
  const font = `${FOOTNOTE_FONT_SIZE}px ${EXPORT_FONT_FAMILY}`;
  context.font = font;
  const measure: TextMeasure = (text) => context.measureText(text).width;
  const lines = footnotes.flatMap((note) => wrapText(note, options.width - 2 * FOOTNOTE_PADDING, measure));
  const total = options.height + lines.length * FOOTNOTE_LINE_HEIGHT + FOOTNOTE_PADDING;
  canvas.width = Math.round(options.width * pixelRatio);
  canvas.height = Math.round(total * pixelRatio);
  // Resizing the canvas resets its state: set the font again after.
  context.scale(pixelRatio, pixelRatio);
  context.fillStyle = EXPORT_BACKGROUND;
  context.fillRect(0, 0, options.width, total);
  context.drawImage(image, 0, 0, options.width, options.height);
  context.font = font;
  context.fillStyle = FOOTNOTE_COLOR;
  context.textBaseline = 'alphabetic';
  lines.forEach((line, index) => {
    context.fillText(line, FOOTNOTE_PADDING, options.height + (index + 1) * FOOTNOTE_LINE_HEIGHT - 4);
  });
  return canvas.toDataURL('image/png');
}

/** Replace double quotes in every fontFamily of the option (see EXPORT_FONT_FAMILY). */
function singleQuoteFontFamilies(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(singleQuoteFontFamilies);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] =
      key === 'fontFamily' && typeof inner === 'string' ? inner.replace(/"/g, "'") : singleQuoteFontFamilies(inner);
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
