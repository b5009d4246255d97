/**
 * Helpers to describe normalisations as exact affine maps (see `NormaliseMethod.affine`).
 *
 * @module
 */
import { divideRational, parseRational, RATIONAL_ONE, RATIONAL_ZERO, compareRational, subtractRational, type Rational } from '../../engine/rational.js';
import type { Direction } from '../../model/framework.js';
import { ValueProblem, type Affine } from './types.js';

/** `n = (x − low) / (high − low)` when higher is better, `(high − x) / (high − low)` otherwise. */
export function betweenAffine(low: Rational, high: Rational, direction: Direction, clip: boolean): Affine {
  const range = subtractRational(high, low);
  const scale = divideRational(RATIONAL_ONE, range);
  const bounds = clip ? { floor: RATIONAL_ZERO, ceiling: RATIONAL_ONE } : { floor: null, ceiling: null };
  if (direction === 'higher') return { scale, offset: divideRational(negate(low), range), ...bounds };
  return { scale: negate(scale), offset: divideRational(high, range), ...bounds };
}

/** −x. */
export function negate(value: Rational): Rational {
  return { numerator: -value.numerator, denominator: value.denominator };
}

/** The smallest and largest reference values; fails with fewer than `least` values. */
export function rationalExtremes(reference: readonly Rational[], message: string, least = 2): { min: Rational; max: Rational } {
  if (reference.length < least) throw new ValueProblem('undefined_computation', `${message}, found ${reference.length}`);
  let min = reference[0] as Rational;
  let max = min;
  for (const value of reference) {
    if (compareRational(value, min) < 0) min = value;
    if (compareRational(value, max) > 0) max = value;
  }
  return { min, max };
}

export { parseRational, RATIONAL_ONE, RATIONAL_ZERO };
