import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError, compareResults, defineFramework, describeRankChange, formatIssue, score, type ScoreResult } from '../../src/index.js';

const framework = defineFramework({
  id: 'one',
  name: 'One indicator',
  root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'x', unit: 'ratio', normalisation: { method: 'identity' } }] },
});

describe('describeRankChange', () => {
  it('says how many places a unit moved, as the seeds do (Hưng Yên 2018: 31 → 9, "up 22 places")', () => {
    expect(describeRankChange(31, 9)).toBe('up 22 places');
    expect(describeRankChange(8, 9)).toBe('down 1 place');
    expect(describeRankChange(4, 4)).toBe('unchanged');
    expect(describeRankChange(null, 4)).toBe('not ranked before');
    expect(describeRankChange(3, null)).toBe('no longer ranked');
  });
});

describe('compareResults', () => {
  const before = score(framework, { year: 2017, units: [{ id: 'A', values: { x: '0.5' } }, { id: 'B', values: { x: '0.6' } }, { id: 'GONE', values: { x: '0.1' } }] });
  const after = score(framework, { year: 2018, units: [{ id: 'A', values: { x: '0.7' } }, { id: 'B', values: { x: '0.6' } }, { id: 'NEW', values: { x: '0.2' } }] });

  it('gives exact score changes and rank changes per unit', () => {
    const comparison = compareResults(before, after);
    expect(comparison.node).toBe('index');
    expect(comparison.rows[0]).toMatchObject({ unit: 'A', previousScore: '0.5', currentScore: '0.7', scoreChange: '0.2', previousRank: 2, currentRank: 1, rankChange: 1, description: 'up 1 place', publishedChange: '0.2' });
    expect(comparison.rows[1]).toMatchObject({ unit: 'B', scoreChange: '0', rankChange: -1, description: 'down 1 place' });
    expect(comparison.rows[2]).toMatchObject({ unit: 'NEW', previousScore: null, scoreChange: null, description: 'new' });
    expect(comparison.onlyPrevious).toEqual(['GONE']);
  });

  it('compares at any node, indicators included', () => {
    expect(compareResults(before, after, { node: 'x' }).rows[0]).toMatchObject({ previousScore: '0.5', currentScore: '0.7' });
  });

  it('refuses a node one of the results lacks', () => {
    expect(() => compareResults(before, after, { node: 'nope' })).toThrow(/node "nope" is not in the previous result/);
  });
});

describe('compareResults on results read from a file', () => {
  const before = score(framework, { units: [{ id: 'A', values: { x: '0.5' } }, { id: 'B', values: { x: '0.6' } }] });
  const after = score(framework, { units: [{ id: 'A', values: { x: '0.7' } }, { id: 'B', values: { x: '0.6' } }] });
  const copy = (): ScoreResult => JSON.parse(JSON.stringify(before)) as ScoreResult;

  it('refuses a figure that is not a decimal and a rank that is not a whole number within the units, with paths', () => {
    const corrupt = JSON.parse(JSON.stringify(before)) as { units: { nodes: Record<string, Record<string, unknown>> }[] };
    (corrupt.units[0]?.nodes.index as Record<string, unknown>).score = 'abc';
    (corrupt.units[1]?.nodes.index as Record<string, unknown>).rank = 'x';
    let caught: unknown;
    try {
      compareResults(corrupt as unknown as ScoreResult, after);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ChisoError);
    expect((caught as ChisoError).issues.map(formatIssue)).toEqual([
      'previous.units[0].nodes.index.score: the previous result\'s score of unit "A" at "index" is "abc", not a decimal written as text',
      'previous.units[1].nodes.index.rank: the previous result\'s rank of unit "B" at "index" is "x", not a whole number from 1 to 2',
    ]);
  });

  it('returns rows without NaN or throws a ChisoError, for any JSON value put in place of a unit, its figures or a figure', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('unit', 'nodes', 'figures', 'score', 'published', 'rank', 'id'), fc.integer({ min: 0, max: 1 }), (value, place, index) => {
        const result = copy() as unknown as { units: Record<string, unknown>[] };
        const unit = result.units[index] as Record<string, unknown>;
        const figures = (unit.nodes as Record<string, Record<string, unknown>>).index as Record<string, unknown>;
        if (place === 'unit') result.units[index] = value as Record<string, unknown>;
        else if (place === 'nodes' || place === 'id') unit[place] = value;
        else if (place === 'figures') (unit.nodes as Record<string, unknown>).index = value;
        else figures[place] = value;
        try {
          const comparison = compareResults(result as unknown as ScoreResult, after);
          expect(JSON.stringify(comparison)).not.toMatch(/NaN|Infinity|undefined/);
        } catch (error) {
          expect(error).toBeInstanceOf(ChisoError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
