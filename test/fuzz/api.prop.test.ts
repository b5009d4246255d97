/**
 * Hostile input for the public library API (`src/index.ts`, `src/node/index.ts`) beyond scoring and
 * validation: every function that takes a result, a panel, a dataset, names, texts or options is fed
 * what a user, a spreadsheet or an edited file can produce. The contract (docs: STYLE.md): bad data
 * → a ChisoError whose issues name the place; a programmer's mistake in an argument → a RangeError
 * or TypeError with a clear message; never a raw internal error, never NaN, Infinity or undefined in
 * a result, never a change to the caller's input, and results that do not depend on the order of
 * units or keys.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRange, assertDataset, compilePlan, indicatorsOf, scoreValidated, validateDataset, describeRankChange, escapeControlCharacters, escapeJsonText, escapeTerminalText, isSavedDecimal, rankDecimalTexts, ranksLowestFirst, builtinFramework, formatIssue, formatPath, datasetFromCsv, duplicateKeys, formatCsv, parseCsv, parseRational, rationalToFixed, rationalToText, readNumber, readsAsThousands, roundToText, toExact, achievement, ChisoError, closestProvinces, compareResults, findProvince, formerProvinces, markedNew, matchProvinces, mergeDatasetTo34, provinceKey, resolveProvince, scorePanel, stripDiacritics, withProvinces, criteriaSummary, explainUnit, formatTable, groupTable, jsonChunks, mergeResultTo34, ntmIct, panelFromResults, panelTable, rankAmong, rankHistory, rankingTable, readiness, score, type DatasetInput, type ScoreResult } from '../../src/index.js';
import { factorsOf, inputValue, normalQuantile, randomFromState, saltelliSample, sobolEstimates, sobolIndices, sobolSequence, validateInputs } from '../../src/analysis/index.js';
import { readDatasetFile, readResultOrDataset, resolveFramework } from '../../src/node/index.js';
import { mutate, mutation, type JsonObject } from './mutations.js';
import { fuzz } from './settings.js';

const readinessData = JSON.parse(readFileSync(new URL('../../examples/data/readiness/2022.json', import.meta.url), 'utf8')) as { units: unknown[] };
const base = score(readiness, readinessData);
const savedCopy = (): JsonObject => JSON.parse(JSON.stringify(base)) as JsonObject;

/** Keys whose texts are figures: a "NaN" there is a computation gone wrong (a unit may well be called "NaN"). */
const FIGURE_KEYS = new Set(['value', 'target', 'achievement', 'percent', 'gap', 'score', 'normalised', 'published', 'points', 'raw', 'previousScore', 'currentScore', 'scoreChange', 'previousPublished', 'currentPublished', 'publishedChange', 'effectiveWeight', 'contribution', 'share', 'averageMet', 'presentShare']);

/** What is wrong with an output: a non-finite number, `undefined`, or a "NaN"/"Infinity" figure or table cell, anywhere in it. */
function outputProblems(value: unknown): string[] {
  const problems: string[] = [];
  const seen = new Set<object>();
  const visit = (entry: unknown, path: string): void => {
    if (typeof entry === 'number' && !Number.isFinite(entry)) problems.push(`${path} is ${entry}`);
    else if (entry === undefined) problems.push(`${path} is undefined`);
    else if (typeof entry === 'string' && /^-?(NaN|Infinity)$/.test(entry) && (FIGURE_KEYS.has(path.slice(path.lastIndexOf('.') + 1)) || /\]\[\d+\]$/.test(path))) problems.push(`${path} is "${entry}"`);
    else if (typeof entry === 'object' && entry !== null && !seen.has(entry)) {
      seen.add(entry);
      if (Array.isArray(entry)) {
        for (let index = 0; index < entry.length; index += 1) visit(entry[index], `${path}[${index}]`);
      } else for (const [key, inner] of Object.entries(entry)) visit(inner, `${path}.${key}`);
    }
  };
  visit(value, 'output');
  return problems;
}

