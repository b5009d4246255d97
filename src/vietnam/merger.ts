/**
 * The 2025 merger: mapping data and results for the 63 former provinces onto the 34 from
 * 1 July 2025 (Resolution 202/2025/QH15). DTI 2024 was published this way — each new province's
 * figures are the mean of its former provinces' — and a population-weighted mean is offered too.
 *
 * @module
 */
import { ExactDecimal, type Exact } from '../engine/decimal.js';
import { compareIds, rankDecimalTexts, ranksLowestFirst } from '../engine/rank.js';
import type { MissingDataNote, NodeScore, ScoreResult, UnitResult } from '../engine/result.js';
import { guardDecimalSettings, roundToText } from '../engine/decimal.js';
import { divideRational, multiplyRational, parseRational, rationalToText, sumDecimals, type Rational } from '../engine/rational.js';
import { localeAdvice, readDataValue, readsAsThousands } from '../io/number.js';
import type { DatasetInput, DataUnitInput } from '../model/dataset.js';
import { ChisoError, issue, type ChisoIssue } from '../model/issues.js';
import { quoteText } from '../model/describe.js';
import { emptyRecord, ownValue } from '../model/records.js';
import { checkArgument, checkOptions, flag, oneOf, record, text } from '../model/arguments.js';
import { markResult } from '../model/checked-results.js';
import { assertResult } from '../model/saved-result.js';
import { assertDatasetShape } from '../model/validate.js';
import { matchProvinces } from './names.js';
import { PROVINCES_34, PROVINCES_63, REGIONS, type Province } from './provinces.js';

/** Options for the merger mappings. */
export interface MergeOptions {
  /** `mean` (the default, as DTI 2024 did) or `population`-weighted. */
  readonly method?: 'mean' | 'population';
  /** Population by 63-era code, for `population` weighting. */
  readonly population?: Readonly<Record<string, number | string>>;
  /**
   * Allow a new province some of whose former provinces are absent (its figures are then the mean
   * of those present, and `formerUnits` says which). Off by default: a missing former province is
   * an error. On the command line: `--merge-partial`.
   */
  readonly partial?: boolean;
}

/** What the merger mappings accept as options. */
const MERGE_OPTIONS = { method: oneOf(['mean', 'population']), population: record, partial: flag };

/**
 * The groups of a new province: its `region` (from the registry, in the language the former units
 * use: Vietnamese when one of them names a region in Vietnamese, English otherwise), and every
 * other group on which all its former units agree (a `kind` they share); a group on which they
 * differ cannot be said of the new province and is left out.
 */
function mergedGroups(province: Province, formerGroups: readonly (Readonly<Record<string, string>> | undefined)[]): Record<string, string> {
  const groups = emptyRecord<string>(); // a group called "__proto__" is an ordinary key
  const keys = new Set(formerGroups.flatMap((former) => (former === undefined ? [] : Object.keys(former))));
  for (const key of keys) {
    if (key === 'region') continue;
    const values = formerGroups.map((former) => (former === undefined ? undefined : ownValue(former, key)));
    const first = values[0];
    if (first !== undefined && values.every((value) => value === first)) groups[key] = first;
  }
  const vietnamese = formerGroups.some((former) => {
    const region = former === undefined ? undefined : ownValue(former, 'region');
    return region !== undefined && Object.values(REGIONS).some((entry) => entry.vi === region);
  });
  groups.region = REGIONS[province.region][vietnamese ? 'vi' : 'en'];
  return groups;
}

/**
 * The former provinces of a post-merger one.
 *
 * @example
 * formerProvinces('Lâm Đồng').map((province) => province.name); // => ['Bình Thuận', 'Đắk Nông', 'Lâm Đồng']
 */
export function formerProvinces(nameOrCode: string): Province[] {
  checkArgument('formerProvinces', 'the name or code', nameOrCode, text);
  const { provinces } = matchProvinces([nameOrCode], { era: '34' });
  const codes = provinces[0]?.formerCodes ?? [];
  return PROVINCES_63.filter((province) => codes.includes(province.code));
}

