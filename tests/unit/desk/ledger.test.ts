// The figure ledger over the five shipped reports: every figure in reading
// order with its sentence; drafted rows taken → placed, the rest open until
// placed or set aside; a figure placed by hand gets a verbatim quote that
// states it and the bound its text gives. And the shipped metrics.csv rows
// account for every figure of their report (reports.csv figures_accounted = yes).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textStatesNumber } from '../../../src/data/numerals';
import { buildLedger, countLedger, isAccountedFor, openFiguresText, openItemsShort, placedDraft, type FigureDecisions } from '../../../src/desk/ledger';
import { analyseMetrics } from '../../../src/extract';
import { DATA_DIR, readTable, shippedRules } from '../extract/helpers';

const reports = readTable(`${DATA_DIR}reports.csv`).rows;
const metrics = readTable(`${DATA_DIR}metrics.csv`).rows;

function shipped(townshipId: string) {
  const report = reports.find((r) => r.township_id === townshipId)!;
  const text = readFileSync(`${DATA_DIR}${report.file}`, 'utf8');
  return { report, text, extraction: analyseMetrics(text, { rules: shippedRules(), townshipId }) };
}

const NONE: FigureDecisions = { rows: [], setAside: new Map() };

describe.each(['taerma', 'haizigou', 'bitu', 'daguo', 'zhegu'])('the figure ledger of %s-2024', (townshipId) => {
  const { report, text, extraction } = shipped(townshipId);

  it('lists every figure in reading order, each with the sentence that holds it', () => {
    const ledger = buildLedger(text, extraction.figures, NONE);
    expect(ledger.length).toBe(extraction.figures.length);
    expect(ledger.length).toBeGreaterThan(4);
    for (let i = 1; i < ledger.length; i++) expect(ledger[i]!.start).toBeGreaterThan(ledger[i - 1]!.start);
    for (const line of ledger) {
      expect(line.figureText).toBe(text.slice(line.start, line.end));
      expect(line.sentence.replace(/\s/g, '')).toContain(line.figureText.replace(/\s/g, ''));
    }
  });

  it('nothing taken: every figure but those an ignore rule names is open', () => {
    const ledger = buildLedger(text, extraction.figures, NONE);
    const ignored = extraction.figures.filter((f) => f.outcome === 'ignored').length;
    expect(countLedger(ledger).open).toBe(ledger.length - ignored);
    expect(isAccountedFor(ledger)).toBe(false);
  });

  it('each drafted row taken (采用) is placed; the figures it did not draft stay open until placed or set aside', () => {
    const rows = extraction.rows.map((r) => ({ figureStart: r.figureStart, metric: r.metric, decision: 'accepted' as const }));
    const ledger = buildLedger(text, extraction.figures, { rows, setAside: new Map() });
    const undrafted = extraction.figures.filter((f) => f.row === null && f.outcome !== 'ignored');
    expect(countLedger(ledger).placed).toBe(extraction.rows.length);
    expect(countLedger(ledger).open).toBe(undrafted.length);
    const setAside = new Map(undrafted.map((f) => [f.figure.start, 'not_a_figure' as const]));
    expect(isAccountedFor(buildLedger(text, extraction.figures, { rows, setAside }))).toBe(true);
  });

  it('a figure placed by hand: the quote is verbatim, states the value, and the bound follows 余/以上/约', () => {
    for (const reviewed of extraction.figures) {
      const draft = placedDraft(text, reviewed, 'outreach_events');
      expect(text.slice(draft.start, draft.end)).toBe(draft.quote);
      expect(draft.quote.endsWith(text.slice(reviewed.figure.start, reviewed.figure.end))).toBe(true);
      expect(textStatesNumber(draft.quote, draft.value)).toBe(true);
      expect(draft.item.trim()).not.toBe('');
      const figureWords = text.slice(reviewed.figure.start, reviewed.figure.end);
      if (/余|以上|多/.test(figureWords)) expect(draft.bound).toBe('at_least');
      if (/^约|左右$/.test(figureWords)) expect(draft.bound).toBe('approx');
    }
  });

  it('is accounted for in the shipped data: every ledger figure is a metrics.csv row or not a count', () => {
    expect(report.figures_accounted).toBe('yes');
    const quotes = metrics.filter((m) => m.township_id === townshipId).map((m) => m.quote ?? '');
    for (const reviewed of extraction.figures) {
      const figureWords = text.slice(reviewed.figure.start, reviewed.figure.end);
      const inData = quotes.some((q) => q.includes(figureWords.trim()) || q.replace(/\s/g, '').includes(figureWords.replace(/\s/g, '')));
      // The one figure that is no metric row: 三位一体 (a phrase, not a count).
      const phrase = /三位一体/.test(text.slice(reviewed.figure.start, reviewed.figure.end + 2));
      expect(inData || phrase, `${figureWords}：${reviewed.sentenceStart}`).toBe(true);
    }
  });
});

