import { afterEach, describe, expect, it } from 'vitest';
import { getPrintMode, setPrintMode, subscribePrintMode } from '../../../src/app/print-mode';

afterEach(() => setPrintMode({ active: false, orientation: 'landscape' }));

describe('print mode store', () => {
  it('starts on screen and tells listeners about real changes only', () => {
    expect(getPrintMode()).toEqual({ active: false, orientation: 'landscape' });
    const seen: string[] = [];
    const unsubscribe = subscribePrintMode(() => seen.push(`${getPrintMode().active}:${getPrintMode().orientation}`));
    setPrintMode({ active: true, orientation: 'portrait' });
    setPrintMode({ active: true, orientation: 'portrait' });
    setPrintMode({ active: true, orientation: 'landscape' });
    setPrintMode({ active: false, orientation: 'portrait' });
    unsubscribe();
    setPrintMode({ active: true, orientation: 'portrait' });
    expect(seen).toEqual(['true:portrait', 'true:landscape', 'false:landscape']);
  });

  it('has one screen state whatever orientation it is left with', () => {
    setPrintMode({ active: true, orientation: 'portrait' });
    setPrintMode({ active: false, orientation: 'portrait' });
    expect(getPrintMode()).toEqual({ active: false, orientation: 'landscape' });
  });
});
