/** Properties of whatItTakes on random linear frameworks (exact path), checked with score(). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { score, type DatasetInput, type FrameworkInput } from '../../../src/index.js';
import { whatItTakes } from '../../../src/analysis/index.js';
import { fuzz } from '../../fuzz/settings.js';

const indicatorArbitrary = fc.record({
  min: fc.integer({ min: -50, max: 50 }),
  width: fc.integer({ min: 1, max: 100 }),
  weight: fc.integer({ min: 0, max: 5 }),
  clip: fc.boolean(),
  direction: fc.constantFrom('higher' as const, 'lower' as const),
});

describe('whatItTakes on random linear frameworks', () => {
  it('the exact answer reaches the goal and a value one unit of the last decimal short of it does not (missing values re-weighted or counted as zero)', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.array(indicatorArbitrary, { minLength: 2, maxLength: 4 }),
        fc.array(fc.array(fc.option(fc.integer({ min: -100, max: 200 }), { nil: null, freq: 6 }), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 6 }),
        fc.constantFrom('reweight' as const, 'zero' as const),
        fc.constantFrom('competition' as const, 'dense' as const, 'ordinal' as const),
        fc.nat(),
        fc.nat(),
        (indicators, rows, policy, ties, unitPick, rankPick) => {
          if (indicators.every((indicator) => indicator.weight === 0)) return;
          const framework: FrameworkInput = {
            id: 'random',
            name: 'Random',
            scale: 100,
            ranking: { ties },
            root: {
              kind: 'aggregate',
              id: 'index',
              missing: { policy },
              children: indicators.map((indicator, index) => ({
                kind: 'indicator' as const,
                id: `i${index}`,
                unit: 'score' as const,
                weight: indicator.weight,
                direction: indicator.direction,
                normalisation: { method: 'goalposts' as const, min: indicator.min, max: indicator.min + indicator.width, clip: indicator.clip },
              })),
            },
          };
          const dataset: DatasetInput = { units: rows.map((row, index) => ({ id: `U${index}`, values: Object.fromEntries(indicators.map((_indicator, column) => [`i${column}`, row[column] ?? null])) })) };
          const unit = `U${unitPick % rows.length}`;
          const rank = 1 + (rankPick % rows.length);
          const answer = whatItTakes(framework, dataset, { unit, goal: { rank }, decimals: 3 });
          for (const row of answer.indicators) {
            // a missing value is searched (its answer is checked by whatItTakes's own re-score)
            if (row.from !== null) expect(row.method).toBe('exact');
            if (row.status === 'reached' && row.from === null) expect(row.method).toBe('search');
            if (row.status !== 'reached' || row.from === null) continue;
            const rescored = (value: string): number => {
              const units = dataset.units.map((candidate) => (candidate.id === unit ? { ...candidate, values: { ...candidate.values, [row.indicator]: value } } : candidate));
              return score(framework, { units }).units.find((candidate) => candidate.id === unit)?.nodes.index?.rank ?? Number.POSITIVE_INFINITY;
            };
            const to = Number(row.to);
            const shortOf = (to > Number(row.from) ? to - 0.001 : to + 0.001).toFixed(3);
            expect(rescored(row.to as string)).toBeLessThanOrEqual(rank);
            expect(rescored(shortOf)).toBeGreaterThan(rank);
            checked += 1;
          }
        },
      ),
      fuzz(40),
    );
    expect(checked).toBeGreaterThan(10);
  });
});
