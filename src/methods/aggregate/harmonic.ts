import { ExactDecimal, narrow, WideDecimal, widen, ZERO, type Exact } from '../../engine/decimal.js';
import type { Aggregation } from '../../model/framework.js';
import { ValueProblem } from '../normalise/types.js';
import { boundsColumns, holdWithinInputs, positiveInputs, shiftedPrecision } from './geometric.js';
import type { AggregateMethod, FloatAggregateInput } from './types.js';

type Params = Extract<Aggregation, { method: 'harmonic' }>;

/**
 * Weighted harmonic mean: `Σ wᵢ / Σ (wᵢ / xᵢ)`. The least compensatory of the three Pythagorean
 * means — the score stays close to the weakest child. Inputs must be above zero unless the
 * framework sets an explicit `shift`; however large the shift, the 40 digits kept are right (see
 * the geometric mean).
 *
 * Cost: one division per child and one per unit.
 *
 * @example
 * // equal weights, scores 0.5 and 1: 2 / (2 + 1) = 0.6667
 */
export const harmonic: AggregateMethod<Params> = {
  name: 'harmonic',
  linear: false,
  reports: { points: false, criteriaMet: false },
  prepareFloat(params) {
    const shift = params.shift === undefined ? 0 : Number(params.shift);
    // W / Σ (wᵢ/xᵢ); with a shift c, (W / Σ wᵢ/(xᵢ + c)) − c = Σ wᵢ·xᵢ/(xᵢ + c) / Σ wᵢ/(xᵢ + c), which never subtracts c
    const bounds = boundsColumns();
    return (input) => {
      harmonicColumns(input, shift);
      holdWithinInputs(input, bounds(input.out.length));
    };
    function harmonicColumns({ children, weights, present, out, scratch }: FloatAggregateInput, shift: number): void {
      out.fill(0); // Σ wᵢ·xᵢ/(xᵢ + c), or Σ wᵢ without a shift
      scratch.fill(0); // Σ wᵢ/(xᵢ + c)
      for (let child = 0; child < children.length; child += 1) {
        const weight = weights[child] as number;
        if (weight === 0) continue;
        const column = children[child] as Float64Array;
        const mask = present[child] ?? null;
        for (let unit = 0; unit < out.length; unit += 1) {
          if (mask !== null && mask[unit] === 0) continue;
          const value = column[unit] as number;
          const shifted = value + shift;
          if (!(shifted > 0)) {
            out[unit] = Number.NaN;
            continue;
          }
          out[unit] = (out[unit] as number) + (shift === 0 ? weight : (weight * value) / shifted);
          scratch[unit] = (scratch[unit] as number) + weight / shifted;
        }
      }
      for (let unit = 0; unit < out.length; unit += 1) out[unit] = (scratch[unit] as number) > 0 ? (out[unit] as number) / (scratch[unit] as number) : Number.NaN;
    }
  },
  check: (params) => (params.shift !== undefined && new ExactDecimal(params.shift).isNegative() ? ['the shift must not be negative'] : []),
  prepare(params, weights) {
    const shift = params.shift === undefined ? ZERO : new ExactDecimal(params.shift);
    return (values) => {
      positiveInputs(values, weights, shift, 'harmonic mean');
      if (!shift.isZero()) return shiftedHarmonic(values, weights, shift);
      let inverseSum = new WideDecimal(0);
      let weightSum = new WideDecimal(0);
      values.forEach((value, position) => {
        const weight = weights[position] as Exact;
        if (value === null || weight.isZero()) return;
        inverseSum = inverseSum.plus(widen(weight).div(shift.isZero() ? value : value.plus(shift)));
        weightSum = weightSum.plus(weight);
      });
      if (weightSum.isZero()) throw new ValueProblem('missing_value', 'no child has a value');
      return narrow(weightSum.div(inverseSum));
    };
  },
};

/**
 * `W / Σ (wᵢ / (xᵢ + c)) − c` at the precision {@link shiftedPrecision} says, so that subtracting a
 * large shift leaves 40 right digits.
 */
function shiftedHarmonic(values: readonly (Exact | null)[], weights: readonly Exact[], shift: Exact): Exact {
  const Working = shiftedPrecision(values, weights, shift, 'harmonic mean');
  const shiftWide = new Working(shift);
  let inverseSum = new Working(0);
  let weightSum = new Working(0);
  values.forEach((value, position) => {
    const weight = weights[position] as Exact;
    if (value === null || weight.isZero()) return;
    inverseSum = inverseSum.plus(new Working(weight).div(shiftWide.plus(value)));
    weightSum = weightSum.plus(weight);
  });
  if (weightSum.isZero()) throw new ValueProblem('missing_value', 'no child has a value');
  return narrow(weightSum.div(inverseSum).minus(shiftWide));
}
