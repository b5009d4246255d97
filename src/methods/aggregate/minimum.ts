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
  check: () => [],
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
