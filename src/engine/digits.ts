/**
 * Writing an exact quotient of two safe integers (|n| and d below 2^53, held in doubles) as text:
 * the 40-significant-digit text `rationalToText` writes and the fixed-decimals text
 * `rationalToFixed` writes, digit for digit the same, without BigInt.
 *
 * Why this is exact: long division in chunks. With `d · (10^c + 1) ≤ 2^53`, every remainder `r`
 * is below `d`, so `r · 10^c`, the trial quotient `q ≈ (r · 10^c) / d` and `q · d` are integers
 * below 2^53 — exactly representable — and the one possible off-by-one of the rounded division is
 * corrected by the sign of the exact remainder. The digits and the final remainder are therefore
 * those of the exact rational, and rounding (half-even at 40 digits, or the framework's mode at
 * its decimals) decides on exact digits and an exact "anything left" flag: there is no error bound
 * to certify, the result is the exact rounding. When the operands are not safe integers the
 * functions fall back to the BigInt ones (`rational.ts`).
 *
 * @module
 */
import type { RoundingMode } from '../model/framework.js';
import { PRECISION } from './decimal.js';
import { rationalToFixed, rationalToText } from './rational.js';

/** 2^53: integers below it are exact in a double. */
const LIMIT = 2 ** 53;
const POWERS = Array.from({ length: 23 }, (_unused, exponent) => 10 ** exponent);

/** The largest chunk of decimal digits one long-division step can produce for a denominator (0: none). */
function chunkFor(denominator: number): number {
  let chunk = 0;
  while (chunk < 15 && denominator * ((POWERS[chunk + 1] as number) + 1) <= LIMIT) chunk += 1;
  return chunk;
}

/** Chunk sizes of recent denominators (a column's values share one). */
const chunks = new Map<number, number>();
function cachedChunk(denominator: number): number {
  let chunk = chunks.get(denominator);
  if (chunk === undefined) {
    chunk = chunkFor(denominator);
    if (chunks.size > 1024) chunks.clear();
    chunks.set(denominator, chunk);
  }
  return chunk;
}

/**
 * Whether `numerator / denominator` can be written by this module's double arithmetic: both safe
 * integers, the denominator positive and small enough for one digit per division step.
 *
 * @example
 * isSafeQuotient(2, 3); // => true
 * isSafeQuotient(2 ** 60, 3); // => false
 */
export function isSafeQuotient(numerator: number, denominator: number): boolean {
  return Number.isSafeInteger(numerator) && Number.isSafeInteger(denominator) && denominator > 0 && denominator * 11 <= LIMIT && numerator + denominator < LIMIT && -numerator + denominator < LIMIT;
}

/** Integer division of safe non-negative integers with `dividend + divisor ≤ 2^53`: [quotient, remainder]. */
function divide(dividend: number, divisor: number, into: Float64Array): void {
  let quotient = Math.floor(dividend / divisor);
  let remainder = dividend - quotient * divisor;
  if (remainder < 0) {
    quotient -= 1;
    remainder += divisor;
  } else if (remainder >= divisor) {
    quotient += 1;
    remainder -= divisor;
  }
  into[0] = quotient;
  into[1] = remainder;
}

const scratch = new Float64Array(2);

function padded(value: number, width: number): string {
  const text = String(value);
  return text.length >= width ? text : '0'.repeat(width - text.length) + text;
}

/** Adds one to a string of decimal digits (it may grow by a digit). */
function incrementDigits(digits: string): string {
  let index = digits.length - 1;
  while (index >= 0 && digits.charCodeAt(index) === 57) index -= 1;
  if (index < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, index) + String.fromCharCode(digits.charCodeAt(index) + 1) + '0'.repeat(digits.length - index - 1);
}

/**
 * The 40 significant digits of `|numerator| / denominator`, rounded half-even, trailing zeros
 * dropped, and the power of ten of the first one; the inputs must pass {@link isSafeQuotient} and
 * the numerator must not be 0.
 */
function significantDigits(numerator: number, denominator: number): { digits: string; exponent: number } {
  const chunk = cachedChunk(denominator);
  const power = POWERS[chunk] as number;
  divide(numerator < 0 ? -numerator : numerator, denominator, scratch);
  let remainder = scratch[1] as number;
  const whole = scratch[0] as number;
  let digits = whole === 0 ? '' : String(whole);
  let exponent = digits.length - 1;
  let leadingZeros = 0;
  while (digits.length <= PRECISION && remainder !== 0) {
    divide(remainder * power, denominator, scratch);
    remainder = scratch[1] as number;
    const quotient = scratch[0] as number;
    if (digits.length > 0) {
      digits += padded(quotient, chunk);
    } else if (quotient === 0) {
      leadingZeros += chunk;
    } else {
      const text = padded(quotient, chunk);
      let first = 0;
      while (text.charCodeAt(first) === 48) first += 1;
      exponent = -(leadingZeros + first + 1);
      digits = text.slice(first);
    }
  }
  if (digits.length > PRECISION) {
    let kept = digits.slice(0, PRECISION);
    const dropped = digits.charCodeAt(PRECISION) - 48;
    let restNonZero = remainder !== 0;
    for (let index = PRECISION + 1; !restNonZero && index < digits.length; index += 1) if (digits.charCodeAt(index) !== 48) restNonZero = true;
    const last = kept.charCodeAt(PRECISION - 1) - 48;
    if (dropped > 5 || (dropped === 5 && (restNonZero || last % 2 === 1))) {
      const incremented = incrementDigits(kept);
      if (incremented.length > kept.length) exponent += 1;
      kept = incremented.slice(0, PRECISION);
    }
    digits = kept;
  }
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end -= 1;
  return { digits: digits.slice(0, end), exponent };
}

