import { ExactDecimal, ONE, ZERO, type Exact } from '../../engine/decimal.js';
import type { Normalisation } from '../../model/framework.js';
import { ValueProblem, type NormaliseMethod } from './types.js';

type Params = Extract<Normalisation, { method: 'percentile' }>;

/** Number of sorted values strictly below `value` (binary search). */
function countBelow(sorted: readonly Exact[], value: Exact): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as Exact).lt(value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Number of sorted values at or below `value`. */
function countAtOrBelow(sorted: readonly Exact[], value: Exact): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as Exact).lte(value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Percentile rank: `units below / (n − 1)` over the n reference units, so the worst scores 0 and
 * the best 1. Tied units share the lowest of their positions (`ties: "min"`, the default — COINr's
 * `n_prank`, R's `rank(ties.method = "min")`, dplyr's `percent_rank`), or the mean of their
 * positions (`ties: "average"`: `(units below + ½ × other units tied) / (n − 1)`). Lower is better
 * counts units above instead. A value outside the reference set is placed among them and held
 * within [0, 1]. Robust to outliers, but discards distances.
 *
 * Fails with fewer than two reference values. Cost: one sort, then a binary search per value.
 * Reference: COINr `n_prank`; OECD/JRC Handbook (2008), "ranking" normalisation.
 *
 * @example
 * // reference 10, 20, 20, 40: 10 → 0, 20 → 1/3 (min ties) or 0.5 (average ties), 40 → 1
 */
export const percentile: NormaliseMethod<Params> = {
  name: 'percentile',
  dataDriven: () => true,
  check: () => [],
  prepare(params, { direction, reference }) {
    const count = reference.length;
    if (count < 2) throw new ValueProblem('undefined_computation', `percentile ranks need at least two reference values, found ${count}`);
    const sorted = [...reference].sort((left, right) => left.cmp(right));
    const denominator = new ExactDecimal(2 * (count - 1));
    return (value) => {
      const below = countBelow(sorted, value);
      const atOrBelow = countAtOrBelow(sorted, value);
      const tiedOthers = params.ties === 'average' ? Math.max(atOrBelow - below - 1, 0) : 0;
      const worse = direction === 'higher' ? below : count - atOrBelow;
      const score = new ExactDecimal(2 * worse + tiedOthers).div(denominator);
      if (score.gt(ONE)) return ONE;
      if (score.isNegative()) return ZERO;
      return score;
    };
  },
  prepareFloat(params, { direction, reference }) {
    const count = reference.length;
    if (count < 2) throw new ValueProblem('undefined_computation', `percentile ranks need at least two reference values, found ${count}`);
    const sorted = Float64Array.from(reference).sort();
    const denominator = 2 * (count - 1);
    return (value) => {
      let low = 0;
      let high = count;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((sorted[middle] as number) < value) low = middle + 1;
        else high = middle;
      }
      const below = low;
      high = count;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((sorted[middle] as number) <= value) low = middle + 1;
        else high = middle;
      }
      const atOrBelow = low;
      const tiedOthers = params.ties === 'average' ? Math.max(atOrBelow - below - 1, 0) : 0;
      const worse = direction === 'higher' ? below : count - atOrBelow;
      const score = (2 * worse + tiedOthers) / denominator;
      return score > 1 ? 1 : score < 0 ? 0 : score;
    };
  },
};
