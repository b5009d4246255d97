import { ExactDecimal, type Exact } from '../../engine/decimal.js';
import type { Normalisation } from '../../model/framework.js';
import { affineToFloat, negate, parseRational, RATIONAL_ONE, RATIONAL_ZERO } from './affine.js';
import type { AffineContext, NormaliseMethod } from './types.js';

type Params = Extract<Normalisation, { method: 'identity' }>;

/** Identity as an exact affine map: the one definition the rational and float64 forms read. */
const identityAffine = (params: Params, { direction }: AffineContext) =>
  direction === 'higher'
    ? { scale: RATIONAL_ONE, offset: RATIONAL_ZERO, floor: null, ceiling: null }
    : { scale: negate(RATIONAL_ONE), offset: parseRational(params.max), floor: null, ceiling: null };

/**
 * Identity: the value is already a score (a published component index on 0–1, say), so it is
 * used as it is. When lower is better the score is `max − x` (with `max` 1 by default).
 *
 * @example
 * // 0.7908 → 0.7908; lower is better, max 1: 0.25 → 0.75
 */
export const identity: NormaliseMethod<Params> = {
  name: 'identity',
  dataDriven: () => false,
  check: () => [],
  prepare(params, { direction }) {
    if (direction === 'higher') return (value: Exact) => value;
    const max = new ExactDecimal(params.max);
    return (value: Exact) => max.minus(value);
  },
  affine: identityAffine,
  prepareFloat: affineToFloat(identityAffine),
};
