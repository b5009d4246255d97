/** Data-driven normalisations: expected values computed by hand (and with Python's fractions). */
import { describe, expect, it } from 'vitest';
import { ValueProblem } from '../../../src/index.js';
import { normaliser } from '../../helpers.js';

describe('minmax', () => {
  it('puts the worst reference unit at 0 and the best at 1', () => {
    const normalise = normaliser({ method: 'minmax' }, 'higher', [2, 4, 6]);
    expect([2, 4, 6, 5].map(normalise)).toEqual(['0', '0.5', '1', '0.75']);
  });
  it('reverses when lower is better', () => {
    const normalise = normaliser({ method: 'minmax' }, 'lower', [2, 4, 6]);
    expect([2, 6].map(normalise)).toEqual(['1', '0']);
  });
  it('lets a unit outside the reference set leave [0, 1] unless clipped', () => {
    expect(normaliser({ method: 'minmax' }, 'higher', [2, 4])(5)).toBe('1.5');
    expect(normaliser({ method: 'minmax', clip: true }, 'higher', [2, 4])(5)).toBe('1');
  });
  it('refuses a zero range instead of dividing by it', () => {
    expect(() => normaliser({ method: 'minmax' }, 'higher', [3, 3, 3])).toThrow(ValueProblem);
    expect(() => normaliser({ method: 'minmax' }, 'higher', [3])).toThrow(/at least two/);
  });
});

describe('best (ratio to the best unit)', () => {
  it('gives the best unit exactly 1, as the ICT Index leader scores 1.0000', () => {
    const normalise = normaliser({ method: 'best' }, 'higher', [20, 40, 80]);
    expect([80, 40, 20].map(normalise)).toEqual(['1', '0.5', '0.25']);
  });
  it('uses min / x when lower is better', () => {
    const normalise = normaliser({ method: 'best' }, 'lower', [20, 40, 80]);
    expect([20, 40, 80].map(normalise)).toEqual(['1', '0.5', '0.25']);
    expect(() => normalise(0)).toThrow(/must be positive/);
  });
  it('refuses a best value that is not positive', () => {
    expect(() => normaliser({ method: 'best' }, 'higher', [0, 0])).toThrow(ValueProblem);
  });
});

describe('target (distance to a target, capped at 1)', () => {
  it('measures achievement against a plan target: 76% of adults with a smartphone against 95% → 0.8', () => {
    const normalise = normaliser({ method: 'target', target: 95 });
    expect([76, 95, 99].map(normalise)).toEqual(['0.8', '1', '1']);
  });
  it('uses a baseline: (x − baseline) / (target − baseline), floored at 0 by default', () => {
    const normalise = normaliser({ method: 'target', target: 100, baseline: 50 });
    expect([75, 40].map(normalise)).toEqual(['0.5', '0']);
    expect(normaliser({ method: 'target', target: 100, baseline: 50, floor: false })(40)).toBe('-0.2');
  });
  it('takes the baseline from the worst reference unit with "min" (COINr n_dist2targ)', () => {
    expect(normaliser({ method: 'target', target: 10, baseline: 'min' }, 'higher', [2, 6])(6)).toBe('0.5');
  });
  it('works downwards when lower is better', () => {
    // days to process a dossier: baseline 20, target 5 → 12.5 days is half way
    expect(normaliser({ method: 'target', target: 5, baseline: 20 }, 'lower')(12.5)).toBe('0.5');
  });
});

describe('zscore', () => {
  it('uses the sample standard deviation (n − 1), as R does: scale(c(2, 4, 6)) = −1, 0, 1', () => {
    const normalise = normaliser({ method: 'zscore' }, 'higher', [2, 4, 6]);
    expect([2, 4, 6].map(normalise)).toEqual(['-1', '0', '1']);
  });
  it('negates when lower is better', () => {
    expect(normaliser({ method: 'zscore' }, 'lower', [2, 4, 6])(6)).toBe('-1');
  });
  it('refuses a zero standard deviation', () => {
    expect(() => normaliser({ method: 'zscore' }, 'higher', [5, 5])).toThrow(/standard deviation is zero/);
  });
});

describe('percentile', () => {
  it('places units between 0 and 1, tied units on the lowest position as COINr n_prank does', () => {
    // COINr: n_prank(c(10, 20, 20, 40)) = (rank(x, ties = "min") - 1) / 3 = 0, 1/3, 1/3, 1
    const normalise = normaliser({ method: 'percentile' }, 'higher', [10, 20, 20, 40]);
    expect([10, 20, 40].map(normalise)).toEqual(['0', '0.3333333333333333333333333333333333333333', '1']);
  });
  it('shares the mean position among ties when asked', () => {
    const normalise = normaliser({ method: 'percentile', ties: 'average' }, 'higher', [10, 20, 20, 40]);
    // 20 has 1 unit below and 1 other tied: (1 + ½) / 3 = 0.5
    expect([10, 20, 40].map(normalise)).toEqual(['0', '0.5', '1']);
  });
  it('counts units above instead when lower is better', () => {
    const normalise = normaliser({ method: 'percentile' }, 'lower', [10, 20, 30]);
    expect([10, 20, 30].map(normalise)).toEqual(['1', '0.5', '0']);
  });
});
