/**
 * A choropleth map of Vietnam's provinces as an SVG string: each province filled by its value
 * (a score, or a rank), a legend, the province's name and value on hover (`<title>`), `data-code`
 * and `data-value` attributes for scripts and tests, and a hatched grey for provinces with no data.
 * The archipelagos take the colour of the province they belong to. No DOM is needed: the string
 * is the same in Node and in a browser.
 *
 * @module
 */
import { interpolateYlGnBu } from 'd3-scale-chromatic';
import { scaleLinear, scaleSequential } from 'd3-scale';
import { checkArgument, checkOptions, oneOf, record, text, wholeNumber, type OptionCheck } from '../../model/arguments.js';
import { ChisoError, issue, type ChisoIssue } from '../../model/issues.js';
import { ownValue } from '../../model/records.js';
import type { ProvinceEra } from '../../vietnam/provinces.js';
import { formatDecimal, isLanguage, type Language } from '../language.js';
import { escapeMarkup } from '../markup.js';
import { provinceMapGeometry } from './geometry.js';

/** Options for {@link choroplethSvg}. */
export interface ChoroplethOptions {
  /** Which provinces the values are of: the 63 (until 30 June 2025) or the 34 (from 1 July 2025). */
  readonly era: ProvinceEra;
  /** The language of the legend, the hover texts and the province names. */
  readonly language: Language;
  /** A title, drawn above the map and read by screen readers. */
  readonly title?: string;
  /** The legend's title ("Score", "Rank"). */
  readonly legendTitle?: string;
  /**
   * `score` (the default): higher values darker; `rank`: rank 1 darkest, and the legend runs from
   * the best rank.
   */
  readonly colour?: 'score' | 'rank';
  /** How a value is written in the legend and on hover (default: up to 2 decimals, in the language's form). */
  readonly format?: (value: number) => string;
  /** The map's width in pixels (default 400); the height follows. */
  readonly width?: number;
  /**
   * A prefix for the ids inside the SVG (the hatching pattern, the legend's gradient): give each map
   * of one HTML page its own (default `chiso-map`).
   */
  readonly id?: string;
}

const CHOROPLETH_OPTIONS: Readonly<Record<string, OptionCheck>> = {
  era: oneOf(['63', '34']),
  language: oneOf(['en', 'vi']),
  title: text,
  legendTitle: text,
  colour: oneOf(['score', 'rank']),
  format: (value) => (typeof value === 'function' ? null : { kind: 'type', expected: 'a function' }),
  width: wholeNumber(50, 10_000),
  id: (value) => (typeof value === 'string' && /^[A-Za-z][\w-]*$/.test(value) ? null : { kind: 'type', expected: 'an id: a letter, then letters, digits, "-" or "_"' }),
};

/** Words of the map, by language. */
const WORDS = {
  en: { noData: 'no data', archipelago: (name: string, parent: string) => `${name} archipelago (${parent})`, map: 'Map of the provinces of Vietnam', era: { '63': 'the 63 provinces (until 30 June 2025)', '34': 'the 34 provinces (from 1 July 2025)' } },
  vi: { noData: 'không có số liệu', archipelago: (name: string, parent: string) => `Quần đảo ${name} (${parent})`, map: 'Bản đồ các tỉnh, thành phố của Việt Nam', era: { '63': '63 tỉnh, thành phố (đến 30/6/2025)', '34': '34 tỉnh, thành phố (từ 1/7/2025)' } },
} as const;

/** A value written with up to two decimals, without trailing zeros, in the language's form. */
function defaultFormat(language: Language): (value: number) => string {
  return (value) => formatDecimal(String(Math.round(value * 100) / 100), language);
}

/** The colours: light yellow-green to dark blue, with the palest end left out (it reads as "empty"). */
function colourOf(domain: readonly [number, number], reversed: boolean): (value: number) => string {
  const [low, high] = domain;
  const scale = scaleSequential((t: number) => interpolateYlGnBu(0.12 + 0.88 * t)).domain(reversed ? [high, low] : [low, high]);
  return (value) => (low === high ? interpolateYlGnBu(0.6) : scale(value));
}

/**
 * A choropleth map of the provinces as an SVG string. `values` are by GSO code (`"01"` Hà Nội);
 * `null`, or a province left out, is drawn hatched as "no data". A code that is not a province of
 * the era, or a value that is not a finite number, is a {@link ChisoError} naming it.
 *
 * @example
 * const svg = choroplethSvg({ '01': 0.8, '79': 0.75, '48': null }, { era: '63', language: 'vi' });
 * svg.startsWith('<svg'); // => true
 * svg.includes('data-code="01" data-value="0.8"'); // => true
 * svg.includes('<title>Hà Nội: 0,8</title>'); // => true
 */
