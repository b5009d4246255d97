/** Categorical scales: points by category ÷ the maximum, worked out by hand. */
import { describe, expect, it } from 'vitest';
import { validateFramework } from '../../../src/index.js';
import { normaliser } from '../../helpers.js';
import { bothEngines, flatFramework } from '../engines.js';

const scale = { method: 'categories' as const, categories: [{ value: 0, points: 0 }, { value: 1, points: 50 }, { value: 2, points: 100 }] };

describe('categories (a categorical scale)', () => {
  it('gives each category its points ÷ the largest: 0 → 0, 1 → 0.5, 2 → 1; "1.0" is the category 1', () => {
    const normalise = normaliser(scale);
    expect([0, 1, 2, '1.0', '-0'].map(normalise)).toEqual(['0', '0.5', '1', '0.5', '0']);
    expect(normaliser({ ...scale, maximum: 200 })(2)).toBe('0.5');
  });
  it('refuses a value that is no category, naming it and the categories', () => {
    expect(() => normaliser(scale)(3)).toThrow('3 is not one of the categories 0, 1, 2');
  });
  it('refuses a lower-is-better direction, a category given twice and a maximum of 0', () => {
    const problems = (normalisation: object, direction: 'higher' | 'lower' = 'higher') => (validateFramework(flatFramework([{ id: 'x', direction, normalisation }])).success ? [] : ['invalid']);
    expect(problems(scale, 'lower')).toEqual(['invalid']);
    expect(problems({ method: 'categories', categories: [{ value: 1, points: 1 }, { value: '1.0', points: 2 }] })).toEqual(['invalid']);
    expect(problems({ ...scale, maximum: 0 })).toEqual(['invalid']);
    expect(problems(scale)).toEqual([]);
  });
  it('scores the same in both engines; a value that is no category stops both', () => {
    const run = bothEngines(flatFramework([{ id: 'x', normalisation: scale }]), [{ id: 'A', values: { x: 0 } }, { id: 'B', values: { x: 1 } }, { id: 'C', values: { x: 2 } }]);
    expect(['A', 'B', 'C'].map((unit) => run.scoreOf('x', unit))).toEqual(['0', '0.5', '1']);
    expect(run.disagreements).toEqual([]);
    expect(() => bothEngines(flatFramework([{ id: 'x', normalisation: scale }]), [{ id: 'A', values: { x: 7 } }])).toThrow(/7 is not one of the categories/);
  });
});
