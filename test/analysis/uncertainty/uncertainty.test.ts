/**
 * Monte Carlo uncertainty on the exact reference model. Sources of truth: the pair model's rank
 * distribution, known by hand (A ranks first iff its weight draw 1 + u_x exceeds B's 1 + u_y, with
 * the u replayed from the run's stream as COINr's get_noisy_weights defines them); R's type-7
 * quantiles, written out for the counts; and the identity single run = merged chunks.
 */
import { describe, expect, it } from 'vitest';
import { createRandom, mergeUncertainty, rankProbability, uncertainty, type UncertaintyResult } from '../../../src/analysis/index.js';
import { ChisoError } from '../../../src/index.js';
import { fastModel } from '../../../src/analysis/index.js';
import { exactModel } from './exact-model.js';
import { pairModel, pillarsModel, PILLARS_DATA, PILLARS_FRAMEWORK } from './fixtures.js';

/** Every number in the result, to check none is NaN. */
function numbers(result: UncertaintyResult): number[] {
  return result.units.flatMap((unit) => [unit.nominalRank, unit.mean, unit.median, unit.lower, unit.upper, unit.best, unit.worst, unit.topK, unit.ranked].filter((value): value is number => value !== null));
}

describe('uncertainty on a model whose rank distribution is known', () => {
  it('counts A first exactly when its weight draw is the larger, and summarises by hand', async () => {
    const model = pairModel();
    const runs = 40;
    const result = await uncertainty(model, { sources: [{ kind: 'weights', noise: 0.25 }], runs, seed: 2026, topK: 1 });
    let aFirst = 0;
    for (let run = 0; run < runs; run += 1) {
      const random = createRandom(2026, run);
      const x = 1 + (random.float() * 2 - 1) * 0.25;
      const y = 1 + (random.float() * 2 - 1) * 0.25;
      if (x > y) aFirst += 1;
    }
    expect(result.status).toEqual({ ok: runs, failed: 0, reasons: [] });
    const [a, b] = result.units;
    expect(a?.unit).toBe('A');
    expect(a?.nominalRank).toBe(1); // tied nominally: competition ranks 1, 1
    expect(b?.nominalRank).toBe(1);
    expect(Array.from(a?.distribution.ranks ?? [])).toEqual([1, 2]);
    expect(Array.from(a?.distribution.counts ?? [])).toEqual([aFirst, runs - aFirst]);
    expect(Array.from(b?.distribution.counts ?? [])).toEqual([runs - aFirst, aFirst]);
    // By hand: mean = (1·c + 2·(n − c)) / n; type-7 quantile at p is 1 if (n − 1)p + 1 ≤ c, 2 if it exceeds c + 1, else 1 + fraction.
    const c = aFirst;
    expect(a?.mean).toBe((c + 2 * (runs - c)) / runs);
    const type7 = (p: number): number => {
      const index = 1 + (runs - 1) * p;
      const low = Math.floor(index);
      const at = (position: number): number => (position <= c ? 1 : 2);
      return index === low ? at(low) : (1 - (index - low)) * at(low) + (index - low) * at(low + 1);
    };
    expect([a?.lower, a?.median, a?.upper]).toEqual([type7(0.05), type7(0.5), type7(0.95)]);
    expect(a?.topK).toBe(c / runs);
    expect(rankProbability(result, 'A', 1)).toBe(c / runs);
    expect(rankProbability(result, 'A', 2) + rankProbability(result, 'B', 2)).toBe(1);
    expect(a?.best).toBe(1);
    expect(a?.worst).toBe(2);
    expect(numbers(result).every(Number.isFinite)).toBe(true);
  });

  it('gives A first in about half of the runs (symmetric draws)', async () => {
    const result = await uncertainty(pairModel(), { sources: [{ kind: 'weights', noise: 0.5 }], runs: 400, seed: 1 });
    // Binomial(400, 1/2): sd 10; tolerance 4 sd.
    expect(Math.abs((result.units[0]?.distribution.counts[0] ?? 0) - 200)).toBeLessThan(40);
  });
});

