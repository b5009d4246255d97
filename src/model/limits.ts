/**
 * What exact arithmetic accepts. chiso reads every value and parameter exactly (decimal.js and
 * BigInt rationals), so the cost of a number grows with its digits and its exponent: `"1e-300000"`
 * would be read as a fraction over 10^300000 and a million-digit number as a million-digit integer,
 * enough to exhaust memory. These limits are far beyond real data (published statistics carry at
 * most 17 significant digits; every finite JavaScript number, 5e-324 to 1.8e308, is within them)
 * and keep every computation small. Values and framework parameters beyond them are refused with an
 * issue naming the place.
 *
 * @module
 */

/**
 * The most significant digits a value or parameter may have (leading and trailing zeros aside).
 *
 * @example
 * MAX_SIGNIFICANT_DIGITS; // => 100
 * decimalLimitProblem(`0.${'1'.repeat(101)}`); // => '0.1111111111111111111111…(103 characters)…111111111111111111111111 has 101 significant digits: chiso computes exactly with at most 100'
 */
export const MAX_SIGNIFICANT_DIGITS = 100;

/**
 * The largest decimal exponent allowed: a nonzero value must lie between 1e-400 and 1e400 in
 * magnitude (its first significant digit at a place 10^e with |e| ≤ 400).
 *
 * @example
 * MAX_DECIMAL_EXPONENT; // => 400
 * decimalLimitProblem('9.9e400'); // => null
 * decimalLimitProblem('1e401'); // => '1e401 is too large: chiso computes exactly with values between 1e-400 and 1e400 in magnitude (or 0)'
 */
export const MAX_DECIMAL_EXPONENT = 400;

/**
 * The longest number written as text that chiso reads (separators and leading zeros included).
 *
 * @example
 * MAX_NUMBER_TEXT_LENGTH; // => 1000
 * decimalLimitProblem('0'.repeat(1001)); // => '000000000000000000000000…(1001 characters)…000000000000000000000000 is 1001 characters long: chiso reads numbers of at most 1000 characters'
 */
export const MAX_NUMBER_TEXT_LENGTH = 1000;

/**
 * The form of a plain decimal text: `"0.7908"`, `"-12.5"`, `"1e-3"`, `"5."`, `".5"`. Written so a
 * regular-expression engine never backtracks more than once per character (the form
 * `\d+\.?\d*` takes quadratic time on a long run of digits that fails at its end).
 *
 * @example
 * PLAIN_DECIMAL.test('-12.5e3'); // => true
 * PLAIN_DECIMAL.test('1.640,5'); // => false
 */
export const PLAIN_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Shortens a long text for a message: its start, its length and its end.
 *
 * @example
 * abbreviate('0.7908'); // => '0.7908'
 * abbreviate('1'.repeat(100), 4); // => '1111…(100 characters)…1111'
 */
export function abbreviate(text: string, keep = 24): string {
  if (text.length <= 2 * keep + 10) return text;
  return `${text.slice(0, keep)}…(${text.length} characters)…${text.slice(-keep)}`;
}

/**
 * Why a plain decimal text is beyond what chiso computes with, or `null` when it is within the
 * limits ({@link MAX_SIGNIFICANT_DIGITS}, {@link MAX_DECIMAL_EXPONENT},
 * {@link MAX_NUMBER_TEXT_LENGTH}). Texts that are not plain decimals are not judged here (`null`).
 * Runs in time linear in the text, and refuses an over-long text before looking at it.
 *
 * @example
 * decimalLimitProblem('0.7908'); // => null
 * decimalLimitProblem('1e-300000');
 * // => '1e-300000 is too small in magnitude: chiso computes exactly with values between 1e-400 and 1e400 (or 0)'
 */
export function decimalLimitProblem(text: string): string | null {
  if (text.length > MAX_NUMBER_TEXT_LENGTH) return `${abbreviate(text)} is ${text.length} characters long: chiso reads numbers of at most ${MAX_NUMBER_TEXT_LENGTH} characters`;
  const match = /^[+-]?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (match === null) return null;
  const whole = match[1] ?? '';
  const digits = whole + (match[2] ?? '');
  let first = 0;
  while (first < digits.length && digits.charCodeAt(first) === 48) first += 1;
  if (first === digits.length) return null; // zero, whatever its exponent
  let last = digits.length - 1;
  while (digits.charCodeAt(last) === 48) last -= 1;
  const significant = last - first + 1;
  if (significant > MAX_SIGNIFICANT_DIGITS) {
    return `${abbreviate(text)} has ${significant} significant digits: chiso computes exactly with at most ${MAX_SIGNIFICANT_DIGITS}`;
  }
  const exponentText = match[3] ?? '0';
  // An exponent of more than 9 digits is out of range whatever the digits are; Number() is exact below that.
  const exponent = exponentText.replace(/^[+-]?0*/, '').length > 9 ? (exponentText.startsWith('-') ? -Infinity : Infinity) : Number(exponentText);
  const magnitude = whole.length - 1 - first + exponent;
  if (magnitude > MAX_DECIMAL_EXPONENT) {
    return `${abbreviate(text)} is too large: chiso computes exactly with values between 1e-${MAX_DECIMAL_EXPONENT} and 1e${MAX_DECIMAL_EXPONENT} in magnitude (or 0)`;
  }
  if (magnitude < -MAX_DECIMAL_EXPONENT) {
    return `${abbreviate(text)} is too small in magnitude: chiso computes exactly with values between 1e-${MAX_DECIMAL_EXPONENT} and 1e${MAX_DECIMAL_EXPONENT} (or 0)`;
  }
  return null;
}

/**
 * Why a decimal written as text cannot be read: not a plain decimal, or beyond the limits; `null`
 * when it can. Checks the length before the form, so a hostile million-character text costs one
 * comparison.
 *
 * @example
 * decimalTextProblem('0.66'); // => null
 * decimalTextProblem('0,66'); // => 'expected a decimal number written as text'
 */
export function decimalTextProblem(text: string): string | null {
  if (text.length > MAX_NUMBER_TEXT_LENGTH) return decimalLimitProblem(text);
  if (!PLAIN_DECIMAL.test(text)) return 'expected a decimal number written as text';
  return decimalLimitProblem(text);
}
