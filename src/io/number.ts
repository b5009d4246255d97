/**
 * Reading numbers written as text, in a declared format. Vietnamese documents write one thousand
 * six hundred and forty as `1.640` and a decimal as `0,7908`; English ones write `1,640` and
 * `0.7908`. The same text can mean two numbers (`1.640` is 1640 or 1.64), so chiso never guesses:
 *
 * - with a declared `locale`, text is read that way, and the grouping is checked (groups of exactly
 *   three digits), so `"1.64"` under `vi-VN` is an error, not 164;
 * - without one, only plain decimal text (`"0.7908"`, `"-12.5"`, `"1e-3"`) is read, plus the forms
 *   both conventions read alike (spaces as thousands separators); anything written one way only
 *   (`"0,7908"`, `"1.640.000"`) or readable both ways (`"1,640"`) is refused with a message that says
 *   which locale to declare.
 *
 * Both ways: spaces, no-break spaces (U+00A0) and narrow no-break spaces (U+202F) group thousands;
 * a trailing `%` is read where the caller says the value is a percent (an indicator whose unit is
 * `percent`: `"85%"` is 85, `"85,5 %"` under `vi-VN` 85.5) and refused elsewhere, because `"85%"` of a
 * ratio would be 0.85. Numbers become plain decimal text (`"1640"`, `"0.7908"`), never a float.
 *
 * @module
 */
import { describeValue } from '../model/describe.js';
import { decimalLimitProblem, MAX_NUMBER_TEXT_LENGTH, PLAIN_DECIMAL } from '../model/limits.js';

/**
 * The number formats chiso reads: Vietnamese (`1.640,5`) and English (`1,640.5`).
 *
 * @example
 * NUMBER_LOCALES; // => ['vi-VN', 'en']
 */
export const NUMBER_LOCALES = ['vi-VN', 'en'] as const;

/**
 * How numbers are written: `vi-VN` — `.` groups thousands and `,` is the decimal mark (`1.640,5`);
 * `en` — `,` groups thousands and `.` is the decimal mark (`1,640.5`).
 */
export type NumberLocale = (typeof NUMBER_LOCALES)[number];

/** Options for {@link readNumber}. */
export interface ReadNumberOptions {
  /** How the text is written; without it only forms that read the same both ways are accepted. */
  readonly locale?: NumberLocale | undefined;
  /** Whether the value is a percent, so a trailing `%` may be written (`"85%"` is 85). */
  readonly percent?: boolean | undefined;
}

/** The outcome of {@link readNumber}. */
export type NumberReading =
  /** The number as plain decimal text (`"1640"`, `"0.7908"`). */
  | { readonly ok: true; readonly text: string }
  /**
   * Why the text cannot be read: it is no number (`not_a_number`), a number written in a format
   * that was not declared (`ambiguous`; `suggest` then names the locale that reads it, when only one
   * does), or beyond the limits of exact arithmetic (`beyond_limits`).
   */
  | { readonly ok: false; readonly reason: string; readonly kind: NumberProblemKind; readonly suggest?: NumberLocale };

/** Why a text could not be read as a number (see {@link NumberReading}). */
export type NumberProblemKind = 'not_a_number' | 'ambiguous' | 'beyond_limits';

