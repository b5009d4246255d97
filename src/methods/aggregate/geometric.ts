import { Decimal as DecimalJs } from 'decimal.js';
import { ExactDecimal, narrow, PRECISION, WideDecimal, ZERO, type Exact } from '../../engine/decimal.js';
import type { Aggregation } from '../../model/framework.js';
import { ValueProblem } from '../normalise/types.js';
import type { AggregateMethod, FloatAggregateInput } from './types.js';

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

/** Digits carried beyond what the cancellation of a shift costs, so the 40 digits kept are right. */
const GUARD_DIGITS = 20;
/** The most digits a shifted mean may need; beyond it the shift is refused as too large. */
export const MAX_SHIFT_PRECISION = 2000;
/** Decimal constructors by working precision (a multiple of 50, at most 40 of them). */
const workingConstructors = new Map<number, typeof DecimalJs>();

/**
 * The decimal constructor for a mean of inputs shifted by `shift` and shifted back. Adding a shift
 * much larger than the scores (1e38 to scores near 0.5) and subtracting it again cancels the
 * shift's digits: the mean of the shifted inputs must be known to 40 digits *more than* the
 * shift's lead over the scores, or the difference is noise (it was: shift 1e45 gave −49600000).
 * The precision is that lead (from the exponents of the shift and the largest score, and the
 * spread of the weights) plus 40 plus 20 guard digits; a lead needing more than
 * {@link MAX_SHIFT_PRECISION} digits is refused.
 */
export function shiftedPrecision(values: readonly (Exact | null)[], weights: readonly Exact[], shift: Exact, methodName: string): typeof DecimalJs {
  let largest: Exact | null = null;
  let lightest: Exact | null = null;
  let totalWeight = ZERO;
  values.forEach((value, position) => {
    const weight = weights[position] as Exact;
    if (value === null || weight.isZero()) return;
    if (!value.isZero() && (largest === null || value.abs().gt(largest))) largest = value.abs();
    if (lightest === null || weight.lt(lightest)) lightest = weight;
    totalWeight = totalWeight.plus(weight);
  });
  const lead = largest === null ? 0 : Math.max(0, shift.e - (largest as Exact).e);
  const weightSpread = lightest === null ? 0 : Math.max(0, totalWeight.e - (lightest as Exact).e + 1);
  const needed = PRECISION + GUARD_DIGITS + lead + weightSpread;
  if (needed > MAX_SHIFT_PRECISION) {
    throw new ValueProblem(
      'undefined_computation',
      `the shift ${shift.toString()} is too large for scores near ${(largest as Exact | null)?.toString() ?? '0'}: keeping ${PRECISION} digits of the ${methodName} would need ${needed} working digits (at most ${MAX_SHIFT_PRECISION}); use a smaller shift`,
    );
  }
  const precision = Math.ceil(needed / 50) * 50;
  let constructor = workingConstructors.get(precision);
  if (constructor === undefined) {
    constructor = DecimalJs.clone({ precision, rounding: DecimalJs.ROUND_HALF_EVEN, toExpNeg: -30, toExpPos: 60 });
    workingConstructors.set(precision, constructor);
  }
  return constructor;
}

/**
 * Weighted geometric mean: `exp(Σ wᵢ·ln xᵢ / Σ wᵢ)`. Only partly compensatory: a weak child
 * pulls the score down more than under the arithmetic mean, which is why the UN's HDI uses it.
 * Every input must be above zero; a framework that accepts zeros must say so with an explicit
 * `shift` (the mean is taken of xᵢ + shift, and the shift subtracted again). However large the
 * shift, the 40 digits kept are right: the work is done with as many digits as the shift's lead over
 * the scores costs (a shift too large to afford is refused).
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
  reports: { points: false, criteriaMet: false },
  prepareFloat(params) {
    const shift = params.shift === undefined ? 0 : Number(params.shift);
    // exp(Σ wᵢ·ln xᵢ / W), or with a shift c: c·expm1(Σ wᵢ·log1p(xᵢ/c) / W), which never subtracts c
    const term = shift === 0 ? Math.log : (value: number) => Math.log1p(value / shift);
    const back = shift === 0 ? Math.exp : (mean: number) => shift * Math.expm1(mean);
    const bounds = boundsColumns();
    return (input) => {
      floatLogMean(input, shift, term, back);
      holdWithinInputs(input, bounds(input.out.length));
    };
  },
  check: (params) => (params.shift !== undefined && new ExactDecimal(params.shift).isNegative() ? ['the shift must not be negative'] : []),
  prepare(params, weights) {
    const shift = params.shift === undefined ? ZERO : new ExactDecimal(params.shift);
    return (values) => {
      positiveInputs(values, weights, shift, 'geometric mean');
      if (!shift.isZero()) return shiftedGeometric(values, weights, shift);
      let logSum = new WideDecimal(0);
      let weightSum = new WideDecimal(0);
      values.forEach((value, position) => {
        const weight = weights[position] as Exact;
        if (value === null || weight.isZero()) return;
        logSum = logSum.plus((shift.isZero() ? value : value.plus(shift)).ln().times(weight));
        weightSum = weightSum.plus(weight);
      });
      if (weightSum.isZero()) throw new ValueProblem('missing_value', 'no child has a value');
      return narrow(logSum.div(weightSum)).exp();
    };
  },
};

/**
 * A float mean through a per-value term: `back(Σ wᵢ·term(xᵢ) / Σ wᵢ)` over the children that take
 * part, `NaN` for a unit with an input not above zero after the shift, or no weighted child.
 */
