/** Saved results (`chiso score --format json`) are checked before they are compared or merged. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareResults, datasetFromCsv, desi2022, formatIssue, mergeResultTo34, readiness, score, validateResult, type DatasetInput } from '../../src/index.js';
import { isSavedDecimal } from '../../src/model/limits.js';
import { assertResult } from '../../src/model/saved-result.js';
import { ChisoError } from '../../src/index.js';

const desi = score(desi2022, datasetFromCsv(readFileSync(new URL('../../examples/data/desi-2022.csv', import.meta.url), 'utf8')));
const saved = (): Record<string, unknown> & { units: Record<string, unknown>[] } => JSON.parse(JSON.stringify(desi)) as Record<string, unknown> & { units: Record<string, unknown>[] };
/** The first unit's figures at the top index, to corrupt. */
const desiFigures = (result: ReturnType<typeof saved>): Record<string, unknown> => (result.units[0]?.nodes as Record<string, Record<string, unknown>>).desi as Record<string, unknown>;
const messages = (input: unknown): string[] => {
  const checked = validateResult(input);
  return checked.success ? [] : checked.issues.map(formatIssue);
};

describe('validateResult accepts what chiso writes', () => {
  it('a result written as JSON and read back, with a comparison added as --previous does', () => {
    expect(messages(saved())).toEqual([]);
    expect(messages({ ...saved(), comparison: compareResults(desi, desi) })).toEqual([]);
  });

  it('a result merged to the 34 provinces', () => {
    const data = JSON.parse(readFileSync(new URL('../../examples/data/readiness/2023.json', import.meta.url), 'utf8')) as DatasetInput;
    expect(messages(JSON.parse(JSON.stringify(mergeResultTo34(score(readiness, data)))))).toEqual([]);
  });
});

describe('validateResult refuses a corrupt result, naming the path', () => {
  it.each<[string, (result: ReturnType<typeof saved>) => void, string]>([
    ['a score that is not a number', (result) => (desiFigures(result).score = 'abc'), 'units[0].nodes.desi.score: score "abc" is not a decimal number written as text'],
    ['a score "NaN"', (result) => (desiFigures(result).published = 'NaN'), 'units[0].nodes.desi.published: published "NaN" is not a decimal'],
    ['a unit that is null', (result) => (result.units[0] = null as unknown as Record<string, unknown>), 'units[0]: the value is null: expected an object'],
    ['a rank that is text', (result) => (desiFigures(result).rank = 'x'), 'units[0].nodes.desi.rank: rank "x" is not a whole number from 1 to 28'],
    ['a rank beyond the units', (result) => (desiFigures(result).rank = 29), 'units[0].nodes.desi.rank: rank 29 is not a whole number from 1 to 28'],
    ['a group rank of 0', (result) => (desiFigures(result).groupRanks = { region: 0 }), 'units[0].nodes.desi.groupRanks.region: rank 0'],
    ['a node the result does not have', (result) => ((result.units[0]?.nodes as Record<string, unknown>).nope = { rank: null }), 'units[0].nodes.nope: unit "AT": node "nope" is not among the result\'s nodes'],
    ['a unit listed twice', (result) => (result.units[1] = result.units[0] as Record<string, unknown>), 'units[1].id: unit "AT" is listed twice'],
    ['a root that is not a node', (result) => (result.root = 'dsei'), 'root: the top index "dsei" is not among the result\'s nodes'],
    ['a misspelt key', (result) => ((result.units[0] as Record<string, unknown>).rankd = true), 'units[0].rankd: unknown key "rankd" — did you mean "ranked"?'],
  ])('%s', (_case, corrupt, expected) => {
    const result = saved();
    corrupt(result);
    expect(messages(result).join('\n')).toContain(expected);
  });

  it('refuses a result nested too deep, or not an object at all, without throwing', () => {
    let deep: unknown = [];
    for (let level = 0; level < 5000; level += 1) deep = [deep];
    expect(messages({ ...saved(), comparison: deep })[0]).toContain('nested more than');
    for (const input of [null, 1n, 'x', [], Symbol('s')]) expect(validateResult(input).success).toBe(false);
  });

  it('never throws, for any JSON value put anywhere in a saved result', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 27 }), fc.constantFrom('score', 'rank', 'published', 'groupRanks', 'nodes', 'id', 'groups', 'root', 'units', 'missing'), (value, unit, key) => {
        const result = saved();
        const target = key === 'root' || key === 'units' || key === 'missing' ? result : key === 'id' || key === 'groups' || key === 'nodes' ? (result.units[unit] as Record<string, unknown>) : ((result.units[unit]?.nodes as Record<string, Record<string, unknown>>).desi as Record<string, unknown>);
        target[key] = value;
        expect(typeof validateResult(result).success).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});

describe('isSavedDecimal', () => {
  it('takes the texts chiso writes and refuses the rest', () => {
    expect(['52.5', '-0.25', '1.84e+325', '1e-400', '0'].map(isSavedDecimal)).toEqual([true, true, true, true, true]);
    expect(['NaN', 'Infinity', '', '1e99999', 'abc', ' 1', '1,5'].map(isSavedDecimal)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('assertResult, the guard of every function that reads a result', () => {
  it('passes a result chiso made, and a saved one read back, unchanged', () => {
    expect(assertResult(desi)).toBe(desi);
    const copy = saved();
    expect(assertResult(copy)).toBe(copy);
  });

  it('refuses an edited result with a ChisoError whose paths start where the caller says', () => {
    const copy = saved();
    desiFigures(copy).score = 'abc';
    let caught: unknown;
    try {
      assertResult(copy, ['previous'], 'The previous result');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ChisoError);
    expect((caught as ChisoError).message).toMatch(/^The previous result is not a valid chiso result/);
    expect((caught as ChisoError).issues.map(formatIssue)).toEqual(['previous.units[0].nodes.desi.score: score "abc" is not a decimal number written as text']);
  });

  it('checks a result again after it was edited: only results chiso made are trusted', () => {
    const copy = saved();
    expect(() => assertResult(copy)).not.toThrow();
    desiFigures(copy).rank = Number.NaN;
    expect(() => assertResult(copy)).toThrow(ChisoError);
  });
});
