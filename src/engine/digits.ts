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
import { PRECISION as DECIMAL_PRECISION } from './decimal.js';
import { rationalToFixed, rationalToText } from './rational.js';

/** 2^53: integers below it are exact in a double. */
const LIMIT = 2 ** 53;
/** Significant digits of a full-precision text (a local copy: read in every loop). */
const PRECISION = DECIMAL_PRECISION;
const POWERS = Array.from({ length: 23 }, (_unused, exponent) => 10 ** exponent);

/**
 * The largest chunk of decimal digits one long-division step can produce for a denominator (0:
 * none), at most 9 so that a chunk's quotient is a small integer whose digits are cheap to take.
 */
function chunkFor(denominator: number): number {
  let chunk = 0;
  while (chunk < 9 && denominator * ((POWERS[chunk + 1] as number) + 1) <= LIMIT) chunk += 1;
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

let quotientOut = 0;
let remainderOut = 0;
/** Integer division of safe non-negative integers with `dividend + divisor ≤ 2^53`, into quotientOut and remainderOut. */
function divide(dividend: number, divisor: number): void {
  let quotient = Math.floor(dividend / divisor);
  let remainder = dividend - quotient * divisor;
  if (remainder < 0) {
    quotient -= 1;
    remainder += divisor;
  } else if (remainder >= divisor) {
    quotient += 1;
    remainder -= divisor;
  }
  quotientOut = quotient;
  remainderOut = remainder;
}

/**
 * Digits as character codes: `DIGITS[0 … digitCount)`. Texts are made from such buffers in one
 * `String.fromCharCode` call, flat strings with no intermediate pieces to collect.
 */
const DIGITS: number[] = new Array<number>(80).fill(48);
let digitCount = 0;
/** Character buffers by exact length, so a text is one `String.fromCharCode` of a whole buffer. */
const BUFFERS: number[][] = Array.from({ length: 160 }, (_unused, length) => new Array<number>(length).fill(48));

/** Appends the digits of a safe integer (no leading zeros; "0" for 0). */
function appendInteger(value: number): void {
  const text = String(value);
  for (let index = 0; index < text.length; index += 1) DIGITS[digitCount++] = text.charCodeAt(index);
}

/** Appends exactly `width` digits of `value` (< 10^width ≤ 10^9), with leading zeros. */
function appendChunk(value: number, width: number): void {
  let rest = value | 0;
  const end = digitCount + width;
  for (let index = end - 1; index >= digitCount; index -= 1) {
    const next = (rest / 10) | 0;
    DIGITS[index] = 48 + rest - next * 10;
    rest = next;
  }
  digitCount = end;
}

/** Adds one to DIGITS[0 … count); true when it carried out of the first digit (all were nines: now all zeros). */
function incrementAt(count: number): boolean {
  let index = count - 1;
  while (index >= 0 && DIGITS[index] === 57) {
    DIGITS[index] = 48;
    index -= 1;
  }
  if (index < 0) return true;
  DIGITS[index] = (DIGITS[index] as number) + 1;
  return false;
}

let exponentOut = 0;
/**
 * The 40 significant digits of `|numerator| / denominator` into DIGITS, rounded half-even,
 * trailing zeros dropped, and the power of ten of the first one into exponentOut; the inputs must
 * pass {@link isSafeQuotient} and the numerator must not be 0.
 */
function significantDigits(numerator: number, denominator: number): void {
  const chunk = cachedChunk(denominator);
  const power = POWERS[chunk] as number;
  divide(numerator < 0 ? -numerator : numerator, denominator);
  let remainder = remainderOut;
  const whole = quotientOut;
  digitCount = 0;
  let exponent = 0;
  if (whole !== 0) {
    appendInteger(whole);
    exponent = digitCount - 1;
  }
  let leadingZeros = 0;
  while (digitCount <= PRECISION && remainder !== 0) {
    divide(remainder * power, denominator);
    remainder = remainderOut;
    const quotient = quotientOut;
    if (digitCount > 0) {
      appendChunk(quotient, chunk);
    } else if (quotient === 0) {
      leadingZeros += chunk;
    } else {
      appendChunk(quotient, chunk);
      let first = 0;
      while (DIGITS[first] === 48) first += 1;
      exponent = -(leadingZeros + first + 1);
      for (let index = first; index < digitCount; index += 1) DIGITS[index - first] = DIGITS[index] as number;
      digitCount -= first;
    }
  }
  if (digitCount > PRECISION) {
    const dropped = (DIGITS[PRECISION] as number) - 48;
    let restNonZero = remainder !== 0;
    for (let index = PRECISION + 1; !restNonZero && index < digitCount; index += 1) if (DIGITS[index] !== 48) restNonZero = true;
    const last = (DIGITS[PRECISION - 1] as number) - 48;
    digitCount = PRECISION;
    if (dropped > 5 || (dropped === 5 && (restNonZero || last % 2 === 1))) {
      if (incrementAt(PRECISION)) {
        DIGITS[0] = 49;
        exponent += 1;
      }
    }
  }
  while (digitCount > 1 && DIGITS[digitCount - 1] === 48) digitCount -= 1;
  exponentOut = exponent;
}

/** Plain notation of DIGITS whose first has weight 10^exponent. */
function plainText(exponent: number, negative: boolean): string {
  const sign = negative ? 1 : 0;
  const length = exponent < 0 ? sign + 1 - exponent + digitCount : sign + Math.max(digitCount, exponent + 1) + (digitCount > exponent + 1 ? 1 : 0);
  const out = BUFFERS[length] as number[];
  let at = 0;
  if (negative) out[at++] = 45;
  if (exponent < 0) {
    out[at++] = 48;
    out[at++] = 46;
    for (let zero = -exponent - 1; zero > 0; zero -= 1) out[at++] = 48;
    for (let index = 0; index < digitCount; index += 1) out[at++] = DIGITS[index] as number;
  } else {
    for (let index = 0; index < digitCount; index += 1) {
      if (index === exponent + 1) out[at++] = 46;
      out[at++] = DIGITS[index] as number;
    }
    for (let index = digitCount; index <= exponent; index += 1) out[at++] = 48;
  }
  return String.fromCharCode.apply(null, out);
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
  significantDigits(numerator, denominator);
  const negative = numerator < 0;
  const text = plainText(exponentOut, negative);
  return [text, shift === 0 ? text : plainText(exponentOut + shift, negative)];
}

/**
 * The 40-significant-digit text of `numerator / denominator` times 10^shift (0 by default), as
 * `rationalToText` writes it — the second text of {@link quotientTexts} alone.
 *
 * @example
 * quotientText(1, 8); // => '0.125'
 * quotientText(2, 3, 2); // => '66.66666666666666666666666666666666666667'
 */
export function quotientText(numerator: number, denominator: number, shift = 0): string {
  if (numerator === 0) return '0';
  if (!isSafeQuotient(numerator, denominator)) return rationalToText({ numerator: BigInt(numerator) * 10n ** BigInt(shift), denominator: BigInt(denominator) });
  significantDigits(numerator, denominator);
  return plainText(exponentOut + shift, numerator < 0);
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
  divide(negative ? -numerator : numerator, denominator);
  let remainder = remainderOut;
  digitCount = 0;
  appendInteger(quotientOut);
  const chunk = cachedChunk(denominator);
  for (let left = decimals; left > 0; ) {
    const size = left < chunk ? left : chunk;
    divide(remainder * (POWERS[size] as number), denominator);
    remainder = remainderOut;
    appendChunk(quotientOut, size);
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
        up = twice > denominator || (twice === denominator && ((DIGITS[digitCount - 1] as number) - 48) % 2 === 1);
    }
  }
  let carried = false;
  if (up) carried = incrementAt(digitCount);
  // the integer's digits (a carry adds a leading 1), without leading zeros, at least one before the point
  let start = 0;
  while (!carried && start < digitCount - decimals - 1 && DIGITS[start] === 48) start += 1;
  let zero = !carried;
  for (let index = start; zero && index < digitCount; index += 1) if (DIGITS[index] !== 48) zero = false;
  const point = digitCount - decimals;
  const length = (negative && !zero ? 1 : 0) + (carried ? 1 : 0) + (digitCount - start) + (decimals > 0 ? 1 : 0);
  const out = BUFFERS[length] as number[];
  let at = 0;
  if (negative && !zero) out[at++] = 45;
  if (carried) out[at++] = 49;
  for (let index = start; index < digitCount; index += 1) {
    if (index === point) out[at++] = 46;
    out[at++] = DIGITS[index] as number;
  }
  return String.fromCharCode.apply(null, out);
}
