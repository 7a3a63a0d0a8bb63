import { describe, expect, it } from 'vitest';
import type { Township } from '../../../src/data/types';
import { groupByCounty, groupByPrefecture } from '../../../src/model/selection';

function township(id: string, county: string, prefecture: string): Township {
  return { id, name: `${id}乡`, county, prefecture, province: '某省', source: { file: 'townships.csv', line: 2 } } as Township;
}

describe('grouping townships by county and prefecture (issue 19)', () => {
  const townships = [
    township('a', '甲县', '一市'),
    township('b', '乙县', '一市'),
    township('c', '甲县', '一市'),
    // Same county name in another prefecture: a county of its own.
    township('d', '甲县', '二市'),
    township('e', '', ''),
  ];

  it('keeps first-appearance order and tells same-named counties of different prefectures apart', () => {
    const groups = groupByCounty(townships, (t) => t);
    expect(groups.map((g) => g.label)).toEqual(['甲县（一市）', '乙县（一市）', '甲县（二市）', '未填所属县']);
    expect(groups[0]!.items.map((t) => t.id)).toEqual(['a', 'c']);
    expect(groups.flatMap((g) => g.items).length).toBe(townships.length);
  });

  it('nests counties under their prefecture', () => {
    const prefectures = groupByPrefecture(townships, (t) => t);
    expect(prefectures.map((p) => [p.label, p.counties.map((c) => c.county)])).toEqual([
      ['一市', ['甲县', '乙县']],
      ['二市', ['甲县']],
      ['未填地级市', ['']],
    ]);
  });
});
