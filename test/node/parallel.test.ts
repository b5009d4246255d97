/**
 * Monte Carlo and Sobol' on worker threads give exactly what the single-threaded analyses give for
 * the same seed (every run draws from its own stream; the blocks are merged exactly), whatever the
 * number of threads and blocks.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fastModel, modelSensitivity, uncertainty } from '../../src/analysis/index.js';
import { datasetFromCsv, desi2022 } from '../../src/index.js';
import { modelSensitivityInWorkers, uncertaintyInWorkers } from '../../src/node/index.js';
import { workerFlags } from '../../src/node/parallel.js';

const dataset = datasetFromCsv(readFileSync(new URL('../../examples/data/desi-2022.csv', import.meta.url), 'utf8'));

describe('analyses on worker threads', () => {
  it('uncertaintyInWorkers with 2 threads and 7 blocks equals uncertainty in one thread (DESI 2022, ±25% weights, 300 runs)', async () => {
    const options = { runs: 300, seed: 7, sources: [{ kind: 'weights' as const, noise: 0.25 }] };
    const single = await uncertainty(fastModel(desi2022, dataset), options);
    const progress: number[] = [];
    const parallel = await uncertaintyInWorkers(desi2022, dataset, { ...options, threads: 2, blocks: 7, onProgress: ({ done }) => progress.push(done) });
    expect(parallel).toEqual(single);
    expect(progress.at(-1)).toBe(300);
    expect(parallel.status.ok).toBe(300);
  }, 60_000);

  it('modelSensitivityInWorkers with 2 threads equals modelSensitivity in one thread', async () => {
    const options = { sources: [{ kind: 'weights' as const, noise: 0.25, aggregates: ['desi'], factors: 'per-item' as const }], output: { kind: 'mean-rank-shift' as const }, n: 64, seed: 3, bootstrap: { resamples: 50 } };
    const single = await modelSensitivity(fastModel(desi2022, dataset), options);
    const parallel = await modelSensitivityInWorkers(desi2022, dataset, { ...options, threads: 2, blocks: 5 });
    expect(parallel).toEqual(single);
    expect(parallel.indices.map((index) => index.name)).toEqual(['weights:dim1', 'weights:dim2', 'weights:dim3', 'weights:dim4']);
  }, 60_000);

  it('threads: 1 runs in this thread; a mistake is reported before any worker starts', async () => {
    const single = await uncertaintyInWorkers(desi2022, dataset, { runs: 20, seed: 1, threads: 1 });
    expect(single.status.ok).toBe(20);
    await expect(uncertaintyInWorkers(desi2022, dataset, { runs: 20, threads: 0 })).rejects.toThrow(/threads is 0; expected a whole number from 1 to 256/);
    await expect(uncertaintyInWorkers(desi2022, dataset, { runs: 20, node: 'nope', threads: 2 })).rejects.toThrow(/nope/);
    await expect(uncertaintyInWorkers(desi2022, dataset, { runs: 20, thread: 2 } as never)).rejects.toThrow(/unknown option "thread" — did you mean "threads"\?/);
  }, 60_000);
});

describe('review: hostile input on worker threads', () => {
  it('a dataset that cannot be copied to workers (a function in its metadata) is a TypeError naming the function, before any worker starts (was a raw DataCloneError)', async () => {
    const withFunction = { ...dataset, metadata: { made: () => 1 } } as never;
    await expect(uncertaintyInWorkers(desi2022, withFunction, { runs: 20, threads: 2 })).rejects.toThrow(/^uncertaintyInWorkers: the framework or dataset cannot be copied to worker threads \(.*\); give plain data/);
    await expect(modelSensitivityInWorkers(desi2022, withFunction, { sources: [{ kind: 'weights', noise: 0.25 }], output: { kind: 'mean-rank-shift' }, n: 8, threads: 2 })).rejects.toThrow(/^modelSensitivityInWorkers: the framework or dataset cannot be copied/);
    expect((await uncertaintyInWorkers(desi2022, withFunction, { runs: 5, threads: 1 })).status.ok).toBe(5);
  }, 60_000);

  it('many blocks under one live signal: no MaxListenersExceededWarning (a listener per block was added to the caller\'s signal); an abort mid-run rejects', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => void warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const controller = new AbortController();
      const result = await uncertaintyInWorkers(desi2022, dataset, { runs: 60, seed: 1, threads: 2, blocks: 30, signal: controller.signal });
      expect(result.status.ok).toBe(60);
      const late = new AbortController();
      const running = uncertaintyInWorkers(desi2022, dataset, { runs: 200_000, seed: 1, threads: 2, blocks: 30, signal: late.signal });
      setTimeout(() => late.abort(new Error('stop')), 200);
      await expect(running).rejects.toThrow();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
    }
  }, 60_000);

  it('an AbortSignal already aborted rejects with an AbortError and no hung pool', async () => {
    await expect(uncertaintyInWorkers(desi2022, dataset, { runs: 200, threads: 2, signal: AbortSignal.abort() })).rejects.toThrow(/abort/i);
  }, 60_000);
});

describe('workerFlags', () => {
  it('keeps Node flags but drops a main script given as text and its input type', () => {
    expect(workerFlags(['--input-type=module', '-e', 'console.log(1)', '--max-old-space-size=4096'])).toEqual(['--max-old-space-size=4096']);
    expect(workerFlags(['--eval=1', '-p', '2', '--enable-source-maps'])).toEqual(['--enable-source-maps']);
  });
});

const built = fileURLToPath(new URL('../../dist/node/index.js', import.meta.url));

// Runs where the package has been built (CI builds before testing): the worker script is found
// next to the bundled code, from ESM and from CommonJS.
describe.skipIf(!existsSync(built))('the built package on worker threads', () => {
  it('finds dist/node/worker.js from ESM and CJS and gives the single-thread result', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const script = (format: 'esm' | 'cjs'): string => {
      const load = format === 'esm' ? "const { uncertaintyInWorkers } = await import('./dist/node/index.js'); const { datasetFromCsv, desi2022 } = await import('./dist/index.js');" : "const { uncertaintyInWorkers } = require('./dist/node/index.cjs'); const { datasetFromCsv, desi2022 } = require('./dist/index.cjs');";
      const body = `const dataset = datasetFromCsv(require('node:fs').readFileSync('examples/data/desi-2022.csv', 'utf8')); const result = await uncertaintyInWorkers(desi2022, dataset, { runs: 200, seed: 5, threads: 2 }); console.log(JSON.stringify(result.units.map((unit) => [unit.unit, unit.median, unit.lower, unit.upper])));`;
      return format === 'esm' ? `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); ${load} ${body}` : `(async () => { ${load} ${body} })();`;
    };
    const esm = execFileSync(process.execPath, ['--input-type=module', '-e', script('esm')], { cwd: root, encoding: 'utf8' });
    const cjs = execFileSync(process.execPath, ['--input-type=commonjs', '-e', script('cjs')], { cwd: root, encoding: 'utf8' });
    expect(cjs).toBe(esm);
    expect(JSON.parse(esm)).toHaveLength(28);
  }, 60_000);
});
