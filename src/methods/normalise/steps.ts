import { ExactDecimal, type Exact } from '../../engine/decimal.js';
import type { Normalisation } from '../../model/framework.js';
import type { NormaliseMethod } from './types.js';

type Params = Extract<Normalisation, { method: 'steps' }>;

/**
 * Step thresholds to points, as DTI scoring rules are written: "4 steering meetings a year → 20
 * points, 3 → 15, 2 → 10, 1 → 5". When higher is better a value earns the points of the highest
 * threshold it reaches; when lower is better, of the lowest threshold it does not exceed. A value
 * that reaches no step earns `otherwise` (0 by default). The normalised score is points ÷
 * `maximum`, which defaults to the largest points of any step.
 *
 * Cost: the steps are sorted once; then a scan over the steps per value.
 *
 * @example
 * // steps 1→5, 2→10, 3→15, 4→20: 3 meetings → 15 points → 0.75; 6 meetings → 1
 */
export const steps: NormaliseMethod<Params> = {
  name: 'steps',
  dataDriven: () => false,
  check(params) {
    const problems: string[] = [];
    const thresholds = params.steps.map((step) => new ExactDecimal(step.threshold).toString());
    if (new Set(thresholds).size !== thresholds.length) problems.push('two steps have the same threshold');
    const maximum = params.maximum ?? maxPoints(params);
    if (!new ExactDecimal(maximum).isPositive() || new ExactDecimal(maximum).isZero()) {
      problems.push(`the maximum points must be positive, got ${String(maximum)}`);
    }
    return problems;
  },
  prepare(params, { direction }) {
    const maximum = new ExactDecimal(params.maximum ?? maxPoints(params));
    const otherwise = new ExactDecimal(params.otherwise).div(maximum);
    const prepared = params.steps
      .map((step) => ({ threshold: new ExactDecimal(step.threshold), score: new ExactDecimal(step.points).div(maximum) }))
      // best threshold first: the first one a value reaches is the one that counts
      .sort((left, right) => (direction === 'higher' ? right.threshold.cmp(left.threshold) : left.threshold.cmp(right.threshold)));
    return (value: Exact) => {
      for (const step of prepared) {
        if (direction === 'higher' ? value.gte(step.threshold) : value.lte(step.threshold)) return step.score;
      }
      return otherwise;
    };
  },
  prepareFloat(params, { direction }) {
    const maximum = Number(params.maximum ?? maxPoints(params));
    const otherwise = Number(params.otherwise) / maximum;
    const prepared = params.steps
      .map((step) => ({ threshold: Number(step.threshold), score: Number(step.points) / maximum }))
      .sort((left, right) => (direction === 'higher' ? right.threshold - left.threshold : left.threshold - right.threshold));
    const thresholds = Float64Array.from(prepared, (step) => step.threshold);
    const scores = Float64Array.from(prepared, (step) => step.score);
    const higher = direction === 'higher';
    return (value) => {
      for (let index = 0; index < thresholds.length; index += 1) {
        if (higher ? value >= (thresholds[index] as number) : value <= (thresholds[index] as number)) return scores[index] as number;
      }
      return otherwise;
    };
  },
};

function maxPoints(params: Params): string {
  let largest = new ExactDecimal(params.steps[0]?.points ?? 0);
  for (const step of params.steps) {
    const points = new ExactDecimal(step.points);
    if (points.gt(largest)) largest = points;
  }
  return largest.toString();
}
