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
});
