/**
 * Rank quantiles against R's `quantile(x, probs, type = 7)` (R 4.x, `stats::quantile`, the
 * definition COINr's `get_sensitivity` uses for Q5 and Q95). The R results are written below each
 * call; they follow from R's type-7 code: index = 1 + (n − 1) p, h = index − ⌊index⌋,
 * Q = (1 − h) x[⌊index⌋] + h x[⌈index⌉].
 */
import { describe, expect, it } from 'vitest';
import { rankQuantile } from '../../../src/analysis/index.js';

function distributionOf(values: readonly number[]) {
  const ranks = [...new Set(values)].sort((left, right) => left - right);
  return { ranks: Int32Array.from(ranks), counts: Int32Array.from(ranks, (rank) => values.filter((value) => value === rank).length) };
}

describe('rankQuantile', () => {
  it('gives R type-7 quantiles', () => {
    // R: quantile(c(1, 2, 2, 3, 7), c(0, 0.05, 0.25, 0.5, 0.75, 0.95, 1))
    //    0%  5% 25% 50% 75% 95% 100%
    //   1.0 1.2 2.0 2.0 3.0 6.2 7.0
    const first = distributionOf([1, 2, 2, 3, 7]);
    expect([0, 0.05, 0.25, 0.5, 0.75, 0.95, 1].map((p) => rankQuantile(first, p))).toEqual([1, 1.2, 2, 2, 3, 6.199999999999999, 7]);
    // R: quantile(c(3, 1, 4, 1, 5, 9, 2, 6), c(0.05, 0.5, 0.95))   # 1.00 3.50 7.95
    const second = distributionOf([3, 1, 4, 1, 5, 9, 2, 6]);
    expect(rankQuantile(second, 0.05)).toBe(1);
    expect(rankQuantile(second, 0.5)).toBe(3.5);
    expect(rankQuantile(second, 0.95)).toBeCloseTo(7.95, 14);
    // R: quantile(c(5), 0.3)   # 5
    expect(rankQuantile(distributionOf([5]), 0.3)).toBe(5);
    // R: quantile(rep(c(1, 2), c(19, 1)), c(0.05, 0.95))   # 1.00 1.05
    const skewed = { ranks: Int32Array.from([1, 2]), counts: Int32Array.from([19, 1]) };
    expect(rankQuantile(skewed, 0.05)).toBe(1);
    expect(rankQuantile(skewed, 0.95)).toBeCloseTo(1.05, 14);
  });

  it('is null for an empty distribution and refuses p outside [0, 1]', () => {
    expect(rankQuantile({ ranks: new Int32Array(0), counts: new Int32Array(0) }, 0.5)).toBeNull();
    expect(() => rankQuantile(distributionOf([1]), 1.5)).toThrow(RangeError);
  });
});
