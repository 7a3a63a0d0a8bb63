// The one-pass metric total and the provenance row lookup (issue 19: the
// 简报's model work at province scale) against the straightforward versions
// they replaced, on generated inputs: same figure, parts, units, notes and
// provenance in the same order; the same row for every key.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MetricFigure } from '../../../src/data/types';
import { buildProvenanceIndex, combineBounds, provenanceKey } from '../../../src/model';
import { totalOfFigures } from '../../../src/model/metrics';
import { withErrors } from '../../../src/model/figure-state';
import { isPercentUnit } from '../../../src/model/metric-ids';
import { distinctMeasures } from '../../../src/model/units';
import { buildPlannedDataset, datasetPlan } from '../../fixtures/brief/generated-dataset';

/** totalOfFigures as it was written before the one-pass loop (reported figures only). */
function referenceTotal(figures: readonly MetricFigure[], catalogUnit: string) {
  const parts = figures.map((f) => ({ key: provenanceKey(f.source), item: f.item, value: f.value, unit: f.unit, bound: f.bound, quote: f.quote, note: f.note }));
  const units = [...new Set(parts.map((p) => p.unit))];
  const nonAdditive = isPercentUnit(catalogUnit) || parts.some((p) => isPercentUnit(p.unit));
  const first = parts[0]!;
  const figure = withErrors(
    nonAdditive
      ? { status: 'reported' as const, value: first.value, bound: first.bound }
      : {
          status: 'reported' as const,
          value: Math.round(parts.reduce((sum, p) => sum + p.value, 0) * 1e9) / 1e9,
          bound: combineBounds(parts.map((p) => p.bound)),
          // A lower bound with an approximate part: its minimum is itself approximate (≥约).
          ...(parts.some((p) => p.bound === 'at_least') && parts.some((p) => p.bound === 'approx') ? { approxParts: true as const } : {}),
        },
    [],
    { additive: !nonAdditive },
  );
  return {
    figure,
    parts,
    units,
    mixedUnits: distinctMeasures(units).length > 1,
    nonAdditive,
    notes: [...new Set(parts.map((p) => p.note.trim()).filter((n) => n !== ''))],
    provenance: parts.map((p) => p.key),
  };
}

const figureArb = fc.record({
  item: fc.constantFrom('集中宣讲', '入户宣讲', '其他'),
  value: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.constantFrom(0.1, 0.2, 0.7, 12.5)),
  unit: fc.constantFrom('次', '场次', '人', '人次', '%', ' ％', '百分比', ''),
  bound: fc.constantFrom('exact' as const, 'at_least' as const, 'approx' as const),
  note: fc.constantFrom('', ' ', '含线上', ' 含线上 ', '估计'),
  line: fc.integer({ min: 2, max: 100_000 }),
});

describe('one-pass metric total', () => {
  it('gives what the field-by-field computation gives', () => {
    fc.assert(
      fc.property(fc.array(figureArb, { minLength: 1, maxLength: 8 }), fc.constantFrom('次', '%', '人次', ''), (specs, catalogUnit) => {
        const figures: MetricFigure[] = specs.map((s) => ({
          townshipId: 't1',
          year: 2024,
          metric: 'm',
          item: s.item,
          value: s.value,
          unit: s.unit,
          bound: s.bound,
          quote: `引文${s.line}`,
          note: s.note,
          source: { file: 'metrics.csv', line: s.line },
        }));
        const total = totalOfFigures({ key: 't1:2024', townshipId: 't1', year: 2024 }, 'm', figures, catalogUnit);
        const { figure, parts, units, mixedUnits, nonAdditive, notes, provenance } = total;
        expect({ figure, parts, units, mixedUnits, nonAdditive, notes, provenance }).toEqual(referenceTotal(figures, catalogUnit));
      }),
      { numRuns: 300, seed: 19019 },
    );
  });

  it('a township without figures is silent, with empty parts', () => {
    const total = totalOfFigures({ key: 't1:2024', townshipId: 't1', year: 2024 }, 'm', [], '次');
    expect(total.figure.status).toBe('not_reported');
    expect([total.parts, total.units, total.notes, total.provenance]).toEqual([[], [], [], []]);
  });
});

describe('provenance row lookup', () => {
  it('gives the row get gives, for every row of a generated dataset, and nothing for an unknown key', () => {
    fc.assert(
      fc.property(datasetPlan(30), (plan) => {
        const dataset = buildPlannedDataset(plan);
        const provenance = buildProvenanceIndex(dataset);
        const keys = [...dataset.metrics, ...dataset.shortcomings].map((row) => provenanceKey(row.source));
        for (const key of keys) {
          const entry = provenance.get(key);
          expect(entry).toBeDefined();
          expect(provenance.row(key) === (entry?.kind === 'metric' ? entry.figure : entry?.shortcoming)).toBe(true);
        }
        // A refused row is no source: neither lookup finds it (unless a usable row has its line).
        for (const row of dataset.rejectedMetricRows ?? []) {
          const key = provenanceKey(row.source);
          expect(provenance.row(key) === undefined).toBe(provenance.get(key) === undefined);
        }
        expect(provenance.row('metrics.csv:999999')).toBeUndefined();
        expect(provenance.row('nofile.csv:2')).toBeUndefined();
      }),
      { numRuns: 20, seed: 19019 },
    );
  });
});