describe('the figure ledger by hand', () => {
  const text = '全年开展普法宣传两场，覆盖群众近300人，发放资料1万余份。计划明年开展不少于4次。';
  const extraction = analyseMetrics(text, { rules: shippedRules() });

  it('finds Chinese numerals and 近/余 bounds, and places them with quote and bound from the text', () => {
    const byText = new Map(extraction.figures.map((f) => [text.slice(f.figure.start, f.figure.end), f]));
    const two = [...byText.entries()].find(([words]) => words.includes('两场'));
    expect(two).toBeDefined();
    const draft = placedDraft(text, two![1], 'outreach_events');
    expect(draft).toMatchObject({ value: 2, quote: '全年开展普法宣传两场', item: '开展普法宣传', bound: 'exact' });
    const near = [...byText.entries()].find(([words]) => words.includes('300'));
    expect(placedDraft(text, near![1], 'outreach_reach')).toMatchObject({ value: 300, bound: 'approx', quote: '覆盖群众近300人' });
  });

  it('a plan arrives open with 计划 suggested as the reason; setting it aside accounts for it', () => {
    const lines = buildLedger(text, extraction.figures, NONE);
    const plan = lines.find((l) => l.figureText.includes('4次'))!;
    expect(plan.state).toBe('open');
    expect(plan.suggested).toBe('plan');
    const setAside = new Map(lines.map((l) => [l.start, l.suggested ?? 'not_in_catalog'] as const));
    expect(isAccountedFor(buildLedger(text, extraction.figures, { rows: [], setAside }))).toBe(true);
  });

  it('a row not taken (不采用) counts as set aside, a row waiting for 采用 as open', () => {
    const first = extraction.figures[0]!;
    const pending = buildLedger(text, extraction.figures, { rows: [{ figureStart: first.figure.start, metric: 'outreach_events', decision: 'pending' }], setAside: new Map() });
    expect(pending[0]!.state).toBe('open');
    const rejected = buildLedger(text, extraction.figures, { rows: [{ figureStart: first.figure.start, metric: 'outreach_events', decision: 'rejected' }], setAside: new Map() });
    expect(rejected[0]).toMatchObject({ state: 'set_aside', reason: 'rejected' });
  });
});

describe('the problems section counts for accounted', () => {
  it('a report with every figure handled but drafted problems not reviewed is not accounted for, and the words say so', () => {
    expect(isAccountedFor([], 0)).toBe(true);
    expect(isAccountedFor([], 2)).toBe(false);
    expect(openFiguresText(0, 2)).toBe('还有 2 条存在的问题未审核（既未采用，也未不采用）');
    expect(openFiguresText(3, 1)).toContain('还有 3 个数字未处理');
    expect(openFiguresText(3, 1)).toContain('1 条存在的问题未审核');
    expect(openItemsShort(3)).toBe('还有 3 个数字未处理');
    expect(openItemsShort(0, 2)).toBe('还有 2 条问题未审核');
    expect(openItemsShort(3, 2)).toBe('还有 3 个数字未处理、2 条问题未审核');
  });
});
