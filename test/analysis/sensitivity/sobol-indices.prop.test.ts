/** Properties of the Sobol' estimators and sampler on hostile outputs and inputs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../../src/index.js';
import { saltelliSample, sobolEstimates, sobolIndices, type SensitivityInput } from '../../../src/analysis/index.js';
import { fuzz } from '../../fuzz/settings.js';

/** Any double, the hostile ones included: NaN, ±Infinity, ±0, subnormals, ±MAX_VALUE. */
const anyDouble = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, 1e-300, 1e300));
/** Finite doubles of every magnitude. */
const finiteDouble = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e-300, 1e300, 1e154));

/** Outputs for N rows and k inputs, drawn from `value`, with f(B_A^(i)) (second order) in some cases. */
function outputs(value: fc.Arbitrary<number>): fc.Arbitrary<{ a: number[]; b: number[]; ab: number[][]; ba?: number[][] }> {
  return fc.record({ n: fc.integer({ min: 1, max: 12 }), k: fc.integer({ min: 1, max: 4 }) }).chain(({ n, k }) =>
    fc.record(
      {
        a: fc.array(value, { minLength: n, maxLength: n }),
        b: fc.array(value, { minLength: n, maxLength: n }),
        ab: fc.array(fc.array(value, { minLength: n, maxLength: n }), { minLength: k, maxLength: k }),
        ba: fc.array(fc.array(value, { minLength: n, maxLength: n }), { minLength: k, maxLength: k }),
      },
      { requiredKeys: ['a', 'b', 'ab'] },
    ),
  );
}

function isFiniteResult(result: ReturnType<typeof sobolEstimates>): boolean {
  return (
    Number.isFinite(result.mean) &&
    result.second.every((pair) => Number.isFinite(pair.index) && [pair.interval?.lower, pair.interval?.upper, pair.standardError].every((value) => value === undefined || value === null || Number.isFinite(value))) &&
    result.indices.every(
      (index) =>
        Number.isFinite(index.first) &&
        Number.isFinite(index.total) &&
        [index.firstInterval?.lower, index.firstInterval?.upper, index.totalInterval?.lower, index.totalInterval?.upper, index.firstStandardError, index.totalStandardError].every((value) => value === undefined || value === null || Number.isFinite(value)),
    )
  );
}

describe('sobolEstimates on hostile outputs', () => {
  it('never gives a NaN or infinite index: any outputs give finite indices or a ChisoError', () => {
    fc.assert(
      fc.property(outputs(anyDouble), (values) => {
        try {
          expect(isFiniteResult(sobolEstimates(values, { bootstrap: { resamples: 20 } }))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ChisoError);
        }
      }),
      fuzz(300),
    );
  });

  it('gives indices for finite outputs of any magnitude unless A and B outputs are all equal', () => {
    fc.assert(
      fc.property(outputs(finiteDouble), (values) => {
        const all = [...values.a, ...values.b];
        const varies = all.some((value) => value !== all[0]);
        let result: ReturnType<typeof sobolEstimates> | undefined;
        try {
          result = sobolEstimates(values, { bootstrap: false });
        } catch (error) {
          expect(error).toBeInstanceOf(ChisoError);
          // Refused only when A and B vary by no more than rounding (a spread within 16 ulps), or by
          // less than 10^-150 of the largest output of A_B or B_A — the indices, ratios of squares, could then exceed 10^300.
          const largest = Math.max(...all.map(Math.abs));
          const largestOverall = Math.max(largest, ...values.ab.flat().map(Math.abs), ...(values.ba ?? []).flat().map(Math.abs));
          const spread = Math.max(...all) - Math.min(...all);
          expect(!varies || spread <= 16 * Number.EPSILON * largest || spread < 1e-150 * largestOverall).toBe(true);
          return;
        }
        expect(isFiniteResult(result)).toBe(true);
      }),
      fuzz(300),
    );
  });

  it('never gives a negative total-order index (Jansen\u2019s estimator is a mean of squares)', () => {
    fc.assert(
      fc.property(outputs(fc.double({ min: -1e6, max: 1e6, noNaN: true })), (values) => {
        try {
          expect(sobolEstimates(values, { bootstrap: false }).indices.every((index) => index.total >= 0)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ChisoError);
        }
      }),
      fuzz(200),
    );
  });

  it('leaves every index exactly unchanged when all outputs are multiplied by a power of two', () => {
    // Values of 0 or at least 1e-30 in magnitude, so that no scaled value becomes subnormal and loses bits.
    const normal = fc.double({ min: -1e3, max: 1e3, noNaN: true }).map((value) => (Math.abs(value) < 1e-30 ? 0 : value));
    fc.assert(
      fc.property(outputs(normal), fc.integer({ min: -900, max: 900 }), (values, exponent) => {
        const scale = (value: number): number => value * 2 ** exponent;
        let plain: ReturnType<typeof sobolEstimates>;
        try {
          plain = sobolEstimates(values, { bootstrap: { resamples: 10 } });
        } catch {
          return;
        }
        const scaled = sobolEstimates({ a: values.a.map(scale), b: values.b.map(scale), ab: values.ab.map((column) => column.map(scale)) }, { bootstrap: { resamples: 10 } });
        expect(scaled.indices).toEqual(plain.indices);
      }),
      fuzz(200),
    );
  });
});

