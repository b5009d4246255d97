/**
 * chiso's private decimal type. It is a `Decimal.clone`, so nothing here changes the host
 * application's `Decimal` (we never call the global `Decimal.set`).
 *
 * Precision: 40 significant digits, rounding half-even for intermediate results. Inputs given as
 * text are passed to the constructor as text, so `"0.66"` is exactly 0.66; inputs given as numbers
 * are read through their shortest round-trip representation (`0.66` → `"0.66"`), which is what
 * a spreadsheet or CSV showed.
 *
 * @module
 */
import { Decimal as DecimalJs } from 'decimal.js';
import type { RoundingMode } from '../model/framework.js';
import { describeValue } from '../model/describe.js';
import { decimalTextProblem, MAX_DECIMAL_EXPONENT } from '../model/limits.js';

/** Significant digits carried by every exact computation. */
export const PRECISION = 40;

/** The decimal constructor chiso computes with: 40 significant digits, half-even. */
export const ExactDecimal = DecimalJs.clone({
  precision: PRECISION,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 60,
});

/**
 * Twice the precision, for the inside of an aggregation: weighted sums of 40-digit scores are
 * then exact, and the one division is correctly rounded before the result is brought back to 40
 * digits. That makes scores independent of how the weights are written (weights 1, 1, 2 and
 * 0.25, 0.25, 0.5 give the same 40 digits), which rounding each product to 40 digits would not.
 */
export const WideDecimal = DecimalJs.clone({
  precision: 2 * PRECISION,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 60,
});

/** Brings a wide intermediate back to chiso's 40 significant digits (half-even). */
export function narrow(value: DecimalJs): DecimalJs {
  return new ExactDecimal(value.toSD(PRECISION, DecimalJs.ROUND_HALF_EVEN));
}

/** A wide copy of a value, so that arithmetic on it runs at twice the precision. */
export function widen(value: DecimalJs): DecimalJs {
  return new WideDecimal(value);
}

/**
 * The settings chiso's two constructors must have, written back before each computation by
 * {@link guardDecimalSettings}.
 */
const SETTINGS: readonly [DecimalJs.Constructor, number][] = [
  [ExactDecimal, PRECISION],
  [WideDecimal, 2 * PRECISION],
];

/**
 * Seals a constructor so that code holding one of its values (`value.constructor`) cannot change
 * chiso's arithmetic: `set`, `config` and `clone` throw, and the settings decimal.js never changes
 * itself (exponent limits, notation thresholds, modulo mode, crypto) are read-only. `precision`
 * and `rounding` stay writable because decimal.js raises and restores them inside `ln`, `exp`
 * and `pow`; {@link guardDecimalSettings} puts them back at every entry into exact arithmetic.
 */
function seal(constructor: DecimalJs.Constructor): void {
  const refuse = (): never => {
    throw new TypeError("chiso's decimal type is fixed (40 significant digits, half-even) and cannot be configured; use your own Decimal.clone()");
  };
  for (const name of ['set', 'config', 'clone'] as const) Object.defineProperty(constructor, name, { value: refuse, writable: false, configurable: false });
  for (const name of ['toExpNeg', 'toExpPos', 'minE', 'maxE', 'modulo', 'crypto'] as const) {
    Object.defineProperty(constructor, name, { value: constructor[name], writable: false, configurable: false });
  }
}
for (const [constructor] of SETTINGS) seal(constructor);

/**
 * Puts back chiso's precision and rounding (if code outside chiso changed them through a value's
 * `constructor`), so every figure has the precision `result.precision` states. Called at each
 * entry into exact arithmetic; costs two comparisons when nothing changed. Returns whether they
 * were intact.
 *
 * @example
 * guardDecimalSettings();
 * toExact(1).div(3).toString(); // => '0.3333333333333333333333333333333333333333'
 */
export function guardDecimalSettings(): boolean {
  let intact = true;
  for (const [constructor, precision] of SETTINGS) {
    if (constructor.precision === precision && constructor.rounding === DecimalJs.ROUND_HALF_EVEN) continue;
    intact = false;
    const writable = constructor as { precision: number; rounding: DecimalJs.Rounding };
    writable.precision = precision;
    writable.rounding = DecimalJs.ROUND_HALF_EVEN;
  }
  return intact;
}

/** A decimal value of chiso's private constructor. */
export type Exact = DecimalJs;

/** Zero and one, shared: decimals are immutable, so constants are safe to reuse. */
export const ZERO: Exact = new ExactDecimal(0);
/** One. */
export const ONE: Exact = new ExactDecimal(1);

/**
 * Reads a number or decimal string into an exact decimal.
 *
 * @example
 * toExact('0.7908').toString(); // => '0.7908'
 * toExact(0.1).toString(); // => '0.1'
 */
export function toExact(value: number | string): Exact {
  guardDecimalSettings();
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`toExact: ${value} is not a finite number`);
  if (typeof value === 'string') {
    const problem = decimalTextProblem(value);
    if (problem !== null) throw new RangeError(`toExact: ${describeValue(value)}: ${problem}`);
  } else if (typeof value !== 'number') throw new TypeError(`toExact: ${describeValue(value)} is not a number or a decimal text`);
  return new ExactDecimal(value);
}

const MODES: Record<RoundingMode, DecimalJs.Rounding> = {
  up: DecimalJs.ROUND_UP,
  down: DecimalJs.ROUND_DOWN,
  ceil: DecimalJs.ROUND_CEIL,
  floor: DecimalJs.ROUND_FLOOR,
  'half-up': DecimalJs.ROUND_HALF_UP,
  'half-down': DecimalJs.ROUND_HALF_DOWN,
  'half-even': DecimalJs.ROUND_HALF_EVEN,
};

/**
 * Checks rounding arguments given by a caller: decimals a whole number from 0 to
 * {@link MAX_DECIMAL_EXPONENT} (a framework allows 0–20; a billion would exhaust memory), and a
 * known rounding mode. A RangeError otherwise.
 *
 * @example
 * checkRounding('roundToText', 1e9, 'half-up'); // throws RangeError
 */
export function checkRounding(functionName: string, decimals: number, mode: RoundingMode): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMAL_EXPONENT) throw new RangeError(`${functionName}: ${describeValue(decimals)} decimals; expected a whole number from 0 to ${MAX_DECIMAL_EXPONENT}`);
  if (typeof mode !== 'string' || !Object.hasOwn(MODES, mode)) throw new RangeError(`${functionName}: rounding mode ${describeValue(mode)}; expected one of ${Object.keys(MODES).map((name) => `"${name}"`).join(', ')}`);
}

/**
 * Rounds to a number of decimals and writes the result with exactly that many digits,
 * as a ministry prints it. `half-up` rounds halves away from zero, like Excel's ROUND.
 *
 * @example
 * roundToText(toExact('0.84845'), 4, 'half-up'); // => '0.8485'
 * roundToText(toExact('0.84845'), 4, 'half-even'); // => '0.8484'
 * roundToText(toExact('-0.00001'), 4, 'half-up'); // => '0.0000'
 */
export function roundToText(value: Exact, decimals: number, mode: RoundingMode): string {
  checkRounding('roundToText', decimals, mode);
  if (!DecimalJs.isDecimal(value)) throw new TypeError(`roundToText: ${describeValue(value)} is not an exact decimal (make one with toExact)`);
  const text = value.toFixed(decimals, MODES[mode]);
  // A negative value that rounds to zero prints as "-0.0000" in decimal.js; publish "0.0000".
  return text.startsWith('-') && /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}