interface Grouping {
  /** For each 34-era province, the dataset positions of its former units present. */
  readonly groups: { readonly province: Province; readonly members: readonly number[] }[];
  readonly weights: readonly Exact[];
}

function groupUnits(names: readonly string[], options: MergeOptions): Grouping {
  const { provinces } = matchProvinces(names, { era: '63' });
  const problems: ChisoIssue[] = [];
  const weights = provinces.map((province, index) => {
    if (options.method !== 'population') return new ExactDecimal(1);
    const population = options.population === undefined ? undefined : ownValue(options.population, province.code);
    const reading = population === undefined ? null : readDataValue(population);
    if (reading === null || !reading.ok || !(Number(reading.text) > 0)) {
      problems.push(issue('missing_value', ['population', province.code], `no positive population for ${province.name} (code ${province.code}, units[${index}])${reading !== null && !reading.ok ? `: ${reading.reason}` : ''}`, { expected: 'a population above 0' }));
      return new ExactDecimal(1);
    }
    return new ExactDecimal(reading.text);
  });
  const groups = PROVINCES_34.map((province) => {
    // by former code, not by position: formerUnits and the merger's notes do not depend on the order of the units
    const members = provinces
      .flatMap((former, index) => (former.successorCode === province.code ? [index] : []))
      .sort((left, right) => compareIds(provinces[left]?.code ?? '', provinces[right]?.code ?? ''));
    const absent = (province.formerCodes ?? []).filter((code) => !provinces.some((former) => former.code === code));
    if (absent.length > 0 && !options.partial && members.length > 0) {
      const names63 = absent.map((code) => PROVINCES_63.find((former) => former.code === code)?.name);
      problems.push(issue('missing_value', ['units'], `${province.name} (new) is formed from ${(province.formerCodes ?? []).length} provinces, but ${names63.join(', ')} ${absent.length === 1 ? 'is' : 'are'} missing; to use those present, pass the option partial: true (on the command line, --merge-partial)`));
    }
    return { province, members };
  }).filter((group) => group.members.length > 0);
  if (problems.length > 0) throw new ChisoError(problems, 'The data cannot be mapped onto the 34 provinces');
  return { groups, weights };
}

/**
 * Σ wᵢ·xᵢ / Σ wᵢ over the present members, from exact sums (BigInt), so the mean does not depend on
 * the order in which the former provinces are listed; rounded once, to 40 digits.
 */
function weightedMean(values: readonly (Exact | null)[], members: readonly number[], weights: readonly Exact[]): Exact | null {
  const products: Rational[] = [];
  const used: Rational[] = [];
  for (const member of members) {
    const value = values[member];
    if (value === null || value === undefined) continue;
    const weight = parseRational((weights[member] as Exact).toString());
    products.push(multiplyRational(parseRational(value.toString()), weight));
    used.push(weight);
  }
  const weightSum = sumDecimals(used);
  return weightSum.numerator === 0n ? null : new ExactDecimal(rationalToText(divideRational(sumDecimals(products), weightSum)));
}

/**
 * Maps a dataset of the 63 former provinces onto the 34: each indicator of a new province is the
 * mean (or population-weighted mean) of its former provinces' present values, exactly. Values are
 * read as validation reads them; without a declared `locale`, text such as `"1.640"` (1640 in
 * Vietnamese, 1.64 in English) is refused, since the merger does not know which indicators count. Unit ids
 * become the new codes, with names and regions; `metadata.formerUnits` lists, for each new province,
 * the ids of the former units used. Other groups on which all former units agree are kept, a new
 * province with a former unit marked `ranked: false` is marked so too, and a year all former units
 * give is kept.
 *
 * @example
 * const merged = mergeDatasetTo34(dataset2024);
 * merged.units.length; // => 34
 */
