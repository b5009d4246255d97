/**
 * Exact rational arithmetic on BigInt, for the linear part of a framework (affine normalisations
 * and arithmetic means), where every score is a ratio of integers. Results are the exact values,
 * rounded once when written out — to 40 significant digits for full-precision figures, to the
 * framework's decimals for published ones — so a score that is exactly on a rounding boundary
 * (0.12345) is always rounded as a person would by hand.
 *
 * @module
 */
import type { RoundingMode } from '../model/framework.js';
import { describeValue } from '../model/describe.js';
import { abbreviate, MAX_DECIMAL_EXPONENT, MAX_NUMBER_TEXT_LENGTH, MAX_SAVED_EXPONENT } from '../model/limits.js';
import { checkRounding, PRECISION } from './decimal.js';

/** An exact rational number `numerator / denominator`, the denominator positive; not always reduced. */
export interface Rational {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const TEN = 10n;
/**
 * Powers of ten up to this exponent are cached (a few hundred kilobytes at most); larger ones, which
 * only extreme but valid inputs need, are computed each time, so the cache never grows with input.
 */
const CACHED_POWERS = 1024;
const powers: bigint[] = [1n];
/** 10^exponent as a BigInt, cached for exponents up to 1024. */
export function powerOfTen(exponent: number): bigint {
  if (exponent > CACHED_POWERS) return TEN ** BigInt(exponent);
  for (let next = powers.length; next <= exponent; next += 1) powers.push((powers[next - 1] as bigint) * TEN);
  return powers[exponent] as bigint;
}

/** The rational 0. */
export const RATIONAL_ZERO: Rational = { numerator: 0n, denominator: 1n };
/** The rational 1. */
export const RATIONAL_ONE: Rational = { numerator: 1n, denominator: 1n };

/** A rational as these functions need it: BigInt numerator and a positive BigInt denominator. */
function checkRational(functionName: string, value: Rational): void {
  const given = value as Partial<Record<'numerator' | 'denominator', unknown>> | null;
  if (typeof value !== 'object' || given === null || typeof given.numerator !== 'bigint' || typeof given.denominator !== 'bigint' || given.denominator <= 0n) {
    throw new TypeError(`${functionName}: ${describeValue(value)} is not a rational ({ numerator, denominator } as BigInts, the denominator above 0)`);
  }
}

/**
 * Reads a decimal written as text (`"0.044000000000000004"`, `"-12.5"`, `"1e-3"`) or a number
 * (through its shortest round-trip text) exactly.
 *
 * @example
 * parseRational('0.75'); // => { numerator: 75n, denominator: 100n }
 */
export function parseRational(value: number | string): Rational {
  if (typeof value !== 'number' && typeof value !== 'string') throw new TypeError(`parseRational: ${describeValue(value)} is not a number or a decimal text`);
  // Bounded, so a hostile "1e9999999" or a million digits cannot exhaust memory (see model/limits).
  if (typeof value === 'string' && value.length > MAX_NUMBER_TEXT_LENGTH) throw new RangeError(`parseRational: ${abbreviate(value)} is longer than ${MAX_NUMBER_TEXT_LENGTH} characters`);
  const text = typeof value === 'number' ? String(value) : value.trim();
  // Fast path for the common plain form "-12.345" (no exponent): one BigInt from the digits.
  if (!/[eE]/.test(text)) {
    const dot = text.indexOf('.');
    const digits = dot === -1 ? text : text.slice(0, dot) + text.slice(dot + 1);
    if (/^[+-]?\d+$/.test(digits)) {
      return { numerator: BigInt(digits), denominator: dot === -1 ? 1n : powerOfTen(text.length - dot - 1) };
    }
  }
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) throw new RangeError(`not a decimal number: ${text}`);
  const [, sign, whole = '', fraction = '', exponentText] = match;
  const exponent = (exponentText === undefined ? 0 : Number(exponentText)) - fraction.length;
  // A saved result's figures may reach 1e±9999 (model/limits): beyond that, refuse rather than build a huge BigInt.
  if (Math.abs(exponent) > MAX_SAVED_EXPONENT + MAX_NUMBER_TEXT_LENGTH) throw new RangeError(`parseRational: ${abbreviate(text)} is beyond the exponents chiso computes with (1e-${MAX_SAVED_EXPONENT} to 1e${MAX_SAVED_EXPONENT})`);
  let numerator = BigInt(`${whole}${fraction}` || '0');
  if (sign === '-') numerator = -numerator;
  if (exponent >= 0) return { numerator: numerator * powerOfTen(exponent), denominator: 1n };
  return { numerator, denominator: powerOfTen(-exponent) };
}

