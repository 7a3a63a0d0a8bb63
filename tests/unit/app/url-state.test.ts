import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState, type UrlState } from '../../../src/app/url-state';
import { VIEWS } from '../../../src/app/views';

describe('URL state codec', () => {
  it('reads an empty hash as the defaults', () => {
    expect(decodeUrlState('')).toEqual(DEFAULT_URL_STATE);
    expect(decodeUrlState('#')).toEqual(DEFAULT_URL_STATE);
  });

  it('round-trips every view with a township choice, a year, a quote and a cell', () => {
    for (const view of VIEWS) {
      const state: UrlState = {
        view: view.id,
        townships: ['bitu', 'daguo'],
        year: 2024,
        quotes: ['metrics.csv:12', 'metrics.csv:13'],
        row: 'bitu:2024',
        cell: 'bitu:2024|legal_talent',
        paper: 'portrait',
        group: 'legal_services',
      };
      const hash = encodeUrlState(state);
      expect(hash.startsWith('#')).toBe(true);
      expect(decodeUrlState(hash)).toEqual(state);
    }
  });

  it('writes only what differs from the defaults', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('#view=overview');
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, view: 'disputes', year: 'all' })).toBe('#view=disputes&year=all');
  });

  it('keeps an explicit empty township choice apart from "all townships"', () => {
    const none = { ...DEFAULT_URL_STATE, townships: [] };
    expect(encodeUrlState(none)).toBe('#view=overview&t=');
    expect(decodeUrlState(encodeUrlState(none)).townships).toEqual([]);
    expect(decodeUrlState('#view=overview').townships).toBeNull();
  });

  it('escapes the characters of a provenance key and reads them back', () => {
    const hash = encodeUrlState({ ...DEFAULT_URL_STATE, quotes: ['metrics.csv:7', 'shortcomings.csv:3'] });
    expect(hash).toContain('q=metrics.csv%3A7,shortcomings.csv%3A3');
    expect(decodeUrlState(hash).quotes).toEqual(['metrics.csv:7', 'shortcomings.csv:3']);
  });

  it('ignores unknown views, malformed years, foreign ids and markup', () => {
    const state = decodeUrlState('#view=admin&year=20x4&t=bitu,<script>,bitu,da%20guo&q=%3Cimg%20onerror%3D1%3E&x=1');
    expect(state.view).toBe('overview');
    expect(state.year).toBeNull();
    expect(state.townships).toEqual(['bitu']);
    expect(state.quotes).toEqual([]);
  });

  it('survives broken percent-encoding', () => {
    expect(() => decodeUrlState('#view=outreach&q=%E4%')).not.toThrow();
    expect(decodeUrlState('#view=outreach&q=%E4%').view).toBe('outreach');
  });

  it('lets the first of repeated keys win', () => {
    expect(decodeUrlState('#view=disputes&view=outreach').view).toBe('disputes');
  });

  it('keeps the paper orientation: landscape by default and unwritten, portrait on request', () => {
    expect(decodeUrlState('#view=brief').paper).toBe('landscape');
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, view: 'brief' })).toBe('#view=brief');
    const portrait = encodeUrlState({ ...DEFAULT_URL_STATE, view: 'brief', paper: 'portrait' });
    expect(portrait).toBe('#view=brief&paper=portrait');
    expect(decodeUrlState(portrait).paper).toBe('portrait');
    expect(decodeUrlState('#paper=sideways').paper).toBe('landscape');
  });

  it('reads the year "all"', () => {
    expect(decodeUrlState('#year=all').year).toBe('all');
  });

  it('carries the metric group of 指标一览 and 历年变化, and drops a malformed one', () => {
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, view: 'catalog', group: 'study' })).toBe('#view=catalog&group=study');
    expect(decodeUrlState('#view=history&group=petitions')).toMatchObject({ view: 'history', group: 'petitions' });
    expect(decodeUrlState('#view=catalog&group=%3Cb%3E').group).toBeNull();
    expect(decodeUrlState('#view=catalog').group).toBeNull();
  });
});
