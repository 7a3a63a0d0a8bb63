import { describe, expect, it } from 'vitest';
import { cellChoice, parseCellChoice } from '../../../src/app/cell-choice';
import { decodeUrlState, encodeUrlState, DEFAULT_URL_STATE } from '../../../src/app/url-state';

describe('matrix cell choice', () => {
  it('round-trips a township cell and a whole category, also through the URL', () => {
    for (const [rowKey, categoryId] of [
      ['bitu:2024', 'legal_talent'],
      [null, 'outreach_depth'],
    ] as const) {
      const value = cellChoice(rowKey, categoryId);
      expect(parseCellChoice(value)).toEqual({ rowKey, categoryId });
      const state = decodeUrlState(encodeUrlState({ ...DEFAULT_URL_STATE, view: 'shortcomings', cell: value }));
      expect(parseCellChoice(state.cell)).toEqual({ rowKey, categoryId });
    }
  });

  it('rejects values without a category', () => {
    expect(parseCellChoice(null)).toBeNull();
    expect(parseCellChoice('')).toBeNull();
    expect(parseCellChoice('bitu:2024')).toBeNull();
    expect(parseCellChoice('bitu:2024|')).toBeNull();
    expect(parseCellChoice('a|b|c')).toBeNull();
  });
});
