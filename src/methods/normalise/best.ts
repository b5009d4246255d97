import type { Normalisation } from '../../model/framework.js';
import type { Exact } from '../../engine/decimal.js';
import { exactDivider } from './goalposts.js';
import { divideRational, rationalToText } from '../../engine/rational.js';
import { affineToFloat, RATIONAL_ONE, RATIONAL_ZERO, rationalExtremes } from './affine.js';
import { referenceExtremes } from './reference.js';
import { ValueProblem, type Affine, type AffineContext, type NormaliseMethod } from './types.js';

type Params = Extract<Normalisation, { method: 'best' }>;

/** Ratio to the best as an exact affine map (higher is better only): the one definition the rational and float64 forms read. */
function bestAffine(_params: Params, { direction, reference }: AffineContext): Affine | null {
  if (direction === 'lower') return null; // min / x is not affine in x
  const { max } = rationalExtremes(reference, 'ratio to the best unit needs at least one reference value', 1);
  if (max.numerator <= 0n) throw new ValueProblem('undefined_computation', `the best reference value is ${rationalToText(max)}; ratio to the best needs it positive`);
  return { scale: divideRational(RATIONAL_ONE, max), offset: RATIONAL_ZERO, floor: null, ceiling: null };
}
const bestAffineFloat = affineToFloat(bestAffine);

/**
 * Ratio to the best unit ("distance to the frontier"): `x / max` over the reference units, so
 * the best unit scores exactly 1 — the pattern visible in Vietnam's ICT Index, where the leading
 * province scores 1.0000 on a sub-index. When lower is better the best unit is the smallest and
 * the score is `min / x`.
 *
 * Fails when the best value is not positive, or (lower is better) when a unit's value is zero or
 * negative. Cost: one pass over the reference values, then one division per value.
 *
 * @example
 * // reference 20, 40, 80: 40 → 0.5; lower is better: 40 → 0.5 (best is 20)
 */
export const best: NormaliseMethod<Params> = {
  name: 'best',
  dataDriven: () => true,
  check: () => [],
  prepare(_params, { direction, reference }) {
    const { min, max } = referenceExtremes(reference, 'ratio to the best unit needs at least one reference value', 1);
    if (direction === 'higher') {
      if (!max.isPositive() || max.isZero()) {
        throw new ValueProblem('undefined_computation', `the best reference value is ${max.toString()}; ratio to the best needs it positive`);
      }
      return exactDivider(max);
    }
    if (!min.isPositive() || min.isZero()) {
      throw new ValueProblem('undefined_computation', `the best (smallest) reference value is ${min.toString()}; ratio to the best needs it positive`);
    }
    return (value: Exact) => {
      if (value.isZero() || value.isNegative()) {
        throw new ValueProblem('non_positive_input', `${value.toString()} cannot be scored as best ÷ value; it must be positive`);
      }
      return min.div(value);
    };
  },
  isAffine: (_params, direction) => direction === 'higher',
  affine: bestAffine,
  prepareFloat(params, context) {
    if (context.direction === 'higher') return bestAffineFloat(params, context);
    if (context.reference.length < 1) throw new ValueProblem('undefined_computation', 'ratio to the best unit needs at least one reference value, found 0');
    let min = context.reference[0] as number;
    for (const value of context.reference) if (value < min) min = value;
    if (!(min > 0)) throw new ValueProblem('undefined_computation', `the best (smallest) reference value is ${String(min)}; ratio to the best needs it positive`);
    return (value) => {
      if (!(value > 0)) throw new ValueProblem('non_positive_input', `${String(value)} cannot be scored as best ÷ value; it must be positive`);
      return min / value;
    };
  },
};
