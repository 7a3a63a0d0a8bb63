// Issue 5, item 6: the extractor against the hand-checked data of the five
// reports. A hand-checked figure counts as found when a draft row has the
// same township, metric, value and bound; a draft row matching no
// hand-checked figure counts as wrong. Items are compared and reported, not
// required. Recall and precision are printed per metric.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMetrics, extractShortcomings, type DraftRow } from '../../../src/extract';
import { FROZEN_DATA_DIR, readTable, shippedRules } from './helpers';

interface HandRow {
  township: string;
  metric: string;
  item: string;
  value: number;
  bound: string;
}

const reports = readTable(`${FROZEN_DATA_DIR}reports.csv`).rows;
const handChecked: HandRow[] = readTable(`${FROZEN_DATA_DIR}metrics.csv`).rows.map((r) => ({
  township: r.township_id!,
  metric: r.metric!,
  item: r.item!,
  value: Number(r.value),
  bound: r.bound!,
}));

function draftsOfAllReports(): DraftRow[] {
  return reports.flatMap((report) => {
    const text = readFileSync(`${FROZEN_DATA_DIR}${report.file}`, 'utf8');
    return extractMetrics(text, { townshipId: report.township_id!, year: Number(report.year), rules: shippedRules() });
  });
}

interface Comparison {
  found: Array<{ hand: HandRow; draft: DraftRow }>;
  missed: HandRow[];
  wrong: DraftRow[];
}

function compare(hand: readonly HandRow[], drafts: readonly DraftRow[]): Comparison {
  const unused = new Set(drafts);
  const found: Comparison['found'] = [];
  const missed: HandRow[] = [];
  for (const h of hand) {
    const draft = [...unused].find((d) => d.townshipId === h.township && d.metric === h.metric && d.value === h.value && d.bound === h.bound);
    if (draft) {
      unused.delete(draft);
      found.push({ hand: h, draft });
    } else {
      missed.push(h);
    }
  }
  return { found, missed, wrong: [...unused] };
}

const percent = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function printReport(c: Comparison, drafts: readonly DraftRow[]): void {
  const metrics = [...new Set([...handChecked.map((h) => h.metric), ...drafts.map((d) => d.metric)])].sort();
  const lines = ['metric                      hand drafted found  recall precision'];
  for (const m of metrics) {
    const hand = handChecked.filter((h) => h.metric === m).length;
    const drafted = drafts.filter((d) => d.metric === m).length;
    const found = c.found.filter((f) => f.hand.metric === m).length;
    lines.push(`${m.padEnd(27)} ${String(hand).padStart(4)} ${String(drafted).padStart(7)} ${String(found).padStart(5)}  ${percent(found, hand)}  ${percent(found, drafted)}`);
  }
  const itemsEqual = c.found.filter((f) => f.hand.item === f.draft.item).length;
  lines.push(
    `all                         ${String(handChecked.length).padStart(4)} ${String(drafts.length).padStart(7)} ${String(c.found.length).padStart(5)}  ${percent(c.found.length, handChecked.length)}  ${percent(c.found.length, drafts.length)}`,
    `items equal to the hand-checked item: ${itemsEqual} of ${c.found.length}`,
    ...c.missed.map((h) => `missed: ${h.township} ${h.metric} ${h.value} ${h.bound} (${h.item})`),
    ...c.wrong.map((d) => `wrong:  ${d.townshipId} ${d.metric} ${d.value} ${d.bound} 「${d.quote}」`),
  );
  console.log(lines.join('\n'));
}

describe('extraction measured against the hand-checked data/metrics.csv', () => {
  const drafts = draftsOfAllReports();
  const comparison = compare(handChecked, drafts);
  printReport(comparison, drafts);

  it('covers the five reports', () => {
    expect(new Set(handChecked.map((h) => h.township)).size).toBe(reports.length);
    expect(handChecked.length).toBeGreaterThan(30);
  });

  it('finds at least 95% of the hand-checked figures with the right metric, value and bound', () => {
    expect(comparison.found.length / handChecked.length).toBeGreaterThanOrEqual(0.95);
  });

  it('drafts at most 5% wrong rows', () => {
    expect(comparison.wrong.length / drafts.length).toBeLessThanOrEqual(0.05);
  });
});

describe('shortcoming drafts measured against the hand-checked data/shortcomings.csv', () => {
  // Compared per (township, category): quotes of the same point are cut differently by hand.
  const hand = new Set(readTable(`${FROZEN_DATA_DIR}shortcomings.csv`).rows.map((r) => `${r.township_id}|${r.category}`));
  const drafted = new Set(
    reports.flatMap((report) => {
      const text = readFileSync(`${FROZEN_DATA_DIR}${report.file}`, 'utf8');
      return extractShortcomings(text, { townshipId: report.township_id!, rules: shippedRules() }).map((d) => `${d.townshipId}|${d.category}`);
    }),
  );
  const found = [...hand].filter((k) => drafted.has(k));
  console.log(
    [
      `shortcomings (township, category): hand ${hand.size}, drafted ${drafted.size}, found ${found.length}, recall ${percent(found.length, hand.size)}, precision ${percent(found.length, drafted.size)}`,
      ...[...hand].filter((k) => !drafted.has(k)).map((k) => `missed: ${k}`),
      ...[...drafted].filter((k) => !hand.has(k)).map((k) => `extra:  ${k}`),
    ].join('\n'),
  );

  it('finds most hand-checked categories and drafts few others', () => {
    expect(found.length / hand.size).toBeGreaterThanOrEqual(0.8);
    expect(found.length / drafted.size).toBeGreaterThanOrEqual(0.8);
  });
});
