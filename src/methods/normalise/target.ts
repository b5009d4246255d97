import { ExactDecimal, ONE, ZERO, type Exact } from '../../engine/decimal.js';
import type { Normalisation } from '../../model/framework.js';
import { exactDivider } from './goalposts.js';
import { divideRational, subtractRational, type Rational } from '../../engine/rational.js';
import { affineToFloat, negate, parseRational, RATIONAL_ONE, RATIONAL_ZERO, rationalExtremes } from './affine.js';
import { referenceExtremes } from './reference.js';
import type { Affine, AffineContext, NormaliseMethod } from './types.js';

type Params = Extract<Normalisation, { method: 'target' }>;

/** Distance to a target as an exact affine map held within bounds: the one definition the rational and float64 forms read. */
function targetAffine(params: Params, { direction, reference }: AffineContext): Affine {
  const targetValue = parseRational(params.target);
  let baseline: Rational;
  if (params.baseline === 'min' || params.baseline === 'max') {
    const { min, max } = rationalExtremes(reference, 'a data-driven baseline needs at least one reference value', 1);
    baseline = params.baseline === 'min' ? min : max;
  } else {
    baseline = parseRational(params.baseline ?? 0);
  }
  const span = direction === 'higher' ? subtractRational(targetValue, baseline) : subtractRational(baseline, targetValue);
  if (span.numerator <= 0n) return { scale: RATIONAL_ZERO, offset: RATIONAL_ONE, floor: null, ceiling: null };
  const scale = divideRational(RATIONAL_ONE, span);
  const floor = params.floor ? RATIONAL_ZERO : null;
  return direction === 'higher'
    ? { scale, offset: divideRational(negate(baseline), span), floor, ceiling: RATIONAL_ONE }
    : { scale: negate(scale), offset: divideRational(baseline, span), floor, ceiling: RATIONAL_ONE };
}

/**
 * Distance to a target, capped at 1: `(x − baseline) / (target − baseline)`, so a unit that meets
 * the plan target (say 95% of adults with a smartphone by 2030) scores 1 and going beyond earns
 * nothing more. The baseline defaults to 0 (plain achievement `x / target`); `"min"` uses the worst
 * reference unit, as COINr's `n_dist2targ` does. With `floor` (the default) a unit worse than the
 * baseline scores 0 rather than below it.
 *
 * When lower is better the target lies below the baseline: `(baseline − x) / (baseline − target)`;
 * the baseline must then be given, or be `"max"`.
 *
 * @example
 * // target 95, baseline 0: 76 → 0.8; 99 → 1
 */
export const target: NormaliseMethod<Params> = {
  name: 'target',
  dataDriven: (params) => params.baseline === 'min' || params.baseline === 'max',
  check(params, direction) {
    const baseline = params.baseline ?? (direction === 'higher' ? 0 : undefined);
    if (baseline === undefined) return ['a lower-is-better target needs a baseline (a number, or "max")'];
    if (baseline === 'min' || baseline === 'max') {
      const expected = direction === 'higher' ? 'min' : 'max';
      return baseline === expected ? [] : [`with direction "${direction}" the baseline "${baseline}" should be "${expected}"`];
    }
    const targetValue = new ExactDecimal(params.target);
    const baselineValue = new ExactDecimal(baseline);
    if (direction === 'higher' && !targetValue.gt(baselineValue)) {
      return [`target ${params.target} must be above the baseline ${baseline} when higher is better`];
    }
    if (direction === 'lower' && !targetValue.lt(baselineValue)) {
      return [`target ${params.target} must be below the baseline ${baseline} when lower is better`];
    }
    return [];
  },
  prepare(params, { direction, reference }) {
    const targetValue = new ExactDecimal(params.target);
    let baseline: Exact;
    if (params.baseline === 'min' || params.baseline === 'max') {
      const { min, max } = referenceExtremes(reference, 'a data-driven baseline needs at least one reference value', 1);
      baseline = params.baseline === 'min' ? min : max;
    } else {
      baseline = new ExactDecimal(params.baseline ?? 0);
    }
    const span = direction === 'higher' ? targetValue.minus(baseline) : baseline.minus(targetValue);
    if (!span.isPositive() || span.isZero()) {
      return () => ONE; // every reference unit is already at or beyond the target
    }
    const divide = exactDivider(span);
    return (value) => {
      const gap = direction === 'higher' ? value.minus(baseline) : baseline.minus(value);
      const score = divide(gap);
      if (score.gt(ONE)) return ONE;
      if (params.floor && score.isNegative() && !score.isZero()) return ZERO;
      return score;
    };
  },
  affine: targetAffine,
  prepareFloat: affineToFloat(targetAffine),
};
