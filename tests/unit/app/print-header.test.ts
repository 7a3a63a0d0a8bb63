import { describe, expect, it } from 'vitest';
import { BUILD_VERSION } from '../../../src/app/build-info';
import { localDate, printHeaderFor } from '../../../src/app/use-print-setup';
import { selectRows } from '../../../src/model';
import { fiveTownships } from '../../fixtures/model/synth';

describe('the printed page header', () => {
  it('names the view, the townships and years, the latest report date (how many give one) and the build', () => {
    const dataset = fiveTownships();
    const first = dataset.reports[0];
    if (!first) throw new Error('fixture has reports');
    first.published = '2025-03-21';
    const header = printHeaderFor('乡镇对比 — 简报', selectRows(dataset), '2025-06-01');
    expect(header).toEqual({
      title: '乡镇对比 — 简报',
      scope: '甲乡、乙乡、丙乡、丁乡、戊镇 · 2024年',
      reportDate: '2025-03-21（5份中1份注明）',
      buildVersion: BUILD_VERSION,
      printedOn: '2025-06-01',
    });
  });

  it('has no scope or date on a view without a selection', () => {
    expect(printHeaderFor('乡镇对比 — 报告解析', null, '2025-06-01')).toMatchObject({ scope: '', reportDate: null });
  });

  it('says which build made the page: 开发版 outside a Vite build', () => {
    // vite.config.ts defines __APP_VERSION__ only for builds; unit tests run without it.
    expect(BUILD_VERSION).toBe('开发版');
  });

  it('writes the local date as YYYY-MM-DD', () => {
    expect(localDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(localDate()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
