import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from '../../../src/app/table-sort';

interface Row {
  name: string;
  value: number | null;
}

const rows: Row[] = [
  { name: '塔尔玛乡', value: 75 },
  { name: '海子沟乡', value: null },
  { name: '碧土乡', value: 70 },
  { name: '达果乡', value: 12 },
  { name: '哲古镇', value: 70 },
];

describe('sortRows', () => {
  it('sorts numbers both ways and keeps 未报告 (null) last in both', () => {
    const down = sortRows(rows, (r) => r.value, 'descending').map((r) => r.name);
    expect(down).toEqual(['塔尔玛乡', '碧土乡', '哲古镇', '达果乡', '海子沟乡']);
    const up = sortRows(rows, (r) => r.value, 'ascending').map((r) => r.name);
    expect(up).toEqual(['达果乡', '碧土乡', '哲古镇', '塔尔玛乡', '海子沟乡']);
  });

  it('keeps data order for ties in both directions', () => {
    const down = sortRows(rows, (r) => r.value, 'descending').map((r) => r.name);
    const up = sortRows(rows, (r) => r.value, 'ascending').map((r) => r.name);
    expect(down.indexOf('碧土乡')).toBeLessThan(down.indexOf('哲古镇'));
    expect(up.indexOf('碧土乡')).toBeLessThan(up.indexOf('哲古镇'));
  });

  it('sorts Chinese text and does not mutate its input', () => {
    const copy = [...rows];
    const sorted = sortRows(rows, (r) => r.name, 'ascending');
    expect(rows).toEqual(copy);
    expect(sorted).toHaveLength(rows.length);
    const names = sorted.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')));
  });
});

describe('nextSort', () => {
  it('starts numbers descending and text ascending, then flips', () => {
    expect(nextSort(null, 'value', true)).toEqual({ columnId: 'value', direction: 'descending' });
    expect(nextSort(null, 'name', false)).toEqual({ columnId: 'name', direction: 'ascending' });
    expect(nextSort({ columnId: 'value', direction: 'descending' }, 'value', true).direction).toBe('ascending');
    expect(nextSort({ columnId: 'name', direction: 'descending' }, 'value', true)).toEqual({
      columnId: 'value',
      direction: 'descending',
    });
  });
});
