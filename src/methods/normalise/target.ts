import { ExactDecimal, ONE, ZERO, type Exact } from '../../engine/decimal.js';
import type { Normalisation } from '../../model/framework.js';
import { exactDivider } from './goalposts.js';
import { divideRational, rationalToText, subtractRational, type Rational } from '../../engine/rational.js';
import { affineToFloat, negate, parseRational, RATIONAL_ONE, RATIONAL_ZERO, rationalExtremes } from './affine.js';
import { referenceExtremes } from './reference.js';
import { ValueProblem, type Affine, type AffineContext, type NormaliseMethod } from './types.js';

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
  if (span.numerator <= 0n) {
    if (params.cap === false) throw problemNoSpan(rationalToText(targetValue), rationalToText(baseline));
    return { scale: RATIONAL_ZERO, offset: RATIONAL_ONE, floor: null, ceiling: null };
  }
  const scale = divideRational(RATIONAL_ONE, span);
  const floor = params.floor ? RATIONAL_ZERO : null;
  const ceiling = params.cap === false ? null : RATIONAL_ONE;
  return direction === 'higher'
    ? { scale, offset: divideRational(negate(baseline), span), floor, ceiling }
    : { scale: negate(scale), offset: divideRational(baseline, span), floor, ceiling };
}

/**
 * Uncapped, a target no better than the baseline (a data-driven baseline: every reference unit
 * already meets it) leaves nothing to measure a distance on: `(x − min) / (target − min)` divides
 * by zero or by a negative span, which COINr returns as `NaN` or inverted scores with a warning.
 */
function problemNoSpan(targetText: string, baselineText: string): ValueProblem {
  return new ValueProblem(
    'undefined_computation',
    `the target ${targetText} is not beyond the baseline ${baselineText} (every reference unit already meets it), so the uncapped distance to the target is undefined; set "cap": true to score every unit 1`,
  );
}

/**
 * Distance to a target, capped at 1 (unless `cap` is false): `(x − baseline) / (target − baseline)`, so a unit that meets
 * the plan target (say 95% of adults with a smartphone by 2030) scores 1 and going beyond earns
 * nothing more. The baseline defaults to 0 (plain achievement `x / target`); `"min"` uses the worst
 * reference unit, as COINr's `n_dist2targ` does. With `floor` (the default) a unit worse than the
 * baseline scores 0 rather than below it.
 *
 * When lower is better the target lies below the baseline: `(baseline − x) / (baseline − target)`;
 * the baseline must then be given, or be `"max"`.
 *
 * With `cap: false` a unit beyond the target scores above 1, as COINr's `n_dist2targ` does by
 * default (`cap_max = FALSE`): COINr's `n_dist2targ(x, targ)` is
 * `{ "method": "target", "target": targ, "baseline": "min", "floor": false, "cap": false }`, and
 * for a negative indicator (COINr's direction −1, target in the indicator's own units) `"baseline": "max"`:
 * `(max − x) / (max − target)`. Uncapped, a data-driven baseline already at or beyond the target is
 * an error rather than a division by zero.
 *
 * Exactness: an exact rational affine map. Cost: one subtraction and one division per value.
 * Reference: OECD/JRC Handbook (2008), section 5 ("distance to a reference"); COINr `n_dist2targ`.
 *
 * @example
 * // target 95, baseline 0: 76 → 0.8; 99 → 1 (uncapped: 1.0421…)
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
      if (params.cap === false) throw problemNoSpan(targetValue.toString(), baseline.toString());
      return () => ONE; // every reference unit is already at or beyond the target
    }
    const divide = exactDivider(span);
    return (value) => {
      const gap = direction === 'higher' ? value.minus(baseline) : baseline.minus(value);
      const score = divide(gap);
      if (params.cap !== false && score.gt(ONE)) return ONE;
      if (params.floor && score.isNegative() && !score.isZero()) return ZERO;
      return score;
    };
  },
  affine: targetAffine,
  prepareFloat: affineToFloat(targetAffine),
};
