/**
 * Distance to a benchmark unit against COINr's n_dist2ref, 1 − (x_ref − x) / (x_ref − x_min), worked
 * out by hand: reference 10, 20, 40 with the benchmark at 30 → 20 scores 1 − 10/20 = 0.5.
 */
import { describe, expect, it } from 'vitest';
import { ChisoError, compilePlan } from '../../../src/index.js';
import { bothEngines, flatFramework } from '../engines.js';

const units = [
  { id: 'A', values: { x: 10 } },
  { id: 'B', values: { x: 20 } },
  { id: 'C', values: { x: 40 } },
  { id: 'EU', values: { x: 30 }, ranked: false },
];

/** The issues `score` throws, as codes. */
function codesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ChisoError) return error.issues.map((entry) => entry.code);
    throw error;
  }
  return [];
}

describe('benchmark (COINr n_dist2ref)', () => {
  it('scores the worst reference unit 0, the benchmark 1, and beyond it above 1', () => {
    const run = bothEngines(flatFramework([{ id: 'x', normalisation: { method: 'benchmark', unit: 'EU' } }]), units);
    expect(['A', 'B', 'C', 'EU'].map((unit) => run.scoreOf('x', unit))).toEqual(['0', '0.5', '1.5', '1']);
    expect(run.disagreements).toEqual([]);
  });
  it('holds scores at 1 with cap (COINr cap_max = TRUE)', () => {
    const run = bothEngines(flatFramework([{ id: 'x', normalisation: { method: 'benchmark', unit: 'EU', cap: true } }]), units);
    expect(run.scoreOf('x', 'C')).toBe('1');
    expect(run.disagreements).toEqual([]);
  });
  it('measures down from the worst (largest) value when lower is better, as COINr after multiplying by −1', () => {
    // (max − x) / (max − b) = (40 − 20) / (40 − 30) = 2; COINr: 1 − (−30 − (−20)) / (−30 − (−40)) = 2
    const run = bothEngines(flatFramework([{ id: 'x', direction: 'lower', normalisation: { method: 'benchmark', unit: 'EU' } }]), units);
    expect(['A', 'B', 'C'].map((unit) => run.scoreOf('x', unit))).toEqual(['3', '2', '0']);
    expect(run.disagreements).toEqual([]);
  });
  it('is exact rational: a linear framework takes the rational executor, and thirds stay thirds', () => {
    const framework = flatFramework([{ id: 'x', normalisation: { method: 'benchmark', unit: 'C' } }]);
    expect(compilePlan(framework).linear).toBe(true);
    const run = bothEngines(framework, [{ id: 'A', values: { x: 1 } }, { id: 'B', values: { x: 2 } }, { id: 'C', values: { x: 4 } }]);
    expect(run.scoreOf('x', 'B')).toBe('0.3333333333333333333333333333333333333333');
    expect(run.disagreements).toEqual([]);
  });
  it('names the problem when the benchmark unit is not in the dataset, has no value, or is the worst unit', () => {
    const framework = (unit: string) => flatFramework([{ id: 'x', normalisation: { method: 'benchmark', unit } }], { method: 'mean' }, { policy: 'reweight' });
    expect(codesOf(() => bothEngines(framework('XX'), units))).toEqual(['unknown_reference']);
    expect(codesOf(() => bothEngines(framework('EU'), [...units.slice(0, 3), { id: 'EU', values: { x: null }, ranked: false }]))).toEqual(['missing_value']);
    expect(codesOf(() => bothEngines(framework('A'), units))).toEqual(['undefined_computation']);
  });
  it('stops the fast engine for the same reasons, never with NaN scores', async () => {
    const { fastModel } = await import('../../../src/engine/fast/model.js');
    const model = fastModel(flatFramework([{ id: 'x', normalisation: { method: 'benchmark', unit: 'XX' } }]), { units });
    expect(model.base.ok).toBe(false);
    expect(model.base.problems.map((entry) => entry.code)).toContain('unknown_reference');
    expect(model.base.problems.map((entry) => entry.message).join('\n')).toMatch(/benchmark unit "XX" is not a unit of the dataset/);
  });
});
