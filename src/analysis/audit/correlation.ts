/**
 * Correlation coefficients between two columns on their pairwise-complete observations (the units
 * where both values are present, as R's `cor(use = "pairwise.complete.obs")`): Pearson's r,
 * Spearman's ρ (Pearson's r of the ranks, ties given their average rank) and Kendall's τ-b (the
 * tie-corrected τ of R's `cor(method = "kendall")` and `scipy.stats.kendalltau`).
 *
 * A coefficient is `null` — never NaN — when it is undefined: fewer than two complete pairs, or a
 * column that is constant on them.
 *
 * @module
 */

import { powerScale } from './power-scale.js';

/** The correlation coefficients chiso computes. */
export type CorrelationMethod = 'pearson' | 'spearman' | 'kendall';

/** The complete pairs of two columns (NaN marks a missing value). */
function completePairs(functionName: string, first: ArrayLike<number>, second: ArrayLike<number>): { x: Float64Array; y: Float64Array } {
  if (first.length !== second.length) throw new RangeError(`${functionName}: the columns have ${first.length} and ${second.length} values; expected the same number (one per unit)`);
  const x: number[] = [];
  const y: number[] = [];
  for (let index = 0; index < first.length; index += 1) {
    const left = first[index] as number;
    const right = second[index] as number;
    if (Number.isNaN(left) || Number.isNaN(right)) continue;
    if (!Number.isFinite(left) || !Number.isFinite(right)) throw new RangeError(`${functionName}: value ${index} is ${Number.isFinite(left) ? right : left}; expected a finite number or NaN (missing)`);
    x.push(left);
    y.push(right);
  }
  return { x: Float64Array.from(x), y: Float64Array.from(y) };
}

function pearsonOfComplete(x: Float64Array, y: Float64Array): number | null {
  const count = x.length;
  if (count < 2) return null;
  // in units of a power of two, so products of deviations near 1e300 do not overflow
  const scaleX = powerScale(x);
  const scaleY = powerScale(y);
  let sumX = 0;
  let sumY = 0;
  for (let index = 0; index < count; index += 1) {
    sumX += (x[index] as number) / scaleX;
    sumY += (y[index] as number) / scaleY;
  }
  const meanX = sumX / count;
  const meanY = sumY / count;
  let cross = 0;
  let squaresX = 0;
  let squaresY = 0;
  let constantX = true;
  let constantY = true;
  for (let index = 0; index < count; index += 1) {
    const dx = (x[index] as number) / scaleX - meanX;
    const dy = (y[index] as number) / scaleY - meanY;
    cross += dx * dy;
    squaresX += dx * dx;
    squaresY += dy * dy;
    if (x[index] !== x[0]) constantX = false;
    if (y[index] !== y[0]) constantY = false;
  }
  if (constantX || constantY || squaresX === 0 || squaresY === 0) return null;
  // rounding can carry |r| a hair past 1 for collinear columns
  return Math.max(-1, Math.min(1, cross / Math.sqrt(squaresX * squaresY)));
}

/**
 * Ranks of values, 1 for the smallest; tied values get the average of the ranks they span (R's
 * `rank(ties.method = "average")`).
 *
 * @example
 * Array.from(averageRanks([10, 20, 20, 5])); // => [2, 3.5, 3.5, 1]
 */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const count = values.length;
  const order = Array.from({ length: count }, (_, index) => index).sort((left, right) => (values[left] as number) - (values[right] as number));
  const ranks = new Float64Array(count);
  let start = 0;
  while (start < count) {
    let end = start;
    while (end + 1 < count && values[order[end + 1] as number] === values[order[start] as number]) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let position = start; position <= end; position += 1) ranks[order[position] as number] = rank;
    start = end + 1;
  }
  return ranks;
}

/**
 * Pearson's product-moment correlation on the pairwise-complete observations.
 *
 * @example
 * pearsonCorrelation([1, 2, 3, 4], [2, 4, 6, 8]); // => 1
 * pearsonCorrelation([1, 2, 3], [5, 5, 5]); // => null
 */
export function pearsonCorrelation(first: ArrayLike<number>, second: ArrayLike<number>): number | null {
  const { x, y } = completePairs('pearsonCorrelation', first, second);
  return pearsonOfComplete(x, y);
}

/**
 * Spearman's rank correlation: Pearson's r of the average ranks, the ranks taken among the
 * pairwise-complete observations.
 *
 * @example
 * spearmanCorrelation([1, 2, 3, 4], [1, 4, 9, 16]); // => 1
 */