/**
 * The exact sum of decimals (rationals whose denominators are powers of ten, as
 * {@link parseRational} returns): one BigInt sum over the largest denominator, so the result does
 * not depend on the order of the values — unlike a sum of rounded decimals.
 *
 * @example
 * sumDecimals([parseRational('0.1'), parseRational('0.25'), parseRational('3')]); // => { numerator: 335n, denominator: 100n }
 */
export function sumDecimals(values: readonly Rational[]): Rational {
  let common = 1n;
  for (const value of values) if (value.denominator > common) common = value.denominator;
  let numerator = 0n;
  for (const value of values) {
    if (common % value.denominator !== 0n) throw new RangeError(`sumDecimals: ${value.denominator} is not a power of ten`);
    numerator += value.numerator * (common / value.denominator);
  }
  return { numerator, denominator: common };
}

/** a + b. */
export function addRational(left: Rational, right: Rational): Rational {
  if (left.denominator === right.denominator) return { numerator: left.numerator + right.numerator, denominator: left.denominator };
  return { numerator: left.numerator * right.denominator + right.numerator * left.denominator, denominator: left.denominator * right.denominator };
}

/** a − b. */
export function subtractRational(left: Rational, right: Rational): Rational {
  return addRational(left, { numerator: -right.numerator, denominator: right.denominator });
}

/** a × b. */
export function multiplyRational(left: Rational, right: Rational): Rational {
  return { numerator: left.numerator * right.numerator, denominator: left.denominator * right.denominator };
}

/** a ÷ b; b must not be zero. */
export function divideRational(left: Rational, right: Rational): Rational {
  if (right.numerator === 0n) throw new RangeError('division by zero');
  const sign = right.numerator < 0n ? -1n : 1n;
  return { numerator: sign * left.numerator * right.denominator, denominator: sign * right.numerator * left.denominator };
}

