/** Properties of explainUnit on generated frameworks: every method, policy and missing value. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError, explainUnit, score, type ScoreResult } from '../../src/index.js';
import { ExactDecimal } from '../../src/engine/decimal.js';
import { casesWith } from '../engine/hostile-cases.js';
import { fuzz } from '../fuzz/settings.js';

const modestValue = fc.oneof(fc.integer({ min: -3, max: 110 }), fc.integer({ min: -300, max: 11_000 }).map((hundredths) => (hundredths / 100).toFixed(2)));

/** Checks that an additive explanation's contributions add up to the score, for units with every value. */
function contributionsAddUp(everyUnit = false) {
  return fc.property(casesWith(modestValue, { tame: true }), (testCase) => {
    let result: ScoreResult;
    try {
      result = score(testCase.framework, testCase.data);
    } catch (error) {
      if (error instanceof ChisoError) return;
      throw error;
    }
    for (const unit of result.units) {
      const why = explainUnit(result, unit.id);
      if (!why.additive || why.score === null) continue;
      if (!everyUnit && why.indicators.some((entry) => entry.normalised === null)) continue;
      const total = why.indicators.reduce((sum, entry) => (entry.contribution === null ? sum : sum.plus(entry.contribution)), new ExactDecimal(0));
      // contributions are 40-digit texts; their sum may differ from the score in the last digits
      expect(total.minus(why.score).abs().lte(new ExactDecimal(why.score).abs().times('1e-30').plus('1e-30')), `${unit.id}: ${total.toString()} ≠ ${why.score}`).toBe(true);
    }
  });
}

describe('explainUnit on generated frameworks', () => {
  it('when an explanation says it is additive and the unit has every value, the contributions of its indicators add up to its score', () => {
    fc.assert(contributionsAddUp(), fuzz(800));
  });

  it('when an explanation says it is additive, the contributions add up to its score for every unit, every method and every missing-data policy', () => {
    fc.assert(contributionsAddUp(true), fuzz(800));
  });

  // Checks the claim on a missing value counted as zero under a lower-is-better aggregate, which adds
  // (1 − 0) to the score with no contribution of its own: such an explanation must not say additive.
  it('when an explanation says it is additive, the contributions add up to the score, missing values included', () => {
    // aimed at the bug: a missing value counted as zero under an aggregate whose direction is lower
    const shape = fc.record({
      inner: fc.constantFrom('mean', 'sum', 'minimum'),
      outer: fc.constantFrom('mean', 'sum'),
      y: fc.integer({ min: 0, max: 100 }).map((hundredths) => hundredths / 100),
      weight: fc.constantFrom(1, 2, 0.5),
    });
    fc.assert(
      fc.property(shape, ({ inner, outer, y, weight }) => {
        const framework = {
          id: 'f',
          name: 'F',
          root: {
            kind: 'aggregate',
            id: 'index',
            aggregation: { method: outer },
            missing: { policy: 'zero' },
            children: [
              { kind: 'aggregate', id: 'cost', direction: 'lower', weight, aggregation: { method: inner }, missing: { policy: 'zero' }, children: [{ kind: 'indicator', id: 'x', unit: 'score', normalisation: { method: 'identity' } }] },
              { kind: 'indicator', id: 'y', unit: 'score', normalisation: { method: 'identity' } },
            ],
          },
        };
        const result = score(framework, { units: [{ id: 'A', values: { x: null, y } }, { id: 'B', values: { x: 0.2, y: 0.5 } }] });
        const why = explainUnit(result, 'A');
        if (!why.additive || why.score === null) return;
        const total = why.indicators.reduce((sum, entry) => (entry.contribution === null ? sum : sum.plus(entry.contribution)), new ExactDecimal(0));
        expect(total.minus(why.score).abs().lte('1e-30'), `${total.toString()} ≠ ${why.score}`).toBe(true);
      }),
      fuzz(30),
    );
  });

  it('for a unit with every value, the effective weights of its indicators sum to 1', () => {
    fc.assert(
      fc.property(casesWith(modestValue, { tame: true }), (testCase) => {
        let result: ScoreResult;
        try {
          result = score(testCase.framework, testCase.data);
        } catch (error) {
          if (error instanceof ChisoError) return;
          throw error;
        }
        for (const unit of result.units) {
          const why = explainUnit(result, unit.id);
          if (why.score === null || why.indicators.some((entry) => entry.normalised === null)) continue;
          const total = why.indicators.reduce((sum, entry) => sum.plus(entry.effectiveWeight), new ExactDecimal(0));
          expect(total.minus(1).abs().lte('1e-30'), `${unit.id}: weights add up to ${total.toString()}`).toBe(true);
        }
      }),
      fuzz(400),
    );
  });
});
