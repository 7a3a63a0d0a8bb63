import { describe, expect, it } from 'vitest';
import { selectRows } from '../../../src/model';
import { DatasetBuilder, fiveTownships } from '../../fixtures/model/synth';

describe('selection', () => {
  it('all townships in townships.csv order when nothing is chosen', () => {
    const ds = fiveTownships();
    const selection = selectRows(ds);
    expect(selection.rows.map((r) => r.townshipId)).toEqual(ds.townships.map((t) => t.id));
    expect(selection.years).toEqual([2024]);
    expect(selection.rows.every((r) => r.label === r.township.name)).toBe(true);
  });

  it('filters by township ids and keeps file order, whatever order they were asked in', () => {
    const selection = selectRows(fiveTownships(), { townshipIds: ['zg', 'ta', 'nope'] });
    expect(selection.rows.map((r) => r.townshipId)).toEqual(['ta', 'zg']);
    expect(selection.unknownTownshipIds).toEqual(['nope']);
  });

  it('is deterministic when the loader returns townships in another order', () => {
    const ds = fiveTownships();
    const reversed = { ...ds, townships: [...ds.townships].reverse() };
    expect(selectRows(reversed).rows.map((r) => r.key)).toEqual(selectRows(ds).rows.map((r) => r.key));
  });

  it('several years: rows per township and year, labels carry the year, report attached', () => {
    const ds = new DatasetBuilder()
      .township('a', '甲乡')
      .township('b', '乙乡')
      .report('a', 2023)
      .report('a', 2024)
      .report('b', 2024)
      .build();
    const selection = selectRows(ds);
    expect(selection.years).toEqual([2023, 2024]);
    expect(selection.rows.map((r) => r.key)).toEqual(['a:2023', 'a:2024', 'b:2023', 'b:2024']);
    expect(selection.rows.map((r) => r.label)).toEqual(['甲乡 2023年', '甲乡 2024年', '乙乡 2023年', '乙乡 2024年']);
    expect(selection.rows.find((r) => r.key === 'b:2023')?.report).toBeNull();
    expect(selection.rows.find((r) => r.key === 'b:2024')?.report?.year).toBe(2024);
    expect(selectRows(ds, { years: [2024] }).rows.map((r) => r.label)).toEqual(['甲乡', '乙乡']);
  });

  it('gives townships that share a name distinct labels', () => {
    const ds = new DatasetBuilder().township('a', '城关镇', '甲县').township('b', '城关镇', '乙县').report('a', 2024).build();
    expect(selectRows(ds).rows.map((r) => r.label)).toEqual(['城关镇（甲县）', '城关镇（乙县）']);
  });
});
