/**
 * The certified path reads a number's digits without writing its text (`shortestDecimal`): they
 * must be the digits of its `String()`, the text every other path reads (the source of truth:
 * ECMAScript's Number::toString, the shortest decimal that reads back as the number), read by
 * `parseRational` — or it must decline, and the text is read instead.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortestDecimal } from '../../src/engine/integer-run.js';
import { parseRational } from '../../src/engine/rational.js';
import { fuzz } from '../fuzz/settings.js';

/** Decimals as data carry them: few digits, any magnitude; and any double at all. */
const numbers = fc.oneof(
  fc.tuple(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), fc.integer({ min: 0, max: 22 })).map(([digits, decimals]) => digits / 10 ** decimals),
  fc.tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: 0, max: 8 })).map(([digits, decimals]) => digits / 10 ** decimals),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 0.1 + 0.2, 1e-6, 1e-7, 999_999_999_999_999, 1e15, 123_456_789.012_345_6, 5e-324, Number.MAX_VALUE, 0.000_001_5),
);

describe('shortestDecimal', () => {
  it("gives a number's String() digits, or declines", () => {
    fc.assert(
      fc.property(numbers, (value) => {
        const decimal = shortestDecimal(value);
        const text = String(value);
        if (decimal === null) {
          // declined: exponent form, or more than 15 significant digits
          const significant = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
          expect(/e/.test(text) || significant.length > 15).toBe(true);
          return;
        }
        expect(decimal.digits === 0 ? 0 : Math.sign(decimal.digits)).toBe(value === 0 ? 0 : Math.sign(value));
        const rational = parseRational(text);
        expect({ numerator: BigInt(decimal.digits), denominator: 10n ** BigInt(decimal.decimals) }).toEqual(rational);
      }),
      fuzz(5000),
    );
  });

  it('declines what is not a finite number', () => {
    expect(shortestDecimal(Number.NaN)).toBeNull();
    expect(shortestDecimal(Number.POSITIVE_INFINITY)).toBeNull();
    expect(shortestDecimal(-0)).toEqual({ digits: 0, decimals: 0 });
  });
});
