import { ExactDecimal, narrow, ONE, widen, type Exact } from '../../engine/decimal.js';
import type { Aggregation } from '../../model/framework.js';
import { ValueProblem } from '../normalise/types.js';
import type { AggregateMethod, FloatAggregateInput } from './types.js';

/**
 * The weighted sum of the present values and the sum of their weights, computed with as few
 * long-decimal operations as possible: values are first added up per distinct weight (most
 * frameworks use one or two weights), then each sum is multiplied by its weight once. Both run at
 * twice the working precision, so the sum is exactly Σ wᵢ·xᵢ, with one multiplication per distinct
 * weight instead of one per child.
 */
export function prepareWeightedSum(
  weights: readonly Exact[],
): (values: readonly (Exact | null)[]) => { total: Exact; weightSum: Exact } | null {
  const classes: { weight: Exact; isOne: boolean; positions: number[]; fullWeight: Exact }[] = [];
  weights.forEach((weight, position) => {
    if (weight.isZero()) return; // a zero weight (DTI's "assessed, not scored") takes no part
    const existing = classes.find((entry) => entry.weight.eq(weight));
    if (existing) existing.positions.push(position);
    else classes.push({ weight, isOne: weight.eq(ONE), positions: [position], fullWeight: weight });
  });
  let fullWeight = new ExactDecimal(0);
  for (const entry of classes) {
    entry.fullWeight = entry.weight.times(entry.positions.length);
    fullWeight = fullWeight.plus(entry.fullWeight);
  }
  return (values) => {
    let total: Exact | null = null;
    let weightSum: Exact | null = null;
    let complete = true;
    for (const entry of classes) {
      let classSum: Exact | null = null;
      let present = 0;
      for (const position of entry.positions) {
        const value = values[position];
        if (value === null || value === undefined) {
          complete = false;
          continue;
        }
        // Sums run at twice the precision (see WideDecimal), so they are exact.
        classSum = classSum === null ? widen(value) : classSum.plus(value);
        present += 1;
      }
      if (classSum === null) continue;
      const weighted = entry.isOne ? classSum : classSum.times(entry.weight);
      total = total === null ? weighted : total.plus(weighted);
      const classWeight = present === entry.positions.length ? entry.fullWeight : entry.weight.times(present);
      weightSum = weightSum === null ? classWeight : weightSum.plus(classWeight);
    }
    if (total === null || weightSum === null) return null;
    return { total, weightSum: complete ? fullWeight : weightSum };
  };
}

/**
 * The float64 weighted mean of every unit at once: `Σ wᵢ·xᵢ / Σ wᵢ` over the children that take
 * part, child by child over whole columns (the loop a hand-written Float64Array version has).
 * Children of weight 0 take no part; a unit with no weighted child left gets `NaN`.
 *
 * @example
 * const out = new Float64Array(1);
 * floatWeightedMean({ children: [Float64Array.of(0.5), Float64Array.of(1)], weights: Float64Array.of(1, 3), present: [null, null], out, scratch: new Float64Array(1) });
 * out[0]; // => 0.875
 */
export function floatWeightedMean(input: FloatAggregateInput): void {
  const { children, weights, present, out, scratch } = input;
  const unitCount = out.length;
  out.fill(0);
  let fixedWeight = 0;
  let anySkipped = false;
  for (let child = 0; child < children.length; child += 1) {
    const weight = weights[child] as number;
    if (weight === 0) continue;
    if (present[child] === null || present[child] === undefined) fixedWeight += weight;
    else anySkipped = true;
  }
  if (anySkipped) scratch.fill(fixedWeight);
  for (let child = 0; child < children.length; child += 1) {
    const weight = weights[child] as number;
    if (weight === 0) continue;
    const column = children[child] as Float64Array;
    const mask = present[child];
    if (mask === null || mask === undefined) {
      for (let unit = 0; unit < unitCount; unit += 1) out[unit] = (out[unit] as number) + weight * (column[unit] as number);
    } else {
      for (let unit = 0; unit < unitCount; unit += 1) {
        if (mask[unit] === 0) continue;
        out[unit] = (out[unit] as number) + weight * (column[unit] as number);
        scratch[unit] = (scratch[unit] as number) + weight;
      }
    }
  }
  if (anySkipped) {
    for (let unit = 0; unit < unitCount; unit += 1) {
      const weightSum = scratch[unit] as number;
      out[unit] = weightSum > 0 ? (out[unit] as number) / weightSum : Number.NaN;
    }
  } else if (fixedWeight > 0) {
    if (fixedWeight !== 1) for (let unit = 0; unit < unitCount; unit += 1) out[unit] = (out[unit] as number) / fixedWeight;
  } else {
    out.fill(Number.NaN);
  }
}

/**
 * Weighted arithmetic mean: `Σ wᵢ·xᵢ / Σ wᵢ` over the present children. Fully compensatory — a
 * weakness on one child is made up by strength on another — and linear, so every child's
 * contribution to the index is exactly its effective weight times its score. The default of most
 * composite indices (DESI, the ICT Index's plain mean of three components).
 *
 * Cost: one addition per child, one multiplication per distinct weight and one division per unit.
 * Reference: OECD/JRC Handbook (2008), section 6.
 *
 * @example
 * // weights 2, 1, 1 and scores 0.5, 0.25, 1: (1 + 0.25 + 1) / 4 = 0.5625
 */
export const mean: AggregateMethod<Extract<Aggregation, { method: 'mean' }>> = {
  name: 'mean',
  linear: true,
  reports: { points: false, criteriaMet: false },
  check: () => [],
  prepareFloat: () => floatWeightedMean,
  prepare(_params, weights) {
    const weightedSum = prepareWeightedSum(weights);
    return (values) => {
      const sums = weightedSum(values);
      if (sums === null) throw new ValueProblem('missing_value', 'no child has a value');
      return narrow(sums.weightSum.eq(ONE) ? sums.total : sums.total.div(sums.weightSum));
    };
  },
};

/**
 * Sum of points, published as earned ÷ maximum: each child's weight is its maximum points and its
 * score (0–1) the share of them earned, so the node scores `Σ earned / Σ maximum` — the DTI 2022
 * rule ("each main index is published as earned ÷ maximum points; PDTI = earned points ÷ 1000").
 * Numerically the same as the weighted mean; the result also reports points earned and available.
 * A child worth 0 points (DTI's smart-city index) is assessed but earns nothing.
 *
 * @example
 * // maxima 100, 200, 0 and scores 0.9, 0.5, 1: (90 + 100 + 0) / 300 = 0.6333…
 */
export const sum: AggregateMethod<Extract<Aggregation, { method: 'sum' }>> = {
  name: 'sum',
  linear: true,
  reports: { points: true, criteriaMet: false },
  check: () => [],
  prepareFloat: () => floatWeightedMean,
  prepare: (_params, weights) => mean.prepare({ method: 'mean' }, weights),
};
