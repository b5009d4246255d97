/**
 * The double-arithmetic writers agree with the BigInt ones (the source of truth, `rational.ts`,
 * itself checked against hand-computed texts in rational.test.ts): the same 40-digit text and the
 * same published text for every safe quotient, including values exactly on and next to a rounding
 * boundary (k + ½ at the published decimals, and at the 41st significant digit).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeQuotient, quotientFixed, quotientText, quotientTexts } from '../../src/engine/digits.js';
import { rationalToFixed, rationalToText, shiftDecimalText } from '../../src/engine/rational.js';
import type { RoundingMode } from '../../src/model/framework.js';
import { fuzz } from '../fuzz/settings.js';

const MODES: RoundingMode[] = ['half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor'];
const denominators = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 2 ** 40 }), fc.constantFrom(3, 7, 66, 660_000, 75, 10 ** 12, 3 * 10 ** 14, 2 ** 53 / 16));
const numerators = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -(2 ** 52), max: 2 ** 52 }));

function reference(numerator: number, denominator: number): { numerator: bigint; denominator: bigint } {
  return { numerator: BigInt(numerator), denominator: BigInt(denominator) };
}

describe('quotientText and quotientFixed write what rationalToText and rationalToFixed write', () => {
  it('on hand-picked boundaries', () => {
    expect(quotientFixed(1, 8, 2, 'half-up')).toBe('0.13');
    expect(quotientFixed(1, 8, 2, 'half-even')).toBe('0.12');
    expect(quotientFixed(3, 8, 2, 'half-even')).toBe('0.38');
    expect(quotientFixed(-1, 8, 2, 'half-down')).toBe('-0.12');
    expect(quotientFixed(-1, 1000, 2, 'half-up')).toBe('0.00');
    expect(quotientFixed(999_999, 1_000_000, 2, 'half-up')).toBe('1.00');
    expect(quotientFixed(2, 3, 0, 'down')).toBe('0');
    expect(quotientText(2, 3)).toBe('0.6666666666666666666666666666666666666667');
    expect(quotientText(-1, 3 * 10 ** 14)).toBe(rationalToText(reference(-1, 3 * 10 ** 14)));
  });

  it('on random safe quotients, every mode and 0 to 20 decimals', () => {
    fc.assert(
      fc.property(numerators, denominators, fc.integer({ min: 0, max: 20 }), fc.constantFrom(...MODES), fc.integer({ min: 0, max: 4 }), (numerator, denominator, decimals, mode, shift) => {
        const exact = reference(numerator, denominator);
        expect(quotientFixed(numerator, denominator, decimals, mode)).toBe(rationalToFixed(exact, decimals, mode));
        const text = rationalToText(exact);
        expect(quotientText(numerator, denominator)).toBe(text);
        expect(quotientTexts(numerator, denominator, shift)).toEqual([text, shiftDecimalText(text, shift)]);
        expect(quotientText(numerator, denominator, shift)).toBe(shiftDecimalText(text, shift));
      }),
      fuzz(2000),
    );
  });

  it('on values exactly on a half-way point of the published decimals, and one step either side', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 1000 }), fc.constantFrom(-1, 0, 1), fc.constantFrom(...MODES), (k, decimals, extra, step, mode) => {
        // (2k + 1) / (2 · 10^decimals), over a denominator `extra` times larger, moved by `step` of its last unit
        const denominator = 2 * 10 ** decimals * extra;
        const numerator = (2 * k + 1) * extra + step;
        fc.pre(isSafeQuotient(numerator, denominator));
        expect(quotientFixed(numerator, denominator, decimals, mode)).toBe(rationalToFixed(reference(numerator, denominator), decimals, mode));
        expect(quotientFixed(2 * k * extra + step, denominator, decimals, mode)).toBe(rationalToFixed(reference(2 * k * extra + step, denominator), decimals, mode));
      }),
      fuzz(2000),
    );
  });

  it('on values whose 41st significant digit is a 5 (ties at 40 digits) and next to them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 20 }), fc.integer({ min: 0, max: 3 }), (base, power) => {
        // 1/(2^a·5^b) terminate: their long digits put 5s far out; 1/3, 1/7 … never terminate
        for (const denominator of [2 ** (20 + power), 5 ** (15 + power), 2 ** 30 * 5 ** 5, 3, 7, 9_999_991]) {
          if (!isSafeQuotient(base, denominator)) continue;
          expect(quotientText(base, denominator)).toBe(rationalToText(reference(base, denominator)));
          expect(quotientText(-base, denominator)).toBe(rationalToText(reference(-base, denominator)));
        }
      }),
      fuzz(500),
    );
  });

  it('falls back to BigInt beyond safe integers', () => {
    expect(quotientText(2 ** 60, 3)).toBe(rationalToText(reference(2 ** 60, 3)));
    expect(quotientText(2 ** 60, 3, 2)).toBe(rationalToText({ numerator: 2n ** 60n * 100n, denominator: 3n }));
    expect(quotientFixed(2 ** 60, 3, 2, 'half-up')).toBe(rationalToFixed(reference(2 ** 60, 3), 2, 'half-up'));
  });
});
