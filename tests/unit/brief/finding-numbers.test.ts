// Every figure a brief finding states comes from the quotes it cites (issue 24
// item 5): each number with a unit of measure in a finding's sentence is
// written in one of the finding's cited quotes, or is the total of the cited
// rows of one report (a total adds the report's items: 25余次 + 50余次 → ≥75次).
// Counts the brief makes itself (5个乡镇中4个, 3项, 2024年) have no unit of
// measure and are not figures of a report; change findings state differences
// between years, checked in change-findings.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBriefFindings } from '../../../src/brief/findings';
import { buildDataset, DATA_FILES, type DataFileBytes, type DataFileKey } from '../../../src/data/index';
import { textStatesNumber } from '../../../src/data/numerals';
import type { Dataset } from '../../../src/data/types';
import { buildDashboardModel, buildProvenanceIndex } from '../../../src/model';
import { fiveTownships } from '../../fixtures/model/synth';
import { FROZEN_DATA_DIR } from '../data/helpers';

/** A figure in a sentence: an optional ≥/约, a number (maybe in 万), a unit of measure. */
const FIGURE = /(\d+(?:\.\d+)?)(万)?(场次|人次|次|场|人|册|起|件|%|名|期|处|份(?!报告))/g;

function frozenShipped(): Dataset {
  const files = {} as DataFileBytes;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) files[key] = new Uint8Array(readFileSync(join(FROZEN_DATA_DIR, DATA_FILES[key])));
  return buildDataset(files);
}

/** Numbers in finding texts that no cited quote states and no cited report total makes. */
function unstatedNumbers(dataset: Dataset): { checked: number; unstated: string[] } {
  const findings = buildBriefFindings(buildDashboardModel(dataset)).filter((finding) => finding.kind !== 'change');
  const index = buildProvenanceIndex(dataset);
  const unstated: string[] = [];
  let checked = 0;
  for (const finding of findings) {
    const cited = index.resolve(finding.sources);
    const quotes = cited.map((entry) => (entry.kind === 'metric' ? entry.figure.quote : entry.shortcoming.quote));
    // Totals of the cited rows of one report and metric, each row's value stated by its own quote.
    const totals = new Map<string, number>();
    for (const entry of cited) {
      if (entry.kind !== 'metric' || !textStatesNumber(entry.figure.quote, entry.figure.value)) continue;
      const key = `${entry.figure.townshipId}|${entry.figure.year}|${entry.figure.metric}`;
      totals.set(key, (totals.get(key) ?? 0) + entry.figure.value);
    }
    for (const match of finding.text.matchAll(FIGURE)) {
      const value = Number(match[1]) * (match[2] ? 10_000 : 1);
      checked += 1;
      const stated = quotes.some((quote) => textStatesNumber(quote, value)) || [...totals.values()].some((total) => Math.abs(total - value) < 1e-9);
      if (!stated) unstated.push(`${finding.id}: ${match[0]} in 「${finding.text}」 (quotes: ${quotes.join(' / ')})`);
    }
  }
  return { checked, unstated };
}

describe('brief findings state only figures of their cited quotes', () => {
  it('on the shipped data (frozen copy)', () => {
    const { checked, unstated } = unstatedNumbers(frozenShipped());
    expect(checked).toBeGreaterThan(0);
    expect(unstated).toEqual([]);
  });

  it('on the five-township fixture', () => {
    const { checked, unstated } = unstatedNumbers(fiveTownships());
    expect(checked).toBeGreaterThan(0);
    expect(unstated).toEqual([]);
  });

  it('sees a figure that no cited quote states', () => {
    // The check itself: the leading figure's quote edited so it no longer states the value the finding shows.
    const dataset = frozenShipped();
    const events = dataset.metrics.filter((m) => m.metric === 'outreach_events').sort((a, b) => b.value - a.value)[0]!;
    const quote = events.quote.replace(String(events.value), String(events.value + 7));
    expect(quote).not.toBe(events.quote);
    const broken: Dataset = { ...dataset, metrics: dataset.metrics.map((m) => (m === events ? { ...m, quote } : m)) };
    expect(unstatedNumbers(broken).unstated.length).toBeGreaterThan(0);
  });
});
