import type { Normalisation } from '../../model/framework.js';
import type { Exact } from '../../engine/decimal.js';
import { exactDivider } from './goalposts.js';
import { divideRational, rationalToText } from '../../engine/rational.js';
import { RATIONAL_ONE, RATIONAL_ZERO, rationalExtremes } from './affine.js';
import { referenceExtremes } from './reference.js';
import { ValueProblem, type NormaliseMethod } from './types.js';

type Params = Extract<Normalisation, { method: 'best' }>;

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
  affine(_params, { direction, reference }) {
    if (direction === 'lower') return null; // min / x is not affine in x
    const { max } = rationalExtremes(reference, 'ratio to the best unit needs at least one reference value', 1);
    if (max.numerator <= 0n) throw new ValueProblem('undefined_computation', `the best reference value is ${rationalToText(max)}; ratio to the best needs it positive`);
    return { scale: divideRational(RATIONAL_ONE, max), offset: RATIONAL_ZERO, floor: null, ceiling: null };
  },
};