export function choroplethSvg(values: Readonly<Record<string, number | null>>, options: ChoroplethOptions): string {
  checkArgument('choroplethSvg', 'the values', values, record);
  checkArgument('choroplethSvg', 'the options', options, record);
  checkOptions('choroplethSvg', options, CHOROPLETH_OPTIONS);
  checkArgument('choroplethSvg', 'the era', options.era, oneOf(['63', '34']));
  if (!isLanguage(options.language)) checkArgument('choroplethSvg', 'the language', options.language, oneOf(['en', 'vi']));
  const { era, language } = options;
  const words = WORDS[language];
  const geometry = provinceMapGeometry(era, options.width === undefined ? {} : { width: options.width });
  const known = new Set(geometry.provinces.map((province) => province.code));
  const problems: ChisoIssue[] = [];
  for (const [code, value] of Object.entries(values)) {
    if (!known.has(code)) problems.push(issue('unknown_unit', ['values', code], `"${code}" is not the code of one of the ${era} provinces`, { received: code }));
    else if (value !== null && !(typeof value === 'number' && Number.isFinite(value))) problems.push(issue('not_a_number', ['values', code], `the value of province ${code} is ${String(value)}; expected a finite number or null`));
  }
  if (problems.length > 0) throw new ChisoError(problems, 'The map cannot be drawn');

  const id = options.id ?? 'chiso-map';
  const format = options.format ?? defaultFormat(language);
  const present = Object.values(values).filter((value): value is number => value !== null);
  const domain: [number, number] = present.length === 0 ? [0, 1] : [Math.min(...present), Math.max(...present)];
  const rank = options.colour === 'rank';
  const colour = colourOf(domain, rank);
  const valueOf = (code: string): number | null => ownValue(values, code) ?? null;
  const nameOf = (province: { name: string; english: string }): string => (language === 'vi' ? province.name : province.english);

  const titleHeight = options.title === undefined ? 0 : 28;
  const legendHeight = 58;
  const { width } = geometry;
  const height = titleHeight + geometry.height + legendHeight;
  const parts: string[] = [];
  const description = `${words.map}: ${words.era[era]}.`;
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="chiso-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif" font-size="11">`);
  parts.push(`<title id="${id}-title">${escapeMarkup(options.title ?? words.map)}</title><desc id="${id}-desc">${escapeMarkup(description)}</desc>`);
  parts.push(
    `<defs><pattern id="${id}-no-data" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#e4e4e4"/><line x1="0" y1="0" x2="0" y2="5" stroke="#a8a8a8" stroke-width="1.6"/></pattern>`,
  );
  const low = rank ? domain[1] : domain[0];
  const high = rank ? domain[0] : domain[1];
  const stops = Array.from({ length: 11 }, (_unused, index) => {
    const value = low + ((high - low) * index) / 10;
    return `<stop offset="${index * 10}%" stop-color="${colour(value)}"/>`;
  });
  parts.push(`<linearGradient id="${id}-gradient" x1="0" x2="1" y1="0" y2="0">${stops.join('')}</linearGradient></defs>`);
  if (options.title !== undefined) parts.push(`<text x="${width / 2}" y="19" text-anchor="middle" font-size="14" font-weight="600" fill="#222">${escapeMarkup(options.title)}</text>`);

  parts.push(`<g class="provinces" transform="translate(0 ${titleHeight})" stroke="#ffffff" stroke-width="0.5" stroke-linejoin="round">`);
  for (const province of geometry.provinces) {
    const value = valueOf(province.code);
    const fill = value === null ? `url(#${id}-no-data)` : colour(value);
    const shown = value === null ? words.noData : format(value);
    parts.push(`<path class="province" data-code="${province.code}"${value === null ? ' data-value=""' : ` data-value="${value}"`} fill="${fill}" d="${province.path}"><title>${escapeMarkup(`${nameOf(province)}: ${shown}`)}</title></path>`);
  }
  parts.push('</g>');

  parts.push(`<g class="archipelagos" transform="translate(0 ${titleHeight})">`);
  for (const islands of geometry.archipelagos) {
    const parent = geometry.provinces.find((province) => province.code === islands.code);
    const value = valueOf(islands.code);
    const fill = value === null ? '#a8a8a8' : colour(value);
    const parentName = parent === undefined ? islands.code : nameOf(parent);
    const label = escapeMarkup(words.archipelago(islands.name, parentName));
    parts.push(
      `<g class="archipelago" data-code="${islands.code}"><title>${label}${value === null ? '' : `: ${escapeMarkup(format(value))}`}</title><path d="${islands.path}" fill="${fill}" stroke="${fill}" stroke-width="1.6" stroke-linejoin="round"/><text x="${islands.labelX}" y="${islands.labelY - 14}" text-anchor="middle" font-size="9" font-style="italic" fill="#555">${escapeMarkup(language === 'vi' ? `QĐ. ${islands.name}` : `${islands.name} Is.`)}</text><text x="${islands.labelX}" y="${islands.labelY - 4}" text-anchor="middle" font-size="8" fill="#777">(${escapeMarkup(parentName)})</text></g>`,
    );
  }
  parts.push('</g>');

  // the legend: a gradient bar with ticks, and the "no data" swatch
  const legendTop = titleHeight + geometry.height + 6;
  const barLeft = 16;
  const barWidth = Math.max(80, Math.min(220, width - 150));
  const position = scaleLinear().domain([low, high]).range([barLeft, barLeft + barWidth]);
  const ticks = domain[0] === domain[1] ? [domain[0]] : position.ticks(4).filter((tick) => tick >= Math.min(low, high) && tick <= Math.max(low, high));
  parts.push(`<g class="legend" transform="translate(0 ${legendTop})">`);
  if (options.legendTitle !== undefined) parts.push(`<text x="${barLeft}" y="10" font-weight="600" fill="#222">${escapeMarkup(options.legendTitle)}</text>`);
  parts.push(`<rect x="${barLeft}" y="16" width="${barWidth}" height="10" fill="url(#${id}-gradient)" stroke="#999" stroke-width="0.5"/>`);
  for (const tick of ticks) {
    const x = Math.round(position(tick) * 10) / 10;
    parts.push(`<line x1="${x}" x2="${x}" y1="26" y2="30" stroke="#666"/><text x="${x}" y="41" text-anchor="middle" fill="#333">${escapeMarkup(format(tick))}</text>`);
  }
  const swatch = barLeft + barWidth + 24;
  parts.push(`<rect x="${swatch}" y="16" width="14" height="10" fill="url(#${id}-no-data)" stroke="#999" stroke-width="0.5"/><text x="${swatch + 19}" y="25" fill="#333">${escapeMarkup(words.noData)}</text>`);
  parts.push('</g></svg>');
  return parts.join('');
}
