import { ExactDecimal, narrow, PRECISION, WideDecimal, widen, type Exact } from '../../engine/decimal.js';
import { rationalToText, type Rational } from '../../engine/rational.js';
import type { Normalisation } from '../../model/framework.js';
import { ValueProblem, type NormaliseMethod } from './types.js';

type Params = Extract<Normalisation, { method: 'zscore' }>;

/**
 * Standardisation (z-score): `(x − mean) / sd` over the reference units, with the sample standard
 * deviation (divisor n − 1, as R's `sd` and COINr's `n_zscore` use). Lower is better negates it.
 * Scores are unbounded and average 0 over the reference units.
 *
 * With `mean` and `sd` the scores are given that mean and standard deviation instead —
 * `mean + sd · (x − x̄) / s` — as COINr's `n_zscore(x, m_sd = c(mean, sd))` does: the JRC's habit of
 * z-scores around 100 with a standard deviation of 10, so that no published score is negative.
 * `sd` must be positive.
 *
 * Fails with fewer than two reference values or when they are all equal (sd = 0).
 * The mean and the variance come from exact sums (see {@link exactMoments}), so scores do not
 * depend on the order in which units are listed.
 * Cost: one pass over the reference values with BigInt sums and one square root, then one
 * subtraction and one division per value.
 *
 * @example
 * // reference 2, 4, 6: mean 4, sd 2; 6 → 1 (confirmed in R: scale(c(2,4,6))); with mean 100, sd 10: 6 → 110
 */
export const zscore: NormaliseMethod<Params> = {
  name: 'zscore',
  dataDriven: () => true,
  check(params) {
    if (params.sd === undefined) return [];
    const sd = new ExactDecimal(params.sd);
    return sd.isPositive() && !sd.isZero() ? [] : [`the standard deviation "sd" must be positive, got ${String(params.sd)}`];
  },
  prepare(params, { direction, reference }) {
    const count = reference.length;
    if (count < 2) throw new ValueProblem('undefined_computation', `z-scores need at least two reference values, found ${count}`);
    const { mean, variance } = exactMoments(reference);
    if (variance.numerator === 0n) throw new ValueProblem('undefined_computation', 'every reference value is the same, so the standard deviation is zero');
    // The mean and the standard deviation correctly rounded to 40 digits from exact sums (the
    // square root taken at 80 digits); each score is then one subtraction and one division at 40.
    const meanExact = new ExactDecimal(rationalToText(mean));
    const sd = narrow(new WideDecimal(rationalToText(variance, 2 * PRECISION)).sqrt());
    if (params.mean === undefined && params.sd === undefined) {
      return direction === 'higher'
        ? (value: Exact) => value.minus(meanExact).div(sd)
        : (value: Exact) => meanExact.minus(value).div(sd);
    }
    const targetMean = new ExactDecimal(params.mean ?? 0);
    const targetSd = new ExactDecimal(params.sd ?? 1);
    // the deviation times the target sd exactly at twice the precision, then one division
    return (value: Exact) => {
      const deviation = direction === 'higher' ? widen(value).minus(meanExact) : widen(meanExact).minus(value);
      return new ExactDecimal(deviation.times(targetSd)).div(sd).plus(targetMean);
    };
  },
  prepareFloat(params, { direction, reference }) {
    const count = reference.length;
    if (count < 2) throw new ValueProblem('undefined_computation', `z-scores need at least two reference values, found ${count}`);
    // Two passes (the mean, then the squared deviations from it): no cancellation of large sums.
    let total = 0;
    let min = reference[0] as number;
    let max = min;
    for (const value of reference) {
      total += value;
      if (value < min) min = value;
      if (value > max) max = value;
    }
    if (min === max) throw new ValueProblem('undefined_computation', 'every reference value is the same, so the standard deviation is zero');
    const mean = total / count;
    let squares = 0;
    for (const value of reference) squares += (value - mean) * (value - mean);
    const sd = Math.sqrt(squares / (count - 1));
    // values near float64's end (1e154 squared, 1e308 summed): the mean or sd overflows and every z-score would be a silent 0
    if (!Number.isFinite(mean) || !(sd > 0 && sd < Infinity)) throw new ValueProblem('undefined_computation', `the reference values (from ${String(min)} to ${String(max)}) overflow float64 in their mean or standard deviation; score() computes them exactly`);
    if (params.mean === undefined && params.sd === undefined) return direction === 'higher' ? (value) => (value - mean) / sd : (value) => (mean - value) / sd;
    const targetMean = Number(params.mean ?? 0);
    const targetSd = Number(params.sd ?? 1);
    return direction === 'higher' ? (value) => targetMean + ((value - mean) / sd) * targetSd : (value) => targetMean + ((mean - value) / sd) * targetSd;
  },
};

/**
 * The mean and the sample variance of decimal values, exactly: every value becomes an integer over
 * one power of ten, so Σx and Σx² are exact BigInt sums, which do not depend on the order of the
 * values (sums of rounded decimals do: units listed in another order changed the last digits).
 * variance = (n·Σx² − (Σx)²) / (n·(n − 1)).
 */
export function exactMoments(values: readonly Exact[]): { mean: Rational; variance: Rational } {
  const count = BigInt(values.length);
  const scaled = values.map((value) => {
    const text = value.toFixed();
    const negative = text.startsWith('-');
    const body = negative ? text.slice(1) : text;
    const dot = body.indexOf('.');
    const digits = BigInt(dot === -1 ? body : body.slice(0, dot) + body.slice(dot + 1));
    return { digits: negative ? -digits : digits, places: dot === -1 ? 0 : body.length - dot - 1 };
  });
  const places = scaled.reduce((most, entry) => Math.max(most, entry.places), 0);
  let sum = 0n;
  let squares = 0n;
  for (const entry of scaled) {
    const integer = entry.places === places ? entry.digits : entry.digits * 10n ** BigInt(places - entry.places);
    sum += integer;
    squares += integer * integer;
  }
  const unit = 10n ** BigInt(places);
  return {
    mean: { numerator: sum, denominator: count * unit },
    variance: { numerator: count * squares - sum * sum, denominator: count * (count - 1n) * unit * unit },
  };
}
