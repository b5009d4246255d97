/** Properties of reading numbers written as text, on generated and hostile strings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactDecimal } from '../../src/engine/decimal.js';
import { decimalLimitProblem, readNumber, type NumberLocale } from '../../src/index.js';

/** Writes a decimal (sign, whole digits, fraction digits) the way a locale does, grouping thousands with `group`. */
function write(negative: boolean, whole: string, fraction: string, locale: NumberLocale, group: string): string {
  const separators = locale === 'vi-VN' ? { thousands: '.', decimal: ',' } : { thousands: ',', decimal: '.' };
  const separator = group === 'locale' ? separators.thousands : group;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return `${negative ? '-' : ''}${grouped}${fraction === '' ? '' : `${separators.decimal}${fraction}`}`;
}

const digits = (min: number, max: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((list) => list.join(''));

describe('readNumber', () => {
  it('reads back what a locale writes: grouped with its separator, a space or a no-break space, the value unchanged', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.tuple(fc.constantFrom(...'123456789'), digits(0, 14)).map(([first, rest]) => first + rest),
        digits(0, 12),
        fc.constantFrom<NumberLocale>('vi-VN', 'en'),
        fc.constantFrom('locale', ' ', '\u00a0', '\u202f', ''),
        (negative, whole, fraction, locale, group) => {
          const text = write(negative, whole, fraction, locale, group);
          const reading = readNumber(text, { locale });
          expect(reading.ok).toBe(true);
          if (!reading.ok) return;
          expect(new ExactDecimal(reading.text).eq(new ExactDecimal(`${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('without a locale, accepts text only when both locales read it alike or it is plain, and never guesses between two readings', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[-+]?[0-9.,\u00a0 ]{1,12}%?$/), (text) => {
        const undeclared = readNumber(text, { percent: true });
        if (!undeclared.ok) return;
        const vietnamese = readNumber(text, { locale: 'vi-VN', percent: true });
        const english = readNumber(text, { locale: 'en', percent: true });
        // Accepted text is either what both declared readings agree on, or a plain decimal (which the caller judges by unit).
        const agreed = vietnamese.ok && english.ok && new ExactDecimal(vietnamese.text).eq(new ExactDecimal(english.text));
        const plain = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text.replace(/^[ \u00a0]+|[ \u00a0]*%?[ \u00a0]*$/g, ''));
        expect(agreed || plain).toBe(true);
        if (agreed && vietnamese.ok) expect(new ExactDecimal(undeclared.text).eq(new ExactDecimal(vietnamese.text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, and what it accepts is a finite decimal within the limits', () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.stringMatching(/^[-+]?[0-9.,eE \u00a0\u202f%]{0,30}$/),
      fc.constantFrom('NaN', 'Infinity', '-Infinity', 'inf', '1e-300000', '1e9999999', '0x10', '1_000', '١٢٣', '１２３', '1e', 'e5', '.', ',', '-', '%'),
    );
    fc.assert(
      fc.property(hostile, fc.constantFrom<NumberLocale | undefined>(undefined, 'vi-VN', 'en'), fc.boolean(), (text, locale, percent) => {
        const reading = readNumber(text, { locale, percent });
        if (!reading.ok) return;
        const value = new ExactDecimal(reading.text);
        expect(value.isFinite()).toBe(true);
        expect(decimalLimitProblem(reading.text)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });
});
