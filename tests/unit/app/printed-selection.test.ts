import { describe, expect, it } from 'vitest';
import { printedSelection } from '../../../src/app/printed-selection';
import { selectRows } from '../../../src/model';
import { reportDateText, selectionScopeText } from '../../../src/print/page-header';
import { DatasetBuilder } from '../../fixtures/model/synth';

describe('the selection the printed header describes', () => {
  const builder = new DatasetBuilder().township('a', '甲乡').township('b', '乙乡').township('c', '丙乡');
  builder.report('a', 2023).report('b', 2023).report('a', 2024).report('b', 2024).report('c', 2024);
  const dataset = builder.build();
  for (const report of dataset.reports) {
    if (report.townshipId === 'a') report.published = report.year === 2023 ? '2024-02-01' : '2025-01-10';
  }
  const chosen = selectRows(dataset, { townshipIds: ['a', 'b'], years: [2024] });

  it('is the chosen year’s selection on a view of one year', () => {
    const printed = printedSelection(chosen, dataset, false);
    expect(printed).toBe(chosen);
    expect(reportDateText(printed)).toBe('2025-01-10（2份中1份注明）');
  });

  it('on 历年变化, the chosen townships in every year: every report it shows is counted', () => {
    const printed = printedSelection(chosen, dataset, true);
    expect(printed.years).toEqual([2023, 2024]);
    expect(printed.townships.map((t) => t.id)).toEqual(['a', 'b']);
    expect(selectionScopeText(printed)).toBe('甲乡、乙乡 · 2023、2024年');
    expect(reportDateText(printed)).toBe('2025-01-10（4份中2份注明）');
  });
});
