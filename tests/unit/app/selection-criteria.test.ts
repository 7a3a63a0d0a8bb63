import { describe, expect, it } from 'vitest';
import { resolveChoice, townshipsForUrl } from '../../../src/app/selection-criteria';
import { DEFAULT_URL_STATE } from '../../../src/app/url-state';

const available = { townshipIds: ['taerma', 'haizigou', 'bitu'], years: [2025, 2023, 2024] };

describe('resolveChoice', () => {
  it('defaults to every township and the latest year', () => {
    const resolved = resolveChoice(DEFAULT_URL_STATE, available);
    expect(resolved.townshipIds).toEqual(['taerma', 'haizigou', 'bitu']);
    expect(resolved.years).toEqual([2025]);
    expect(resolved.year).toBe(2025);
    expect(resolved.allTownships).toBe(true);
  });

  it('keeps data order, drops and reports unknown ids', () => {
    const resolved = resolveChoice({ ...DEFAULT_URL_STATE, townships: ['bitu', 'gone', 'taerma'] }, available);
    expect(resolved.townshipIds).toEqual(['taerma', 'bitu']);
    expect(resolved.unknownTownshipIds).toEqual(['gone']);
    expect(resolved.allTownships).toBe(false);
  });

  it('uses every year for "all" and falls back to the latest for a year without data', () => {
    expect(resolveChoice({ ...DEFAULT_URL_STATE, year: 'all' }, available).years).toEqual([2023, 2024, 2025]);
    const stale = resolveChoice({ ...DEFAULT_URL_STATE, year: 2019 }, available);
    expect(stale.years).toEqual([2025]);
    expect(stale.year).toBe(2025);
    expect(resolveChoice({ ...DEFAULT_URL_STATE, year: 2023 }, available).years).toEqual([2023]);
  });

  it('handles data with no years at all', () => {
    const resolved = resolveChoice(DEFAULT_URL_STATE, { townshipIds: [], years: [] });
    expect(resolved.years).toEqual([]);
    expect(resolved.year).toBeNull();
  });
});

describe('townshipsForUrl', () => {
  it('writes null when every township is chosen, else the chosen ids in data order', () => {
    expect(townshipsForUrl(['bitu', 'taerma', 'haizigou'], available.townshipIds)).toBeNull();
    expect(townshipsForUrl(['bitu', 'taerma'], available.townshipIds)).toEqual(['taerma', 'bitu']);
    expect(townshipsForUrl([], available.townshipIds)).toEqual([]);
  });
});

describe('resolveChoice with a default year', () => {
  it('opens on the default year (most townships reported), not the newest', () => {
    const resolved = resolveChoice(DEFAULT_URL_STATE, { ...available, defaultYear: 2024 });
    expect(resolved.years).toEqual([2024]);
    expect(resolved.year).toBe(2024);
    // An explicit year still wins, and a default the data lacks falls back to the newest.
    expect(resolveChoice({ ...DEFAULT_URL_STATE, year: 2025 }, { ...available, defaultYear: 2024 }).years).toEqual([2025]);
    expect(resolveChoice(DEFAULT_URL_STATE, { ...available, defaultYear: 2019 }).years).toEqual([2025]);
  });
});
