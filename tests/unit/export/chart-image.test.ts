import type { EChartsOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { chartToSvg, escapeXml, EXPORT_FONT_FAMILY, exportOption } from '../../../src/export/chart-image';

const HOSTILE = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';

function barOption(categories: string[], title = '普法宣传活动（场次）'): EChartsOption {
  return {
    animation: true,
    title: { text: title },
    aria: { enabled: true, decal: { show: true } },
    tooltip: { trigger: 'axis' },
    toolbox: { feature: { saveAsImage: {} } },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: categories },
    series: [
      {
        type: 'bar',
        name: '场次',
        data: categories.map((_, index) => ({ value: (index + 1) * 10, provenance: [`metrics.csv:${index + 2}`] })),
        label: { show: true },
      },
    ],
  };
}

/** Text content of every <text> element, entities decoded (what a viewer shows). */
function textsOf(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) =>
    (match[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

describe('chartToSvg', () => {
  it('renders an SVG with the Chinese title and category names as text', () => {
    const svg = chartToSvg(barOption(['塔尔玛乡', '碧土乡', '哲古镇']), { width: 640, height: 320 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('width="640"');
    expect(svg).toContain('height="320"');
    const texts = textsOf(svg);
    expect(texts).toContain('普法宣传活动（场次）');
    for (const name of ['塔尔玛乡', '碧土乡', '哲古镇']) expect(texts).toContain(name);
  });

  it('escapes markup in names so no script or element can be injected', () => {
    const svg = chartToSvg(barOption(['塔尔玛乡', HOSTILE, IMG], `标题${HOSTILE}`), { width: 640, height: 320 });
    expect(svg.toLowerCase()).not.toContain('<script');
    expect(svg.toLowerCase()).not.toContain('<img');
    // The names are still there, as text.
    const texts = textsOf(svg);
    expect(texts).toContain(HOSTILE);
    expect(texts).toContain(IMG);
    expect(texts).toContain(`标题${HOSTILE}`);
  });

  it('links no external font or resource', () => {
    const svg = chartToSvg(barOption(['达果乡']), { width: 400, height: 200 });
    expect(svg).not.toMatch(/@font-face|@import/i);
    // Only in-document references (decal patterns: url(#id)).
    for (const match of svg.matchAll(/url\(([^)]*)\)/g)) expect(match[1]?.startsWith('#')).toBe(true);
    // The only absolute URLs are the XML namespace names.
    const urls = [...svg.matchAll(/https?:\/\/[^"'\s)]+/g)].map((match) => match[0]);
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink']));
  });

  it('draws text with local CJK font names, safely quoted inside style attributes', () => {
    const withDoubleQuotes: EChartsOption = {
      ...barOption(['碧土乡']),
      textStyle: { fontFamily: '"Noto Sans CJK SC", sans-serif' },
    };
    for (const option of [barOption(['碧土乡']), withDoubleQuotes]) {
      const svg = chartToSvg(option, { width: 400, height: 200 });
      expect(svg).toContain('Noto Sans CJK SC');
      // A double quote inside style="…" would end the attribute and break the file.
      expect(svg).not.toContain('font-family:"');
      expect(svg).toContain("font-family:'Noto Sans CJK SC'");
    }
  });

  it('gives the image a white background (transparent PNG/SVG turns black in some tools)', () => {
    const svg = chartToSvg(barOption(['碧土乡']), { width: 400, height: 200 });
    expect(svg).toMatch(/<rect width="400" height="200" x="0" y="0" fill="#fff"/);
  });

  it('adds footnotes under the chart, wrapped and escaped, growing the height', () => {
    const longNote = `“≥”表示报告称“余”“以上”：实际数字不少于此数；${'塔尔玛乡按“人”计，'.repeat(6)}口径不同`;
    const svg = chartToSvg(barOption(['塔尔玛乡']), {
      width: 400,
      height: 200,
      footnotes: [longNote, `来源：metrics.csv:2 ${HOSTILE}`],
    });
    expect(svg.toLowerCase()).not.toContain('<script');
    const outer = svg.match(/^<svg width="400" height="(\d+)"/);
    const totalHeight = Number(outer?.[1]);
    expect(totalHeight).toBeGreaterThan(200 + 3 * 18);
    const texts = textsOf(svg);
    const footnoteLines = texts.slice(texts.findIndex((text) => text.startsWith('“≥”')));
    expect(footnoteLines.length).toBeGreaterThanOrEqual(3);
    // Wrapping loses no character.
    expect(footnoteLines.join('').replace(/\s/g, '')).toBe(`${longNote}来源：metrics.csv:2${HOSTILE}`.replace(/\s/g, ''));
    // The chart itself is nested whole.
    expect(svg.match(/<svg /g)).toHaveLength(2);
    expect(svg.match(/<\/svg>/g)).toHaveLength(2);
  });

  it('does not mutate the caller option', () => {
    const option = barOption(['碧土乡']);
    const before = JSON.stringify(option);
    chartToSvg(option, { width: 300, height: 150 });
    expect(JSON.stringify(option)).toBe(before);
  });
});

describe('exportOption', () => {
  it('turns animation off, drops the toolbox and keeps the data items intact', () => {
    const option = exportOption(barOption(['碧土乡', '达果乡']));
    expect(option.animation).toBe(false);
    expect(option.toolbox).toBeUndefined();
    expect(option.backgroundColor).toBe('#fff');
    expect((option.textStyle as { fontFamily?: string }).fontFamily).toBe(EXPORT_FONT_FAMILY);
    const series = option.series as { data: { provenance: string[] }[] }[];
    expect(series[0]?.data[1]?.provenance).toEqual(['metrics.csv:3']);
  });

  it('keeps a background colour and font the builder chose', () => {
    const option = exportOption({ ...barOption(['甲']), backgroundColor: '#fafafa', textStyle: { fontFamily: 'serif' } });
    expect(option.backgroundColor).toBe('#fafafa');
    expect((option.textStyle as { fontFamily?: string }).fontFamily).toBe('serif');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
