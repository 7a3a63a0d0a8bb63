import { describe, expect, it } from 'vitest';
import { checkNamesAndIds, displayText, suspiciousChars } from '../../../src/data/suspicious-text';
import { validateTables } from '../../../src/data/validate';
import { DatasetBuilder } from '../../fixtures/model/synth';

describe('suspicious characters in ids and names', () => {
  it('finds bidi controls, zero-width, control and look-alike characters', () => {
    expect(suspiciousChars('碧土乡\u202E').map((c) => [c.kind, c.codePoint])).toEqual([['bidi', 'U+202E']]);
    expect(suspiciousChars('碧\u200B土乡').map((c) => c.kind)).toEqual(['zero_width']);
    expect(suspiciousChars('碧土\t乡').map((c) => c.kind)).toEqual(['control']);
    expect(suspiciousChars('\u2F00乡').map((c) => c.kind)).toEqual(['look_alike']);
    expect(suspiciousChars('塔尔玛乡（某县）')).toEqual([]);
  });

  it('shows names without invisible characters, and leaves visible ones', () => {
    expect(displayText('碧土乡\u202E')).toBe('碧土乡');
    expect(displayText('碧\u200B土乡')).toBe('碧土乡');
    expect(displayText('\u2F00乡')).toBe('\u2F00乡');
    expect(displayText('\t=1')).toBe('\t=1');
  });

  it('validation reports each with file:line and column, as a warning', () => {
    const ds = new DatasetBuilder().township('a', '碧土乡').township('b', '碧\u200B土乡').township('c', '哲古镇\u202E').build();
    const problems = checkNamesAndIds(ds);
    expect(problems.map((p) => [p.code, p.severity, p.file, p.line, p.column])).toEqual([
      ['suspicious_characters', 'warning', 'townships.csv', 3, 'name'],
      ['suspicious_characters', 'warning', 'townships.csv', 4, 'name'],
    ]);
    expect(problems[0]?.message).toContain('townships.csv 第3行「name」列');
    expect(problems[0]?.message).toContain('零宽字符（U+200B）');
    expect(problems[1]?.message).toContain('文字方向控制符（U+202E）');
    const { problems: all } = validateTables(
      { ...ds },
      { townships: true, reports: true, metricCatalog: true, shortcomingCategories: true },
    );
    expect(all.filter((p) => p.code === 'suspicious_characters')).toHaveLength(2);
  });
});
