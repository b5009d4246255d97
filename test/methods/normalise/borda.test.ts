/** Borda scores against COINr's n_borda, rank(x, ties.method = "min") − 1, worked out by hand. */
import { describe, expect, it } from 'vitest';
import { normaliser } from '../../helpers.js';
import { bothEngines, flatFramework } from '../engines.js';

describe('borda (COINr n_borda)', () => {
  it('counts the reference units beaten: 10, 20, 20, 40 → 0, 1, 1, 3', () => {
    const normalise = normaliser({ method: 'borda' }, 'higher', [10, 20, 20, 40]);
    expect([10, 20, 40].map(normalise)).toEqual(['0', '1', '3']);
  });
  it('counts units with a higher value when lower is better: 10, 20, 40 → 3, 1, 0', () => {
    const normalise = normaliser({ method: 'borda' }, 'lower', [10, 20, 20, 40]);
    expect([10, 20, 40].map(normalise)).toEqual(['3', '1', '0']);
  });
  it('summed over indicators is the Borda count: two indicators, three units', () => {
    // x: A 1, B 2, C 3 → 0, 1, 2; y: A 3, B 1, C 2 → 2, 0, 1; means: A 1, B 0.5, C 1.5
    const run = bothEngines(flatFramework([{ id: 'x', normalisation: { method: 'borda' } }, { id: 'y', normalisation: { method: 'borda' } }]), [
      { id: 'A', values: { x: 1, y: 3 } },
      { id: 'B', values: { x: 2, y: 1 } },
      { id: 'C', values: { x: 3, y: 2 } },
    ]);
    expect(['A', 'B', 'C'].map((unit) => run.scoreOf('index', unit))).toEqual(['1', '0.5', '1.5']);
    expect(run.disagreements).toEqual([]);
  });
});
