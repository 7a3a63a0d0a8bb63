import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAnotherReport, isBlankReport, isPastedTwice, townshipNotInText } from '../../../src/desk/report-checks';
import { DATA_DIR } from '../extract/helpers';

const bitu = readFileSync(`${DATA_DIR}reports/bitu-2024.txt`, 'utf8');
const daguo = readFileSync(`${DATA_DIR}reports/daguo-2024.txt`, 'utf8');

describe('the clerk’s slips at the desk', () => {
  it('a text of spaces, zero-width and bidi characters only is blank; a real one is not', () => {
    expect(isBlankReport(' \n\t\u200b\u200d\ufeff\u202e\u2066\u00a0\u3000')).toBe(true);
    expect(isBlankReport('\u200b碧土乡')).toBe(false);
  });

  it('the same report pasted twice is caught; one report, or one with a repeated phrase, is not', () => {
    expect(isPastedTwice(bitu)).toBe(false);
    expect(isPastedTwice(`${bitu}\n${bitu}`)).toBe(true);
    expect(isPastedTwice(`${bitu}\n\u200b${bitu}`)).toBe(true);
    expect(isPastedTwice(`${daguo}\n${bitu}`)).toBe(false);
  });

  it('another report pasted over the last one is told from an edit of it', () => {
    expect(isAnotherReport(bitu, daguo)).toBe(true);
    expect(isAnotherReport('', daguo)).toBe(true);
    expect(isAnotherReport(bitu, bitu.replace('18起', '19起'))).toBe(false);
    expect(isAnotherReport(bitu, `${bitu}补充一句。`)).toBe(false);
    expect(isAnotherReport(bitu, bitu.slice(0, -10))).toBe(false);
  });

  it('a chosen township whose name the text never mentions is flagged', () => {
    expect(townshipNotInText('碧土乡', bitu)).toBeNull();
    expect(townshipNotInText('达果乡', bitu)).toContain('没有出现“达果乡”');
    expect(townshipNotInText('碧土镇', bitu)).toBeNull();
  });
});
