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

/**
 * The words of table headings every output shares, in each language: a ranking's columns, a region
 * summary's, a rank history's. Spreadsheets and reports take their headers from here too, so a
 * column is called the same in the terminal, the workbook and the report.
 *
 * @example
 * TABLE_WORDS.vi.rank; // => 'Hạng'
 * TABLE_WORDS.en.scoreChange; // => 'Score change'
 */
export const TABLE_WORDS = {
  en: {
    rank: 'Rank',
    unit: 'Unit',
    name: 'Name',
    previousRank: 'Previous rank',
    change: 'Change',
    scoreChange: 'Score change',
    units: 'Units',
    best: 'Best',
    bestScore: 'Best score',
    ranks: 'Ranks',
    score: 'Score',
    new: 'new',
    firstYear: 'first year',
  },
  vi: {
    rank: 'Hạng',
    unit: 'Mã',
    name: 'Tên',
    previousRank: 'Hạng trước đó',
    change: 'Thay đổi',
    scoreChange: 'Thay đổi điểm',
    units: 'Số đơn vị',
    best: 'Dẫn đầu',
    bestScore: 'Điểm cao nhất',
    ranks: 'Diễn biến thứ hạng',
    score: 'Điểm',
    new: 'mới',
    firstYear: 'năm đầu tiên',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** Names of the group keys frameworks use, as headings ("region" is "Vùng" in Vietnamese). */
const GROUP_NAMES: Readonly<Record<string, { readonly en: string; readonly vi: string }>> = {
  region: { en: 'Region', vi: 'Vùng' },
  province: { en: 'Province', vi: 'Tỉnh/thành phố' },
  country: { en: 'Country', vi: 'Quốc gia' },
  group: { en: 'Group', vi: 'Nhóm' },
};

/**
 * A group key as a column heading: the known keys in the language ("region": "Region" / "Vùng"),
 * any other key as written, with a capital first letter.
 *
 * @example
 * groupTitle('region', 'vi'); // => 'Vùng'
 * groupTitle('tier', 'en'); // => 'Tier'
 */
export function groupTitle(group: string, language: Language): string {
  if (!isLanguage(language)) throw new RangeError(`groupTitle: the language is ${describeValue(language)}; expected "en" or "vi"`);
  const known = Object.hasOwn(GROUP_NAMES, group) ? GROUP_NAMES[group] : undefined;
  return known === undefined ? group.charAt(0).toUpperCase() + group.slice(1) : known[language];
}

/**
 * The change of a comparison or panel row in a language. The rows' `description` stays English
 * (programs read it); this gives the words for a reader: the row's description in English, and in
 * Vietnamese the same change from its ranks ("tăng 22 bậc"), "mới" for a unit absent before and
 * "năm đầu tiên" for a panel's first year.
 *
 * @example
 * changeDescription({ description: 'up 22 places', previousRank: 31, currentRank: 9 }, 'vi'); // => 'tăng 22 bậc'
 * changeDescription({ description: 'new', previousRank: null, currentRank: 4 }, 'vi'); // => 'mới'
 * changeDescription({ description: 'up 22 places', previousRank: 31, currentRank: 9 }, 'en'); // => 'up 22 places'
 */
export function changeDescription(row: { readonly description: string; readonly previousRank: number | null; readonly currentRank: number | null }, language: Language): string {
  if (!isLanguage(language)) throw new RangeError(`changeDescription: the language is ${describeValue(language)}; expected "en" or "vi"`);
  if (language === 'en') return row.description;
  if (row.description === 'new') return TABLE_WORDS.vi.new;
  if (row.description === 'first year') return TABLE_WORDS.vi.firstYear;
  return rankChangePhrase(row.previousRank, row.currentRank, 'vi');
}

/**
 * Every decimal number in a text written as a language writes it, without thousands separators
 * (as in a table column of figures): "0.8002" is "0,8002" in Vietnamese, "1.38 – 2.5" is
 * "1,38 – 2,5"; whole numbers and other text are unchanged. English text is returned as it is.
 *
 * @example
 * localiseFigures('+0.0123', 'vi'); // => '+0,0123'
 * localiseFigures('1.38 – 2', 'vi'); // => '1,38 – 2'
 * localiseFigures('0.8002', 'en'); // => '0.8002'
 */
export function localiseFigures(text: string, language: Language): string {
  if (!isLanguage(language)) throw new RangeError(`localiseFigures: the language is ${describeValue(language)}; expected "en" or "vi"`);
  if (language === 'en') return text;
  return text.replace(/\d+\.\d+/g, (figure) => formatDecimal(figure, language, { grouping: false }));
}
