import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../src/extract';

describe('segmentText', () => {
  it('alternates plain runs and marks, covering the whole text', () => {
    expect(segmentText(10, [{ start: 2, end: 4 }, { start: 4, end: 6 }])).toEqual([
      { start: 0, end: 2, span: null },
      { start: 2, end: 4, span: 0 },
      { start: 4, end: 6, span: 1 },
      { start: 6, end: 10, span: null },
    ]);
  });

  it('leaves overlapping or out-of-range spans unmarked', () => {
    expect(segmentText(5, [{ start: 0, end: 3 }, { start: 2, end: 4 }, { start: 4, end: 9 }])).toEqual([
      { start: 0, end: 3, span: 0 },
      { start: 3, end: 5, span: null },
    ]);
  });

  it('gives one plain segment for a text without spans, none for an empty text', () => {
    expect(segmentText(3, [])).toEqual([{ start: 0, end: 3, span: null }]);
    expect(segmentText(0, [])).toEqual([]);
  });
});
