import { describe, expect, it } from 'vitest';
import { highlightQuote, locateQuote } from '../../../src/app/highlight';

const report = '一、普法宣传\r\n全年累计开展普法活动 12 场次，覆盖群众 800 余人次。\r\n\r\n二、矛盾纠纷\n全乡共排查矛盾纠纷18起，化解17起。';

function marked(paragraphs: { text: string; highlighted: boolean }[][]): string[] {
  return paragraphs.flat().filter((s) => s.highlighted).map((s) => s.text);
}

describe('highlightQuote', () => {
  it('marks a verbatim quote and points at its paragraph', () => {
    const result = highlightQuote(report, '全乡共排查矛盾纠纷18起');
    expect(result.match).toBe('exact');
    expect(marked(result.paragraphs)).toEqual(['全乡共排查矛盾纠纷18起']);
    expect(result.paragraphs[result.firstMatchParagraph]!.map((s) => s.text).join('')).toBe('全乡共排查矛盾纠纷18起，化解17起。');
  });

  it('keeps every character of the text, drops only empty lines', () => {
    const result = highlightQuote(report, '覆盖群众 800 余人次');
    const joined = result.paragraphs.map((p) => p.map((s) => s.text).join('')).join('\n');
    expect(joined).toBe(report.replace(/\r\n/g, '\n').replace(/\n\n/g, '\n'));
  });

  it('finds a quote whose spaces differ from the report', () => {
    const result = highlightQuote(report, '全年累计开展普法活动12场次');
    expect(result.match).toBe('loose');
    expect(marked(result.paragraphs)).toEqual(['全年累计开展普法活动 12 场次']);
  });

  it('marks a quote that runs across a line break on both lines', () => {
    const text = '第一行末尾是引文的开头\n引文的结尾在第二行';
    const result = highlightQuote(text, '开头\n引文');
    expect(marked(result.paragraphs)).toEqual(['开头', '引文']);
    expect(result.firstMatchParagraph).toBe(0);
  });

  it('reports a quote that is not in the text and marks nothing', () => {
    const result = highlightQuote(report, '不存在的句子');
    expect(result.match).toBe('none');
    expect(result.firstMatchParagraph).toBe(-1);
    expect(marked(result.paragraphs)).toEqual([]);
  });

  it('treats markup in a quote as plain characters', () => {
    const text = '前文<img src=x onerror=alert(1)>后文';
    expect(locateQuote(text, '<img src=x onerror=alert(1)>')).toEqual({ start: 2, end: 30, match: 'exact' });
  });
});