/** Runs an action: null when it returns a clean output or throws a ChisoError; otherwise what went wrong. */
function contractBreach(name: string, action: () => unknown): string | null {
  try {
    const problems = outputProblems(action());
    return problems.length === 0 ? null : `${name}: ${problems.slice(0, 3).join('; ')}`;
  } catch (error) {
    if (error instanceof ChisoError) return error.issues.length > 0 ? null : `${name}: a ChisoError with no issues`;
    return `${name}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
}

/** Every function that reads a result, run on one (possibly edited) result. */
function resultReaders(result: ScoreResult): [string, () => unknown][] {
  const first = base.units[0]?.id ?? '';
  const second = base.units[1]?.id ?? '';
  const earlier = { ...base, dataset: { year: 2021 } };
  const later = (): ScoreResult => {
    const dataset: unknown = (result as { dataset?: unknown }).dataset;
    return { ...result, dataset: { ...(typeof dataset === 'object' && dataset !== null ? dataset : {}), year: 2022 } } as ScoreResult;
  };
  return [
    ['rankAmong', () => rankAmong(result, [first, second])],
    ['compareResults (as current)', () => compareResults(base, result)],
    ['compareResults (as previous)', () => compareResults(result, base)],
    ['explainUnit', () => explainUnit(result, first)],
    ['rankingTable', () => formatTable(rankingTable(result, { group: 'region', previous: base }), 'text')],
    ['groupTable', () => formatTable(groupTable(result, 'region'), 'md')],
    ['panelFromResults', () => formatTable(panelTable(panelFromResults([earlier, later()])), 'csv')],
    ['mergeResultTo34', () => mergeResultTo34(result)],
    ['jsonChunks', () => [...jsonChunks(result)].join('')],
  ];
}

describe('functions that read a result given by the user', () => {
  it('return a clean output or throw a ChisoError for a saved result edited by hand: keys deleted, misspelt, duplicated or given hostile values', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const edited = mutate(savedCopy(), mutations) as unknown as ScoreResult;
        const breaches = resultReaders(edited).map(([name, action]) => contractBreach(name, action)).filter((breach) => breach !== null);
        expect(breaches).toEqual([]);
      }),
      fuzz(40),
    );
  });

  it('return a clean output or throw a ChisoError for figures at the edge of what a saved result holds (1e±9999, -0, 40 digits)', () => {
    const edges = ['1e-9999', '-1e-9999', '9.999999999999999999999999999999999999999e9999', '-0', '0e5', '0.0000', '1234567890123456789012345678901234567890'];
    const figureKeys = ['score', 'normalised', 'published'] as const;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...figureKeys), fc.constantFrom(...edges)), { minLength: 1, maxLength: 6 }), (edits) => {
        const edited = savedCopy() as unknown as { units: { nodes: Record<string, Record<string, unknown>> }[] };
        for (const [unitPick, nodePick, key, value] of edits) {
          const unit = edited.units[unitPick % edited.units.length];
          const nodes = Object.values(unit?.nodes ?? {});
          const figures = nodes[nodePick % Math.max(1, nodes.length)];
          if (figures !== undefined && key in figures) figures[key] = value;
        }
        const breaches = resultReaders(edited as unknown as ScoreResult).map(([name, action]) => contractBreach(name, action)).filter((breach) => breach !== null);
        expect(breaches).toEqual([]);
      }),
      fuzz(15),
    );
  });

  it('refuse a result whose units, nodes or figures are null, of the wrong type or missing, with a ChisoError naming the place', () => {
    const edits: [string, (result: JsonObject) => void, string][] = [
      ['units: null', (result) => { result.units = null; }, 'units'],
      ['a unit null', (result) => { (result.units as unknown[])[0] = null; }, 'units[0]'],
      ['a unit without nodes', (result) => { delete ((result.units as JsonObject[])[0] as JsonObject).nodes; }, 'units[0].nodes'],
      ['a score "abc"', (result) => { (((result.units as JsonObject[])[0] as { nodes: Record<string, JsonObject> }).nodes.readiness as JsonObject).score = 'abc'; }, 'units[0].nodes.readiness.score'],
      ['a rank NaN', (result) => { (((result.units as JsonObject[])[0] as { nodes: Record<string, JsonObject> }).nodes.readiness as JsonObject).rank = Number.NaN; }, 'units[0].nodes.readiness.rank'],
      ['no framework', (result) => { delete result.framework; }, 'framework'],
      ['nodes: null', (result) => { result.nodes = null; }, 'nodes'],
      ['a weight "x"', (result) => { ((result.nodes as JsonObject[])[1] as JsonObject).weight = 'x'; }, 'nodes[1].weight'],
      ['missing: null', (result) => { result.missing = null; }, 'missing'],
      ['groups: null', (result) => { ((result.units as JsonObject[])[0] as JsonObject).groups = null; }, 'units[0].groups'],
      ['an id 5', (result) => { ((result.units as JsonObject[])[0] as JsonObject).id = 5; }, 'units[0]'],
    ];
    for (const [what, edit, place] of edits) {
      const edited = savedCopy();
      edit(edited);
      // jsonChunks writes any value, result or not
      for (const [name, action] of resultReaders(edited as unknown as ScoreResult).filter(([name]) => name !== 'jsonChunks')) {
        let caught: unknown;
        try {
          action();
        } catch (error) {
          caught = error;
        }
        expect(caught, `${name} with ${what}`).toBeInstanceOf(ChisoError);
        const paths = (caught as ChisoError).issues.map((entry) => entry.path.join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]'));
        expect(paths.some((path) => path.includes(place)), `${name} with ${what}: ${paths.join(', ')}`).toBe(true);
      }
    }
  });

  it('criteriaSummary returns a clean summary or throws a ChisoError for an edited saved result', () => {
    const communes = { units: Array.from({ length: 6 }, (_unused, index) => ({ id: `c${index}`, values: Object.fromEntries(ntmIctIndicators().map((id, position) => [id, (index * 3 + position) % 2])) })) };
    const saved = JSON.parse(JSON.stringify(score(ntmIct, communes))) as JsonObject;
    const countNode = (saved.nodes as { id: string; method: string }[]).find((info) => info.method === 'count')?.id ?? '';
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const edited = mutate(JSON.parse(JSON.stringify(saved)) as JsonObject, mutations) as unknown as ScoreResult;
        expect(contractBreach('criteriaSummary', () => criteriaSummary(edited, countNode))).toBeNull();
      }),
      fuzz(40),
    );
  });

  it('rankHistory and panelTable return clean text or throw a ChisoError for a panel with hostile cells', () => {
    const panel = panelFromResults([{ ...base, dataset: { year: 2021 } }, { ...base, dataset: { year: 2022 } }]);
    const savedPanel = JSON.parse(JSON.stringify({ node: panel.node, years: panel.years, rows: panel.rows.slice(0, 3), results: [] })) as JsonObject;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const edited = mutate(JSON.parse(JSON.stringify(savedPanel)) as JsonObject, mutations) as unknown as Parameters<typeof panelTable>[0];
        expect(contractBreach('panelTable', () => formatTable(panelTable(edited), 'text'))).toBeNull();
        expect(contractBreach('rankHistory', () => rankHistory(edited, base.units[0]?.id ?? ''))).toBeNull();
      }),
      fuzz(60),
    );
  });
});

function ntmIctIndicators(): string[] {
  const ids: string[] = [];
  const pending: unknown[] = [ntmIct.root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    const entry = node as { kind: string; id: string; children?: unknown[] };
    if (entry.kind === 'indicator') ids.push(entry.id);
    else pending.push(...(entry.children ?? []));
  }
  return ids;
}

/** Calls a function with arguments TypeScript would refuse, as a JavaScript caller can. */
function loosely<A extends unknown[], R>(action: (...args: A) => R): (...args: unknown[]) => R {
  return action as unknown as (...args: unknown[]) => R;
}

describe('programmer mistakes in arguments', () => {
  const unit = base.units[0]?.id ?? '';
  const table = rankingTable(base, { children: false });
  const small = { units: [{ id: 'a', values: { x: 5 } }] };
  const cases: [string, () => unknown, RegExp][] = [
    ['rankAmong ties "nope"', () => loosely(rankAmong)(base, [unit], { ties: 'nope' }), /^rankAmong: option "ties" is "nope"; expected "competition", "dense" or "ordinal"$/],
    ['rankAmong on "nope"', () => loosely(rankAmong)(base, [unit], { on: 'nope' }), /option "on"/],
    ['rankAmong a misspelt option', () => loosely(rankAmong)(base, [unit], { nod: 'readiness' }), /unknown option "nod" — did you mean "node"\?/],
    ['rankAmong options null', () => loosely(rankAmong)(base, [unit], null), /rankAmong: the options are null/],
    ['rankAmong ids a text', () => loosely(rankAmong)(base, unit), /rankAmong: the list of unit ids/],
    ['rankAmong ids sparse', () => loosely(rankAmong)(base, [unit, , unit]), /rankAmong: the list of unit ids/],
    ['compareResults node 5', () => loosely(compareResults)(base, base, { node: 5 }), /compareResults: option "node" is 5/],
    ['explainUnit limit NaN', () => loosely(explainUnit)(base, unit, { limit: Number.NaN }), /explainUnit: option "limit" is NaN/],
    ['explainUnit limit -1', () => loosely(explainUnit)(base, unit, { limit: -1 }), /explainUnit: option "limit" is -1/],
    ['explainUnit minimumGap "2"', () => loosely(explainUnit)(base, unit, { minimumGap: '2' }), /option "minimumGap"/],
    ['explainUnit unit 5', () => loosely(explainUnit)(base, 5), /explainUnit: the unit id is 5/],
    ['criteriaSummary node null', () => loosely(criteriaSummary)(base, null), /criteriaSummary: the node is null/],
    ['rankingTable columns a text', () => loosely(rankingTable)(base, { columns: 'a,b' }), /option "columns"/],
    ['rankingTable titles "nope"', () => loosely(rankingTable)(base, { titles: 'nope' }), /option "titles"/],
    ['groupTable group 5', () => loosely(groupTable)(base, 5), /groupTable: the group is 5/],
    ['panelTable scores "yes"', () => loosely(panelTable)(panelFromResults([]), { scores: 'yes' }), /option "scores"/],
    ['panelFromResults a result', () => loosely(panelFromResults)(base), /panelFromResults: the results are an object/],
    ['scorePanel datasets null', () => loosely(scorePanel)(readiness, null), /scorePanel: the datasets are null/],
    ['scorePanel locale "fr"', () => loosely(scorePanel)(readiness, [], { locale: 'fr' }), /option "locale"/],
    ['score groups a text', () => loosely(score)(readiness, readinessData, { groups: 'region' }), /score: option "groups" is "region"/],
    ['rankHistory unit 5', () => loosely(rankHistory)(panelFromResults([]), 5), /rankHistory: the unit is 5/],
    ['formatTable format "xml"', () => loosely(formatTable)(table, 'xml'), /formatTable: the format is "xml"/],
    ['formatTable a row of numbers', () => loosely(formatTable)({ columns: [{ title: 'a', align: 'left' }], rows: [[5]] }, 'text'), /formatTable: row 0/],
    ['formatTable null', () => loosely(formatTable)(null, 'text'), /formatTable: the table is null/],
    ['achievement decimals 1e9', () => loosely(achievement)(small, 'x', 7, { decimals: 1e9 }), /achievement: option "decimals" is 1000000000/],
    ['achievement decimals -1', () => loosely(achievement)(small, 'x', 7, { decimals: -1 }), /option "decimals"/],
    ['achievement direction "down"', () => loosely(achievement)(small, 'x', 7, { direction: 'down' }), /option "direction"/],
    ['achievement target null', () => loosely(achievement)(small, 'x', null), /achievement: the target is null/],
    ['mergeDatasetTo34 method "median"', () => loosely(mergeDatasetTo34)(readinessData, { method: 'median' }), /option "method"/],
    ['mergeResultTo34 partial "yes"', () => loosely(mergeResultTo34)(base, { partial: 'yes' }), /option "partial"/],
    ['findProvince era "64"', () => loosely(findProvince)('Hà Nội', '64'), /findProvince: the era is "64"/],
    ['closestProvinces count NaN', () => loosely(closestProvinces)('Ha Noi', '63', Number.NaN), /the count is NaN/],
    ['resolveProvince name 5', () => loosely(resolveProvince)(5), /the name is 5/],
    ['formerProvinces null', () => loosely(formerProvinces)(null), /formerProvinces: the name or code is null/],
    ['matchProvinces names a text', () => loosely(matchProvinces)('Hà Nội'), /matchProvinces: the names/],
    ['withProvinces regionLanguage "fr"', () => loosely(withProvinces)(readinessData, { regionLanguage: 'fr' }), /option "regionLanguage"/],
    ['provinceKey undefined', () => loosely(provinceKey)(undefined), /provinceKey: the name is undefined/],
    ['markedNew 5', () => loosely(markedNew)(5), /markedNew: the name is 5/],
    ['stripDiacritics null', () => loosely(stripDiacritics)(null), /stripDiacritics: the text is null/],
    ['toExact "abc"', () => loosely(toExact)('abc'), /^toExact: "abc": expected a decimal number written as text$/],
    ['toExact NaN', () => loosely(toExact)(Number.NaN), /toExact: NaN is not a finite number/],
    ['toExact "1e-300000"', () => loosely(toExact)('1e-300000'), /toExact: "1e-300000": .*too small/],
    ['toExact null', () => loosely(toExact)(null), /toExact: null is not a number or a decimal text/],
    ['roundToText 1e9 decimals', () => loosely(roundToText)(toExact('1'), 1e9, 'half-up'), /roundToText: 1000000000 decimals/],
    ['roundToText mode "nope"', () => loosely(roundToText)(toExact('1'), 2, 'nope'), /roundToText: rounding mode "nope"/],
    ['roundToText a text', () => loosely(roundToText)('1', 2, 'half-up'), /roundToText: "1" is not an exact decimal/],
    ['parseRational "1e9999999"', () => loosely(parseRational)('1e9999999'), /parseRational: .*beyond the exponents/],
    ['parseRational a million digits', () => loosely(parseRational)('1'.repeat(1_000_000)), /parseRational: .*longer than 1000 characters/],
    ['parseRational null', () => loosely(parseRational)(null), /parseRational: null is not a number or a decimal text/],
    ['rationalToFixed 1e9 decimals', () => loosely(rationalToFixed)(parseRational('1'), 1e9, 'half-up'), /rationalToFixed: 1000000000 decimals/],
    ['rationalToFixed a zero denominator', () => loosely(rationalToFixed)({ numerator: 1n, denominator: 0n }, 2, 'half-up'), /rationalToFixed: .* is not a rational/],
    ['rationalToText -1 digits', () => loosely(rationalToText)(parseRational('1'), -1), /rationalToText: -1 significant digits/],
    ['parseCsv null', () => loosely(parseCsv)(null), /parseCsv: the text is null/],
    ['parseCsv options null', () => loosely(parseCsv)('a\n1', null), /parseCsv: the options are null/],
    ['parseCsv a misspelt option', () => loosely(parseCsv)('a\n1', { delimter: ';' }), /parseCsv: unknown option "delimter" — did you mean "delimiter"\?/],
    ['parseCsv comment 5', () => loosely(parseCsv)('a\n1', { comment: 5 }), /option "comment" is 5/],
    ['datasetFromCsv idColumn 5', () => loosely(datasetFromCsv)('id,x\na,1', { idColumn: 5 }), /datasetFromCsv: option "idColumn" is 5/],
    ['datasetFromCsv groupColumns a text', () => loosely(datasetFromCsv)('id,x\na,1', { groupColumns: 'x' }), /option "groupColumns"/],
    ['datasetFromCsv locale "fr"', () => loosely(datasetFromCsv)('id,x\na,1', { locale: 'fr' }), /option "locale" is "fr"/],
    ['formatCsv null', () => loosely(formatCsv)(null), /formatCsv: the rows are null/],
    ['formatCsv a NaN cell', () => loosely(formatCsv)([[Number.NaN]]), /formatCsv: row 0, cell 0 is NaN/],
    ['formatCsv an object cell', () => loosely(formatCsv)([[{}]]), /formatCsv: row 0, cell 0 is an object/],
    ['formatCsv options 5', () => loosely(formatCsv)([['a']], 5), /formatCsv: the options are 5/],
    ['readNumber null', () => loosely(readNumber)(null), /readNumber: null is not a text/],
    ['readNumber locale "fr"', () => loosely(readNumber)('1', { locale: 'fr' }), /readNumber: option "locale" is "fr"/],
    ['readsAsThousands 5', () => loosely(readsAsThousands)(5), /readsAsThousands: 5 is not a text/],
    ['duplicateKeys null', () => loosely(duplicateKeys)(null), /duplicateKeys: the text is null/],
    ['duplicateKeys limit NaN', () => loosely(duplicateKeys)('{}', Number.NaN), /duplicateKeys: the limit is NaN/],
    ['jsonChunks indent -1', () => loosely(jsonChunks)({}, { indent: -1 }), /jsonChunks: option "indent" is -1/],
    ['jsonChunks a misspelt option', () => loosely(jsonChunks)({}, { indnt: 2 }), /unknown option "indnt"/],
    ['jsonChunks 100,000 levels deep', () => [...jsonChunks(Array.from({ length: 100_000 }).reduce<unknown>((inner) => [inner], 1))], /jsonChunks: the value is nested too deeply/],
    ['defaultRange "toString"', () => loosely(defaultRange)('toString'), /defaultRange: the unit is "toString"/],
    ['validateDataset locale "fr"', () => loosely(validateDataset)(readiness, readinessData, { locale: 'fr' }), /validateDataset: option "locale" is "fr"/],
    ['builtinFramework null', () => loosely(builtinFramework)(null), /builtinFramework: the id is null/],
    ['rankDecimalTexts ties "nope"', () => loosely(rankDecimalTexts)(['1'], ['a'], 'nope'), /rankDecimalTexts: the tie method is "nope"/],
    ['rankDecimalTexts "abc"', () => loosely(rankDecimalTexts)(['abc', '1'], ['a', 'b'], 'competition'), /rankDecimalTexts: text 0 is "abc"/],
    ['rankDecimalTexts more texts than ids', () => loosely(rankDecimalTexts)(['2', '1'], ['a'], 'competition'), /2 texts for 1 ids/],
    ['rankDecimalTexts an id twice', () => loosely(rankDecimalTexts)(['2', '1'], ['a', 'a'], 'ordinal'), /id "a" is given twice/],
    ['ranksLowestFirst null', () => loosely(ranksLowestFirst)(null), /ranksLowestFirst: the node is null/],
    ['describeRankChange NaN', () => loosely(describeRankChange)(Number.NaN, 1), /describeRankChange: the previous rank is NaN/],
    ['escapeControlCharacters null', () => loosely(escapeControlCharacters)(null), /escapeControlCharacters: object given/],
    ['escapeTerminalText 5', () => loosely(escapeTerminalText)(5), /escapeTerminalText: number given/],
    ['escapeJsonText undefined', () => loosely(escapeJsonText)(undefined), /escapeJsonText: undefined given/],
    ['validateInputs null', () => loosely(validateInputs)(null), /validateInputs: the inputs are null/],
    ['factorsOf null', () => loosely(factorsOf)(null), /validateInputs: the inputs are null/],
    ['inputValue u NaN', () => loosely(inputValue)({ name: 'x', distribution: 'uniform', min: 0, max: 1 }, Number.NaN), /inputValue: u is NaN/],
    ['saltelliSample options null', () => loosely(saltelliSample)([{ name: 'x', distribution: 'uniform', min: 0, max: 1 }], null), /saltelliSample: the options are null/],
    ['saltelliSample a misspelt option', () => loosely(saltelliSample)([{ name: 'x', distribution: 'uniform', min: 0, max: 1 }], { n: 8, scrambel: false }), /unknown option "scrambel" — did you mean "scramble"\?/],
    ['sobolEstimates null', () => loosely(sobolEstimates)(null), /sobolEstimates: the outputs are null/],
    ['sobolSequence a misspelt option', () => loosely(sobolSequence)(2, { skp: 1 }), /unknown option "skp"/],
    ['normalQuantile "0.5"', () => loosely(normalQuantile)('0.5'), /^normalQuantile: probability must be in \[0, 1\]/],
    ['randomFromState null', () => loosely(randomFromState)(null), /randomFromState: the state is null/],
    ['randomFromState two words', () => loosely(randomFromState)([1, 2]), /expected four 32-bit words/],
    ['formatPath null', () => loosely(formatPath)(null), /formatPath: the path is null/],
    ['formatIssue null', () => loosely(formatIssue)(null), /formatIssue: the issue is null/],
    ['new ChisoError(null)', () => new (ChisoError as unknown as new (issues: unknown) => Error)(null), /ChisoError: the issues are null/],
  ];
  it.each(cases)('%s is a TypeError or RangeError naming the function and the argument', (_name, action, message) => {
    let caught: unknown;
    try {
      action();
    } catch (error) {
      caught = error;
    }
    expect(caught instanceof TypeError || caught instanceof RangeError, String(caught)).toBe(true);
    expect((caught as Error).message).toMatch(message);
  });
});

describe('helpers that take a dataset without a framework', () => {
  const copy = (): JsonObject => JSON.parse(JSON.stringify(readinessData)) as JsonObject;
  it('achievement, mergeDatasetTo34 and withProvinces return a clean output or throw a ChisoError for a dataset edited by hand', () => {
    const indicator = Object.keys((readinessData.units[0] as { values: Record<string, unknown> }).values)[0] ?? '';
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const edited = mutate(copy(), mutations) as unknown as DatasetInput;
        const breaches = [
          contractBreach('achievement', () => achievement(edited, indicator, 50)),
          // metadata is free-form and carried as given: only what the merger computes is checked
          contractBreach('mergeDatasetTo34', () => {
            const merged = mergeDatasetTo34(edited);
            return { units: merged.units, formerUnits: (merged.metadata as { formerUnits?: unknown } | undefined)?.formerUnits ?? null };
          }),
          // withProvinces passes values and groups through as given (validation reads them): only its own work is checked
          contractBreach('withProvinces', () => withProvinces(edited).units.map((unit) => [unit.id, unit.name])),
        ].filter((breach) => breach !== null);
        expect(breaches).toEqual([]);
      }),
      fuzz(40),
    );
  });

  it('refuse a dataset whose units are not a list of units with a ChisoError naming the place', () => {
    for (const dataset of [null, {}, { units: null }, { units: [null] }, { units: [{ id: 'a' }] }, { units: [{ id: 'a', values: [] }] }, { year: null, units: [] }, { year: 'x', units: [] }]) {
      for (const action of [() => achievement(dataset as unknown as DatasetInput, 'x', 5), () => mergeDatasetTo34(dataset as unknown as DatasetInput), () => withProvinces(dataset as unknown as DatasetInput)]) {
        expect(action).toThrow(ChisoError);
      }
    }
  });
});

/** Freezes a value and everything in it, as a caller that shares it may do. */
function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next !== 'object' || next === null || Object.isFrozen(next)) continue;
    Object.freeze(next);
    pending.push(...Object.values(next));
  }
  return value;
}

describe('inputs are never changed, and order does not matter', () => {
  const readers = (result: ScoreResult): Record<string, unknown> => {
    const first = base.units[0]?.id ?? '';
    const chosen = base.units.slice(0, 9).map((unit) => unit.id);
    const byUnit = <T extends { unit: string }>(rows: readonly T[]): T[] => [...rows].sort((left, right) => (left.unit < right.unit ? -1 : left.unit > right.unit ? 1 : 0));
    const merged = mergeResultTo34(result);
    return {
      rankAmong: rankAmong(result, chosen),
      compare: byUnit(compareResults(base, result).rows),
      explain: explainUnit(result, first),
      groups: groupTable(result, 'region').rows,
      merged: { ...merged, units: byUnit(merged.units.map((unit) => ({ ...unit, unit: unit.id }))), missing: byUnit(merged.missing).map((note) => JSON.stringify(note)).sort() },
    };
  };

  it('functions that read a result change nothing in it and work on a frozen one', () => {
    const saved = savedCopy();
    const before = JSON.stringify(saved);
    const expected = readers(saved as unknown as ScoreResult);
    expect(JSON.stringify(saved)).toBe(before);
    expect(readers(deepFreeze(saved) as unknown as ScoreResult)).toEqual(expected);
  });

  it('results do not depend on the order of the units in the result', () => {
    const expected = readers(savedCopy() as unknown as ScoreResult);
    fc.assert(
      fc.property(fc.infiniteStream(fc.nat()), (picks) => {
        const shuffled = savedCopy();
        const units = shuffled.units as unknown[];
        for (let index = units.length - 1; index > 0; index -= 1) {
          const other = (picks.next().value as number) % (index + 1);
          [units[index], units[other]] = [units[other], units[index]];
        }
        expect(readers(shuffled as unknown as ScoreResult)).toEqual(expected);
      }),
      fuzz(5),
    );
  });

  it('helpers that take a dataset change nothing in it and work on a frozen one', () => {
    const dataset = JSON.parse(JSON.stringify(readinessData)) as DatasetInput;
    const indicator = Object.keys((readinessData.units[0] as { values: Record<string, unknown> }).values)[0] ?? '';
    const run = (input: DatasetInput): unknown => [achievement(input, indicator, 50), mergeDatasetTo34(input), withProvinces(input)];
    const before = JSON.stringify(dataset);
    const expected = run(dataset);
    expect(JSON.stringify(dataset)).toBe(before);
    expect(run(deepFreeze(dataset))).toEqual(expected);
  });
});

describe('large inputs', () => {
  it('criteriaSummary of 130,000 communes does not overflow the stack', () => {
    const saved = score(ntmIct, { units: [{ id: 'c0', values: Object.fromEntries(ntmIctIndicators().map((id) => [id, 1])) }] });
    const countNode = saved.nodes.find((info) => info.method === 'count')?.id ?? '';
    const unit = saved.units[0] as ScoreResult['units'][number];
    const many = { ...saved, units: Array.from({ length: 130_000 }, (_unused, index) => ({ ...unit, id: `c${index}`, nodes: { ...unit.nodes, [countNode]: { ...unit.nodes[countNode], rank: null } } })) } as ScoreResult;
    expect(criteriaSummary(many, countNode).units).toBe(130_000);
  }, 60_000);
});

describe('unknown names', () => {
  it('an unknown unit, node or group given by the caller is quoted in the message: escaped and abbreviated', () => {
    const hostile = `\u001b]0;x\u0007${'y'.repeat(100_000)}`;
    for (const action of [() => rankAmong(base, [hostile]), () => explainUnit(base, hostile), () => rankingTable(base, { node: hostile }), () => groupTable(base, hostile), () => criteriaSummary(base, hostile), () => compareResults(base, base, { node: hostile })]) {
      let caught: unknown;
      try {
        action();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ChisoError);
      expect((caught as ChisoError).message).not.toMatch(/[\u0000-\u0008\u001b]/);
      expect((caught as ChisoError).message.length).toBeLessThan(500);
    }
  });

  it('scorePanel names a dataset without a year by its place among the datasets', () => {
    let caught: unknown;
    try {
      scorePanel(readiness, [{ ...readinessData, year: 2022 }, { units: readinessData.units }] as DatasetInput[]);
    } catch (error) {
      caught = error;
    }
    expect((caught as ChisoError).issues.map((entry) => entry.path)).toEqual([['datasets', 1, 'year']]);
  });

  it('groupTable names an unknown node as such, not as a missing group', () => {
    expect(() => groupTable(base, 'region', { node: 'nope' })).toThrow(/node "nope" is not in the result/);
    expect(() => groupTable(base, 'region', { node: 'constructor' })).toThrow(/node "constructor" is not in the result/);
  });
});

describe('functions typed to take a validated framework or a compiled plan', () => {
  it('validate a framework as written, and refuse an invalid one with a ChisoError, never a TypeError from inside', () => {
    for (const framework of [null, {}, { id: 'f', name: 'F', root: null }, readiness]) {
      const shouldWork = framework === readiness;
      for (const action of [() => compilePlan(framework as never), () => indicatorsOf(framework as never), () => assertDataset(framework as never, readinessData)]) {
        if (shouldWork) expect(action).not.toThrow();
        else expect(action).toThrow(ChisoError);
      }
      const checked = validateDataset(framework as never, readinessData);
      expect(checked.success).toBe(shouldWork);
      if (!shouldWork) expect(checked.issues[0]?.path[0]).toBe('framework');
    }
  });

  it('scoreValidated refuses a plan compilePlan did not make', () => {
    expect(() => loosely(scoreValidated)({}, { units: [] })).toThrow(/^scoreValidated needs a plan returned by compilePlan/);
    expect(() => loosely(scoreValidated)({ ...compilePlan(readiness as never) }, { units: [] })).toThrow(TypeError);
  });
});

describe('predicates', () => {
  it('isSavedDecimal is false, not an error, for any value that is not a text', () => {
    for (const value of [null, undefined, 5, {}, [], Number.NaN]) expect(loosely(isSavedDecimal)(value)).toBe(false);
  });
});

describe('sensitivity inputs', () => {
  it('validateInputs reports a null input by its place instead of failing', () => {
    expect(loosely(validateInputs)([null])).toEqual([expect.objectContaining({ path: ['inputs', 0], message: 'input 0 is null, not an input ({ name, distribution, … })' })]);
  });

  it('sobolIndices refuses a misspelt option before running the model', async () => {
    await expect(loosely(sobolIndices)(() => 0, [{ name: 'x', distribution: 'uniform', min: 0, max: 1 }], { n: 8, bootstrp: false })).rejects.toThrow(/unknown option "bootstrp" — did you mean "bootstrap"\?/);
  });
});

describe('messages', () => {
  it('formatPath quotes, abbreviates and escapes a key that is long or holds control characters', () => {
    expect(formatPath(['units', 0, 'values', 'x'.repeat(100_000)])).toMatch(/^units\[0\]\.values\["x{24}…\(100000 characters\)…x{24}"\]$/);
    expect(formatPath(['a\u001b[31m', '\u202e'])).toBe('["a\\u001b[31m"]["\\u202e"]');
  });
});

describe('chiso/node with odd paths and options', () => {
  it('a path that is not a text, or options it does not know, are a TypeError or RangeError', async () => {
    await expect(loosely(readDatasetFile)(null)).rejects.toThrow(/^readDatasetFile: the path is null; expected a text$/);
    await expect(loosely(resolveFramework)(5)).rejects.toThrow(TypeError);
    await expect(loosely(readDatasetFile)('examples/data/readiness/2022.json', { locale: 'fr' })).rejects.toThrow(/option "locale" is "fr"/);
    await expect(loosely(readResultOrDataset)('examples/data/readiness/2022.json', { idColum: 'id' })).rejects.toThrow(/unknown option "idColum" — did you mean "idColumn"\?/);
  });

  it('a path with control characters, a folder or no file is a ChisoError whose message shows the path escaped', async () => {
    for (const path of ['\u0000', 'a\u001b[31m.json', '.', '', 'no-such-file.csv', 'x'.repeat(100_000)]) {
      let caught: unknown;
      try {
        await resolveFramework(path);
      } catch (error) {
        caught = error;
      }
      expect(caught, path.slice(0, 20)).toBeInstanceOf(ChisoError);
      expect((caught as ChisoError).message).not.toMatch(/[\u0000-\u0008\u001b]/);
      expect((caught as ChisoError).message.length).toBeLessThan(1000);
    }
  });
});
