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
 * The most significant digits a value or parameter may have (leading and trailing zeros aside):
 * the 40 digits chiso computes and writes full-precision figures with (`result.precision`). A value
 * with more would be rounded silently — two different values could score and rank the same — so it
 * is refused instead. Published statistics carry at most 17 significant digits.
 *
 * @example
 * MAX_SIGNIFICANT_DIGITS; // => 40
 * decimalLimitProblem(`0.${'1'.repeat(41)}`); // => '0.11111111111111111111111111111111111111111 has 41 significant digits: chiso computes with 40 and would have to round it (give at most 40)'
 */
export const MAX_SIGNIFICANT_DIGITS = 40;

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
  if (typeof text !== 'string') throw new TypeError(`abbreviate: ${typeof text} given; expected a text`);
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
  if (typeof text !== 'string') throw new TypeError(`decimalLimitProblem: ${typeof text} given; expected a text`);
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
    return `${abbreviate(text)} has ${significant} significant digits: chiso computes with ${MAX_SIGNIFICANT_DIGITS} and would have to round it (give at most ${MAX_SIGNIFICANT_DIGITS})`;
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
  if (typeof text !== 'string') return 'expected a decimal number written as text';
  if (text.length > MAX_NUMBER_TEXT_LENGTH) return decimalLimitProblem(text);
  if (!PLAIN_DECIMAL.test(text)) return 'expected a decimal number written as text';
  return decimalLimitProblem(text);
}

/**
 * The earliest year chiso accepts (a dataset's, a unit's or a framework's `year`, a CSV `year`
 * cell): years are written with four digits, and composite indices of the kind chiso computes
 * start in the 20th century. A year before it — `0000`, `0203` — is a typing or export error.
 */
export const MIN_YEAR = 1900;

/** The latest year chiso accepts; see {@link MIN_YEAR}. A year such as `2923` is a typing error. */
export const MAX_YEAR = 2200;

/**
 * Why a year is not one chiso accepts, or `null` when it is: a whole number from {@link MIN_YEAR}
 * to {@link MAX_YEAR}. Text must be exactly four digits.
 *
 * @example
 * yearProblem('2023'); // => null
 * yearProblem('0000'); // => '"0000" is not a year from 1900 to 2200'
 * yearProblem(23); // => '23 is not a year from 1900 to 2200'
 */
export function yearProblem(year: string | number): string | null {
  const value = typeof year === 'number' ? year : /^\d{4}$/.test(year) ? Number(year) : Number.NaN;
  if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) return null;
  return `${typeof year === 'number' ? String(year) : JSON.stringify(year)} is not a year from ${MIN_YEAR} to ${MAX_YEAR}`;
}

/** The largest decimal exponent a saved figure may have (a figure is printed in full: keep it short). */
export const MAX_SAVED_EXPONENT = 9999;

/**
 * True when a text is a figure chiso could have written: a plain decimal (exponent form allowed)
 * of at most 1000 characters whose exponent has at most four digits.
 *
 * @example
 * isSavedDecimal('52.5'); // => true
 * isSavedDecimal('1.84e+325'); // => true
 * isSavedDecimal('NaN'); // => false
 */
export function isSavedDecimal(text: string): boolean {
  if (typeof text !== 'string') return false;
  if (text.length > MAX_NUMBER_TEXT_LENGTH || !PLAIN_DECIMAL.test(text)) return false;
  const exponent = /e[+-]?(\d+)$/i.exec(text)?.[1];
  return exponent === undefined || Number(exponent) <= MAX_SAVED_EXPONENT;
}
