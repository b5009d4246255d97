/**
 * Every kind of source together on a real framework (DESI 2022, 27 countries + EU, four levels),
 * through the exact reference model: the run statuses add up, nothing is NaN, the same seed
 * replays, and the rank intervals contain the nominal ranks of the stable leaders. A handful of
 * runs only: the exact engine is the slow reference here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { uncertainty, type UncertaintySource } from '../../../src/analysis/index.js';
import { datasetFromCsv, desi2022 } from '../../../src/index.js';
import { exactModel } from './exact-model.js';

const dataset = datasetFromCsv(readFileSync(new URL('../../../examples/data/desi-2022.csv', import.meta.url), 'utf8'));

describe('uncertainty on DESI 2022', () => {
  it('combines every source, counts every run and replays', async () => {
    const model = exactModel(desi2022, dataset);
    const sources: UncertaintySource[] = [
      { kind: 'weights', noise: 0.25 },
      { kind: 'aggregation', alternatives: [{ method: 'mean' }, { method: 'geometric' }], aggregates: [model.root] },
      { kind: 'exclusion', count: 2 },
      { kind: 'data', noise: 'multiplicative', distribution: 'normal', size: 0.02 },
    ];
    const options = { sources, runs: 6, seed: 2022 };
    const result = await uncertainty(model, options);
    expect(result.status.ok + result.status.failed).toBe(6);
    expect(result.status.ok).toBeGreaterThan(0);
    expect(result.failures.map((failure) => failure.run)).toEqual(Array.from(result.runOk.keys()).filter((row) => result.runOk[row] === 0));
    expect(result.units).toHaveLength(28);
    for (const unit of result.units) {
      for (const value of [unit.mean, unit.median, unit.lower, unit.upper, unit.best, unit.worst, unit.topK]) expect(value === null || Number.isFinite(value)).toBe(true);
    }
    const finland = result.units.find((unit) => unit.unit === 'FI');
    expect(finland?.nominalRank).toBe(1);
    expect(finland?.best).toBe(1);
    expect((finland?.worst ?? 99) <= 3).toBe(true);
    // The EU row is scored, never ranked.
    expect(result.units.find((unit) => unit.unit === 'EU')?.ranked).toBe(0);
    const replay = await uncertainty(model, options);
    expect(replay).toEqual(result);
  }, 60_000);

  it('draws Dirichlet weights for the main dimensions', async () => {
    const model = exactModel(desi2022, dataset);
    const result = await uncertainty(model, { sources: [{ kind: 'weights', distribution: 'dirichlet', concentration: 40, aggregates: [model.root] }], runs: 4, seed: 1 });
    expect(result.status).toEqual({ ok: 4, failed: 0, reasons: [] });
  }, 60_000);
});
