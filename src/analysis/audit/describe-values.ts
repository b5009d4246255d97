/**
 * Descriptive statistics of one column of values, as COINr's `get_stats` reports them: count,
 * mean, standard deviation, extremes, median, skewness, kurtosis, zeros and distinct values.
 *
 * **Estimators.** The standard deviation is the sample one (divisor n − 1), as R's `sd`. Skewness
 * and kurtosis are the bias-adjusted sample estimators G1 and G2 of Joanes and Gill (1998, "Comparing
 * measures of sample skewness and kurtosis", The Statistician 47, 183–189) — type 2 of R's `e1071`
 * package, the definition COINr's `skew` and `kurt` use (its documentation: "the same definition …
 * as e1071 where type == 2, which is equivalent to … Excel"), and `scipy.stats.skew(bias=False)` /
 * `kurtosis(bias=False)`. Kurtosis is the *excess* kurtosis (0 for a normal distribution), which is
 * what the JRC's rule "|skewness| > 2 and kurtosis > 3.5" is written against.
 *
 *     m_r = Σ (x_i − x̄)^r / n
 *     g1 = m3 / m2^(3/2)              G1 = g1 · √(n(n − 1)) / (n − 2)                  (n ≥ 3)
 *     g2 = m4 / m2² − 3               G2 = ((n + 1) g2 + 6) · (n − 1) / ((n − 2)(n − 3))  (n ≥ 4)
 *
 * Central moments are computed in two passes (the mean first), which keeps them accurate for values
 * far from zero. Cost: O(n) plus a sort for the median and the distinct values.
 *
 * @module
 */

import { powerScale } from './power-scale.js';

/** The statistics of one column (see {@link describeValues}); `null` where a statistic is undefined. */
export interface ValueSummary {
  /** How many values are present (NaN marks a missing value). */
  readonly count: number;
  readonly mean: number | null;
  /** Sample standard deviation (divisor n − 1); null for fewer than 2 values. */
  readonly standardDeviation: number | null;
  readonly minimum: number | null;
  readonly maximum: number | null;
  readonly median: number | null;
  /** G1 (e1071 type 2); null for fewer than 3 values or when all values are equal. */
  readonly skewness: number | null;
  /** G2, excess kurtosis (e1071 type 2); null for fewer than 4 values or when all values are equal. */
  readonly kurtosis: number | null;
  /** How many present values are exactly 0. */
  readonly zeros: number;
  /** How many different values are present. */
  readonly distinct: number;
  /** True when every present value is the same (or there is none): the shape statistics are undefined. */
  readonly constant: boolean;
}

/**
 * Describes the present values of a column (NaN marks a missing value; ±Infinity is refused).
 *
 * @example
 * describeValues([2, 4, 4, 4, 5, 5, 7, 9]).standardDeviation; // => 2.138089935299395
 * describeValues([1, 2, 3, Number.NaN]).count; // => 3
 * describeValues([5, 5, 5]).skewness; // => null
 */
export function describeValues(values: ArrayLike<number>): ValueSummary {
  const present: number[] = [];
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] as number;
    if (Number.isNaN(value)) continue;
    if (!Number.isFinite(value)) throw new RangeError(`describeValues: value ${index} is ${value}; expected a finite number or NaN (missing)`);
    present.push(value);
  }
  const count = present.length;
  if (count === 0) return { count, mean: null, standardDeviation: null, minimum: null, maximum: null, median: null, skewness: null, kurtosis: null, zeros: 0, distinct: 0, constant: true };
  const sorted = Float64Array.from(present).sort();
  const minimum = sorted[0] as number;
  const maximum = sorted[count - 1] as number;
  const middle = count >> 1;
  const median = count % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  let distinct = 0;
  let zeros = 0;
  for (let index = 0; index < count; index += 1) {
    if (index === 0 || sorted[index] !== sorted[index - 1]) distinct += 1;
    if (sorted[index] === 0) zeros += 1;
  }
  const constant = minimum === maximum;
  // moments in units of a power of two at or above the largest magnitude: no overflow at 1e300
  const scale = powerScale(present);
  let sum = 0;
  for (const value of present) sum += value / scale;
  // a constant column's mean is its value, not a sum divided back with a rounding error
  const scaledMean = constant ? minimum / scale : sum / count;
  const mean = constant ? minimum : scaledMean * scale;
  let second = 0;
  let third = 0;
  let fourth = 0;
  for (const value of present) {
    const deviation = value / scale - scaledMean;
    const squared = deviation * deviation;
    second += squared;
    third += squared * deviation;
    fourth += squared * squared;
  }
  const standardDeviation = count < 2 ? null : constant ? 0 : Math.sqrt(second / (count - 1)) * scale;
  let skewness: number | null = null;
  let kurtosis: number | null = null;
  if (!constant && second > 0) {
    const m2 = second / count;
    const m3 = third / count;
    const m4 = fourth / count;
    if (count >= 3) skewness = ((m3 / m2 ** 1.5) * Math.sqrt(count * (count - 1))) / (count - 2);
    if (count >= 4) kurtosis = (((count + 1) * (m4 / (m2 * m2) - 3) + 6) * (count - 1)) / ((count - 2) * (count - 3));
  }
  return { count, mean, standardDeviation, minimum, maximum, median, skewness, kurtosis, zeros, distinct, constant };
}
