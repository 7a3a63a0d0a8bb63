import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/export/wrap-text';

/** Every character 10 px wide. */
const perChar = (text: string): number => [...text].length * 10;

describe('wrapText', () => {
  it('keeps a short line whole', () => {
    expect(wrapText('未报告', 100, perChar)).toEqual(['未报告']);
  });

  it('breaks Chinese between any characters, never past the width', () => {
    const lines = wrapText('塔尔玛乡按人计碧土乡按人次计口径不同', 50, perChar);
    expect(lines).toEqual(['塔尔玛乡按', '人计碧土乡', '按人次计口', '径不同']);
    for (const line of lines) expect(perChar(line)).toBeLessThanOrEqual(50);
  });

  it('keeps a Latin/digit run together when it fits', () => {
    expect(wrapText('来源metrics.csv:12', 150, perChar)).toEqual(['来源', 'metrics.csv:12']);
  });

  it('splits a run longer than a line', () => {
    const lines = wrapText('abcdefghij', 40, perChar);
    expect(lines).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('keeps explicit line breaks', () => {
    expect(wrapText('第一行\n第二行', 100, perChar)).toEqual(['第一行', '第二行']);
  });
});
