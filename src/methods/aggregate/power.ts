import { ExactDecimal, narrow, WideDecimal, type Exact } from '../../engine/decimal.js';
import type { Aggregation } from '../../model/framework.js';
import { ValueProblem } from '../normalise/types.js';
import { boundsColumns, floatLogMean, geometric, holdWithinInputs } from './geometric.js';
import { floatWeightedMean, mean } from './mean.js';
import type { AggregateMethod, FloatAggregateInput } from './types.js';

type Params = Extract<Aggregation, { method: 'power' }>;

/** The largest |p| accepted: beyond it the mean is the maximum or the minimum for any practical purpose, and xᵖ costs more. */
export const MAX_POWER = 1000;

/**
 * The smallest |p| accepted other than 0: nearer 0, xᵖ is 1 + p·ln x with p·ln x below what a
 * double (and, by 1e-40, decimal.js at 80 digits) keeps, so the mean came out 1 whatever the
 * inputs (p = 1e-300 over 0.25 and 1 gave 1, not ≈ 0.5). The limit p → 0 is the geometric mean: write p = 0.
 */
export const MIN_POWER = 0.001;

/** The per-unit inputs a power mean takes: every weighted child present, checked for its sign. */
function checkedInputs(values: readonly (Exact | null)[], weights: readonly Exact[], zeroRefused: 'p < 0' | 'p = 0' | null): { value: Exact; weight: Exact }[] {
  const inputs: { value: Exact; weight: Exact }[] = [];
  values.forEach((value, position) => {
    const weight = weights[position] as Exact;
    if (value === null || weight.isZero()) return;
    if (value.isNegative() && !value.isZero()) {
      throw new ValueProblem('non_positive_input', `child ${position + 1} scores ${value.toString()}; a power mean needs every input at or above zero (xᵖ of a negative x is not a real number for most p)`);
    }
    if (zeroRefused !== null && value.isZero()) {
      const why = zeroRefused === 'p = 0' ? 'the geometric mean of anything with a 0 is 0 whatever the rest' : '0 to a negative power is infinite';
      throw new ValueProblem('non_positive_input', `child ${position + 1} scores 0; a power mean with ${zeroRefused} needs every input above zero (${why}) — use p > 0 or another method`);
    }
    inputs.push({ value, weight });
  });
  if (inputs.length === 0) throw new ValueProblem('missing_value', 'no child has a value');
  return inputs;
}

/**
 * The float64 power mean of every unit at once, scaled by each unit's largest (p > 0) or smallest
 * (p < 0) input so that no xᵖ overflows or underflows where it matters:
 * `M = r · (Σ wᵢ (xᵢ/r)ᵖ / Σ wᵢ)^(1/p)`, every (xᵢ/r)ᵖ at most 1 and the term of r itself 1.
 * `NaN` for a unit where the exact method throws (a negative input, a zero with p < 0, no child).
 */
function floatPowerMean(power: number, input: FloatAggregateInput, pivot: Float64Array): void {
  const { children, weights, present, out, scratch } = input;
  const unitCount = out.length;
  const positive = power > 0;
  pivot.fill(positive ? 0 : Number.POSITIVE_INFINITY);
  scratch.fill(0); // Σ wᵢ
  for (let child = 0; child < children.length; child += 1) {
    const weight = weights[child] as number;
    if (weight === 0) continue;
    const column = children[child] as Float64Array;
    const mask = present[child] ?? null;
    for (let unit = 0; unit < unitCount; unit += 1) {
      if (mask !== null && mask[unit] === 0) continue;
      const value = column[unit] as number;
      scratch[unit] = (scratch[unit] as number) + weight;
      if (value < 0 || (!positive && value === 0)) pivot[unit] = Number.NaN;
      else if (positive ? value > (pivot[unit] as number) : value < (pivot[unit] as number)) pivot[unit] = value;
    }
  }
  out.fill(0); // Σ wᵢ (xᵢ/r)ᵖ
  for (let child = 0; child < children.length; child += 1) {
    const weight = weights[child] as number;
    if (weight === 0) continue;
    const column = children[child] as Float64Array;
    const mask = present[child] ?? null;
    for (let unit = 0; unit < unitCount; unit += 1) {
      if (mask !== null && mask[unit] === 0) continue;
      const reference = pivot[unit] as number;
      if (reference > 0) out[unit] = (out[unit] as number) + weight * ((column[unit] as number) / reference) ** power;
    }
  }
  for (let unit = 0; unit < unitCount; unit += 1) {
    const weightSum = scratch[unit] as number;
    const reference = pivot[unit] as number;
    if (!(weightSum > 0) || Number.isNaN(reference)) out[unit] = Number.NaN;
    else if (reference === 0) out[unit] = 0; // p > 0 and every input 0
    else out[unit] = reference * ((out[unit] as number) / weightSum) ** (1 / power);
  }
}

