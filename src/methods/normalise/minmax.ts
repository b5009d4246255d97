import type { Normalisation } from '../../model/framework.js';
import { clampUnit, exactDivider } from './goalposts.js';
import { compareRational, rationalToText } from '../../engine/rational.js';
import { affineToFloat, betweenAffine, rationalExtremes } from './affine.js';
import { referenceExtremes } from './reference.js';
import { ValueProblem, type Affine, type AffineContext, type NormaliseMethod } from './types.js';

type Params = Extract<Normalisation, { method: 'minmax' }>;

/** Min–max as an exact affine map: the one definition the rational and float64 forms read. */
function minmaxAffine(params: Params, { direction, reference }: AffineContext): Affine {
  const { min, max } = rationalExtremes(reference, 'min–max needs at least two reference values');
  if (compareRational(min, max) === 0) throw problemAllEqual(rationalToText(min));
  return betweenAffine(min, max, direction, params.clip);
}

/**
 * Min–max over the units: `(x − min) / (max − min)` where min and max are taken over the
 * reference (ranked) units, so the worst unit scores 0 and the best 1. Lower is better reverses
 * it: `(max − x) / (max − min)`. A unit outside the reference set (an average row) may fall
 * outside [0, 1] unless `clip` is set.
 *
 * Fails when every reference value is the same (the range is zero).
 * Cost: one pass over the reference values, then one subtraction and one division per value.
 * Reference: OECD/JRC Handbook (2008), section 5; COINr `n_minmax`.
 *
 * @example
 * // reference 2, 4, 6: 4 → 0.5; lower is better: 2 → 1
 */
export const minmax: NormaliseMethod<Params> = {
  name: 'minmax',
  dataDriven: () => true,
  check: () => [],
  prepare(params, { direction, reference }) {
    const { min, max } = referenceExtremes(reference, 'min–max needs at least two reference values');
    const range = max.minus(min);
    if (range.isZero()) throw problemAllEqual(min.toString());
    const divide = exactDivider(range);
    const normalise =
      direction === 'higher'
        ? (value: Parameters<typeof divide>[0]) => divide(value.minus(min))
        : (value: Parameters<typeof divide>[0]) => divide(max.minus(value));
    return params.clip ? (value) => clampUnit(normalise(value)) : normalise;
  },
  affine: minmaxAffine,
  prepareFloat: affineToFloat(minmaxAffine),
};

function problemAllEqual(value: string): ValueProblem {
  return new ValueProblem(
    'undefined_computation',
    `every reference unit has the value ${value}, so the range is zero and min–max is undefined`,
  );
}