export function spearmanCorrelation(first: ArrayLike<number>, second: ArrayLike<number>): number | null {
  const { x, y } = completePairs('spearmanCorrelation', first, second);
  return pearsonOfComplete(averageRanks(x), averageRanks(y));
}

/**
 * Kendall's τ-b on the pairwise-complete observations:
 * Σ sign(xᵢ − xⱼ)·sign(yᵢ − yⱼ) / √(Σ sign(xᵢ − xⱼ)² · Σ sign(yᵢ − yⱼ)²) over pairs i < j — the
 * tie-corrected τ. Computed by Knight's algorithm (1966, "A computer method for calculating
 * Kendall's tau with ungrouped data", JASA 61, 436–439), as SciPy's `kendalltau` does: sort by x
 * then y, count the pairs tied in x, in y and in both, and count the discordant pairs as the swaps
 * of a merge sort by y — O(n log n), so 10,000 units cost milliseconds, not seconds.
 *
 * @example
 * kendallCorrelation([1, 2, 3], [3, 2, 1]); // => -1
 */
export function kendallCorrelation(first: ArrayLike<number>, second: ArrayLike<number>): number | null {
  const { x, y } = completePairs('kendallCorrelation', first, second);
  const count = x.length;
  if (count < 2) return null;
  const order = Array.from({ length: count }, (_, index) => index).sort((left, right) => (x[left] as number) - (x[right] as number) || (y[left] as number) - (y[right] as number));
  const pairs = (size: number): number => (size * (size - 1)) / 2;
  let tiedX = 0;
  let tiedBoth = 0;
  let runX = 1;
  let runBoth = 1;
  for (let position = 1; position <= count; position += 1) {
    const current = order[position];
    const previous = order[position - 1] as number;
    const sameX = current !== undefined && x[current] === x[previous];
    const sameBoth = sameX && y[current as number] === y[previous];
    if (sameX) runX += 1;
    else {
      tiedX += pairs(runX);
      runX = 1;
    }
    if (sameBoth) runBoth += 1;
    else {
      tiedBoth += pairs(runBoth);
      runBoth = 1;
    }
  }
  // merge sort of the y values in x order, counting the swaps: the discordant pairs
  let values = Float64Array.from(order, (index) => y[index] as number);
  let buffer = new Float64Array(count);
  let swaps = 0;
  for (let width = 1; width < count; width *= 2) {
    for (let start = 0; start < count; start += 2 * width) {
      const middle = Math.min(start + width, count);
      const end = Math.min(start + 2 * width, count);
      let left = start;
      let right = middle;
      let out = start;
      while (left < middle && right < end) {
        if ((values[right] as number) < (values[left] as number)) {
          swaps += middle - left;
          buffer[out++] = values[right++] as number;
        } else buffer[out++] = values[left++] as number;
      }
      while (left < middle) buffer[out++] = values[left++] as number;
      while (right < end) buffer[out++] = values[right++] as number;
    }
    [values, buffer] = [buffer, values];
  }
  let tiedY = 0;
  let runY = 1;
  for (let position = 1; position <= count; position += 1) {
    if (position < count && values[position] === values[position - 1]) runY += 1;
    else {
      tiedY += pairs(runY);
      runY = 1;
    }
  }
  const total = pairs(count);
  if (total === tiedX || total === tiedY) return null;
  const numerator = total - tiedX - tiedY + tiedBoth - 2 * swaps;
  return Math.max(-1, Math.min(1, numerator / Math.sqrt((total - tiedX) * (total - tiedY))));
}

/**
 * The correlation of two columns by the named method.
 *
 * @example
 * correlation([1, 2, 3], [1, 3, 2], 'spearman'); // => 0.5
 */
export function correlation(first: ArrayLike<number>, second: ArrayLike<number>, method: CorrelationMethod): number | null {
  switch (method) {
    case 'pearson':
      return pearsonCorrelation(first, second);
    case 'spearman':
      return spearmanCorrelation(first, second);
    case 'kendall':
      return kendallCorrelation(first, second);
    default:
      throw new RangeError(`correlation: the method is ${JSON.stringify(method)}; expected "pearson", "spearman" or "kendall"`);
  }
}

/**
 * The number of units where both columns have a value.
 *
 * @example
 * completeCount([1, Number.NaN, 3], [1, 2, Number.NaN]); // => 1
 */
export function completeCount(first: ArrayLike<number>, second: ArrayLike<number>): number {
  return completePairs('completeCount', first, second).x.length;
}