/** Plain notation of significant digits whose first has weight 10^exponent (−30 ≤ exponent). */
function plainText(digits: string, exponent: number, negative: boolean): string {
  let plain: string;
  if (exponent < 0) plain = `0.${'0'.repeat(-exponent - 1)}${digits}`;
  else if (digits.length > exponent + 1) plain = `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
  else plain = digits + '0'.repeat(exponent + 1 - digits.length);
  return negative ? `-${plain}` : plain;
}

/**
 * The 40-significant-digit texts of `numerator / denominator` and of that value times 10^shift
 * (the same digits, the point moved: a framework scale of 1, 10, 100 …), exactly as
 * `rationalToText` writes the first and `shiftDecimalText` the second; BigInt when the operands
 * are not safe (see {@link isSafeQuotient}).
 *
 * @example
 * quotientTexts(2, 3, 2); // => ['0.6666666666666666666666666666666666666667', '66.66666666666666666666666666666666666667']
 */
export function quotientTexts(numerator: number, denominator: number, shift: number): [string, string] {
  if (numerator === 0) return ['0', '0'];
  if (!isSafeQuotient(numerator, denominator)) {
    const text = rationalToText({ numerator: BigInt(numerator), denominator: BigInt(denominator) });
    const shifted = rationalToText({ numerator: BigInt(numerator) * 10n ** BigInt(shift), denominator: BigInt(denominator) });
    return [text, shifted];
  }
  const { digits, exponent } = significantDigits(numerator, denominator);
  const negative = numerator < 0;
  const text = plainText(digits, exponent, negative);
  return [text, shift === 0 ? text : plainText(digits, exponent + shift, negative)];
}

/**
 * The 40-significant-digit text of `numerator / denominator`, as `rationalToText` writes it.
 *
 * @example
 * quotientText(1, 8); // => '0.125'
 */
export function quotientText(numerator: number, denominator: number): string {
  if (numerator === 0) return '0';
  if (!isSafeQuotient(numerator, denominator)) return rationalToText({ numerator: BigInt(numerator), denominator: BigInt(denominator) });
  const { digits, exponent } = significantDigits(numerator, denominator);
  return plainText(digits, exponent, numerator < 0);
}

/**
 * `numerator / denominator` rounded to `decimals` decimals with a rounding mode, written with
 * exactly that many, as `rationalToFixed` writes it (a result that rounds to zero has no sign).
 *
 * @example
 * quotientFixed(1, 8, 2, 'half-up'); // => '0.13'
 * quotientFixed(1, 8, 2, 'half-even'); // => '0.12'
 * quotientFixed(-1, 8, 2, 'half-even'); // => '-0.12'
 */
export function quotientFixed(numerator: number, denominator: number, decimals: number, mode: RoundingMode): string {
  if (!isSafeQuotient(numerator, denominator) || !Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    return rationalToFixed({ numerator: BigInt(numerator), denominator: BigInt(denominator) }, decimals, mode);
  }
  const negative = numerator < 0;
  divide(negative ? -numerator : numerator, denominator, scratch);
  let remainder = scratch[1] as number;
  let digits = String(scratch[0]);
  const chunk = cachedChunk(denominator);
  for (let left = decimals; left > 0; ) {
    const size = left < chunk ? left : chunk;
    divide(remainder * (POWERS[size] as number), denominator, scratch);
    remainder = scratch[1] as number;
    digits += padded(scratch[0] as number, size);
    left -= size;
  }
  let up = false;
  if (remainder !== 0) {
    const twice = remainder * 2;
    switch (mode) {
      case 'up':
        up = true;
        break;
      case 'down':
        break;
      case 'ceil':
        up = !negative;
        break;
      case 'floor':
        up = negative;
        break;
      case 'half-up':
        up = twice >= denominator;
        break;
      case 'half-down':
        up = twice > denominator;
        break;
      default:
        up = twice > denominator || (twice === denominator && (digits.charCodeAt(digits.length - 1) - 48) % 2 === 1);
    }
  }
  if (up) digits = incrementDigits(digits);
  // as an integer's text: no leading zeros, then padded to one digit before the point
  let start = 0;
  while (start < digits.length - 1 && digits.charCodeAt(start) === 48) start += 1;
  let text = digits.slice(start);
  const zero = text === '0';
  if (decimals > 0) {
    if (text.length < decimals + 1) text = '0'.repeat(decimals + 1 - text.length) + text;
    text = `${text.slice(0, text.length - decimals)}.${text.slice(text.length - decimals)}`;
  }
  return negative && !zero ? `-${text}` : text;
}