export function mergeDatasetTo34(dataset: DatasetInput, options: MergeOptions = {}): DatasetInput {
  guardDecimalSettings();
  checkOptions('mergeDatasetTo34', options, MERGE_OPTIONS);
  assertDatasetShape(dataset, 'The data cannot be mapped onto the 34 provinces');
  const names = dataset.units.map((unit) => unit.name ?? unit.id);
  const { groups, weights } = groupUnits(names, options);
  const keys = [...new Set(dataset.units.flatMap((unit) => Object.keys(unit.values)))];
  // Values are read as validation reads them (finite, within the limits, in the dataset's locale).
  const unreadable: ChisoIssue[] = [];
  const columns = new Map(keys.map((key) => [key, dataset.units.map((unit, index) => {
    const value = unit.values[key];
    if (value === null || value === undefined) return null;
    // Without the framework the merger cannot tell a count from a ratio, so "1.640" is 1640 or 1.64;
    // its mean would be plain decimal text that reads one way only, and the guess would go unseen.
    if (dataset.locale === undefined && typeof value === 'string' && readsAsThousands(value.trim())) {
      unreadable.push(issue('ambiguous_number', ['units', index, 'values', key], `unit ${quoteText(unit.id)}, indicator ${quoteText(key)}: ${quoteText(value.trim())} is ${value.trim().replace('.', '')} if "." groups thousands (vi-VN), ${value.trim()} if it is a decimal point (en), and mergeDatasetTo34 does not know the indicator's unit; ${localeAdvice()}`));
      return null;
    }
    const reading = readDataValue(value, { locale: dataset.locale });
    if (reading.ok) return new ExactDecimal(reading.text);
    unreadable.push(issue(reading.kind === 'ambiguous' ? 'ambiguous_number' : reading.kind === 'beyond_limits' ? 'out_of_range' : 'not_a_number', ['units', index, 'values', key], `unit ${quoteText(unit.id)}, indicator ${quoteText(key)}: ${reading.reason}`));
    return null;
  })]));
  if (unreadable.length > 0) throw new ChisoError(unreadable, 'The data cannot be mapped onto the 34 provinces');
  const formerUnits: Record<string, string[]> = {};
  const units: DataUnitInput[] = groups.map(({ province, members }) => {
    formerUnits[province.code] = members.map((member) => (dataset.units[member] as DataUnitInput).id);
    const values = emptyRecord<string | null>(); // an indicator may be called "__proto__"
    for (const key of keys) values[key] = weightedMean(columns.get(key) as (Exact | null)[], members, weights)?.toString() ?? null;
    const formers = members.map((member) => dataset.units[member] as DataUnitInput);
    const years = new Set(formers.map((former) => former.year));
    const [year] = years;
    return {
      id: province.code,
      name: province.name,
      groups: mergedGroups(province, formers.map((former) => former.groups)),
      // a unit that was not to be ranked (ranked: false) is not ranked in its new province either
      ...(formers.some((former) => former.ranked === false) ? { ranked: false } : {}),
      ...(years.size === 1 && year !== undefined ? { year } : {}),
      values,
    };
  });
  return {
    ...(dataset.year === undefined ? {} : { year: dataset.year }),
    metadata: { ...(dataset.metadata ?? {}), mergedTo34: options.method ?? 'mean', formerUnits },
    // Computed means are plain decimal text ("1786", "0.85"), which reads the same under "en".
    locale: 'en',
    units,
  };
}

/**
 * Maps a result for the 63 former provinces onto the 34, as DTI 2024 was published: at every
 * aggregate node, each new province's score is the mean (or population-weighted mean) of its
 * former provinces' scores, exactly; published values are rounded with the framework's rounding
 * and ranks recomputed among the 34 with its tie rule, overall and within every group the result
 * ranked within (`groupRanks`). Indicator nodes carry the means of the normalised values and of the
 * scores, with the published value rounded from the latter; `points` are averaged where the result
 * has them. A band is kept where all former provinces with a value share it (the mean then lies in
 * the same band) and left out where they differ; `raw`, `value` and `met` are not averaged.
 * Groups are those of {@link mergeDatasetTo34}.
 *
 * Nothing about missing data is lost:
 * - every note of a former province is kept in `missing`, with `unit` the new province and
 *   `formerUnit` the former one;
 * - where some former provinces have no value at a node, the new province's value is the mean of
 *   those present and a note with `among: "former-units"` lists the others (`reweighted`; `dropped`
 *   when none has a value);
 * - a new province is ranked only when all its former provinces were (`ranked: false` otherwise,
 *   and `unranked` says which former province was not ranked and why); one without a top-index
 *   value is listed in `unranked` too.
 *
 * @example
 * const merged = mergeResultTo34(result2024);
 * merged.units.find((unit) => unit.name === 'Lâm Đồng')?.nodes.pdti?.published;
 */
