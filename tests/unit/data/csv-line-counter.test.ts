// lineCounter (csv-lines.ts) finds line feeds with indexOf and remembers the
// next one (issue 19): for any text and any non-decreasing offsets, including
// repeated ones, offsets on a line feed and offsets past the end, it gives the
// line a plain count of the line feeds before the offset gives.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineCounter } from '../../../src/data/csv-lines';

function lineByCounting(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(offset, text.length); i++) if (text[i] === '\n') line++;
  return line;
}

describe('lineCounter', () => {
  it('gives the line of each offset, as counting the line feeds before it does', () => {
    const text = fc.array(fc.constantFrom('a', ',', '\n', '\r', '\r\n', '\n\n', '受'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat({ max: 70 }), { maxLength: 30 }), (value, steps) => {
        const lineAt = lineCounter(value);
        let offset = 0;
        for (const step of steps) {
          offset += step % 3 === 0 ? 0 : step;
          expect(lineAt(offset)).toBe(lineByCounting(value, offset));
        }
      }),
      { seed: 19036, numRuns: 2000 },
    );
  });

  it('counts a line feed at the offset itself on the next call only', () => {
    const lineAt = lineCounter('ab\ncd\n\nef');
    expect([lineAt(0), lineAt(2), lineAt(3), lineAt(6), lineAt(7), lineAt(99)]).toEqual([1, 1, 2, 3, 4, 4]);
  });
});