describe('reproducibility', () => {
  it('gives identical results for the same seed, and different ones for another', async () => {
    const options = { sources: [{ kind: 'weights' as const, noise: 0.3 }, { kind: 'exclusion' as const, probability: 0.2 }], runs: 30, seed: 5 };
    const first = await uncertainty(pillarsModel(), options);
    const second = await uncertainty(pillarsModel(), options);
    expect(second).toEqual(first);
    const other = await uncertainty(pillarsModel(), { ...options, seed: 6 });
    expect(Array.from(other.ranks)).not.toEqual(Array.from(first.ranks));
  });

  it('merges chunks, in any order, into exactly the single-run result', async () => {
    const model = pillarsModel();
    const options = { sources: [{ kind: 'weights' as const, noise: 0.3 }, { kind: 'exclusion' as const, count: 2 }], runs: 30, seed: 9 };
    const whole = await uncertainty(model, options);
    const chunks = await Promise.all([
      uncertainty(model, { ...options, runRange: { from: 17, to: 30 } }),
      uncertainty(model, { ...options, runRange: { from: 0, to: 5 } }),
      uncertainty(model, { ...options, runRange: { from: 5, to: 17 } }),
    ]);
    expect(mergeUncertainty(chunks)).toEqual(whole);
    expect(mergeUncertainty([whole])).toEqual(whole);
    // Dropping 2 of the 4 indicators empties a pillar in a third of the runs: failures merge too.
    expect(whole.status.failed).toBeGreaterThan(0);
    expect(whole.status.ok).toBeGreaterThan(0);
  });

  it('refuses chunks of different analyses, overlaps and gaps', async () => {
    const model = pillarsModel();
    const options = { sources: [{ kind: 'weights' as const, noise: 0.3 }], runs: 10, seed: 1 };
    const low = await uncertainty(model, { ...options, runRange: { from: 0, to: 4 } });
    const high = await uncertainty(model, { ...options, runRange: { from: 6, to: 10 } });
    const overlapping = await uncertainty(model, { ...options, runRange: { from: 3, to: 6 } });
    const otherSeed = await uncertainty(model, { ...options, seed: 2, runRange: { from: 4, to: 6 } });
    expect(() => mergeUncertainty([low, high])).toThrow(/leave a gap/);
    expect(() => mergeUncertainty([low, overlapping])).toThrow(/overlap/);
    expect(() => mergeUncertainty([low, otherSeed, high])).toThrow(/another seed/);
  });
});

describe('failed runs', () => {
  it('are counted with their reasons, and summaries are over the computed runs', async () => {
    // Noise ±150% makes some weights negative: those runs cannot be computed.
    const result = await uncertainty(pairModel(), { sources: [{ kind: 'weights', noise: 1.5 }], runs: 60, seed: 3 });
    expect(result.status.failed).toBeGreaterThan(0);
    expect(result.status.ok + result.status.failed).toBe(60);
    expect(result.failures).toHaveLength(result.status.failed);
    expect(result.status.reasons.reduce((sum, reason) => sum + reason.count, 0)).toBe(result.status.failed);
    expect(result.status.reasons[0]?.reason).toMatch(/^the weight of "[xy]" is -[\d.]+(e-\d+)?; weights must be finite and non-negative/);
    // Grouped by kind (codes and places), not by each run's numbers: x negative, y negative, or both.
    expect(result.status.reasons.map((reason) => reason.kind).sort()).toEqual(
      ['invalid_weight at weights.x', 'invalid_weight at weights.x; invalid_weight at weights.y', 'invalid_weight at weights.y'].filter((kind) => result.status.reasons.some((reason) => reason.kind === kind)),
    );
    expect(result.status.reasons.length).toBeGreaterThanOrEqual(2);
    for (const failure of result.failures) expect(Array.from(result.ranks.subarray((failure.run) * 2, failure.run * 2 + 2))).toEqual([0, 0]);
    const [a] = result.units;
    expect(a?.ranked).toBe(result.status.ok);
    expect((a?.distribution.counts[0] ?? 0) + (a?.distribution.counts[1] ?? 0)).toBe(result.status.ok);
    expect(numbers(result).every(Number.isFinite)).toBe(true);
  });

  it('counts runs the engine refuses (a missing-data policy "fail" meeting a gap)', async () => {
    const data = { units: PILLARS_DATA.units.map((unit) => (unit.id === 'u2' ? { ...unit, values: { ...unit.values, p2: null } } : unit)) };
    const framework = structuredClone(PILLARS_FRAMEWORK) as { root: { children: { missing?: unknown }[] } };
    for (const pillar of framework.root.children) pillar.missing = { policy: 'reweight' };
    const model = exactModel(framework, data);
    const result = await uncertainty(model, { sources: [{ kind: 'missing', alternatives: [{ policy: 'reweight' }, { policy: 'fail' }], aggregates: ['split'] }], runs: 40, seed: 4 });
    expect(result.status.failed).toBeGreaterThan(5);
    expect(result.status.ok).toBeGreaterThan(5);
    expect(result.status.reasons).toHaveLength(1);
    expect(result.status.reasons[0]?.reason).toMatch(/p2/);
  });
});