const uniformInput = fc
  .tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }))
  .filter(([low, high]) => low < high && Number.isFinite(high - low))
  .map(([min, max]): SensitivityInput => ({ name: 'x', distribution: 'uniform', min, max }));

describe('saltelliSample on any usable inputs', () => {
  it('keeps every value of a uniform input within [min, max]', () => {
    fc.assert(
      fc.property(fc.array(uniformInput, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 16 }), fc.constantFrom('sobol' as const, 'random' as const), (inputs, n, sequence) => {
        const named = inputs.map((input, index) => ({ ...input, name: `x${index}` }));
        const sample = saltelliSample(named, { n, sequence, seed: n });
        for (const matrix of [sample.a, sample.b, ...sample.ab]) {
          for (const row of matrix) {
            row.forEach((value, column) => {
              const input = named[column];
              if (input?.distribution !== 'uniform') throw new Error('uniform inputs only');
              expect(value >= input.min && value <= input.max).toBe(true);
            });
          }
        }
      }),
      fuzz(100),
    );
  });

  it('gives the same sample for the same seed, whatever the seed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.bigInt()), fc.constantFrom('sobol' as const, 'random' as const), (seed, sequence) => {
        const inputs: SensitivityInput[] = [
          { name: 'x', distribution: 'uniform', min: 0, max: 1 },
          { name: 'y', distribution: 'discrete', values: [1, 2, 3] },
        ];
        expect(saltelliSample(inputs, { n: 8, seed, sequence })).toEqual(saltelliSample(inputs, { n: 8, seed, sequence }));
      }),
      fuzz(100),
    );
  });
});

describe('sobolIndices on hostile models', () => {
  it('never resolves with a NaN index: any model outputs give finite indices or a ChisoError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyDouble, { minLength: 1, maxLength: 8 }), async (table) => {
        // A model that answers from the table by the first input's value: hostile values appear in some runs.
        const model = (values: readonly number[]): number => table[Math.min(Math.floor((values[0] ?? 0) * table.length), table.length - 1)] ?? 0;
        try {
          const result = await sobolIndices(model, [{ name: 'x', distribution: 'uniform', min: 0, max: 1 }, { name: 'y', distribution: 'uniform', min: 0, max: 1 }], { n: 16, seed: 1, bootstrap: { resamples: 10 } });
          expect(isFiniteResult(result)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ChisoError);
        }
      }),
      fuzz(100),
    );
  });
});
