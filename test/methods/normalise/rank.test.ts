/**
 * Rank normalisation against R's rank(x, ties.method = "min") — COINr's n_rank — with the values
 * worked out by hand in each test (R: rank(c(10, 20, 20, 40), ties.method = "min") is 1 2 2 4).
 */
import { describe, expect, it } from 'vitest';
import { ChisoError, ValueProblem } from '../../../src/index.js';
import { normaliser } from '../../helpers.js';
import { bothEngines, flatFramework } from '../engines.js';

describe('rank (COINr n_rank)', () => {
  it('is 1 + the reference units beaten, ties sharing the lowest rank: 10, 20, 20, 40 → 1, 2, 2, 4', () => {
    const normalise = normaliser({ method: 'rank' }, 'higher', [10, 20, 20, 40]);
    expect([10, 20, 40].map(normalise)).toEqual(['1', '2', '4']);
    // a unit outside the reference set is placed among them: 25 beats 10, 20, 20
    expect(normalise(25)).toBe('4');
    expect(normalise(50)).toBe('5');
  });
  it('counts the units with a higher value when lower is better, as COINr does after multiplying by −1', () => {
    // R: rank(-c(10, 20, 20, 40), ties.method = "min") = 4 2 2 1
    const normalise = normaliser({ method: 'rank' }, 'lower', [10, 20, 20, 40]);
    expect([10, 20, 40].map(normalise)).toEqual(['4', '2', '1']);
  });
  it('gives an all-equal column rank 1 everywhere (R: rank(c(5, 5, 5), ties.method = "min") = 1 1 1), and Borda 0', () => {
    expect(normaliser({ method: 'rank' }, 'higher', [5, 5, 5])(5)).toBe('1');
    expect(normaliser({ method: 'borda' }, 'lower', [5, 5, 5])(5)).toBe('0');
  });
  it('refuses an empty reference set rather than scoring against nothing', () => {
    expect(() => normaliser({ method: 'rank' }, 'higher', [])).toThrow(ValueProblem);
  });
  it('scores the same in both engines, an unranked row placed among the ranked ones', () => {
    const run = bothEngines(flatFramework([{ id: 'x', normalisation: { method: 'rank' } }]), [
      { id: 'A', values: { x: 10 } },
      { id: 'B', values: { x: 20 } },
      { id: 'C', values: { x: 20 } },
      { id: 'D', values: { x: 40 } },
      { id: 'EU', values: { x: 30 }, ranked: false },
    ]);
    expect(['A', 'B', 'C', 'D', 'EU'].map((unit) => run.scoreOf('x', unit))).toEqual(['1', '2', '2', '4', '4']);
    expect(run.disagreements).toEqual([]);
  });
  it('fails with a clear error when every unit is missing, never NaN', () => {
    expect(() => bothEngines(flatFramework([{ id: 'x', normalisation: { method: 'rank' } }], { method: 'mean' }, { policy: 'reweight' }), [{ id: 'A', values: { x: null } }])).toThrow(ChisoError);
  });
});
