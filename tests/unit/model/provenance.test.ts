import { describe, expect, it } from 'vitest';
import { buildDashboardModel, buildProvenanceIndex, provenanceKey } from '../../../src/model';
import { fiveTownships } from '../../fixtures/model/synth';

describe('provenance', () => {
  const dataset = fiveTownships();
  const index = buildProvenanceIndex(dataset);

  it('every metric and shortcoming row has a unique key', () => {
    expect(index.size).toBe(dataset.metrics.length + dataset.shortcomings.length);
  });

  it('a key leads to the row, its township and its report', () => {
    const figure = dataset.metrics[3];
    if (!figure) throw new Error('fixture too small');
    const entry = index.get(provenanceKey(figure.source));
    expect(entry?.kind).toBe('metric');
    if (entry?.kind !== 'metric') return;
    expect(entry.figure).toBe(figure);
    expect(entry.township?.id).toBe(figure.townshipId);
    expect(entry.report?.year).toBe(figure.year);
    expect(entry.report?.townshipId).toBe(figure.townshipId);
  });

  it('every key a derived figure carries resolves', () => {
    const model = buildDashboardModel(dataset);
    const keys = [
      ...model.outreach.flatMap((c) => c.totals.flatMap((t) => t.provenance)),
      ...model.disputes.rows.flatMap((r) => [...(r.headlineRate?.provenance ?? []), ...r.screeningRounds.provenance]),
      ...model.shortcomings.cells.flatMap((c) => c.provenance),
      ...model.overview.flatMap((c) => c.figures.flatMap((f) => f.provenance)),
    ];
    expect(keys.length).toBeGreaterThan(20);
    expect(index.resolve(keys)).toHaveLength(keys.length);
    expect(index.resolve(['nope.csv:1'])).toEqual([]);
  });

  it('row() finds each row whatever key came before it, and nothing for a key no row has', () => {
    const figure = dataset.metrics[2];
    const shortcoming = dataset.shortcomings[1];
    if (!figure || !shortcoming) throw new Error('fixture too small');
    const fresh = buildProvenanceIndex(dataset);
    const figureKey = provenanceKey(figure.source);
    const shortcomingKey = provenanceKey(shortcoming.source);
    // Keys of the two files in turn, and unknown keys between them.
    // A file name of the same length as the one before it is still another file.
    const sameLengthFile = `${'x'.repeat(figure.source.file.length)}:${figure.source.line}`;
    const asked = [figureKey, shortcomingKey, 'nope.csv:1', figureKey, sameLengthFile, `${figure.source.file}:x${figure.source.line}`, shortcomingKey];
    const found = asked.map((key) => fresh.row(key));
    expect(found).toEqual([figure, shortcoming, undefined, figure, undefined, undefined, shortcoming]);
    expect(fresh.row(`${figure.source.file}:`)).toBeUndefined();
    expect(fresh.row(`${figure.source.file}:${figure.source.line}0000`)).toBeUndefined();
    expect(fresh.row('no colon')).toBeUndefined();
    // A line written otherwise (a hand-edited #q= link) is read as Number reads it.
    expect(fresh.row(`${figure.source.file}:${figure.source.line}.0`)).toBe(figure);
    for (const row of [...dataset.metrics, ...dataset.shortcomings]) expect(fresh.row(provenanceKey(row.source))).toBe(row);
  });
});
