import { describe, expect, it } from 'vitest';
import { consecutiveRuns } from '../../../src/model/number-runs';

describe('consecutiveRuns', () => {
  it('sorts, drops repeats and joins consecutive numbers', () => {
    expect(consecutiveRuns([])).toEqual([]);
    expect(consecutiveRuns([5])).toEqual([{ first: 5, last: 5 }]);
    expect(consecutiveRuns([9, 2, 3, 4, 3, 11, 12])).toEqual([
      { first: 2, last: 4 },
      { first: 9, last: 9 },
      { first: 11, last: 12 },
    ]);
  });
});