/**
 * Generalised (power) mean: `(Σ wᵢ·xᵢᵖ / Σ wᵢ)^(1/p)`, one family for every degree of
 * compensation: p = 1 is the arithmetic mean (fully compensatory), p → 0 the geometric mean, p = −1
 * the harmonic mean, p → −∞ the minimum and p → ∞ the maximum. Lower p penalises unbalanced
 * profiles more — the JRC's way of tuning how far a strength may make up for a weakness
 * (COINr's `a_genmean(x, w, p)`).
 *
 * Decisions, so that no score is ever `NaN`: p = 0 is the limit, the weighted geometric mean (COINr
 * refuses p = 0); p = 1 is the arithmetic mean (computed as `mean` is); every input must be at or
 * above zero, and above zero when p < 0 (0ᵖ is infinite) — otherwise a clear error naming the unit
 * and the child (COINr issues #47, #65); |p| is at most 1000, and at least 0.001 unless 0.
 *
 * Exactness: xᵖ and the 1/p-th root are not rational for most p, so the exact engine computes them
 * with decimal.js at 80 digits (twice chiso's precision) and keeps the 40 it publishes — "exact" to
 * the engine's precision, not exact rational. The fast engine scales by each unit's largest (p > 0)
 * or smallest (p < 0) input, so no power overflows.
 * Cost: one power per child and one root per unit.
 * Reference: OECD/JRC Handbook (2008), section 6; COINr `a_genmean`; Hardy, Littlewood & Pólya,
 * *Inequalities* (1934), chapter 2 (the power-mean inequality).
 *
 * @example
 * // equal weights, scores 0.25 and 1: p = 2 → √((0.0625 + 1) / 2) = 0.7289…; p = 1 → 0.625; p = 0 → 0.5; p = −1 → 0.4
 */
export const power: AggregateMethod<Params> = {
  name: 'power',
  linear: false,
  reports: { points: false, criteriaMet: false },
  check(params) {
    const exponent = new ExactDecimal(params.p);
    if (exponent.abs().gt(MAX_POWER)) return [`the power p must lie within [−${MAX_POWER}, ${MAX_POWER}], got ${String(params.p)}`];
    if (!exponent.isZero() && exponent.abs().lt(MIN_POWER)) return [`the power p = ${String(params.p)} is too close to 0 to compute (xᵖ rounds to 1, so every mean would be 1): write p = 0 for the geometric mean, its limit, or |p| ≥ ${MIN_POWER}`];
    return [];
  },
  prepare(params, weights) {
    const exponent = new WideDecimal(params.p);
    if (exponent.isZero()) {
      const geometricMean = geometric.prepare({ method: 'geometric' }, weights);
      return (values) => {
        checkedInputs(values, weights, 'p = 0');
        return geometricMean(values);
      };
    }
    if (exponent.eq(1)) return mean.prepare({ method: 'mean' }, weights);
    const zeroRefused = exponent.isNegative() ? 'p < 0' : null;
    const inverse = new WideDecimal(1).div(exponent);
    return (values) => {
      const inputs = checkedInputs(values, weights, zeroRefused);
      let total = new WideDecimal(0);
      let weightSum = new WideDecimal(0);
      for (const { value, weight } of inputs) {
        // 0ᵖ = 0 for p > 0 (decimal.js agrees; said here so no logarithm of 0 is ever taken)
        if (!value.isZero()) total = total.plus(new WideDecimal(value).pow(exponent).times(weight));
        weightSum = weightSum.plus(weight);
      }
      if (total.isZero()) return new ExactDecimal(0);
      return narrow(total.div(weightSum).pow(inverse));
    };
  },
  prepareFloat(params) {
    const exponent = Number(params.p);
    if (exponent === 1) return floatWeightedMean;
    const bounds = boundsColumns();
    return (input) => {
      const columns = bounds(input.out.length);
      if (exponent === 0) floatLogMean(input, 0, Math.log, Math.exp);
      else floatPowerMean(exponent, input, columns.low);
      // the mean lies within the inputs (see holdWithinInputs): all equal inputs give that input
      holdWithinInputs(input, columns);
    };
  },
};