export function mergeResultTo34(input: ScoreResult, options: MergeOptions = {}): ScoreResult & { readonly formerUnits: Readonly<Record<string, readonly string[]>> } {
  guardDecimalSettings();
  checkOptions('mergeResultTo34', options, MERGE_OPTIONS);
  const result = assertResult(input);
  const names = result.units.map((unit) => unit.name ?? unit.id);
  const { groups, weights } = groupUnits(names, options);
  const { decimals, mode } = result.framework.rounding;
  const formerOf = (member: number): UnitResult => result.units[member] as UnitResult;
  const merged: { unit: UnitResult; nodes: Record<string, NodeScore & { rank: number | null }> }[] = groups.map(({ province, members }) => ({
    unit: { id: province.code, name: province.name, groups: mergedGroups(province, members.map((member) => formerOf(member).groups)), ranked: members.every((member) => formerOf(member).ranked), nodes: emptyRecord() },
    // no prototype: a node called "__proto__" or "constructor" is an ordinary key
    nodes: emptyRecord(),
  }));
  const missing: MissingDataNote[] = [];
  // the former units' own notes, under their new province
  const provinceOfFormer = new Map<string, string>();
  groups.forEach(({ province, members }) => {
    for (const member of members) provinceOfFormer.set(formerOf(member).id, province.code);
  });
  for (const note of result.missing) {
    const code = provinceOfFormer.get(note.unit);
    if (code !== undefined) missing.push({ ...note, unit: code, formerUnit: note.formerUnit ?? note.unit });
  }
  // the group keys the result ranked within (the framework's groups and any asked for)
  const groupKeys = [...new Set(result.units.flatMap((unit) => Object.keys(unit.nodes[result.root]?.groupRanks ?? {})))];
  /** The band all former units with a value at a node share, as a field; no field when they differ. */
  const bandOf = (node: string, members: readonly number[], hasBands: boolean): { band?: string | null } => {
    if (!hasBands) return {};
    const bands = members.flatMap((member) => {
      const figures = formerOf(member).nodes[node];
      return figures?.score === null || figures?.score === undefined ? [] : [figures.band ?? null];
    });
    if (bands.length === 0) return { band: null };
    const [first = null] = bands;
    return bands.every((band) => band === first) ? { band: first } : {};
  };
  for (const info of result.nodes) {
    const field = info.kind === 'indicator' ? 'normalised' : 'score';
    /** Each new province's mean of one figure, or undefined when no former unit has that figure. */
    const meansOf = (name: 'score' | 'points'): (Exact | null)[] | undefined => {
      let any = false;
      const column = result.units.map((unit) => {
        const text = unit.nodes[info.id]?.[name];
        if (text === undefined) return null;
        any = true;
        return text === null ? null : new ExactDecimal(text);
      });
      return any ? groups.map(({ members }) => weightedMean(column, members, weights)) : undefined;
    };
    const values = result.units.map((unit) => {
      const text = unit.nodes[info.id]?.[field];
      return text === null || text === undefined ? null : new ExactDecimal(text);
    });
    const means = groups.map(({ members }) => weightedMean(values, members, weights));
    const scoreMeans = info.kind === 'indicator' ? meansOf('score') : means;
    const pointMeans = meansOf('points');
    const hasBands = result.units.some((unit) => unit.nodes[info.id]?.band !== undefined);
    groups.forEach(({ province, members }, index) => {
      const absent = members.filter((member) => values[member] === null);
      if (absent.length === 0) return;
      const total = members.reduce((sum, member) => sum.plus(weights[member] as Exact), new ExactDecimal(0));
      const present = members.filter((member) => values[member] !== null).reduce((sum, member) => sum.plus(weights[member] as Exact), new ExactDecimal(0));
      missing.push({
        unit: province.code,
        node: info.id,
        missing: absent.map((member) => formerOf(member).id),
        action: means[index] === null ? 'dropped' : 'reweighted',
        presentShare: present.div(total).toString(),
        among: 'former-units',
      });
    });
    const publishedTexts = (scoreMeans ?? means).map((mean) => (mean === null ? null : roundToText(mean, decimals, mode)));
    const onPublished = info.kind === 'aggregate' && result.framework.ranking.on === 'published';
    const rankTexts = (onPublished ? publishedTexts : means.map((mean) => mean?.toString() ?? null)).map((text, index) => (merged[index]?.unit.ranked ? text : null));
    const ranks = rankDecimalTexts(
      rankTexts,
      merged.map((entry) => entry.unit.id),
      result.framework.ranking.ties,
      ranksLowestFirst(info),
    );
    // ranks within each group, among the new provinces of that group, with the same values and rule
    const groupRanks = groupKeys.map((key) => {
      const ranksInGroup: (number | null)[] = merged.map(() => null);
      const byGroup = new Map<string, number[]>();
      merged.forEach((entry, index) => {
        const group = ownValue(entry.unit.groups, key);
        if (group !== undefined) byGroup.set(group, [...(byGroup.get(group) ?? []), index]);
      });
      for (const indexes of byGroup.values()) {
        const within = rankDecimalTexts(
          indexes.map((index) => rankTexts[index] ?? null),
          indexes.map((index) => merged[index]?.unit.id ?? ''),
          result.framework.ranking.ties,
          ranksLowestFirst(info),
        );
        indexes.forEach((index, position) => {
          ranksInGroup[index] = within[position] ?? null;
        });
      }
      return ranksInGroup;
    });
    merged.forEach((entry, index) => {
      const text = (value: Exact | null | undefined): string | null => value?.toString() ?? null;
      const withinGroups = emptyRecord<number | null>(); // a group called "__proto__" is an ordinary key
      groupKeys.forEach((key, keyIndex) => {
        withinGroups[key] = groupRanks[keyIndex]?.[index] ?? null;
      });
      entry.nodes[info.id] = {
        ...(info.kind === 'indicator' ? { normalised: text(means[index]) } : {}),
        ...(scoreMeans === undefined ? {} : { score: text(scoreMeans[index]), published: publishedTexts[index] ?? null }),
        ...(pointMeans === undefined ? {} : { points: text(pointMeans[index]) }),
        ...bandOf(info.id, groups[index]?.members ?? [], hasBands),
        rank: ranks[index] ?? null,
        ...(groupKeys.length === 0 ? {} : { groupRanks: withinGroups }),
      };
    });
  }
  const formerUnits: Record<string, string[]> = {};
  const unranked: { unit: string; reason: string }[] = [];
  const reasonOf = new Map(result.unranked.map((entry) => [entry.unit, entry.reason]));
  groups.forEach(({ province, members }, index) => {
    formerUnits[province.code] = members.map((member) => formerOf(member).id);
    const entry = merged[index];
    if (entry === undefined) return;
    const notRanked = members.map(formerOf).filter((former) => !former.ranked);
    if (notRanked.length > 0) {
      unranked.push({ unit: province.code, reason: `formed from ${notRanked.map((former) => `${former.id}, which is not ranked (${reasonOf.get(former.id) ?? 'not ranked'})`).join('; ')}` });
    } else if (entry.nodes[result.root]?.score === null || entry.nodes[result.root]?.score === undefined) {
      unranked.push({ unit: province.code, reason: `no former province has a score at ${quoteText(result.root)} (see missing)` });
    }
  });
  return markResult({
    ...result,
    units: merged.map((entry) => ({ ...entry.unit, nodes: entry.nodes })),
    missing,
    unranked,
    formerUnits,
  });
}