describe('options, progress and abort', () => {
  it('reports progress and stops on abort, naming the runs done', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const running = uncertainty(pillarsModel(), {
      sources: [{ kind: 'weights' }],
      runs: 200,
      onProgress: ({ done }) => {
        seen.push(done);
        if (done >= 20) controller.abort();
      },
      signal: controller.signal,
    });
    await expect(running).rejects.toMatchObject({ name: 'AbortError', message: expect.stringMatching(/^the uncertainty analysis was aborted after 20 of 200 runs/) });
    expect(seen.slice(0, 3)).toEqual([2, 4, 6]);
  });

  it('checks its options', async () => {
    const model = pillarsModel();
    await expect(uncertainty(model, { sources: [], runs: 0 })).rejects.toThrow(RangeError);
    await expect(uncertainty(model, { sources: [], runs: 5, node: 'splt' })).rejects.toThrow(/no node "splt" — did you mean "split"\?/);
    await expect(uncertainty(model, { sources: [], runs: 5, runRange: { from: 3, to: 9 } })).rejects.toThrow(/runRange/);
    await expect(uncertainty(model, { sources: [], runs: 5, seeds: 1 } as never)).rejects.toThrow(/unknown option "seeds" — did you mean "seed"\?/);
    await expect(uncertainty(model, { sources: [{ kind: 'weights', aggregates: ['nope'] }], runs: 5 })).rejects.toThrow(ChisoError);
  });

  it('perturbs every aggregate’s child weights by ±25% when no source is given (the CLI default)', async () => {
    const implicit = await uncertainty(pillarsModel(), { runs: 8, seed: 3 });
    const explicit = await uncertainty(pillarsModel(), { sources: [{ kind: 'weights', noise: 0.25 }], runs: 8, seed: 3 });
    expect(implicit).toEqual(explicit);
  });

  it('summarises the ranks of any node', async () => {
    const result = await uncertainty(pillarsModel(), { sources: [{ kind: 'weights', noise: 0.25, aggregates: ['same'] }], runs: 10, node: 'same', seed: 1 });
    // Weights of "same" cannot move its scores (both indicators are equal for every unit).
    expect(result.units.map((unit) => [unit.nominalRank, unit.best, unit.worst])).toEqual([
      [2, 2, 2],
      [1, 1, 1],
      [3, 3, 3],
      [4, 4, 4],
    ]);
  });
});

describe('review: hostile options', () => {
  it('runs × units beyond memory is a RangeError naming uncertainty (was "Invalid typed array length")', async () => {
    await expect(uncertainty(pillarsModel(), { runs: 1e12, seed: 1 })).rejects.toThrow(/^uncertainty: 1000000000000 runs × 4 units would keep/);
  });
});

describe('review: callbacks checked before the runs', () => {
  it('an onProgress that is not a function is a TypeError naming the option (was "options.onProgress is not a function" mid-run); a signal that is not one is refused (it never aborted)', async () => {
    await expect(uncertainty(pillarsModel(), { runs: 3, onProgress: 5 as never })).rejects.toThrow(/^uncertainty: option "onProgress" is 5; expected a function/);
    await expect(uncertainty(pillarsModel(), { runs: 3, signal: 'stop' as never })).rejects.toThrow(/^uncertainty: option "signal" is "stop"; expected an AbortSignal/);
  });
});

describe('review: noisy data beyond float64', () => {
  it('a run whose data noise overflows is counted as failed with its reason (the analysis threw a RangeError from the engine)', async () => {
    const model = fastModel(PILLARS_FRAMEWORK, PILLARS_DATA);
    const result = await uncertainty(model, { sources: [{ kind: 'data', noise: 'multiplicative', distribution: 'normal', size: 1e308 }], runs: 5, seed: 1 });
    expect(result.status.failed).toBeGreaterThan(0);
    expect(result.status.ok + result.status.failed).toBe(5);
    expect(result.status.reasons[0]?.reason).toMatch(/^the noisy value of "[a-z0-9]+" for the unit at position \d is -?Infinity: beyond float64/);
  });
});

describe('review: chunks that are not an analysis\'s own', () => {
  it('a chunk whose ranks do not fill its runs, or no chunk at all, is a TypeError naming mergeUncertainty (a short ranks gave a top-k probability of 0.5 over 1 run)', async () => {
    const model = pillarsModel();
    const options = { sources: [{ kind: 'weights' as const, noise: 0.25 }], runs: 10, seed: 1 };
    const first = await uncertainty(model, { ...options, runRange: { from: 0, to: 5 } });
    const second = await uncertainty(model, { ...options, runRange: { from: 5, to: 10 } });
    expect(() => mergeUncertainty([first, { ...second, ranks: new Int32Array(3) }])).toThrow(/^mergeUncertainty: chunk 1 is an object, not the result of uncertainty\(\) with a runRange/);
    expect(() => mergeUncertainty([first, { ...second, runOk: new Uint8Array(0) }])).toThrow(TypeError);
    expect(() => mergeUncertainty([first, null as never])).toThrow(/^mergeUncertainty: chunk 1 is null/);
    expect(mergeUncertainty([second, first]).status.ok).toBe(10);
  });
});

describe('review: a dataset without units', () => {
  it('is a ChisoError saying there is nothing to analyse (uncertainty said "topK must be from 1 to 0; got 0", sensitivity listed every run as failed)', async () => {
    const empty = fastModel(PILLARS_FRAMEWORK, { units: [] });
    await expect(uncertainty(empty, { runs: 5 })).rejects.toThrow(ChisoError);
    await expect(uncertainty(empty, { runs: 5 })).rejects.toMatchObject({ issues: [{ code: 'undefined_computation', path: ['units'] }] });
    const { modelSensitivity } = await import('../../../src/analysis/index.js');
    await expect(modelSensitivity(empty, { sources: [{ kind: 'weights', noise: 0.25 }], output: { kind: 'mean-rank-shift' }, n: 8 })).rejects.toMatchObject({ issues: [{ code: 'undefined_computation', path: ['units'] }] });
  });
});
