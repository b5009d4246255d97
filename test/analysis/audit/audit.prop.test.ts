/** Properties of the audit's statistics, on hostile columns: ties, constants, gaps (NaN), 1e300. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correlation, cronbachAlpha, describeValues, kendallCorrelation, principalComponents, type CorrelationMethod } from '../../../src/analysis/index.js';
import { fuzz } from '../../fuzz/settings.js';

const value = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, 0, 1e300, -1e300, 5e-324) },
);
/** Two columns of the same length. */
const pair = fc.integer({ min: 0, max: 25 }).chain((length) => fc.tuple(fc.array(value, { minLength: length, maxLength: length }), fc.array(value, { minLength: length, maxLength: length })));
/** Two to five columns of the same length, sometimes one constant. */
const columns = fc.tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 0, max: 20 })).chain(([count, length]) =>
  fc.array(fc.oneof({ weight: 6, arbitrary: fc.array(value, { minLength: length, maxLength: length }) }, { weight: 1, arbitrary: fc.constant(Array.from({ length }, () => 7)) }), { minLength: count, maxLength: count }),
);
const methods: CorrelationMethod[] = ['pearson', 'spearman', 'kendall'];

function permute<T>(values: readonly T[], order: readonly number[]): T[] {
  return order.map((index) => values[index] as T);
}

/** Kendall's τ-b by its definition, over every pair (O(n²)): the reference for Knight's algorithm. */
function kendallByPairs(first: readonly number[], second: readonly number[]): number | null {
  const x: number[] = [];
  const y: number[] = [];
  first.forEach((value, index) => {
    const other = second[index] as number;
    if (!Number.isNaN(value) && !Number.isNaN(other)) {
      x.push(value);
      y.push(other);
    }
  });
  let numerator = 0;
  let pairsX = 0;
  let pairsY = 0;
  for (let left = 0; left < x.length; left += 1) {
    for (let right = left + 1; right < x.length; right += 1) {
      const signX = Math.sign((x[left] as number) - (x[right] as number));
      const signY = Math.sign((y[left] as number) - (y[right] as number));
      numerator += signX * signY;
      pairsX += signX * signX;
      pairsY += signY * signY;
    }
  }
  return pairsX === 0 || pairsY === 0 ? null : numerator / Math.sqrt(pairsX * pairsY);
}

describe('audit statistics, for any columns', () => {
  it('Kendall\'s τ-b by Knight\'s algorithm equals its definition over every pair, ties included', () => {
    const tied = fc.integer({ min: 0, max: 60 }).chain((length) =>
      fc.tuple(fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(Number.NaN)), { minLength: length, maxLength: length }), fc.array(fc.integer({ min: 0, max: 4 }), { minLength: length, maxLength: length })),
    );
    fc.assert(
      fc.property(fc.oneof(tied, pair), ([first, second]) => {
        const expected = kendallByPairs(first, second);
        const actual = kendallCorrelation(first, second);
        if (expected === null) expect(actual).toBeNull();
        else expect(actual).toBeCloseTo(expected, 12);
      }),
      fuzz(300),
    );
  });

  it('every correlation is in [-1, 1] or null, never NaN, and symmetric', () => {
    fc.assert(
      fc.property(pair, ([first, second]) => {
        for (const method of methods) {
          const forward = correlation(first, second, method);
          if (forward !== null) expect(Math.abs(forward)).toBeLessThanOrEqual(1);
          expect(Number.isNaN(forward)).toBe(false);
          expect(correlation(second, first, method)).toBe(forward);
        }
      }),
      fuzz(300),
    );
  });

  it('a correlation does not depend on the order units are listed in', () => {
    fc.assert(
      fc.property(
        pair.chain(([first, second]) => fc.tuple(fc.constant(first), fc.constant(second), fc.shuffledSubarray(first.map((_, index) => index), { minLength: first.length, maxLength: first.length }))),
        ([first, second, order]) => {
          for (const method of methods) {
            const given = correlation(first, second, method);
            const shuffled = correlation(permute(first, order), permute(second, order), method);
            if (given === null) expect(shuffled).toBeNull();
            else expect(shuffled).toBeCloseTo(given, 9);
          }
        },
      ),
      fuzz(200),
    );
  });

  it('descriptive statistics are finite or null, and skewness and kurtosis are null for a constant column', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 30 }), (values) => {
        const summary = describeValues(values);
        for (const entry of [summary.mean, summary.standardDeviation, summary.skewness, summary.kurtosis, summary.median]) {
          if (entry !== null) expect(Number.isFinite(entry)).toBe(true);
        }
        if (summary.constant) {
          expect(summary.skewness).toBeNull();
          expect(summary.kurtosis).toBeNull();
        }
      }),
      fuzz(300),
    );
  });

  it('principal components: eigenvalues sum to the number of columns, eigenvectors are orthonormal, or a reason is given', () => {
    fc.assert(
      fc.property(columns, (given) => {
        const pca = principalComponents(given);
        if (!('eigenvalues' in pca)) {
          expect(['too-few-units', 'constant-column']).toContain(pca.problem);
          return;
        }
        expect(pca.eigenvalues.reduce((sum, entry) => sum + entry, 0)).toBeCloseTo(given.length, 9);
        pca.eigenvalues.forEach((entry, index) => {
          expect(entry).toBeGreaterThanOrEqual(0);
          if (index > 0) expect(entry).toBeLessThanOrEqual(pca.eigenvalues[index - 1] as number);
        });
        pca.eigenvectors.forEach((left, row) =>
          pca.eigenvectors.forEach((right, column) => {
            const dot = left.reduce((sum, entry, index) => sum + entry * (right[index] as number), 0);
            expect(dot).toBeCloseTo(row === column ? 1 : 0, 9);
          }),
        );
        expect(pca.cumulativeShares.at(-1)).toBeCloseTo(1, 9);
      }),
      fuzz(200),
    );
  });

  it('Cronbach\'s alpha is at most 1, or null — never NaN', () => {
    fc.assert(
      fc.property(columns, (given) => {
        const { alpha } = cronbachAlpha(given);
        if (alpha !== null) {
          expect(Number.isFinite(alpha)).toBe(true);
          expect(alpha).toBeLessThanOrEqual(1 + 1e-9);
        }
      }),
      fuzz(200),
    );
  });
});
