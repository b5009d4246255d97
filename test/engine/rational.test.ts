/** Exact rational arithmetic, checked against decimal.js at 40 digits (the same formatting). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRational, rationalToFixed, rationalToText, divideRational, addRational, compareRational, shiftDecimalText, multiplyRational } from '../../src/engine/rational.js';
import { roundToText } from '../../src/index.js';
import { ExactDecimal } from '../../src/engine/decimal.js';

describe('rational arithmetic', () => {
  it('reads decimals exactly, exponents included', () => {
    expect(parseRational('0.75')).toEqual({ numerator: 75n, denominator: 100n });
    expect(parseRational(0.044000000000000004)).toEqual({ numerator: 44000000000000004n, denominator: 10n ** 18n });
    expect(parseRational('-1.5e3')).toEqual({ numerator: -1500n, denominator: 1n });
    expect(parseRational('2e-3')).toEqual({ numerator: 2n, denominator: 1000n });
    expect(() => parseRational('n/a')).toThrow(RangeError);
  });

  it('writes 40 significant digits, rounded half-even, as decimal.js does', () => {
    expect(rationalToText({ numerator: 2n, denominator: 3n })).toBe('0.6666666666666666666666666666666666666667');
    expect(rationalToText({ numerator: 27464999999999999n, denominator: 300000000000000n })).toBe('91.54999999999999666666666666666666666667');
    expect(rationalToText({ numerator: -1n, denominator: 8n })).toBe('-0.125');
    expect(rationalToText({ numerator: 12300n, denominator: 1n })).toBe('12300');
    expect(rationalToText({ numerator: 0n, denominator: 5n })).toBe('0');
  });

  it('agrees with decimal.js division on random fractions, digit for digit', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 25n }), (numerator, denominator) => {
        const expected = new ExactDecimal(numerator.toString()).div(denominator.toString()).toString();
        expect(rationalToText({ numerator, denominator })).toBe(expected === '-0' ? '0' : expected);
      }),
      { numRuns: 500 },
    );
  });

  it('rounds published values with every mode as decimal.js does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom('half-up' as const, 'half-even' as const, 'half-down' as const, 'up' as const, 'down' as const, 'ceil' as const, 'floor' as const), (numerator, denominator, decimals, mode) => {
        const decimal = new ExactDecimal(numerator).div(denominator);
        expect(rationalToFixed({ numerator: BigInt(numerator), denominator: BigInt(denominator) }, decimals, mode)).toBe(roundToText(decimal, decimals, mode));
      }),
      { numRuns: 500 },
    );
  });

  it('rounds exact boundaries by hand: 0.12345 → 0.1235 half-up, 0.1234 half-even', () => {
    expect(rationalToFixed(parseRational('0.12345'), 4, 'half-up')).toBe('0.1235');
    expect(rationalToFixed(parseRational('0.12345'), 4, 'half-even')).toBe('0.1234');
    expect(rationalToFixed(parseRational('-0.00001'), 4, 'half-up')).toBe('0.0000');
  });

  it('scales by a power of ten by moving the decimal point, digit for digit as the arithmetic would', () => {
    expect(shiftDecimalText('0.5042681818', 2)).toBe('50.42681818');
    expect(shiftDecimalText('-0.007', 2)).toBe('-0.7');
    expect(shiftDecimalText('12', 3)).toBe('12000');
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 25n }), fc.integer({ min: 0, max: 3 }), (numerator, denominator, exponent) => {
        const value = { numerator, denominator };
        expect(shiftDecimalText(rationalToText(value), exponent)).toBe(rationalToText(multiplyRational(value, { numerator: 10n ** BigInt(exponent), denominator: 1n })));
      }),
      { numRuns: 300 },
    );
  });

  it('adds, divides and compares exactly', () => {
    const third = divideRational(parseRational(1), parseRational(3));
    expect(rationalToText(addRational(third, addRational(third, third)))).toBe('1');
    expect(compareRational(third, parseRational('0.3333333333333333333333333333333333333333'))).toBe(1);
  });
});
