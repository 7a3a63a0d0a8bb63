// The frozen copy of the shipped data (tests/fixtures/shipped-2024) that the
// test sites and the shipped-data unit tests read: it must stay a data folder
// the current code takes without a single problem, or those tests would test
// a format the product no longer reads. When the format changes, update the
// copy with it (its README).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataFolder, DATA_FILES } from '../../../src/data/index';
import { FROZEN_DATA_DIR } from './helpers';

describe('the frozen copy of the shipped data', () => {
  it('passes the folder check with no problem and every quote found', async () => {
    const check = await checkDataFolder((path) => {
      try {
        return { bytes: new Uint8Array(readFileSync(join(FROZEN_DATA_DIR, path))) };
      } catch {
        return { bytes: null, reason: '文件不存在' };
      }
    });
    expect(check.problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([]);
    expect(check.dataset.reports.length).toBeGreaterThan(0);
    expect(check.quotes.checked).toBe(check.dataset.metrics.length + check.dataset.shortcomings.length);
  });

  it('holds every table of the data folder and the texts its reports.csv names, nothing else', () => {
    const tables = Object.values(DATA_FILES);
    expect(readdirSync(FROZEN_DATA_DIR).filter((f) => f.endsWith('.csv')).sort()).toEqual([...tables].sort());
    const named = readFileSync(join(FROZEN_DATA_DIR, 'reports.csv'), 'utf8').match(/reports\/[^,\s]+\.txt/g) ?? [];
    expect(named.length).toBeGreaterThan(0);
    expect(readdirSync(join(FROZEN_DATA_DIR, 'reports')).map((f) => `reports/${f}`).sort()).toEqual([...named].sort());
  });
});
