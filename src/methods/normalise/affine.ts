/**
 * Helpers to describe normalisations as exact affine maps (see `NormaliseMethod.affine`).
 *
 * @module
 */
import { divideRational, parseRational, RATIONAL_ONE, RATIONAL_ZERO, compareRational, rationalToText, subtractRational, type Rational } from '../../engine/rational.js';
import type { Direction } from '../../model/framework.js';
import { ValueProblem, type Affine, type AffineContext, type FloatNormaliseContext, type FloatNormaliser } from './types.js';

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

/**
 * The double nearest a rational (through 21 significant digits, so within one unit in the last
 * place).
 *
 * @example
 * rationalToDouble({ numerator: 1n, denominator: 3n }); // => 0.3333333333333333
 */
export function rationalToDouble(value: Rational): number {
  const { numerator, denominator } = value;
  // both exact as doubles: one correctly rounded division
  if (numerator <= SAFE && numerator >= -SAFE && denominator <= SAFE) return Number(numerator) / Number(denominator);
  return Number(rationalToText(value, 21));
}

/** The largest integer every double represents exactly, 2⁵³ − 1. */
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * An affine map as a float64 function: `n = (x − a) / (b − a)` where `a` and `b` are the values at
 * which the map gives 0 and 1 (taken exactly from the map and rounded once each), then held within
 * the bounds. More accurate than `scale·x + offset`, whose terms cancel when x is near `a`, and the
 * unit at a goalpost or at the reference extreme scores exactly 0 or 1, as in exact arithmetic (a
 * count threshold of 1 then sees it met).
 *
 * @example
 * floatAffineMap({ scale: { numerator: 1n, denominator: 4n }, offset: RATIONAL_ZERO, floor: null, ceiling: null })(2); // => 0.5
 */
export function floatAffineMap(map: Affine): FloatNormaliser {
  const floor = map.floor === null ? -Infinity : rationalToDouble(map.floor);
  const ceiling = map.ceiling === null ? Infinity : rationalToDouble(map.ceiling);
  if (map.scale.numerator === 0n) {
    // a constant: 0·x + offset
    const held = Math.min(Math.max(rationalToDouble(map.offset), floor), ceiling);
    const constant = (): number => held;
    return Object.assign(constant, {
      column: (_values: Float64Array, present: Uint8Array, out: Float64Array): boolean => {
        for (let unit = 0; unit < out.length; unit += 1) if (present[unit] === 1) out[unit] = held;
        return Number.isFinite(held);
      },
    });
  }
  const zeroAt = rationalToDouble(divideRational(negate(map.offset), map.scale));
  const range = rationalToDouble(divideRational(subtractRational(RATIONAL_ONE, map.offset), map.scale)) - zeroAt;
  // values spanning more than float64 holds (−1.7e308 to 1.7e308): the range is Infinity and every score would be a silent 0
  if (!Number.isFinite(range) || !Number.isFinite(zeroAt)) throw new ValueProblem('undefined_computation', `the values 0 and 1 map from (${String(zeroAt)} and ${String(zeroAt + range)}) are beyond float64; score() computes it exactly`);
  const one = (value: number): number => {
    const mapped = (value - zeroAt) / range;
    return mapped < floor ? floor : mapped > ceiling ? ceiling : mapped;
  };
  const unbounded = map.floor === null && map.ceiling === null;
  const column = (values: Float64Array, _present: Uint8Array, out: Float64Array): boolean => {
    // every unit, present or not: an absent unit's value (0) is mapped too, and ignored by the caller
    const count = values.length;
    if (unbounded) {
      let check = 0;
      for (let unit = 0; unit < count; unit += 1) {
        const mapped = ((values[unit] as number) - zeroAt) / range;
        out[unit] = mapped;
        check += mapped * 0;
      }
      return check === 0;
    }
    let check = 0; // stays 0 unless a value is NaN or infinite (x · 0 is NaN then)
    for (let unit = 0; unit < count; unit += 1) {
      const mapped = ((values[unit] as number) - zeroAt) / range;
      const held = mapped < floor ? floor : mapped > ceiling ? ceiling : mapped;
      out[unit] = held;
      check += held * 0;
    }
    return check === 0;
  };
  return Object.assign(one, { column });
}

/**
 * The float64 form of an affine method, derived from its exact `affine` declaration, so the method
 * is defined once: the declaration is evaluated with the float reference's smallest and largest
 * values (read back as the decimals they print as), which is all a built-in affine method reads
 * of the reference (with the named unit's value, for a benchmark), and throws `ValueProblem` exactly as it does.
 *
 * @example
 * const prepareFloat = affineToFloat(goalposts.affine);
 * prepareFloat({ method: 'goalposts', min: 0, max: 4, clip: false }, { direction: 'higher', reference: new Float64Array() })(1); // => 0.25
 */
export function affineToFloat<P>(affine: (params: P, context: AffineContext) => Affine | null): (params: P, context: FloatNormaliseContext) => FloatNormaliser {
  return (params, { direction, reference, named }) => {
    const exactNamed = named === undefined ? undefined : named.status === 'present' ? { status: 'present' as const, value: parseRational(named.value) } : named;
    const map = affine(params, exactNamed === undefined ? { direction, reference: floatExtremes(reference) } : { direction, reference: floatExtremes(reference), named: exactNamed });
    if (map === null) throw new TypeError('affineToFloat: the method has no affine form for these parameters');
    return floatAffineMap(map);
  };
}

/** The smallest and largest of float values as exact decimals: none, one, or two values. */
function floatExtremes(reference: Float64Array): Rational[] {
  if (reference.length === 0) return [];
  let min = reference[0] as number;
  let max = min;
  for (let index = 1; index < reference.length; index += 1) {
    const value = reference[index] as number;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return reference.length === 1 ? [parseRational(min)] : [parseRational(min), parseRational(max)];
}

export { parseRational, RATIONAL_ONE, RATIONAL_ZERO };
