import { ExactDecimal, type Exact } from '../../engine/decimal.js';
import type { Normalisation } from '../../model/framework.js';
import { ValueProblem, type NormaliseMethod } from './types.js';

type Params = Extract<Normalisation, { method: 'zscore' }>;

/**
 * Standardisation (z-score): `(x − mean) / sd` over the reference units, with the sample standard
 * deviation (divisor n − 1, as R's `sd` and COINr's `n_zscore` use). Lower is better negates it.
 * Scores are unbounded and average 0 over the reference units.
 *
 * Fails with fewer than two reference values or when they are all equal (sd = 0).
 * Cost: two passes over the reference values and one square root, then one subtraction and one
 * division per value.
 *
 * @example
 * // reference 2, 4, 6: mean 4, sd 2; 6 → 1 (confirmed in R: scale(c(2,4,6)))
 */
export const zscore: NormaliseMethod<Params> = {
  name: 'zscore',
  dataDriven: () => true,
  check: () => [],
  prepare(_params, { direction, reference }) {
    const count = reference.length;
    if (count < 2) throw new ValueProblem('undefined_computation', `z-scores need at least two reference values, found ${count}`);
    let total = new ExactDecimal(0);
    for (const value of reference) total = total.plus(value);
    const mean = total.div(count);
    let squares = new ExactDecimal(0);
    for (const value of reference) {
      const deviation = value.minus(mean);
      squares = squares.plus(deviation.times(deviation));
    }
    const sd = squares.div(count - 1).sqrt();
    if (sd.isZero()) throw new ValueProblem('undefined_computation', 'every reference value is the same, so the standard deviation is zero');
    return direction === 'higher'
      ? (value: Exact) => value.minus(mean).div(sd)
      : (value: Exact) => mean.minus(value).div(sd);
  },
};
