import { ExactDecimal, ONE, type Exact } from '../../engine/decimal.js';
import type { Normalisation } from '../../model/framework.js';
import { divideRational } from '../../engine/rational.js';
import { affineToFloat, negate, parseRational, RATIONAL_ONE, RATIONAL_ZERO } from './affine.js';
import { exactDivider } from './goalposts.js';
import type { Affine, AffineContext, NormaliseMethod } from './types.js';

type Params = Extract<Normalisation, { method: 'share' }>;

/** Share as an exact affine map held within bounds: the one definition the rational and float64 forms read. */
function shareAffine(params: Params, { direction }: AffineContext): Affine {
  const scale = divideRational(RATIONAL_ONE, parseRational(params.of));
  // higher: min(x/of, 1); lower: 1 − min(x/of, 1) = max(1 − x/of, 0)
  return direction === 'higher'
    ? { scale, offset: RATIONAL_ZERO, floor: null, ceiling: RATIONAL_ONE }
    : { scale: negate(scale), offset: RATIONAL_ONE, floor: RATIONAL_ZERO, ceiling: null };
}

/**
 * Share × maximum points, the commonest DTI rule ("ratio = a/b; points = ratio × max points"):
 * the score is the value as a share of `of` (1 for a ratio, 100 for a percent), capped at 1, so
 * the points earned are this score times the indicator's weight in a points-summing parent. When
 * lower is better the score is one minus the share.
 *
 * @example
 * // of 100: 87.5 (% of dossiers on time) → 0.875; 112 → 1
 */
export const share: NormaliseMethod<Params> = {
  name: 'share',
  dataDriven: () => false,
  check(params) {
    const of = new ExactDecimal(params.of);
    return of.isPositive() && !of.isZero() ? [] : [`"of" must be positive, got ${String(params.of)}`];
  },
  prepare(params, { direction }) {
    const divide = exactDivider(new ExactDecimal(params.of));
    return (value: Exact) => {
      const fraction = divide(value);
      const capped = fraction.gt(ONE) ? ONE : fraction;
      return direction === 'higher' ? capped : ONE.minus(capped);
    };
  },
  affine: shareAffine,
  prepareFloat: affineToFloat(shareAffine),
};
