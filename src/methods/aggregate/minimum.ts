import type { Exact } from '../../engine/decimal.js';
import type { Aggregation } from '../../model/framework.js';
import { ValueProblem } from '../normalise/types.js';
import type { AggregateMethod } from './types.js';

/**
 * Minimum: the node scores its weakest child — non-compensatory, "a chain is as strong as its
 * weakest link". Weights only decide which children take part: a child of weight 0 is ignored.
 *
 * @example
 * // scores 0.9, 0.4, 0.7: 0.4
 */
export const minimum: AggregateMethod<Extract<Aggregation, { method: 'minimum' }>> = {
  name: 'minimum',
  linear: false,
  reports: { points: false, criteriaMet: false },
  check: () => [],
  prepareFloat: () => ({ children, weights, present, out }) => {
    out.fill(Number.POSITIVE_INFINITY);
    for (let child = 0; child < children.length; child += 1) {
      if (weights[child] === 0) continue;
      const column = children[child] as Float64Array;
      const mask = present[child] ?? null;
      for (let unit = 0; unit < out.length; unit += 1) {
        const value = column[unit] as number;
        if ((mask === null || mask[unit] === 1) && value < (out[unit] as number)) out[unit] = value;
      }
    }
    // no weighted child with a value: undefined, as the exact method's "no child has a value"
    for (let unit = 0; unit < out.length; unit += 1) if (out[unit] === Number.POSITIVE_INFINITY) out[unit] = Number.NaN;
  },
  prepare(_params, weights) {
    return (values) => {
      let lowest: Exact | null = null;
      values.forEach((value, position) => {
        if (value === null || (weights[position] as Exact).isZero()) return;
        if (lowest === null || value.lt(lowest)) lowest = value;
      });
      if (lowest === null) throw new ValueProblem('missing_value', 'no child has a value');
      return lowest;
    };
  },
};
