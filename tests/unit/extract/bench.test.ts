import { describe, expect, it } from 'vitest';
import { benchExtraction } from '../../../scripts/bench-extract';

describe('benchExtraction', () => {
  it('times whole passes over the five reports and reports their rate', async () => {
    const result = await benchExtraction({ seconds: 0.2 });
    expect(result.reports % 5).toBe(0);
    expect(result.reports).toBeGreaterThanOrEqual(5);
    expect(result.seconds).toBeGreaterThanOrEqual(0.2);
    expect(result.reportsPerSecond).toBeCloseTo(result.reports / result.seconds, 6);
  });
});
