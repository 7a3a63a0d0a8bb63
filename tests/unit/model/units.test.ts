import { describe, expect, it } from 'vitest';
import { buildDashboardModel, compareMetric, sameMeasure, selectRows } from '../../../src/model';
import { DatasetBuilder, withStandardCatalog } from '../../fixtures/model/synth';

describe('units that measure the same thing', () => {
  it('次/场/场次 and 起/件 are one measure; 人/人次 and 份/册 are not', () => {
    expect(sameMeasure('次', '场次')).toBe(true);
    expect(sameMeasure('起', '件')).toBe(true);
    expect(sameMeasure('人', '人次')).toBe(false);
    expect(sameMeasure('份', '册')).toBe(false);
  });

  it('no comparability flag for 次 vs 场次, and no mixed sum within a township', () => {
    const ds = withStandardCatalog(new DatasetBuilder())
      .township('a', '甲乡')
      .township('b', '乙乡')
      .figure('a', 2024, 'outreach_events', 5, { unit: '次' })
      .figure('a', 2024, 'outreach_events', 3, { unit: '场' })
      .figure('b', 2024, 'outreach_events', 7, { unit: '场次' })
      .build();
    const c = compareMetric(ds, selectRows(ds), 'outreach_events');
    expect(c.flags).toEqual([]);
    expect(c.totals[0]?.mixedUnits).toBe(false);
    expect(c.totals[0]?.units).toEqual(['次', '场']);
  });

  it('份 vs 册 across townships is flagged', () => {
    const ds = withStandardCatalog(new DatasetBuilder())
      .township('a', '甲乡')
      .township('b', '乙乡')
      .figure('a', 2024, 'outreach_materials', 500, { unit: '份' })
      .figure('b', 2024, 'outreach_materials', 200, { unit: '册' })
      .build();
    const flag = compareMetric(ds, selectRows(ds), 'outreach_materials').flags[0];
    expect(flag?.note).toBe('甲乡按“份”计，乙乡按“册”计，口径不同，不宜直接比较');
  });

  it('a rate is computed from 件 found and 起 resolved', () => {
    const ds = withStandardCatalog(new DatasetBuilder())
      .township('a', '甲乡')
      .figure('a', 2024, 'disputes_screened', 20, { unit: '件' })
      .figure('a', 2024, 'disputes_resolved', 19, { unit: '起' })
      .build();
    expect(buildDashboardModel(ds).disputes.rows[0]?.computedRate?.value).toBe(95);
  });
});
