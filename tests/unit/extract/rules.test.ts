import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRules } from '../../../src/extract';
import { compilePattern } from '../../../src/extract/rules';
import { DATA_DIR, knownIds } from './helpers';

const HEADER = 'kind,target,pattern,unit,unit_as,priority,note';
const ids = { metricIds: ['outreach_events', 'outreach_reach'], categoryIds: ['legal_talent'] };

function rulesOf(...lines: string[]) {
  return parseRules([HEADER, ...lines].join('\n'), ids);
}

describe('the shipped data/extraction-rules.csv', () => {
  it('loads without a problem, every target in metric-catalog.csv or shortcoming-categories.csv', () => {
    const set = parseRules(readFileSync(`${DATA_DIR}extraction-rules.csv`, 'utf8'), knownIds());
    expect(set.problems).toEqual([]);
    expect(set.rules.filter((r) => r.kind === 'metric').length).toBeGreaterThan(10);
    expect(set.rules.filter((r) => r.kind === 'shortcoming').length).toBeGreaterThan(5);
  });
});

describe('compilePattern', () => {
  it('splits anchor, context groups, exclusions and section words', () => {
    expect(compilePattern('宣讲|普法 + 群众|村民 + !干部 + §主要负责|履职')).toEqual({
      anchor: ['宣讲', '普法'],
      context: [['群众', '村民']],
      exclude: ['干部'],
      audience: [],
      section: ['主要负责', '履职'],
    });
  });

  it('folds traditional characters in patterns', () => {
    expect(compilePattern('宣講|調解')).toMatchObject({ anchor: ['宣讲', '调解'] });
  });
});

describe('parseRules: clear Chinese messages, good lines still load', () => {
  it('loads a good line with its defaults', () => {
    const set = rulesOf('metric,outreach_events,宣讲,场次|次,,,一般活动');
    expect(set.problems).toEqual([]);
    expect(set.rules).toMatchObject([{ kind: 'metric', target: 'outreach_events', units: ['场次', '次'], priority: 0, line: 2 }]);
  });

  it.each([
    ['an unknown kind', 'metrics,outreach_events,宣讲,次,,10,', 'kind', '不是规则类型'],
    ['an unknown metric id', 'metric,outreach_event,宣讲,次,,10,', 'target', '不是 metric-catalog.csv 中的指标编号'],
    ['an unknown category', 'shortcoming,talent,人才,,,10,', 'target', '不是 shortcoming-categories.csv 中的问题类别编号'],
    ['a metric rule without target', 'metric,,宣讲,次,,10,', 'target', '要写指标编号'],
    ['an empty pattern', 'metric,outreach_events,,次,,10,', 'pattern', '是空的'],
    ['an empty alternative', 'metric,outreach_events,宣讲||普法,次,,10,', 'pattern', '空的关键词'],
    ['a pattern with no anchor', 'metric,outreach_events,!干部,次,,10,', 'pattern', '没有锚词'],
    ['an unknown unit', 'metric,outreach_events,宣讲,回,,10,', 'unit', '“回”不是认识的单位'],
    ['a priority that is not an integer', 'metric,outreach_events,宣讲,次,,高,', 'priority', '“高”不是整数'],
  ])('rejects %s', (_what, line, column, words) => {
    const set = rulesOf('metric,outreach_reach,受教,人,,10,', line);
    expect(set.rules.map((r) => r.target)).toEqual(['outreach_reach']);
    expect(set.problems).toHaveLength(1);
    expect(set.problems[0]).toMatchObject({ severity: 'error', line: 3, column });
    expect(set.problems[0]!.message).toContain('extraction-rules.csv 第3行');
    expect(set.problems[0]!.message).toContain(words);
  });

  it('warns about a duplicate line and keeps the first', () => {
    const set = rulesOf('metric,outreach_events,宣讲,次,,10,', 'metric,outreach_events,宣讲,次,,10,');
    expect(set.rules).toHaveLength(1);
    expect(set.problems).toMatchObject([{ severity: 'warning', line: 3 }]);
    expect(set.problems[0]!.message).toContain('与第2行的规则完全相同');
  });

  it('reports a missing column and loads nothing', () => {
    const set = parseRules('kind,target,unit\nmetric,outreach_events,次', ids);
    expect(set.rules).toEqual([]);
    expect(set.problems[0]!.message).toContain('缺少「pattern」列');
  });

  it('warns about an unknown column and still loads the rules', () => {
    const set = parseRules('kind,target,pattern,colour\nmetric,outreach_events,宣讲,red', ids);
    expect(set.rules).toHaveLength(1);
    expect(set.problems).toMatchObject([{ severity: 'warning', column: 'colour' }]);
  });

  it('reports a broken CSV line with its line number', () => {
    const set = rulesOf('metric,outreach_events,"宣讲,次,,10,');
    expect(set.problems.length).toBeGreaterThan(0);
    expect(set.problems[0]!.message).toContain('extraction-rules.csv 第2行');
  });

  it('accepts a UTF-8 BOM', () => {
    const set = parseRules(`\uFEFF${HEADER}\nmetric,outreach_events,宣讲,次,,10,`, ids);
    expect(set.problems).toEqual([]);
    expect(set.rules).toHaveLength(1);
  });
});