const SEPARATORS = {
  'vi-VN': { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
} as const;

/** Plain decimal texts this short and without an exponent are within every limit of exact arithmetic. */
const SHORT = 20;

const SPACE_LIKE = /^[ \u00A0\u202F]+|[ \u00A0\u202F]+$/g;

function isSpace(character: string): boolean {
  return character === ' ' || character === '\u00A0' || character === '\u202F';
}

/**
 * How to declare a locale, for messages read by people using the CLI or the library; without an
 * argument, both locales are offered.
 *
 * @example
 * localeAdvice('vi-VN');
 * // => "declare how numbers are written: --locale vi-VN on the command line, or the option locale: 'vi-VN'"
 */
export function localeAdvice(locale?: NumberLocale): string {
  if (locale === undefined) return "declare how numbers are written: --locale vi-VN or --locale en on the command line, or the option locale: 'vi-VN' or 'en'";
  return `declare how numbers are written: --locale ${locale} on the command line, or the option locale: '${locale}'`;
}

type Attempt = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** Strips a trailing percent sign where it is allowed. */
function withoutPercent(text: string, percent: boolean): Attempt {
  if (!text.endsWith('%')) return { ok: true, text };
  if (!percent) return { ok: false, reason: `${JSON.stringify(text)} has a percent sign, which is read only for indicators whose unit is percent (write 0.85 for a ratio of 85%)` };
  return { ok: true, text: text.slice(0, -1).replace(SPACE_LIKE, '') };
}

/** Reads `text` (trimmed, percent sign removed) as written under `locale`. */
function readAs(text: string, locale: NumberLocale): Attempt {
  const { group, decimal } = SEPARATORS[locale];
  const notNumber: Attempt = { ok: false, reason: `${JSON.stringify(text)} is not a number` };
  let body = text;
  let sign = '';
  if (body.startsWith('-') || body.startsWith('+')) {
    sign = body.startsWith('-') ? '-' : '';
    body = body.slice(1);
  }
  let exponent = '';
  const exponentAt = body.search(/e[+-]?\d+$/i);
  if (exponentAt !== -1) {
    exponent = `e${body.slice(exponentAt + 1).replace(/^\+/, '')}`;
    body = body.slice(0, exponentAt);
  }
  const decimalAt = body.indexOf(decimal);
  if (decimalAt !== body.lastIndexOf(decimal)) return notNumber;
  const integer = decimalAt === -1 ? body : body.slice(0, decimalAt);
  const fraction = decimalAt === -1 ? null : body.slice(decimalAt + 1);
  if (fraction !== null && !/^\d+$/.test(fraction)) {
    if (fraction.includes(group)) return { ok: false, reason: `with locale ${locale}, "${group}" groups thousands and "${decimal}" marks the decimals, so ${JSON.stringify(text)} is not a number` };
    return notNumber;
  }
  let digits: string;
  if (/^\d*$/.test(integer)) {
    if (integer === '' && fraction === null) return notNumber;
    digits = integer;
  } else {
    // Grouped: the first group has one to three digits and no leading zero, every other exactly three.
    const separator = [...integer].find((character) => character < '0' || character > '9') ?? '';
    if (separator !== group && !isSpace(separator)) return notNumber;
    const groups = integer.split(separator);
    const valid = /^[1-9]\d{0,2}$/.test(groups[0] ?? '') && groups.slice(1).every((part) => /^\d{3}$/.test(part));
    if (!valid) {
      if (separator !== group) return notNumber;
      return { ok: false, reason: `with locale ${locale}, "${group}" groups thousands in threes (a decimal is written with "${decimal}"), so ${JSON.stringify(text)} is not a number` };
    }
    digits = groups.join('');
  }
  const whole = digits.replace(/^0+(?=\d)/, '') || '0';
  return { ok: true, text: `${sign}${whole}${fraction === null ? '' : `.${fraction}`}${exponent}` };
}

/**
 * Reads a number written as text, in a declared format or in a form that cannot be misread, and
 * returns it as plain decimal text — or says why it cannot, suggesting the locale that would read
 * it. Numbers beyond the limits of exact arithmetic (see `MAX_SIGNIFICANT_DIGITS`) are refused too.
 *
 * @example
 * readNumber('1.640', { locale: 'vi-VN' }); // => { ok: true, text: '1640' }
 * readNumber('0,7908', { locale: 'vi-VN' }); // => { ok: true, text: '0.7908' }
 * readNumber('1.64', { locale: 'vi-VN' }).ok; // => false (the groups of "." are of three digits)
 * readNumber('1 640 000'); // => { ok: true, text: '1640000' }
 * readNumber('0,7908').ok; // => false, suggesting locale vi-VN
 * readNumber('85%', { percent: true }); // => { ok: true, text: '85' }
 */
export function readNumber(text: string, options: ReadNumberOptions = {}): NumberReading {
  // Cheap checks only: this runs once per cell of a dataset.
  if (typeof text !== 'string') throw new TypeError(`readNumber: ${describeValue(text)} is not a text (use readDataValue for any value)`);
  if (typeof options !== 'object' || options === null) throw new TypeError(`readNumber: the options are ${describeValue(options)}; expected an object (or nothing)`);
  if (options.locale !== undefined && !NUMBER_LOCALES.includes(options.locale)) throw new RangeError(`readNumber: option "locale" is ${describeValue(options.locale)}; expected ${NUMBER_LOCALES.map((name) => `"${name}"`).join(' or ')}`);
  if (options.percent !== undefined && typeof options.percent !== 'boolean') throw new TypeError(`readNumber: option "percent" is ${describeValue(options.percent)}; expected true or false`);
  if (text.length > MAX_NUMBER_TEXT_LENGTH) return { ok: false, reason: decimalLimitProblem(text) ?? 'too long', kind: 'beyond_limits' };
  // The common case, a short plain decimal without a declared locale, needs no more work: twenty
  // characters without an exponent are well within every limit.
  if (options.locale === undefined && text.length <= SHORT && PLAIN_DECIMAL.test(text) && !/e/i.test(text)) return { ok: true, text };
  const trimmed = text.replace(SPACE_LIKE, '');
  const bare = withoutPercent(trimmed, options.percent === true);
  if (!bare.ok) return { ok: false, reason: bare.reason, kind: 'not_a_number' };
  const locale = options.locale;
  let reading: NumberReading;
  if (locale !== undefined) {
    const attempt = readAs(bare.text, locale);
    reading = attempt.ok ? attempt : { ok: false, reason: attempt.reason, kind: 'not_a_number' };
  } else if (PLAIN_DECIMAL.test(bare.text)) {
    reading = { ok: true, text: bare.text };
  } else {
    reading = readUndeclared(text, bare.text);
  }
  if (!reading.ok || (reading.text.length <= SHORT && !/e/i.test(reading.text))) return reading;
  const limit = decimalLimitProblem(reading.text);
  return limit === null ? reading : { ok: false, reason: limit, kind: 'beyond_limits' };
}

/** Without a declared locale: accepted only when both conventions read the text alike. */
function readUndeclared(original: string, text: string): NumberReading {
  const english = readAs(text, 'en');
  const vietnamese = readAs(text, 'vi-VN');
  const quoted = JSON.stringify(original);
  if (english.ok && vietnamese.ok) {
    if (english.text === vietnamese.text) return english;
    return {
      ok: false,
      kind: 'ambiguous',
      reason: `${quoted} reads as ${english.text} with locale en but as ${vietnamese.text} with locale vi-VN; ${localeAdvice()}`,
    };
  }
  if (vietnamese.ok) return { ok: false, kind: 'ambiguous', suggest: 'vi-VN', reason: `${quoted} is written the Vietnamese way (${vietnamese.text} with locale vi-VN); ${localeAdvice('vi-VN')}` };
  if (english.ok) return { ok: false, kind: 'ambiguous', suggest: 'en', reason: `${quoted} is written the English way (${english.text} with locale en); ${localeAdvice('en')}` };
  return { ok: false, kind: 'not_a_number', reason: `${quoted} is not a number` };
}

/**
 * Reads one dataset value — a number or a number written as text — as plain decimal text:
 * {@link readNumber} for text, and for numbers a check that they are finite (`NaN`, `Infinity` and
 * `-Infinity` are refused). Anything else is not a number. Use it wherever a value enters exact
 * arithmetic without `validateDataset`.
 *
 * @example
 * readDataValue(0.66); // => { ok: true, text: '0.66' }
 * readDataValue(Number.NaN).ok; // => false
 * readDataValue('1.640', { locale: 'vi-VN' }); // => { ok: true, text: '1640' }
 */
export function readDataValue(value: unknown, options: ReadNumberOptions = {}): NumberReading {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { ok: true, text: String(value) } : { ok: false, kind: 'not_a_number', reason: `${String(value)} is not a finite number` };
  }
  if (typeof value === 'string') return readNumber(value, options);
  return { ok: false, kind: 'not_a_number', reason: `${describeValue(value)} is not a number` };
}

/**
 * True when a plain decimal text would be a whole number with locale `vi-VN`: one to three digits, a
 * single `.`, then exactly three digits (`"1.640"` — 1.64 as plain text, 1640 in Vietnamese). Such a
 * text is refused without a declared locale where the difference matters (counts and currency, or
 * a column whose other cells group thousands with `.`).
 *
 * @example
 * readsAsThousands('1.640'); // => true
 * readsAsThousands('0.640'); // => false
 * readsAsThousands('1.64'); // => false
 */
export function readsAsThousands(text: string): boolean {
  if (typeof text !== 'string') throw new TypeError(`readsAsThousands: ${describeValue(text)} is not a text`);
  return text.length <= 8 && /^[+-]?[1-9]\d{0,2}\.\d{3}$/.test(text);
}
