import { ExactDecimal, narrow, WideDecimal, ZERO, type Exact } from '../../engine/decimal.js';
import type { Aggregation } from '../../model/framework.js';
import { ValueProblem } from '../normalise/types.js';
import type { AggregateMethod } from './types.js';

type Params = Extract<Aggregation, { method: 'geometric' }>;

/**
 * Checks that every present child with a weight is positive after the shift, so a geometric or
 * harmonic mean never takes the logarithm of zero or divides by it. COINr issues #47 and #65 show
 * what happens otherwise: silent `-Inf` and `NaN` scores.
 */
export function positiveInputs(
  values: readonly (Exact | null)[],
  weights: readonly Exact[],
  shift: Exact,
  methodName: string,
): Exact[] {
  const shifted: Exact[] = [];
  values.forEach((value, position) => {
    if (value === null || (weights[position] as Exact).isZero()) return;
    const input = shift.isZero() ? value : value.plus(shift);
    if (input.isZero() || input.isNegative()) {
      throw new ValueProblem(
        'non_positive_input',
        `child ${position + 1} scores ${value.toString()}${shift.isZero() ? '' : ` (${input.toString()} after the shift)`}; a ${methodName} needs every input above zero — add a "shift" to the aggregation or use another method`,
      );
    }
    shifted.push(input);
  });
  return shifted;
}

/**
 * Weighted geometric mean: `exp(Σ wᵢ·ln xᵢ / Σ wᵢ)`. Only partly compensatory: a weak child
 * pulls the score down more than under the arithmetic mean, which is why the UN's HDI uses it.
 * Every input must be above zero; a framework that accepts zeros must say so with an explicit
 * `shift` (the mean is taken of xᵢ + shift, and the shift subtracted again).
 *
 * Cost: one logarithm per child and one exponential per unit (decimal.js, 40 digits).
 * Reference: OECD/JRC Handbook (2008), section 6.1; UNDP HDI technical notes.
 *
 * @example
 * // equal weights, scores 0.25 and 1: √(0.25 × 1) = 0.5
 */
export const geometric: AggregateMethod<Params> = {
  name: 'geometric',
  linear: false,
  check: (params) => (params.shift !== undefined && new ExactDecimal(params.shift).isNegative() ? ['the shift must not be negative'] : []),
  prepare(params, weights) {
    const shift = params.shift === undefined ? ZERO : new ExactDecimal(params.shift);
    return (values) => {
      positiveInputs(values, weights, shift, 'geometric mean');
      let logSum = new WideDecimal(0);
      let weightSum = new WideDecimal(0);
      values.forEach((value, position) => {
        const weight = weights[position] as Exact;
        if (value === null || weight.isZero()) return;
        logSum = logSum.plus((shift.isZero() ? value : value.plus(shift)).ln().times(weight));
        weightSum = weightSum.plus(weight);
      });
      if (weightSum.isZero()) throw new ValueProblem('missing_value', 'no child has a value');
      const result = narrow(logSum.div(weightSum)).exp();
      return shift.isZero() ? result : result.minus(shift);
    };
  },
};
