/**
 * Finding a province by the name people write: "TP. Đà Nẵng", "Đà Nẵng", "Da Nang", "Thừa Thiên -
 * Huế", "TP.HCM", "Hồ Chí Minh", "Sài Gòn", or its code "48". An unknown or ambiguous name is an
 * error listing the closest matches — never a guess.
 *
 * @module
 */
import { checkArgument, checkOptions, oneOf, text, texts, wholeNumber } from '../model/arguments.js';
import { quoteText } from '../model/describe.js';
import { ChisoError, issue, type ChisoIssue } from '../model/issues.js';
import { abbreviate } from '../model/limits.js';
import type { DatasetInput } from '../model/dataset.js';
import { assertDatasetShape } from '../model/validate.js';
import { PROVINCES_34, PROVINCES_63, REGIONS, stripDiacritics, type Province, type ProvinceEra } from './provinces.js';

/**
 * The comparison key of a name: no diacritics, lower case, no unit words ("tỉnh", "thành phố",
 * "TP.", "province", "city"), no spaces or punctuation.
 *
 * @example
 * provinceKey('TP. Đà Nẵng'); // => 'danang'
 * provinceKey('Thừa Thiên - Huế'); // => 'thuathienhue'
 */
export function provinceKey(name: string): string {
  checkArgument('provinceKey', 'the name', name, text);
  let key = stripDiacritics(name.normalize('NFC')).toLowerCase().trim();
  key = key.replace(/\((moi|new|cu|old)\)|\b(moi|new)\s*$/g, '');
  key = key.replace(/^(thanh pho|tp\.?|tinh|t\.)\s*/, '');
  key = key.replace(/\s*\b(city|province|municipality)\s*$/, '');
  return key.replace(/[^a-z0-9]/g, '');
}

/** Other ways the same units are commonly written, as keys. */
const ALIASES: Readonly<Record<string, string>> = {
  hcm: '79',
  hcmc: '79',
  tphcm: '79',
  hochiminhcity: '79',
  saigon: '79',
  hue: '46',
  thuathienhue: '46',
  brvt: '77',
  vungtau: '77',
  hn: '01',
  daclac: '66',
  dacnong: '67',
  bacan: '06',
};

/** Whether a name carries a post-merger mark ("Lào Cai (mới)", "Lao Cai (new)"). */
export function markedNew(name: string): boolean {
  checkArgument('markedNew', 'the name', name, text);
  return /\((moi|new)\)|\b(moi|new)\s*$/i.test(stripDiacritics(name.normalize('NFC')).toLowerCase().trim());
}

function indexOf(list: readonly Province[]): Map<string, Province> {
  const index = new Map<string, Province>();
  for (const province of list) {
    index.set(provinceKey(province.name), province);
    index.set(provinceKey(province.english), province);
    index.set(province.code, province);
  }
  for (const [alias, code] of Object.entries(ALIASES)) {
    const province = list.find((candidate) => candidate.code === code);
    if (province) index.set(alias, province);
  }
  return index;
}

const ERA = oneOf(['63', '34']);

const INDEX: Record<ProvinceEra, Map<string, Province>> = { '63': indexOf(PROVINCES_63), '34': indexOf(PROVINCES_34) };

