import { describe, expect, it } from 'vitest';
import { coverageShort, coverageText, defaultYear, yearCoverage } from '../../../src/model/years';
import { DatasetBuilder } from '../../fixtures/model/synth';

function sixTownships(): DatasetBuilder {
  const b = new DatasetBuilder();
  for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) b.township(id, `${id}乡`);
  return b;
}

describe('year coverage', () => {
  it('counts townships with a report per year, ascending', () => {
    const b = sixTownships();
    for (const id of ['a', 'b', 'c', 'd', 'e']) b.report(id, 2024);
    b.report('f', 2025);
    const coverage = yearCoverage(b.build());
    expect(coverage).toEqual([
      { year: 2024, reported: 5, townships: 6 },
      { year: 2025, reported: 1, townships: 6 },
    ]);
    expect(coverage.map(coverageText)).toEqual(['2024年：6个乡镇中5个已有报告', '2025年：6个乡镇中1个已有报告']);
    expect(coverageShort(coverage[1]!)).toBe('1/6');
  });

  it('a year with figures but no report counts no report', () => {
    const b = sixTownships().report('a', 2024).figure('b', 2023, 'x', 1);
    expect(yearCoverage(b.build()).map((c) => [c.year, c.reported])).toEqual([
      [2023, 0],
      [2024, 1],
    ]);
  });
});

describe('default year', () => {
  it('is the latest year most townships have reported, not the newest year', () => {
    expect(
      defaultYear([
        { year: 2024, reported: 5, townships: 6 },
        { year: 2025, reported: 1, townships: 6 },
      ]),
    ).toBe(2024);
  });

  it('moves on once most townships have the new year', () => {
    expect(
      defaultYear([
        { year: 2024, reported: 6, townships: 6 },
        { year: 2025, reported: 4, townships: 6 },
      ]),
    ).toBe(2025);
  });

  it('half is not most', () => {
    expect(
      defaultYear([
        { year: 2024, reported: 6, townships: 6 },
        { year: 2025, reported: 3, townships: 6 },
      ]),
    ).toBe(2024);
  });

  it('without a majority year: the latest year with the most reports', () => {
    expect(
      defaultYear([
        { year: 2023, reported: 2, townships: 10 },
        { year: 2024, reported: 4, townships: 10 },
        { year: 2025, reported: 4, townships: 10 },
        { year: 2026, reported: 1, townships: 10 },
      ]),
    ).toBe(2025);
    expect(defaultYear([])).toBeNull();
  });
});
