import { ExactDecimal, ONE, PRECISION, ZERO, type Exact } from '../../engine/decimal.js';
import type { Normalisation } from '../../model/framework.js';
import { affineToFloat, betweenAffine, parseRational } from './affine.js';
import type { AffineContext, NormaliseMethod } from './types.js';

type Params = Extract<Normalisation, { method: 'goalposts' }>;

/** Goalposts as an exact affine map: the one definition the rational and float64 forms read. */
const goalpostsAffine = (params: Params, { direction }: AffineContext) => betweenAffine(parseRational(params.min), parseRational(params.max), direction, params.clip);

/**
 * Divides exactly when the divisor's inverse has a finite decimal expansion (a range of 0.5, 100,
 * 0.25…), by multiplying with that short inverse, which is cheap; otherwise it divides, which is
 * correctly rounded at 40 digits. Multiplying by a rounded inverse would be faster but could move a
 * value that is exactly on a rounding boundary (0.12345) to the wrong side of it.
 */
export function exactDivider(divisor: Exact): (value: Exact) => Exact {
  const inverse = hasFiniteInverse(divisor) ? ONE.div(divisor) : null;
  // A finite inverse shorter than the working precision is exact, so x × inverse is x ÷ divisor
  // rounded once, just as the division would be.
  if (inverse !== null && inverse.sd() < PRECISION) {
    if (inverse.eq(ONE)) return (value) => value;
    return (value) => value.times(inverse);
  }
  return (value) => value.div(divisor);
}

/**
 * True when 1 / divisor has a finite decimal expansion: its significand, as an integer, has no
 * prime factor other than 2 and 5 (0.5, 0.25, 100, 0.0125 — not 0.66 or 95).
 */
export function hasFiniteInverse(divisor: Exact): boolean {
  if (divisor.isZero() || !divisor.isFinite()) return false;
  let significand = BigInt(divisor.abs().toFixed().replace('.', '').replace(/^0+/, ''));
  while (significand % 2n === 0n) significand /= 2n;
  while (significand % 5n === 0n) significand /= 5n;
  return significand === 1n;
}

/** Clamps to [0, 1]. */
export function clampUnit(value: Exact): Exact {
  if (value.isNegative() && !value.isZero()) return ZERO;
  if (value.gt(ONE)) return ONE;
  return value;
}

/**
 * Fixed goalposts (also called "min–max with fixed bounds"): `(x − min) / (max − min)`, or
 * `(max − x) / (max − min)` when lower is better. The goalposts are part of the methodology, not of
 * the data, so scores are comparable across years — DESI and most official indices use them.
 *
 * Without `clip`, a value beyond a goalpost scores below 0 or above 1, as DESI intends; with
 * `clip`, scores are held within [0, 1].
 *
 * Cost: one subtraction and one division (or a multiplication by an exact inverse) per value.
 * Reference: OECD/JRC, *Handbook on Constructing Composite Indicators* (2008), section 5.
 *
 * @example
 * // DESI 2022 indicator 1a2 "above basic digital skills", goalposts 0 and 0.66:
 * // 0.332817 → 0.50426818…
 */
export const goalposts: NormaliseMethod<Params> = {
  name: 'goalposts',
  dataDriven: () => false,
  check(params) {
    const min = new ExactDecimal(params.min);
    const max = new ExactDecimal(params.max);
    return max.gt(min) ? [] : [`goalposts need max > min, got min ${params.min} and max ${params.max}`];
  },
  prepare(params, { direction }) {
    const min = new ExactDecimal(params.min);
    const max = new ExactDecimal(params.max);
    const divide = exactDivider(max.minus(min));
    const shift =
      direction === 'higher'
        ? min.isZero()
          ? (value: Exact) => value
          : (value: Exact) => value.minus(min)
        : (value: Exact) => max.minus(value);
    if (params.clip) return (value) => clampUnit(divide(shift(value)));
    return (value) => divide(shift(value));
  },
  affine: goalpostsAffine,
  prepareFloat: affineToFloat(goalpostsAffine),
};
