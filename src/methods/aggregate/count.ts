import { ExactDecimal, type Exact } from '../../engine/decimal.js';
import type { Aggregation } from '../../model/framework.js';
import { ValueProblem } from '../normalise/types.js';
import type { AggregateMethod } from './types.js';

type Params = Extract<Aggregation, { method: 'count' }>;

/**
 * Criteria met: a child counts as met when its score reaches `threshold` (1 by default — a yes/no
 * criterion answered yes, or a sub-group whose criteria are all met). The node scores the share of
 * criteria met, and the result reports how many (`met`), so bands can classify units by count — the
 * new-countryside rule: a commune "đạt chuẩn" when it meets all 19 criteria. Weights only select
 * children (0 = not counted). Missing children follow the node's missing-data policy.
 *
 * @example
 * // criteria 1, 1, 0, 1 → 3 of 4 met → 0.75
 */
export const count: AggregateMethod<Params> = {
  name: 'count',
  linear: false,
  reports: { points: false, criteriaMet: true },
  threshold: (params) => new ExactDecimal(params.threshold).toString(),
  check: () => [],
  prepareFloat(params) {
    const threshold = Number(params.threshold);
    return ({ children, weights, present, out, scratch }) => {
      out.fill(0); // criteria met
      scratch.fill(0); // criteria counted
      for (let child = 0; child < children.length; child += 1) {
        if (weights[child] === 0) continue;
        const column = children[child] as Float64Array;
        const mask = present[child] ?? null;
        for (let unit = 0; unit < out.length; unit += 1) {
          if (mask !== null && mask[unit] === 0) continue;
          scratch[unit] = (scratch[unit] as number) + 1;
          if ((column[unit] as number) >= threshold) out[unit] = (out[unit] as number) + 1;
        }
      }
      for (let unit = 0; unit < out.length; unit += 1) out[unit] = (scratch[unit] as number) > 0 ? (out[unit] as number) / (scratch[unit] as number) : Number.NaN;
    };
  },
  prepare(params, weights) {
    const threshold = new ExactDecimal(params.threshold);
    return (values) => {
      let met = 0;
      let counted = 0;
      values.forEach((value, position) => {
        if (value === null || (weights[position] as Exact).isZero()) return;
        counted += 1;
        if (value.gte(threshold)) met += 1;
      });
      if (counted === 0) throw new ValueProblem('missing_value', 'no child has a value');
      return new ExactDecimal(met).div(counted);
    };
  },
};
