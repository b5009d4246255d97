import { describe, expect, it } from 'vitest';
import { compareResults, defineFramework, describeRankChange, score } from '../../src/index.js';

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