export function floatLogMean(input: FloatAggregateInput, shift: number, term: (value: number) => number, back: (mean: number) => number): void {
  const { children, weights, present, out, scratch } = input;
  out.fill(0); // Σ wᵢ·term(xᵢ)
  scratch.fill(0); // Σ wᵢ
  for (let child = 0; child < children.length; child += 1) {
    const weight = weights[child] as number;
    if (weight === 0) continue;
    const column = children[child] as Float64Array;
    const mask = present[child] ?? null;
    for (let unit = 0; unit < out.length; unit += 1) {
      if (mask !== null && mask[unit] === 0) continue;
      const value = column[unit] as number;
      // not above zero after the shift: undefined for this unit (the exact method throws)
      out[unit] = value + shift > 0 ? (out[unit] as number) + weight * term(value) : Number.NaN;
      scratch[unit] = (scratch[unit] as number) + weight;
    }
  }
  for (let unit = 0; unit < out.length; unit += 1) {
    const weightSum = scratch[unit] as number;
    out[unit] = weightSum > 0 ? back((out[unit] as number) / weightSum) : Number.NaN;
  }
}

/**
 * `exp(Σ wᵢ·ln(xᵢ + c) / W) − c`, written as `c · (exp(Σ wᵢ·ln(1 + xᵢ/c) / W) − 1)` so that nothing
 * of the size of c is subtracted, at the precision {@link shiftedPrecision} says.
 */
function shiftedGeometric(values: readonly (Exact | null)[], weights: readonly Exact[], shift: Exact): Exact {
  const Working = shiftedPrecision(values, weights, shift, 'geometric mean');
  const shiftWide = new Working(shift);
  let logSum = new Working(0);
  let weightSum = new Working(0);
  values.forEach((value, position) => {
    const weight = weights[position] as Exact;
    if (value === null || weight.isZero()) return;
    logSum = logSum.plus(new Working(value).div(shiftWide).plus(1).ln().times(weight));
    weightSum = weightSum.plus(weight);
  });
  if (weightSum.isZero()) throw new ValueProblem('missing_value', 'no child has a value');
  return narrow(logSum.div(weightSum).exp().minus(1).times(shiftWide));
}

/**
 * Two work columns per prepared method, kept between runs and made again only when the number of
 * units changes.
 *
 * @example
 * boundsColumns()(3).low.length; // => 3
 */
export function boundsColumns(): (length: number) => { low: Float64Array; high: Float64Array } {
  let columns = { low: new Float64Array(0), high: new Float64Array(0) };
  return (length) => {
    if (columns.low.length !== length) columns = { low: new Float64Array(length), high: new Float64Array(length) };
    return columns;
  };
}

/**
 * Holds each unit's float mean within its smallest and largest weighted input, where every mean
 * lies in exact arithmetic: the rounding of a logarithm and an exponential (or of a shift added and
 * taken away) may put the mean of inputs that are all 1 at 0.9999999999999998, and a `count`
 * threshold of 1 above it would then see the criterion unmet where the exact engine sees it met.
 * Units whose mean is `NaN` stay `NaN`.
 *
 * @example
 * const out = Float64Array.of(0.9999999999999998);
 * holdWithinInputs({ children: [Float64Array.of(1), Float64Array.of(1)], weights: Float64Array.of(1, 1), present: [null, null], out, scratch: new Float64Array(1) }, boundsColumns()(1));
 * out[0]; // => 1
 */
export function holdWithinInputs(input: FloatAggregateInput, { low, high }: { low: Float64Array; high: Float64Array }): void {
  const { children, weights, present, out } = input;
  low.fill(Number.POSITIVE_INFINITY);
  high.fill(Number.NEGATIVE_INFINITY);
  for (let child = 0; child < children.length; child += 1) {
    if (weights[child] === 0) continue;
    const column = children[child] as Float64Array;
    const mask = present[child] ?? null;
    for (let unit = 0; unit < out.length; unit += 1) {
      if (mask !== null && mask[unit] === 0) continue;
      const value = column[unit] as number;
      if (value < (low[unit] as number)) low[unit] = value;
      if (value > (high[unit] as number)) high[unit] = value;
    }
  }
  for (let unit = 0; unit < out.length; unit += 1) {
    const mean = out[unit] as number;
    if (mean < (low[unit] as number)) out[unit] = low[unit] as number;
    else if (mean > (high[unit] as number)) out[unit] = high[unit] as number;
  }
}