/** Negative, zero or positive as a < b, a = b, a > b. */
export function compareRational(left: Rational, right: Rational): number {
  checkRational('compareRational', left);
  checkRational('compareRational', right);
  const difference = left.numerator * right.denominator - right.numerator * left.denominator;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/**
 * The greatest common divisor of two integers (positive, or 0 when both are 0), by Euclid's algorithm.
 *
 * @example
 * greatestCommonDivisor(-12n, 18n); // => 6n
 */
export function greatestCommonDivisor(left: bigint, right: bigint): bigint {
  let a = left < 0n ? -left : left;
  let b = right < 0n ? -right : right;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * The least common multiple of two positive integers: the common denominator of two fractions.
 *
 * @example
 * leastCommonMultiple(4n, 6n); // => 12n
 */
export function leastCommonMultiple(left: bigint, right: bigint): bigint {
  return (left / greatestCommonDivisor(left, right)) * right;
}

function absolute(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function digitCount(value: bigint): number {
  return value === 0n ? 1 : value.toString().length;
}

/** Digit counts of recent denominators: a column's values share one, so this saves a toString each. */
const denominatorDigits = new Map<bigint, number>();
function denominatorDigitCount(value: bigint): number {
  let count = denominatorDigits.get(value);
  if (count === undefined) {
    count = digitCount(value);
    if (denominatorDigits.size > 1024) denominatorDigits.clear();
    denominatorDigits.set(value, count);
  }
  return count;
}

/**
 * Rounds `quotient + remainder/divisor` (all non-negative, remainder < divisor) to an integer with
 * a rounding mode, for a value whose sign is `negative`.
 */
function roundQuotient(quotient: bigint, remainder: bigint, divisor: bigint, mode: RoundingMode | 'half-even', negative: boolean): bigint {
  if (remainder === 0n) return quotient;
  const twice = remainder * 2n;
  switch (mode) {
    case 'up':
      return quotient + 1n;
    case 'down':
      return quotient;
    case 'ceil':
      return negative ? quotient : quotient + 1n;
    case 'floor':
      return negative ? quotient + 1n : quotient;
    case 'half-up':
      return twice >= divisor ? quotient + 1n : quotient;
    case 'half-down':
      return twice > divisor ? quotient + 1n : quotient;
    default:
      return twice > divisor || (twice === divisor && quotient % 2n === 1n) ? quotient + 1n : quotient;
  }
}

/**
 * Writes a rational as decimal.js writes a decimal of 40 significant digits: rounded half-even,
 * trailing zeros dropped, plain notation (no exponent) from 1e-30 to 1e60.
 *
 * @example
 * rationalToText({ numerator: 2n, denominator: 3n }); // => '0.6666666666666666666666666666666666666667'
 */
export function rationalToText(value: Rational, significant = PRECISION): string {
  checkRational('rationalToText', value);
  if (!Number.isInteger(significant) || significant < 1 || significant > MAX_DECIMAL_EXPONENT) throw new RangeError(`rationalToText: ${describeValue(significant)} significant digits; expected a whole number from 1 to ${MAX_DECIMAL_EXPONENT}`);
  if (value.numerator === 0n) return '0';
  const negative = value.numerator < 0n;
  const numerator = negative ? -value.numerator : value.numerator;
  const denominator = value.denominator;
  // Scale so the integer quotient has at least `significant` + 1 digits, then round on its digits.
  const shift = significant + 1 - (digitCount(numerator) - denominatorDigitCount(denominator));
  const scaledNumerator = shift >= 0 ? numerator * powerOfTen(shift) : numerator;
  const scaledDenominator = shift >= 0 ? denominator : denominator * powerOfTen(-shift);
  const quotient = scaledNumerator / scaledDenominator;
  const sticky = scaledNumerator % scaledDenominator !== 0n;
  const all = quotient.toString();
  // the first digit of `all` has weight 10^exponent
  let exponent = all.length - 1 - shift;
  let kept = all.slice(0, significant);
  const dropped = all.slice(significant);
  const first = dropped.charCodeAt(0) - 48;
  const restNonZero = sticky || /[1-9]/.test(dropped.slice(1));
  const last = kept.charCodeAt(kept.length - 1) - 48;
  if (first > 5 || (first === 5 && (restNonZero || last % 2 === 1))) {
    const incremented = (BigInt(kept) + 1n).toString();
    if (incremented.length > kept.length) exponent += 1;
    kept = incremented.slice(0, significant);
  }
  const text = kept.replace(/0+$/, '') || '0';
  let plain: string;
  if (exponent < -30 || exponent >= 60) {
    plain = `${text[0]}${text.length > 1 ? `.${text.slice(1)}` : ''}e${exponent < 0 ? '' : '+'}${exponent}`;
  } else if (exponent < 0) {
    plain = `0.${'0'.repeat(-exponent - 1)}${text}`;
  } else if (text.length > exponent + 1) {
    plain = `${text.slice(0, exponent + 1)}.${text.slice(exponent + 1)}`;
  } else {
    plain = text + '0'.repeat(exponent + 1 - text.length);
  }
  return negative ? `-${plain}` : plain;
}

/**
 * Multiplies a decimal text by 10^exponent by moving its decimal point — exact, and the same
 * significant digits, so the 40-digit text of 100·x is the 40-digit text of x shifted. Returns
 * `null` for texts it does not handle (exponent notation).
 *
 * @example
 * shiftDecimalText('0.5042681818', 2); // => '50.42681818'
 * shiftDecimalText('-0.007', 2); // => '-0.7'
 */
export function shiftDecimalText(text: string, exponent: number): string | null {
  if (exponent === 0) return text;
  if (!/^-?\d+(\.\d+)?$/.test(text) || exponent < 0) return null;
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const whole = dot === -1 ? body : body.slice(0, dot);
  const fraction = dot === -1 ? '' : body.slice(dot + 1);
  const digits = whole + fraction.padEnd(exponent, '0');
  const point = whole.length + exponent;
  let integer = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  if (integer === '') integer = '0';
  const result = rest === '' ? integer : `${integer}.${rest}`;
  return negative && result !== '0' ? `-${result}` : result;
}

/**
 * Rounds a rational to a number of decimals with a rounding mode and writes it with exactly that
 * many digits — the published value. A result that rounds to zero is written without a sign.
 *
 * @example
 * rationalToFixed(parseRational('0.84845'), 4, 'half-up'); // => '0.8485'
 */
export function rationalToFixed(value: Rational, decimals: number, mode: RoundingMode): string {
  checkRounding('rationalToFixed', decimals, mode);
  checkRational('rationalToFixed', value);
  const negative = value.numerator < 0n;
  const scaled = absolute(value.numerator) * powerOfTen(decimals);
  const rounded = roundQuotient(scaled / value.denominator, scaled % value.denominator, value.denominator, mode, negative);
  let text = rounded.toString();
  if (decimals > 0) {
    text = text.padStart(decimals + 1, '0');
    text = `${text.slice(0, text.length - decimals)}.${text.slice(text.length - decimals)}`;
  }
  return negative && rounded !== 0n ? `-${text}` : text;
}
