import { Decimal as DecimalJs } from 'decimal.js';
import { ExactDecimal, narrow, type Exact } from '../../engine/decimal.js';
import { quoteText } from '../../model/describe.js';
import type { Aggregation } from '../../model/framework.js';
import { decimalTextProblem } from '../../model/limits.js';
import { ValueProblem } from '../normalise/types.js';
import type { AggregateMethod, FloatAggregateInput } from './types.js';

type Params = Extract<Aggregation, { method: 'custom' }>;

/** A user function's result as a 40-digit decimal, or the problem that it is not a finite number. */
function exactResult(result: unknown, name: string): Exact {
  const refused = (what: string): ValueProblem => new ValueProblem('undefined_computation', `the custom aggregation ${quoteText(name)} returned ${what}, not a finite number`);
  if (DecimalJs.isDecimal(result)) {
    if (!result.isFinite()) throw refused(result.toString());
    return narrow(result);
  }
  if (typeof result === 'number') {
    if (!Number.isFinite(result)) throw refused(String(result));
    return new ExactDecimal(result);
  }
  if (typeof result === 'string') {
    if (decimalTextProblem(result) !== null) throw refused(quoteText(result));
    return narrow(new ExactDecimal(result));
  }
  throw new TypeError(`the custom aggregation ${quoteText(name)} returned ${result === null ? 'null' : typeof result}; expected a Decimal, a decimal text or a number`);
}

/**
 * A user-supplied aggregation, written in TypeScript (a JSON framework cannot hold a function):
 * `{ method: "custom", name, exact, float? }`. For each unit, `exact` is given the scores of the
 * children that take part — present after the missing-data policy, with a weight above 0, a
 * lower-is-better sub-index as 1 − s — and their weights, as decimal.js values at chiso's 40
 * significant digits, so a function written with decimal.js arithmetic is as exact as the built-in
 * methods; it returns the score (a decimal.js value, rounded to 40 digits; a decimal text; or a
 * finite number, read as the decimal it prints as). `float`, for the fast engine, is given the same
 * children as doubles; without it the fast engine calls `exact` on each unit's values read as
 * decimals (correct, but slow for Monte Carlo runs).
 *
 * Why: an index whose rule is none of the built-in ones (a trimmed mean, a penalty for imbalance,
 * a ministry's formula) stays one framework, scored, ranked and explained like the others.
 * What is guaranteed: a result that is not a finite number (`NaN`, `Infinity`, `"abc"`) is a clear
 * error naming the aggregation and the unit, never a score; a `ValueProblem` thrown by the function
 * is reported for that unit like a built-in method's; any other exception is the function's bug and
 * propagates. Each unit is scored on its own (a method that compares units implements
 * `AggregateMethod.prepareAcrossUnits` instead). Frameworks holding a function cannot be saved as
 * JSON or sent to worker threads (`threads: 1`).
 *
 * Cost: the user's function, once per unit. Reference: COINr's `Aggregate(f_ag = "any_function")`.
 *
 * @example
 * // exact: (values) => values.reduce((a, b) => a.plus(b)).div(values.length) — the plain mean
 */
export const custom: AggregateMethod<Params> = {
  name: 'custom',
  linear: false,
  reports: { points: false, criteriaMet: false },
  check: () => [],
  prepare(params, weights) {
    return (values) => {
      const present: Exact[] = [];
      const presentWeights: Exact[] = [];
      values.forEach((value, position) => {
        const weight = weights[position] as Exact;
        if (value === null || weight.isZero()) return;
        present.push(value);
        presentWeights.push(weight);
      });
      if (present.length === 0) throw new ValueProblem('missing_value', 'no child has a value');
      return exactResult(params.exact(present, presentWeights), params.name);
    };
  },
  prepareFloat(params) {
    const float = params.float;
    const one =
      float ??
      ((values: Float64Array, weights: Float64Array): number => {
        const result = params.exact(Array.from(values, (value) => new ExactDecimal(value)), Array.from(weights, (weight) => new ExactDecimal(weight)));
        return DecimalJs.isDecimal(result) ? result.toNumber() : Number(result);
      });
    return ({ children, weights, present, out }: FloatAggregateInput) => {
      const values: number[] = [];
      const taking: number[] = [];
      for (let unit = 0; unit < out.length; unit += 1) {
        values.length = 0;
        taking.length = 0;
        for (let child = 0; child < children.length; child += 1) {
          const weight = weights[child] as number;
          const mask = present[child] ?? null;
          if (weight === 0 || (mask !== null && mask[unit] === 0)) continue;
          values.push((children[child] as Float64Array)[unit] as number);
          taking.push(weight);
        }
        if (values.length === 0) {
          out[unit] = Number.NaN;
          continue;
        }
        try {
          const result = one(Float64Array.from(values), Float64Array.from(taking));
          // not a finite number: undefined for this unit, as the exact method's refusal
          out[unit] = typeof result === 'number' && Number.isFinite(result) ? result : Number.NaN;
        } catch (problem) {
          if (!(problem instanceof ValueProblem)) throw problem;
          out[unit] = Number.NaN;
        }
      }
    };
  },
};
