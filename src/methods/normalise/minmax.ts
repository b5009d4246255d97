import type { Normalisation } from '../../model/framework.js';
import { ExactDecimal, widen } from '../../engine/decimal.js';
import { clampUnit, exactDivider } from './goalposts.js';
import { addRational, compareRational, multiplyRational, rationalToText, subtractRational, type Rational } from '../../engine/rational.js';
import { affineToFloat, betweenAffine, parseRational, RATIONAL_ONE, RATIONAL_ZERO, rationalExtremes } from './affine.js';
import { referenceExtremes } from './reference.js';
import { ValueProblem, type Affine, type AffineContext, type NormaliseMethod } from './types.js';

type Params = Extract<Normalisation, { method: 'minmax' }>;

/** The interval the scores are put on: [lower, upper], [0, 1] when not given. */
function interval(params: Params): { lower: Rational; upper: Rational; unit: boolean } {
  const lower = params.lower === undefined ? RATIONAL_ZERO : parseRational(params.lower);
  const upper = params.upper === undefined ? RATIONAL_ONE : parseRational(params.upper);
  return { lower, upper, unit: compareRational(lower, RATIONAL_ZERO) === 0 && compareRational(upper, RATIONAL_ONE) === 0 };
}

/** Min–max as an exact affine map: the one definition the rational and float64 forms read. */
function minmaxAffine(params: Params, { direction, reference }: AffineContext): Affine {
  const { min, max } = rationalExtremes(reference, 'min–max needs at least two reference values');
  if (compareRational(min, max) === 0) throw problemAllEqual(rationalToText(min));
  const { lower, upper, unit } = interval(params);
  const onUnit = betweenAffine(min, max, direction, params.clip);
  if (unit) return onUnit;
  // n = lower + (upper − lower)·n₀, held within [lower, upper] when clipped
  const width = subtractRational(upper, lower);
  return {
    scale: multiplyRational(onUnit.scale, width),
    offset: addRational(multiplyRational(onUnit.offset, width), lower),
    floor: params.clip ? lower : null,
    ceiling: params.clip ? upper : null,
  };
}

/**
 * Min–max over the units: `(x − min) / (max − min)` where min and max are taken over the
 * reference (ranked) units, so the worst unit scores 0 and the best 1. Lower is better reverses
 * it: `(max − x) / (max − min)`. A unit outside the reference set (an average row) may fall
 * outside [0, 1] unless `clip` is set.
 *
 * With `lower` and `upper` the scores are put on [lower, upper] instead —
 * `lower + (upper − lower) · (x − min) / (max − min)` — as COINr's `n_minmax(x, l_u = c(lower, upper))`
 * does (COINr's default is [0, 100]; chiso's is [0, 1], with the framework's `scale` for 0–100
 * aggregates). `clip` then holds scores within [lower, upper]. Why: an index whose indicator scores
 * are published on [1, 7] or [0, 10] (the WEF's and the JRC's practice) without rescaling by hand.
 *
 * Fails when every reference value is the same (the range is zero); `upper` must be above `lower`.
 * Cost: one pass over the reference values, then one subtraction and one division per value.
 * Exactness: an exact rational map (the rational executor), except with `clip` on an interval other
 * than [0, 1], which the decimal executor computes to 40 digits.
 * Reference: OECD/JRC Handbook (2008), section 5; COINr `n_minmax`.
 *
 * @example
 * // reference 2, 4, 6: 4 → 0.5; lower is better: 2 → 1; with lower 1, upper 7: 4 → 4
 */
export const minmax: NormaliseMethod<Params> = {
  name: 'minmax',
  dataDriven: () => true,
  check(params) {
    if (params.lower === undefined && params.upper === undefined) return [];
    const { lower, upper } = interval(params);
    return compareRational(upper, lower) > 0 ? [] : [`min–max needs upper > lower, got lower ${String(params.lower ?? 0)} and upper ${String(params.upper ?? 1)}`];
  },
  prepare(params, { direction, reference }) {
    const { min, max } = referenceExtremes(reference, 'min–max needs at least two reference values');
    const range = max.minus(min);
    if (range.isZero()) throw problemAllEqual(min.toString());
    const divide = exactDivider(range);
    const normalise =
      direction === 'higher'
        ? (value: Parameters<typeof divide>[0]) => divide(value.minus(min))
        : (value: Parameters<typeof divide>[0]) => divide(max.minus(value));
    if (interval(params).unit) return params.clip ? (value) => clampUnit(normalise(value)) : normalise;
    // (gap·width + lower·range) / range: the numerator exact at twice the precision, then one
    // correctly rounded division, so the 40 digits are those of the exact rational map
    const lower = new ExactDecimal(params.lower ?? 0);
    const upper = new ExactDecimal(params.upper ?? 1);
    const width = widen(upper.minus(lower));
    const lowerTimesRange = widen(lower).times(range);
    return (value) => {
      const gap = direction === 'higher' ? widen(value).minus(min) : widen(max).minus(value);
      if (params.clip && gap.isNegative() && !gap.isZero()) return lower;
      if (params.clip && gap.gt(range)) return upper;
      return new ExactDecimal(gap.times(width).plus(lowerTimesRange)).div(range);
    };
  },
  // with clip on another interval than [0, 1] the bounds need not be whole multiples of the rational
  // executors' common denominator: the decimal executor takes it
  isAffine: (params) => !params.clip || interval(params).unit,
  affine: minmaxAffine,
  prepareFloat: affineToFloat(minmaxAffine),
};

function problemAllEqual(value: string): ValueProblem {
  return new ValueProblem(
    'undefined_computation',
    `every reference unit has the value ${value}, so the range is zero and min–max is undefined`,
  );
}
