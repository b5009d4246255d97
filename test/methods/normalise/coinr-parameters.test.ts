/**
 * The COINr parameters of existing methods, against COINr's formulas worked out by hand:
 * n_minmax(x, l_u), n_zscore(x, m_sd) and n_dist2targ(x, targ, cap_max = FALSE).
 * (Named for what it checks: the three methods' own tests are in data-driven.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { compilePlan, validateFramework, ValueProblem } from '../../../src/index.js';
import { normaliser } from '../../helpers.js';
import { bothEngines, flatFramework } from '../engines.js';

describe('minmax to [lower, upper] (COINr n_minmax l_u)', () => {
  it('puts the worst reference unit at lower and the best at upper: n_minmax(c(2, 4, 6), c(1, 7)) = 1, 4, 7', () => {
    const normalise = normaliser({ method: 'minmax', lower: 1, upper: 7 }, 'higher', [2, 4, 6]);
    expect([2, 4, 6, 5].map(normalise)).toEqual(['1', '4', '7', '5.5']);
    expect(normaliser({ method: 'minmax', lower: 1, upper: 7 }, 'lower', [2, 4, 6])(2)).toBe('7');
  });
  it('clips to [lower, upper], not to [0, 1]', () => {
    expect(normaliser({ method: 'minmax', lower: 1, upper: 7 }, 'higher', [2, 4])(5)).toBe('10');
    expect(normaliser({ method: 'minmax', lower: 1, upper: 7, clip: true }, 'higher', [2, 4])(5)).toBe('7');
    expect(normaliser({ method: 'minmax', lower: 1, upper: 7, clip: true }, 'higher', [2, 4])(0)).toBe('1');
  });
  it('COINr\'s default [0, 100] is exact rational: thirds stay thirds in both engines', () => {
    const framework = flatFramework([{ id: 'x', normalisation: { method: 'minmax', lower: 0, upper: 100 } }]);
    expect(compilePlan(framework).linear).toBe(true);
    const run = bothEngines(framework, [{ id: 'A', values: { x: 0 } }, { id: 'B', values: { x: 1 } }, { id: 'C', values: { x: 3 } }]);
    expect(run.scoreOf('x', 'B')).toBe('33.33333333333333333333333333333333333333');
    expect(run.disagreements).toEqual([]);
  });
  it('refuses upper at or below lower', () => {
    expect(validateFramework(flatFramework([{ id: 'x', normalisation: { method: 'minmax', lower: 5, upper: 5 } }])).success).toBe(false);
  });
});

describe('zscore to a chosen mean and sd (COINr n_zscore m_sd)', () => {
  it('n_zscore(c(2, 4, 6), c(100, 10)) = 90, 100, 110 (mean 4, sample sd 2)', () => {
    const normalise = normaliser({ method: 'zscore', mean: 100, sd: 10 }, 'higher', [2, 4, 6]);
    expect([2, 4, 6, 5].map(normalise)).toEqual(['90', '100', '110', '105']);
    expect(normaliser({ method: 'zscore', mean: 100, sd: 10 }, 'lower', [2, 4, 6])(2)).toBe('110');
  });
  it('refuses a standard deviation that is not positive, and an all-equal reference', () => {
    expect(validateFramework(flatFramework([{ id: 'x', normalisation: { method: 'zscore', sd: 0 } }])).success).toBe(false);
    expect(() => normaliser({ method: 'zscore', mean: 100, sd: 10 }, 'higher', [3, 3])).toThrow(ValueProblem);
  });
  it('agrees between the engines', () => {
    const run = bothEngines(flatFramework([{ id: 'x', normalisation: { method: 'zscore', mean: 50, sd: 10 } }]), [{ id: 'A', values: { x: 1 } }, { id: 'B', values: { x: 2 } }, { id: 'C', values: { x: 7 } }]);
    expect(run.disagreements).toEqual([]);
  });
});

describe('target uncapped (COINr n_dist2targ, cap_max = FALSE by default)', () => {
  it('lets a unit beyond the target score above 1: 99 against 95 → 99/95', () => {
    // Python: Decimal(99) / Decimal(95) with prec 40
    expect(normaliser({ method: 'target', target: 95, cap: false })(99)).toBe('1.042105263157894736842105263157894736842');
    expect(normaliser({ method: 'target', target: 95 })(99)).toBe('1');
  });
  it('is COINr\'s (x − min) / (targ − min) with baseline "min", and (max − x) / (max − targ) for direction −1', () => {
    expect(normaliser({ method: 'target', target: 10, baseline: 'min', floor: false, cap: false }, 'higher', [2, 6])(12)).toBe('1.25');
    expect(normaliser({ method: 'target', target: 10, baseline: 'max', floor: false, cap: false }, 'lower', [20, 60])(5)).toBe('1.1');
  });
  it('refuses, uncapped, a data-driven baseline already at the target rather than dividing by zero', () => {
    expect(() => normaliser({ method: 'target', target: 2, baseline: 'min', cap: false }, 'higher', [2, 6])).toThrow(/uncapped distance to the target is undefined/);
    // capped, every unit already meets it: 1, as before
    expect(normaliser({ method: 'target', target: 2, baseline: 'min' }, 'higher', [2, 6])(6)).toBe('1');
  });
  it('is exact rational and agrees between the engines', () => {
    const framework = flatFramework([{ id: 'x', normalisation: { method: 'target', target: 3, baseline: 'min', floor: false, cap: false } }]);
    expect(compilePlan(framework).linear).toBe(true);
    const run = bothEngines(framework, [{ id: 'A', values: { x: 0 } }, { id: 'B', values: { x: 1 } }, { id: 'C', values: { x: 4 } }]);
    expect(run.scoreOf('x', 'C')).toBe('1.333333333333333333333333333333333333333');
    expect(run.disagreements).toEqual([]);
  });
});