/** Edit distance between two short keys (Levenshtein). */
function distance(left: string, right: string): number {
  const previous = Array.from({ length: right.length + 1 }, (_value, index) => index);
  for (let row = 1; row <= left.length; row += 1) {
    let diagonal = previous[0] as number;
    previous[0] = row;
    for (let column = 1; column <= right.length; column += 1) {
      const above = previous[column] as number;
      previous[column] = Math.min(above + 1, (previous[column - 1] as number) + 1, diagonal + (left[row - 1] === right[column - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[right.length] as number;
}

/**
 * The closest province names to an unknown name, best first.
 *
 * @example
 * closestProvinces('Da Nag', '63'); // => ['Đà Nẵng', 'Hà Nam', 'Cà Mau']
 */
export function closestProvinces(name: string, era: ProvinceEra, count = 3): string[] {
  checkArgument('closestProvinces', 'the name', name, text);
  checkArgument('closestProvinces', 'the era', era, ERA);
  checkArgument('closestProvinces', 'the count', count, wholeNumber(0, Number.MAX_SAFE_INTEGER));
  // Province keys are short: a long name is compared by its start, so a megabyte of text costs no
  // more than a name (the edit distance is quadratic).
  const key = provinceKey(name.slice(0, 256)).slice(0, 64);
  const list = era === '63' ? PROVINCES_63 : PROVINCES_34;
  return list
    .map((province) => ({ name: province.name, score: Math.min(distance(key, provinceKey(province.name)), distance(key, provinceKey(province.english))) }))
    .sort((left, right) => left.score - right.score || (left.name < right.name ? -1 : 1))
    .slice(0, count)
    .map((entry) => entry.name);
}

/** Finds a province by name or code in one era's list, or returns `undefined`. */
export function findProvince(name: string, era: ProvinceEra = '63'): Province | undefined {
  checkArgument('findProvince', 'the name', name, text);
  checkArgument('findProvince', 'the era', era, ERA);
  const key = provinceKey(name);
  if (/^\d{1,2}$/.test(key)) return INDEX[era].get(key.padStart(2, '0'));
  return INDEX[era].get(key);
}

/**
 * Finds a province by name or code, or throws a {@link ChisoError} that lists the closest names.
 *
 * @example
 * resolveProvince('TP.HCM').code; // => '79'
 * resolveProvince('Lào Cai', '34').formerCodes; // => ['10', '15']
 */
export function resolveProvince(name: string, era: ProvinceEra = '63'): Province {
  const found = findProvince(name, era);
  if (found) return found;
  throw new ChisoError([unknownProvince(name, era, ['name'])], 'Unknown province');
}

/** How many unknown names get the closest province names in their message (each costs 126 edit distances). */
const SUGGESTED_NAMES = 100;

function unknownProvince(name: string, era: ProvinceEra, path: (string | number)[], suggest = true): ChisoIssue {
  const list = era === '63' ? '63 provinces (until 30 June 2025)' : '34 provinces (from 1 July 2025)';
  return issue('unknown_unit', path, `${quoteText(name)} is not one of the ${list}${suggest ? `; closest: ${closestProvinces(name, era).join(', ')}` : ''}`, { received: abbreviate(name) });
}

/** Names quoted in a message: at most ten, each abbreviated, then how many more. */
function quoted(names: readonly string[]): string {
  const shown = names.slice(0, 10).map((name) => `"${abbreviate(name)}"`).join(', ');
  return names.length > 10 ? `${shown} and ${names.length - 10} more` : shown;
}

/** Options for {@link matchProvinces}. */
export interface MatchProvincesOptions {
  /**
   * Which list the names belong to. By default: the 34 when every name is marked "(mới)"/"(new)" or
   * the data's year is 2025 or later; otherwise the 63.
   */
  readonly era?: ProvinceEra;
  /** The data's year, used to choose the era when it is not given. */
  readonly year?: number;
}

/** The provinces that a list of names resolves to, in order, and the era used. */
export interface ProvinceMatch {
  readonly era: ProvinceEra;
  readonly provinces: readonly Province[];
}

/**
 * Resolves a list of names (a dataset's units) to provinces, reporting every problem at once: an
 * unknown name (with the closest matches), the same province twice under two spellings, and
 * pre-merger and post-merger units mixed in one list (a province absorbed on 1 July 2025 next to a
 * unit marked as new, or in a list of the 34).
 *
 * @example
 * matchProvinces(['Hà Nội', 'TP.HCM', 'Da Nang']).provinces.map((province) => province.code); // => ['01', '79', '48']
 */
export function matchProvinces(names: readonly string[], options: MatchProvincesOptions = {}): ProvinceMatch {
  checkArgument('matchProvinces', 'the names', names, texts);
  checkOptions('matchProvinces', options, { era: ERA, year: wholeNumber(0, 9999) });
  const marked = names.filter(markedNew);
  const absorbed = names.filter((name) => {
    const old = findProvince(name, '63');
    return old !== undefined && !markedNew(name) && findProvince(name, '34') === undefined;
  });
  const problems: ChisoIssue[] = [];
  if (marked.length > 0 && absorbed.length > 0) {
    problems.push(
      issue('unknown_unit', [], `pre-merger and post-merger units are mixed: ${quoted(absorbed)} ${absorbed.length === 1 ? 'was' : 'were'} merged on 1 July 2025, while ${quoted(marked)} ${marked.length === 1 ? 'is a post-merger unit' : 'are post-merger units'}`),
    );
    throw new ChisoError(problems, 'The provinces cannot be matched');
  }
  const era: ProvinceEra = options.era ?? (marked.length > 0 || (options.year !== undefined && options.year >= 2025) ? '34' : '63');
  const provinces: Province[] = [];
  const firstByCode = new Map<string, { name: string; index: number }>();
  let unknown = 0;
  names.forEach((name, index) => {
    const province = findProvince(name, era);
    if (!province) {
      const old = era === '34' ? findProvince(name, '63') : undefined;
      if (old?.successorCode !== undefined) {
        const successor = PROVINCES_34.find((candidate) => candidate.code === old.successorCode);
        problems.push(issue('unknown_unit', ['units', index], `"${name}" is a pre-merger province: on 1 July 2025 it became part of ${successor?.name}; this list is of the 34 provinces, so pre-merger and post-merger units are mixed`, { received: name }));
      } else {
        unknown += 1;
        problems.push(unknownProvince(name, era, ['units', index], unknown <= SUGGESTED_NAMES));
      }
      return;
    }
    const earlier = firstByCode.get(province.code);
    if (earlier) {
      problems.push(issue('duplicate_id', ['units', index], `"${abbreviate(name)}" and "${abbreviate(earlier.name)}" (units[${earlier.index}]) are the same province, ${province.name} (code ${province.code})`, { received: abbreviate(name) }));
    } else firstByCode.set(province.code, { name, index });
    provinces.push(province);
  });
  if (problems.length > 0) throw new ChisoError(problems, 'The provinces cannot be matched');
  return { era, provinces };
}

/** Options for {@link withProvinces}. */
export interface WithProvincesOptions extends MatchProvincesOptions {
  /** Language of the region group added to each unit: Vietnamese (default) or English. */
  readonly regionLanguage?: 'vi' | 'en';
}

/**
 * Resolves a dataset's units as Vietnamese provinces, by name (or id when there is no name): ids
 * become the official codes, names the canonical Vietnamese names, and each unit gets its
 * socio-economic `region` group. Reports every unknown name, every province given twice and any
 * mixing of pre- and post-merger units, all at once. The list (the 63 or the 34) follows the year:
 * the `year` option, else the dataset's, else its units' (a CSV "year" column).
 *
 * @example
 * withProvinces({ units: [{ id: 'x', name: 'TP.HCM', values: {} }] }).units[0]; // => { id: '79', name: 'Hồ Chí Minh', groups: { region: 'Đông Nam Bộ' }, values: {} }
 */
export function withProvinces<D extends DatasetInput>(dataset: D, options: WithProvincesOptions = {}): D {
  checkOptions('withProvinces', options, { era: ERA, year: wholeNumber(0, 9999), regionLanguage: oneOf(['vi', 'en']) });
  assertDatasetShape(dataset, 'The provinces cannot be matched');
  // the year that decides the list: the one given, else the dataset's, else its units' (a CSV "year" column)
  const year = options.year ?? dataset.year ?? dataset.units.find((unit) => typeof unit.year === 'number')?.year;
  const { provinces } = matchProvinces(
    dataset.units.map((unit) => unit.name ?? unit.id),
    { ...options, ...(year === undefined ? {} : { year }) },
  );
  const language = options.regionLanguage ?? 'vi';
  return {
    ...dataset,
    units: dataset.units.map((unit, index) => {
      const province = provinces[index] as Province;
      return { ...unit, id: province.code, name: province.name, groups: { region: REGIONS[province.region][language], ...(unit.groups ?? {}) } };
    }),
  };
}
