/**
 * Quantiles of a rank distribution given as counts, by R's default definition.
 *
 * @module
 */

/** A rank distribution: the ranks seen, ascending, and how many runs gave each. */
export interface RankDistribution {
  /** Distinct ranks, ascending. */
  readonly ranks: Int32Array;
  /** `counts[i]` runs gave rank `ranks[i]`. */
  readonly counts: Int32Array;
}

/** The j-th smallest value (0-based) of the multiset; j must be below the total count. */
function orderStatistic(distribution: RankDistribution, position: number): number {
  let seen = 0;
  for (let index = 0; index < distribution.ranks.length; index += 1) {
    seen += distribution.counts[index] as number;
    if (position < seen) return distribution.ranks[index] as number;
  }
  return distribution.ranks[distribution.ranks.length - 1] ?? Number.NaN;
}

/**
 * The p-quantile of a rank distribution by **R's type 7** (R's and NumPy's default, which COINr's
 * `get_sensitivity` uses through `stats::quantile`): with the n ranks sorted x₁ ≤ … ≤ xₙ,
 * index = 1 + (n − 1) p, j = ⌊index⌋, h = index − j,
 * Q(p) = (1 − h) · xⱼ + h · xⱼ₊₁ (computed in that order, as R does, so the doubles agree). `null` for an empty distribution.
 *
 * @example
 * // R: quantile(c(1, 2, 2, 3, 7), c(0.05, 0.5, 0.95))  # 1.2 2.0 6.2
 * const distribution = { ranks: Int32Array.from([1, 2, 3, 7]), counts: Int32Array.from([1, 2, 1, 1]) };
 * rankQuantile(distribution, 0.05); // => 1.2
 * rankQuantile(distribution, 0.5); // => 2
 * rankQuantile(distribution, 0.95); // => 6.199999999999999 (R: sprintf("%.17g", …) gives 6.1999999999999993)
 */
export function rankQuantile(distribution: RankDistribution, p: number): number | null {
  if (!(typeof p === 'number' && p >= 0 && p <= 1)) throw new RangeError(`rankQuantile: p must be a number from 0 to 1; got ${String(p)}`);
  let total = 0;
  for (const count of distribution.counts) total += count;
  if (total === 0) return null;
  // As R's quantile.default, type 7, computes it: index = 1 + (n − 1) p (1-based), h = index − ⌊index⌋.
  const index = 1 + (total - 1) * p;
  const low = Math.floor(index);
  const fraction = index - low;
  const below = orderStatistic(distribution, low - 1);
  if (fraction === 0) return below;
  const above = orderStatistic(distribution, Math.min(low, total - 1));
  return above === below ? below : (1 - fraction) * below + fraction * above;
}
