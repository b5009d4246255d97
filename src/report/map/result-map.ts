/**
 * Putting a result on the map: each unit of a {@link ScoreResult} matched to a province of the
 * registry (by its id as a GSO code, or by its name as people write it), the era chosen from the
 * units, and the choropleth drawn from a node's scores or ranks. Units that are not provinces are
 * listed, never dropped silently.
 *
 * @module
 */
import type { ScoreResult } from '../../engine/result.js';
import { checkArgument, checkOptions, oneOf, record, text, wholeNumber, type OptionCheck } from '../../model/arguments.js';
import { quoteText } from '../../model/describe.js';
import { ChisoError, issue } from '../../model/issues.js';
import { assertResult } from '../../model/saved-result.js';
import { findProvince } from '../../vietnam/names.js';
import type { ProvinceEra } from '../../vietnam/provinces.js';
import { formatDecimal, nodeTitle, type Language } from '../language.js';
import { choroplethSvg } from './choropleth.js';

/** A unit of a result and the province it was matched to. */
export interface MatchedUnit {
  /** The unit's id in the result. */
  readonly unit: string;
  /** The province's GSO code in the era of the map. */
  readonly code: string;
}

/** A unit of a result that is not a province of the map's era. */
export interface UnmatchedUnit {
  readonly unit: string;
  readonly name?: string;
}

/** How a result's units fall on the provinces of an era. */
export interface ProvinceMatching {
  readonly era: ProvinceEra;
  readonly matched: readonly MatchedUnit[];
  readonly unmatched: readonly UnmatchedUnit[];
}

function matchIn(result: ScoreResult, era: ProvinceEra): ProvinceMatching {
  const matched: MatchedUnit[] = [];
  const unmatched: UnmatchedUnit[] = [];
  const taken = new Set<string>();
  for (const unit of result.units) {
    // the name first: "01" is Hà Nội in both eras, but a name says which province it is
    const province = (unit.name === undefined ? undefined : findProvince(unit.name, era)) ?? findProvince(unit.id, era);
    if (province === undefined || taken.has(province.code)) unmatched.push({ unit: unit.id, ...(unit.name === undefined ? {} : { name: unit.name }) });
    else {
      taken.add(province.code);
      matched.push({ unit: unit.id, code: province.code });
    }
  }
  return { era, matched, unmatched };
}

/**
 * Matches a result's units to the provinces of an era. Without an era: the 34 when there are at
 * most 34 units and all of them are among the 34 (post-merger data, as DTI 2024 was published),
 * else the 63. A unit whose name and id are not a province of the era, or a second unit for the
 * same province, is listed in `unmatched`.
 *
 * @example
 * const matching = matchResultProvinces(result);
 * matching.era; // => '63' for the DTI 2022 sample
 * matching.unmatched; // => [] — every unit is a province
 */
export function matchResultProvinces(result: ScoreResult, era?: ProvinceEra): ProvinceMatching {
  assertResult(result);
  if (era !== undefined) {
    checkArgument('matchResultProvinces', 'the era', era, oneOf(['63', '34']));
    return matchIn(result, era);
  }
  if (result.units.length <= 34) {
    const post = matchIn(result, '34');
    if (post.unmatched.length === 0) return post;
  }
  return matchIn(result, '63');
}

/** Options for {@link resultChoropleth}. */
export interface ResultChoroplethOptions {
  readonly language: Language;
  /** The node whose figures colour the map (default: the top index). */
  readonly node?: string;
  /** `score` (the default, the published score) or `rank`. */
  readonly colour?: 'score' | 'rank';
  /** The era of the provinces (default: chosen from the units, see {@link matchResultProvinces}). */
  readonly era?: ProvinceEra;
  readonly title?: string;
  readonly width?: number;
  /** A prefix for the ids inside the SVG (default `chiso-map`). */
  readonly id?: string;
}

/** The map of a result, and how its units were matched. */
export interface ResultChoropleth extends ProvinceMatching {
  readonly svg: string;
}

const OPTIONS: Readonly<Record<string, OptionCheck>> = {
  language: oneOf(['en', 'vi']),
  node: text,
  colour: oneOf(['score', 'rank']),
  era: oneOf(['63', '34']),
  title: text,
  width: wholeNumber(50, 10_000),
  id: text,
};

/**
 * The choropleth of a result: each province coloured by its unit's published score (or rank) at a
 * node, the legend titled with the node's name. Returns the SVG with the matching, so a caller can
 * say which units are not on the map (`unmatched`).
 *
 * @example
 * const map = resultChoropleth(result, { language: 'vi' });
 * map.svg; // an <svg> with 63 provinces, coloured by the top index's score
 * map.unmatched; // => [] when every unit is a province
 */
export function resultChoropleth(result: ScoreResult, options: ResultChoroplethOptions): ResultChoropleth {
  checkArgument('resultChoropleth', 'the options', options, record);
  checkOptions('resultChoropleth', options, OPTIONS);
  assertResult(result);
  const node = options.node ?? result.root;
  const info = result.nodes.find((candidate) => candidate.id === node);
  if (info === undefined) throw new ChisoError([issue('unknown_reference', ['node'], `the result has no node ${quoteText(node)}`, { received: node })], 'The map cannot be drawn');
  const matching = matchResultProvinces(result, options.era);
  const byId = new Map(result.units.map((unit) => [unit.id, unit]));
  const rank = options.colour === 'rank';
  const values: Record<string, number | null> = {};
  const shown = new Map<number, string>();
  for (const { unit, code } of matching.matched) {
    const figures = byId.get(unit)?.nodes[node];
    const text = figures?.published ?? figures?.score ?? null;
    if (rank) values[code] = figures?.rank ?? null;
    else if (text === null) values[code] = null;
    else {
      values[code] = Number(text);
      shown.set(Number(text), text);
    }
  }
  const { language } = options;
  const format = rank ? (value: number) => String(value) : (value: number) => formatDecimal(shown.get(value) ?? String(Math.round(value * 100) / 100), language);
  const name = nodeTitle(info.label, info.id, language);
  const svg = choroplethSvg(values, {
    era: matching.era,
    language,
    colour: rank ? 'rank' : 'score',
    legendTitle: rank ? (language === 'vi' ? `Thứ hạng — ${name}` : `Rank — ${name}`) : name,
    format,
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.width === undefined ? {} : { width: options.width }),
    ...(options.id === undefined ? {} : { id: options.id }),
  });
  return { ...matching, svg };
}
