/**
 * The languages chiso speaks to people — English and Vietnamese — and the few words and number
 * forms every output shares: decimals written as Vietnamese readers write them ("0,8002"), the
 * rank-change phrase ("tăng 22 bậc"), a node's title in the reader's language. CLI messages,
 * tables, spreadsheets and reports all take their wording from here, so one phrase reads the same
 * in every output.
 *
 * @module
 */
import type { Label } from '../model/framework.js';
import { describeValue } from '../model/describe.js';

/** The languages of chiso's outputs. */
export const LANGUAGES = ['en', 'vi'] as const;

/** A language of chiso's outputs: `en` (English) or `vi` (Vietnamese). */
export type Language = (typeof LANGUAGES)[number];

/**
 * Whether a value is one of {@link LANGUAGES}.
 *
 * @example
 * isLanguage('vi'); // => true
 * isLanguage('fr'); // => false
 */
export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'vi';
}

const DECIMAL_TEXT = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * Writes a decimal text (as the engine gives it: "1234.5", "-0.8002") the way readers of a language
 * write numbers: English "1,234.5", Vietnamese "1.234,5" (dot groups thousands, comma before the
 * decimals, the convention of Vietnamese statistical publications). The digits are never changed
 * — no rounding, no float conversion — so the published value stays the published value. With
 * `grouping: false` no thousands separator is written ("1234,5"), as in a table column of scores.
 * Text that is not a plain decimal (a dash for "no value", "new") is returned unchanged.
 *
 * @example
 * formatDecimal('0.8002', 'vi'); // => '0,8002'
 * formatDecimal('1234567.25', 'vi'); // => '1.234.567,25'
 * formatDecimal('1234567.25', 'en'); // => '1,234,567.25'
 * formatDecimal('1234.5', 'vi', { grouping: false }); // => '1234,5'
 * formatDecimal('–', 'vi'); // => '–'
 */
export function formatDecimal(text: string, language: Language, options: { readonly grouping?: boolean } = {}): string {
  if (typeof text !== 'string') throw new TypeError(`formatDecimal: the text is ${describeValue(text)}; expected a decimal string such as "0.8002"`);
  if (!isLanguage(language)) throw new RangeError(`formatDecimal: the language is ${describeValue(language)}; expected "en" or "vi"`);
  const parts = DECIMAL_TEXT.exec(text);
  if (parts === null) return text;
  const [, sign = '', whole = '', fraction] = parts;
  const thousands = language === 'vi' ? '.' : ',';
  const point = language === 'vi' ? ',' : '.';
  const grouped = options.grouping === false ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${sign}${grouped}${fraction === undefined ? '' : `${point}${fraction}`}`;
}

/**
 * Describes a rank change in a language: "up 22 places" / "tăng 22 bậc", "down 1 place" / "giảm 1
 * bậc", "unchanged" / "giữ nguyên", and for units ranked in only one of the two: "not ranked before"
 * / "chưa được xếp hạng trước đó", "no longer ranked" / "không còn được xếp hạng", "not ranked" /
 * "không được xếp hạng". Ranks are whole numbers from 1 (1 = best) or `null` (not ranked).
 *
 * @example
 * rankChangePhrase(31, 9, 'vi'); // => 'tăng 22 bậc'
 * rankChangePhrase(8, 11, 'vi'); // => 'giảm 3 bậc'
 * rankChangePhrase(5, 5, 'vi'); // => 'giữ nguyên'
 * rankChangePhrase(8, 9, 'en'); // => 'down 1 place'
 */
export function rankChangePhrase(previousRank: number | null, currentRank: number | null, language: Language): string {
  if (!isLanguage(language)) throw new RangeError(`rankChangePhrase: the language is ${describeValue(language)}; expected "en" or "vi"`);
  for (const [which, rank] of [['previous', previousRank], ['current', currentRank]] as const) {
    if (rank !== null && !(typeof rank === 'number' && Number.isInteger(rank) && rank >= 1)) throw new RangeError(`rankChangePhrase: the ${which} rank is ${describeValue(rank)}; expected a whole number from 1, or null`);
  }
  const vi = language === 'vi';
  if (currentRank === null) {
    if (previousRank === null) return vi ? 'không được xếp hạng' : 'not ranked';
    return vi ? 'không còn được xếp hạng' : 'no longer ranked';
  }
  if (previousRank === null) return vi ? 'chưa được xếp hạng trước đó' : 'not ranked before';
  const change = previousRank - currentRank;
  if (change === 0) return vi ? 'giữ nguyên' : 'unchanged';
  const size = Math.abs(change);
  if (vi) return `${change > 0 ? 'tăng' : 'giảm'} ${size} bậc`;
  return `${change > 0 ? 'up' : 'down'} ${size} ${size === 1 ? 'place' : 'places'}`;
}

/**
 * A node's (or unit's) title in a language: its label in that language, else in the other one,
 * else its id. `form: 'short'` prefers the short label where the framework gives one (for narrow
 * table columns and chart axes).
 *
 * @example
 * nodeTitle({ vi: 'Hạ tầng số', en: 'Digital infrastructure' }, 'infrastructure', 'vi'); // => 'Hạ tầng số'
 * nodeTitle({ vi: 'Hạ tầng số' }, 'infrastructure', 'en'); // => 'Hạ tầng số'
 * nodeTitle(undefined, 'infrastructure', 'en'); // => 'infrastructure'
 */
export function nodeTitle(label: Label | undefined, id: string, language: Language, form: 'label' | 'short' = 'label'): string {
  if (!isLanguage(language)) throw new RangeError(`nodeTitle: the language is ${describeValue(language)}; expected "en" or "vi"`);
  if (label === undefined) return id;
  if (form === 'short' && label.short !== undefined) return label.short;
  const first = language === 'vi' ? label.vi : label.en;
  const second = language === 'vi' ? label.en : label.vi;
  return first ?? second ?? id;
}
