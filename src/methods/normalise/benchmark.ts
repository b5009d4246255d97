import { ONE, type Exact } from '../../engine/decimal.js';
import { divideRational, rationalToText, subtractRational, type Rational } from '../../engine/rational.js';
import type { Direction, Normalisation } from '../../model/framework.js';
import { quoteText } from '../../model/describe.js';
import { affineToFloat, negate, RATIONAL_ONE, rationalExtremes } from './affine.js';
import { exactDivider } from './goalposts.js';
import { referenceExtremes } from './reference.js';
import { ValueProblem, type Affine, type AffineContext, type NamedValue, type NormaliseMethod } from './types.js';

type Params = Extract<Normalisation, { method: 'benchmark' }>;

/** The benchmark unit's value, or the problem that there is none. */
function benchmarkValue<T>(params: Params, named: NamedValue<T> | undefined): T {
  if (named?.status === 'present') return named.value;
  if (named?.status === 'missing') throw new ValueProblem('missing_value', `the benchmark unit ${quoteText(params.unit)} has no value for this indicator`);
  throw new ValueProblem('unknown_reference', `the benchmark unit ${quoteText(params.unit)} is not a unit of the dataset`);
}

/** The benchmark must be better than the worst reference unit, or there is no distance to measure. */
function problemNotBetter(benchmarkText: string, worstText: string, direction: Direction): ValueProblem {
  return new ValueProblem(
    'undefined_computation',
    `the benchmark's value ${benchmarkText} is not ${direction === 'higher' ? 'above' : 'below'} the worst reference unit's ${worstText}, so the distance to it is undefined`,
  );
}

/** Distance to a benchmark unit as an exact affine map: the one definition the rational and float64 forms read. */
function benchmarkAffine(params: Params, { direction, reference, named }: AffineContext): Affine {
  const benchmarkAt: Rational = benchmarkValue(params, named);
  const { min, max } = rationalExtremes(reference, 'distance to a benchmark unit needs at least one reference value', 1);
  const worst = direction === 'higher' ? min : max;
  const span = direction === 'higher' ? subtractRational(benchmarkAt, worst) : subtractRational(worst, benchmarkAt);
  if (span.numerator <= 0n) throw problemNotBetter(rationalToText(benchmarkAt), rationalToText(worst), direction);
  const scale = divideRational(RATIONAL_ONE, span);
  const ceiling = params.cap ? RATIONAL_ONE : null;
  // higher: (x − min) / (b − min); lower: (max − x) / (max − b)
  return direction === 'higher'
    ? { scale, offset: divideRational(negate(worst), span), floor: null, ceiling }
    : { scale: negate(scale), offset: divideRational(worst, span), floor: null, ceiling };
}

/**
 * Distance to a benchmark unit: `(x − min) / (b − min)`, where b is the value of the unit named by
 * `unit` (a leading country, the EU average row, the capital) and min the worst reference (ranked)
 * unit's, so the worst unit scores 0 and the benchmark 1; units better than the benchmark score above
 * 1 unless `cap` holds them at 1. Lower is better: `(max − x) / (max − b)`. This is COINr's
 * `n_dist2ref(x, iref, cap_max)` — `1 − (x_ref − x) / (x_ref − x_min)` — with the unit named by id
 * rather than by row number, and for direction −1 the same as COINr's (which negates x first).
 *
 * The benchmark may be a unit that is not ranked (an "EU" row): it sets the scale without being in
 * the reference set. Fails, naming the unit, when no unit has that id, when it has no value for the
 * indicator, or when its value is not better than the worst reference unit's (the span is zero or
 * inverted — COINr returns `NaN` or inverted scores there).
 *
 * Exactness: an exact rational affine map. Cost: one pass over the reference values, then one
 * subtraction and one division per value.
 * Reference: OECD/JRC Handbook (2008), section 5 ("distance to a reference"); COINr `n_dist2ref`.
 *
 * @example
 * // reference 10, 20, 40 with the benchmark unit at 30: 20 → 0.5, 40 → 1.5 (cap: 1)
 */
export const benchmark: NormaliseMethod<Params> = {
  name: 'benchmark',
  dataDriven: () => true,
  namedUnit: (params) => params.unit,
  check: () => [],
  prepare(params, { direction, reference, named }) {
    const benchmarkAt: Exact = benchmarkValue(params, named);
    const { min, max } = referenceExtremes(reference, 'distance to a benchmark unit needs at least one reference value', 1);
    const worst = direction === 'higher' ? min : max;
    const span = direction === 'higher' ? benchmarkAt.minus(worst) : worst.minus(benchmarkAt);
    if (!span.isPositive() || span.isZero()) throw problemNotBetter(benchmarkAt.toString(), worst.toString(), direction);
    const divide = exactDivider(span);
    return (value) => {
      const score = divide(direction === 'higher' ? value.minus(worst) : worst.minus(value));
      return params.cap && score.gt(ONE) ? ONE : score;
    };
  },
  affine: benchmarkAffine,
  prepareFloat: affineToFloat(benchmarkAffine),
};
