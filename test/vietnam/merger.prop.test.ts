/**
 * Properties of the 2025 merger (63 → 34 provinces) on generated data: ranks after the merger
 * checked against an independent re-implementation of the tie rules, and the dataset merger on
 * values that are not numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError, mergeDatasetTo34, mergeResultTo34, PROVINCES_63, score } from '../../src/index.js';
import { ExactDecimal } from '../../src/engine/decimal.js';
import { referenceRanks } from '../engine/hostile-cases.js';
import { fuzz } from '../fuzz/settings.js';

/** Two indicators, one lower-is-better, under a mean; every method is linear, so scores are exact. */
const framework = {
  id: 'merge',
  name: 'Merge',
  root: {
    kind: 'aggregate',
    id: 'index',
    children: [
      { kind: 'indicator', id: 'cost', unit: 'score', direction: 'lower', normalisation: { method: 'minmax' } },
      { kind: 'indicator', id: 'reach', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } },
    ],
  },
};

const provinceValues = fc.array(fc.tuple(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 100 })), { minLength: 63, maxLength: 63 });

describe('mergeResultTo34', () => {
  // Checks (issue 6 §3) that a lower-is-better indicator is not reversed a second time by the merger.
  it('after the merger every rank is the tie rule applied to the merged values, computed independently', () => {
    fc.assert(
      fc.property(provinceValues, (rows) => {
        const result = score(framework, { units: PROVINCES_63.map((province, index) => ({ id: province.code, name: province.name, values: { cost: (rows[index]?.[0] ?? 0) * 63 + index, reach: rows[index]?.[1] ?? 0 } })) });
        const merged = mergeResultTo34(result);
        for (const info of merged.nodes) {
          const entries = merged.units.flatMap((unit) => {
            const figures = unit.nodes[info.id];
            const text = info.kind === 'indicator' ? figures?.normalised : figures?.score;
            return text === null || text === undefined ? [] : [{ id: unit.id, value: text }];
          });
          const expected = referenceRanks(entries, merged.framework.ranking.ties);
          for (const unit of merged.units) expect(unit.nodes[info.id]?.rank ?? null, `${unit.name ?? unit.id} at ${info.id}`).toBe(expected.get(unit.id) ?? null);
        }
      }),
      fuzz(10),
    );
  });

  it('each merged score is the exact mean of its former provinces\' scores', () => {
    fc.assert(
      fc.property(provinceValues, (rows) => {
        const result = score(framework, { units: PROVINCES_63.map((province, index) => ({ id: province.code, name: province.name, values: { cost: (rows[index]?.[0] ?? 0) * 63 + index, reach: rows[index]?.[1] ?? 0 } })) });
        const merged = mergeResultTo34(result);
        for (const unit of merged.units) {
          const former = merged.formerUnits[unit.id] ?? [];
          const scores = former.map((id) => new ExactDecimal(result.units.find((entry) => entry.id === id)?.nodes.index?.score ?? 'NaN'));
          const mean = scores.reduce((total, value) => total.plus(value), new ExactDecimal(0)).div(scores.length);
          // the merger averages 40-digit texts exactly; compare to 35 digits
          expect(new ExactDecimal(unit.nodes.index?.score ?? 'NaN').minus(mean).abs().lte('1e-35'), unit.name).toBe(true);
        }
      }),
      { numRuns: 10 },
    );
  });
});

describe('mergeDatasetTo34', () => {
  // Checks that the dataset merger reads values as validation does (it skips validateDataset).
  it('a value that is not a finite number gives a ChisoError naming the unit, never "NaN" or another error', () => {
    fc.assert(
      fc.property(fc.constantFrom<unknown>(Number.NaN, Number.POSITIVE_INFINITY, 'abc', '0,5', '', true, {}), fc.integer({ min: 0, max: 62 }), (value, at) => {
        const units = PROVINCES_63.map((province, index) => ({ id: province.code, name: province.name, values: { x: index === at ? value : index } }));
        let mergedText = '';
        try {
          mergedText = JSON.stringify(mergeDatasetTo34({ units } as Parameters<typeof mergeDatasetTo34>[0]));
        } catch (error) {
          expect(error).toBeInstanceOf(ChisoError);
          return;
        }
        expect(mergedText).not.toMatch(/NaN|Infinity/);
        throw new Error(`accepted ${String(value)} without a word`);
      }),
      fuzz(14),
    );
  });
});
