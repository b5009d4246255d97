/**
 * Sobol' indices of a model's ranking to its sources. Source of truth: analytic — in the pillars
 * fixture the weights of pillar "same" cannot change any score (its two indicators are equal for
 * every unit), so every output is the same function of the "split" weights alone: the "same"
 * factor's indices are exactly 0 (f(A_B^(same)) = f(A) row by row), and "split" explains all.
 */
import { describe, expect, it } from 'vitest';
import { modelSensitivity } from '../../../src/analysis/index.js';
import { ChisoError } from '../../../src/index.js';
import { pairModel, pillarsModel } from './fixtures.js';

describe('modelSensitivity', () => {
  it('gives index 0 to weights that cannot change the ranking', async () => {
    const result = await modelSensitivity(pillarsModel(), {
      sources: [{ kind: 'weights', noise: 0.5, aggregates: ['same', 'split'], factors: 'per-aggregate' }],
      output: { kind: 'mean-rank-shift' },
      n: 32,
      seed: 1,
      bootstrap: false,
    });
    expect(result.runs).toBe(32 * 4);
    const [same, split] = result.indices;
    expect(same?.name).toBe('weights:same');
    expect(same?.first).toBe(0);
    expect(same?.total).toBe(0);
    expect(split?.name).toBe('weights:split');
    // The only factor that acts: both indices estimate 1 (Jansen's and Saltelli's estimators are exact only as N grows).
    expect(Math.abs((split?.total ?? 0) - 1)).toBeLessThan(0.1);
    expect(Math.abs((split?.first ?? 0) - 1)).toBeLessThan(0.2);
    expect(result.output).toEqual({ kind: 'mean-rank-shift' });
  });

  it('takes a unit\u2019s rank or score as the output', async () => {
    const options = { sources: [{ kind: 'weights' as const, noise: 0.5, aggregates: ['same', 'split'], factors: 'per-aggregate' as const }], n: 16, seed: 2, bootstrap: false as const };
    const rank = await modelSensitivity(pillarsModel(), { ...options, output: { kind: 'rank', unit: 'u3' } });
    expect(rank.indices[0]?.total).toBe(0);
    const score = await modelSensitivity(pillarsModel(), { ...options, output: { kind: 'score', unit: 'u1', node: 'split' } });
    expect(score.indices[0]?.total).toBe(0);
    expect(score.indices[1]?.first).toBeGreaterThan(0.5);
  });

  it('fails with every failed run listed rather than estimate from a subset', async () => {
    await expect(modelSensitivity(pairModel(), { sources: [{ kind: 'weights', noise: 1.5, factors: 'per-item' }], output: { kind: 'mean-rank-shift' }, n: 16, seed: 1, bootstrap: false })).rejects.toThrow(ChisoError);
  });

  it('checks its output', async () => {
    await expect(modelSensitivity(pillarsModel(), { sources: [{ kind: 'weights' }], output: { kind: 'rank', unit: 'u9' }, n: 8 })).rejects.toThrow(/no unit "u9" — did you mean "u1"\?/);
    await expect(modelSensitivity(pillarsModel(), { sources: [{ kind: 'weights' }], output: { kind: 'rnk' } as never, n: 8 })).rejects.toThrow(TypeError);
  });
});

describe('review: misspelt keys are refused, not ignored', () => {
  const sources = [{ kind: 'weights' as const, noise: 0.25 }];
  it('an output with a key its kind does not have (a misspelt node, a unit for the mean rank shift) is a TypeError', async () => {
    await expect(modelSensitivity(pillarsModel(), { sources, output: { kind: 'rank', unit: 'u1', nod: 'split' } as never, n: 16, bootstrap: false })).rejects.toThrow(/^modelSensitivity: output "rank" has no key "nod" — did you mean "node"\?/);
    await expect(modelSensitivity(pillarsModel(), { sources, output: { kind: 'mean-rank-shift', unit: 'u1' } as never, n: 16, bootstrap: false })).rejects.toThrow(TypeError);
  });
  it('a misspelt bootstrap setting is a TypeError before any run (it became the default 1000 resamples)', async () => {
    await expect(modelSensitivity(pillarsModel(), { sources, output: { kind: 'mean-rank-shift' }, n: 16, bootstrap: { resample: 10 } as never })).rejects.toThrow(/^modelSensitivity: option "bootstrap" is an object; expected false or \{ resamples\?, confidence\?, seed\? \} \(no key "resample"\)/);
  });
});
