/**
 * Monte Carlo uncertainty and Sobol' sensitivity on worker threads, with results identical to the
 * single-threaded `uncertainty` and `modelSensitivity` (`chiso/analysis`) for the same seed.
 *
 * The pool is tinypool (a small, dependency-free pool for Node's worker_threads, the one vitest
 * runs on; piscina, its parent, pulls in a native optional dependency). Each analysis starts a
 * pool, splits its runs into blocks, and closes the pool when done. Every run draws from its own
 * random stream (run r from stream r), so however the runs are split the numbers are the same;
 * the blocks are merged exactly (`mergeUncertainty`, and the Sobol' outputs in run order).
 *
 * @module
 */
import { setMaxListeners } from 'node:events';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { fastModel } from '../engine/fast/model.js';
import type { NumberLocale } from '../io/number.js';
import { anything, checkOptions } from '../model/arguments.js';
import { describeValue } from '../model/describe.js';
import { abortSignal, bootstrapOption, callback, sobolIndicesBatched, type AbortSignalLike, type SensitivityProgress } from '../analysis/sensitivity/sobol-indices.js';
import { mergeUncertainty } from '../analysis/uncertainty/merge-uncertainty.js';
import { modelSensitivity, sensitivityMeasure, type ModelSensitivityOptions, type ModelSensitivityResult } from '../analysis/uncertainty/model-sensitivity.js';
import type { UncertainModel } from '../analysis/uncertainty/model-structure.js';
import type { UncertaintyResult } from '../analysis/uncertainty/rank-summary.js';
import { uncertainty, type UncertaintyOptions } from '../analysis/uncertainty/uncertainty.js';
import type { ModelSource, WorkerAnswer, WorkerTask } from './worker-task.js';

/** How the work is spread over threads. */
export interface ParallelOptions {
  /** Worker threads (default: the cores available, `os.availableParallelism()`); 1 runs in this thread. */
  readonly threads?: number;
  /** How numbers written as text in the dataset are read, as for `score`. */
  readonly locale?: NumberLocale | undefined;
  /** Blocks of runs (default 4 per thread; each carries a copy of the framework and dataset): more blocks give finer progress, fewer less overhead. */
  readonly blocks?: number;
}

/** The worker script: the built one next to this module, or (running from the sources) the TypeScript one through tsx. */
function workerFile(): string {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return new URL('./worker-source.mjs', here).href;
  // bundled, this code may sit in dist/node/index.js, dist/cli.js or a shared chunk in dist/
  for (const candidate of ['./worker.js', './node/worker.js', '../node/worker.js']) {
    const url = new URL(candidate, here);
    if (existsSync(fileURLToPath(url))) return url.href;
  }
  throw new Error(`chiso/node: the worker script dist/node/worker.js is missing next to ${here}; reinstall chiso`);
}

function threadsOf(name: string, options: ParallelOptions): number {
  const threads = options.threads ?? Math.max(1, availableParallelism());
  if (!Number.isInteger(threads) || threads < 1 || threads > 256) throw new RangeError(`${name}: threads is ${describeValue(options.threads)}; expected a whole number from 1 to 256`);
  return threads;
}

function blocksOf(name: string, options: ParallelOptions, threads: number, runs: number): number {
  const blocks = options.blocks ?? threads * 4;
  if (!Number.isInteger(blocks) || blocks < 1) throw new RangeError(`${name}: blocks is ${describeValue(options.blocks)}; expected a whole number, at least 1`);
  return Math.max(1, Math.min(blocks, runs));
}

let analyses = 0;

/** A model source for the workers, and the same model compiled here. */
function modelSource(framework: unknown, dataset: unknown, locale: NumberLocale | undefined): { source: ModelSource; model: UncertainModel } {
  analyses += 1;
  const source = { key: `${process.pid}-${analyses}-${Date.now()}`, framework, dataset, locale };
  return { source, model: fastModel(framework, dataset, locale === undefined ? {} : { locale }) as UncertainModel };
}

/** The source as workers will receive it: a TypeError naming the function when it cannot be copied (a function in the dataset's metadata). */
function checkCloneable(name: string, source: ModelSource): void {
  try {
    structuredClone(source);
  } catch (error) {
    throw new TypeError(`${name}: the framework or dataset cannot be copied to worker threads (${error instanceof Error ? error.message : String(error)}); give plain data — no functions or class instances — or threads: 1`);
  }
}

/**
 * The Node flags workers start with: the process's own, except those about a main script given as
 * text (`node --input-type=module -e "…"` puts the flag and the code in `process.execArgv`, and a
 * worker given them fails to start).
 *
 * @example
 * workerFlags(['--input-type=module', '-e', 'console.log(1)', '--enable-source-maps']); // => ['--enable-source-maps']
 */
export function workerFlags(flags: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < flags.length; index += 1) {
    const flag = flags[index] as string;
    if (flag === '-e' || flag === '--eval' || flag === '-p' || flag === '--print') {
      index += 1; // the code that follows
      continue;
    }
    if (/^--(input-type|eval|print)(=|$)/.test(flag)) continue;
    kept.push(flag);
  }
  return kept;
}

async function withPool<T>(threads: number, signal: AbortSignalLike | undefined, work: (run: (task: WorkerTask) => Promise<WorkerAnswer>) => Promise<T>): Promise<T> {
  const pool = new Tinypool({ filename: workerFile(), minThreads: threads, maxThreads: threads, isolateWorkers: false, execArgv: workerFlags(process.execArgv) });
  // One listener on the caller's signal, forwarded to a signal of our own that every task listens to:
  // a task per block added a listener each to the caller's signal (Node warned of a leak past 10),
  // and a signal-like object without addEventListener is still honoured.
  const own = new AbortController();
  setMaxListeners(0, own.signal);
  const forward = (): void => own.abort(signal?.reason);
  const target = signal as Partial<EventTarget> | undefined;
  if (signal?.aborted === true) forward();
  else target?.addEventListener?.('abort', forward, { once: true });
  try {
    return await work((task) => pool.run(task, signal === undefined ? {} : { signal: own.signal }) as Promise<WorkerAnswer>);
  } finally {
    target?.removeEventListener?.('abort', forward);
    await pool.destroy();
  }
}

const UNCERTAINTY_OPTIONS = { sources: anything, runs: anything, seed: anything, node: anything, topK: anything, onProgress: callback, signal: abortSignal, threads: anything, locale: anything, blocks: anything };

/**
 * {@link uncertainty} on worker threads: the runs are split into blocks, each block computed by a
 * worker on its own copy of the model, and the blocks merged. The result is identical to
 * `uncertainty(fastModel(framework, dataset), options)` with the same seed, for any number of
 * threads. The framework and dataset are given as data (they are copied to each thread).
 *
 * @example
 * const result = await uncertaintyInWorkers(desi2022, dataset, { runs: 10000, seed: 1, threads: 2 });
 * result.status.ok; // => 10000
 */
export async function uncertaintyInWorkers(framework: unknown, dataset: unknown, options: Omit<UncertaintyOptions, 'runRange'> & ParallelOptions): Promise<UncertaintyResult> {
  if (typeof options !== 'object' || (options as unknown) === null) throw new TypeError(`uncertaintyInWorkers: the options are ${describeValue(options)}; expected { runs, seed, threads, … }`);
  checkOptions('uncertaintyInWorkers', options, UNCERTAINTY_OPTIONS);
  const threads = threadsOf('uncertaintyInWorkers', options);
  const { threads: _threads, locale, blocks: _blocks, onProgress, signal, ...analysis } = options;
  const { source, model } = modelSource(framework, dataset, locale);
  // checked here, in this thread, so a mistake is reported once and before any worker starts
  if (threads === 1) return await uncertainty(model, options.onProgress === undefined && signal === undefined ? analysis : { ...analysis, ...(onProgress === undefined ? {} : { onProgress }), ...(signal === undefined ? {} : { signal }) });
  await uncertainty(model, { ...analysis, runRange: { from: 0, to: 0 } });
  checkCloneable('uncertaintyInWorkers', source);
  const runs = analysis.runs;
  const blockCount = blocksOf('uncertaintyInWorkers', options, threads, runs);
  let done = 0;
  return await withPool(threads, signal, async (run) => {
    const chunks = await Promise.all(
      Array.from({ length: blockCount }, async (_block, index) => {
        const from = Math.floor((runs * index) / blockCount);
        const to = Math.floor((runs * (index + 1)) / blockCount);
        const answer = (await run({ kind: 'uncertainty', model: source, options: analysis, runRange: { from, to } })) as UncertaintyResult;
        done += to - from;
        onProgress?.({ done, total: runs } satisfies SensitivityProgress);
        return answer;
      }),
    );
    return mergeUncertainty(chunks);
  });
}

const SENSITIVITY_OPTIONS = { sources: anything, output: anything, n: anything, seed: anything, sequence: anything, scramble: anything, skip: anything, secondOrder: anything, bootstrap: bootstrapOption, onProgress: callback, signal: abortSignal, threads: anything, locale: anything, blocks: anything };

/**
 * {@link modelSensitivity} on worker threads: the Saltelli sample is drawn here, its runs are
 * evaluated in blocks by the workers, and the indices are estimated here — identical to
 * `modelSensitivity(fastModel(framework, dataset), options)` with the same seed.
 *
 * @example
 * const result = await modelSensitivityInWorkers(desi2022, dataset, { sources: [{ kind: 'weights', noise: 0.25, factors: 'per-aggregate' }], output: { kind: 'mean-rank-shift' }, n: 1024, seed: 1, threads: 2 });
 */
export async function modelSensitivityInWorkers(framework: unknown, dataset: unknown, options: ModelSensitivityOptions & ParallelOptions): Promise<ModelSensitivityResult> {
  if (typeof options !== 'object' || (options as unknown) === null) throw new TypeError(`modelSensitivityInWorkers: the options are ${describeValue(options)}; expected { sources, output, n, threads, … }`);
  checkOptions('modelSensitivityInWorkers', options, SENSITIVITY_OPTIONS);
  const threads = threadsOf('modelSensitivityInWorkers', options);
  const { threads: _threads, locale, blocks, ...analysis } = options;
  const { source, model } = modelSource(framework, dataset, locale);
  if (threads === 1) return await modelSensitivity(model, analysis);
  // checked and turned into inputs here, so a mistake is reported before any worker starts
  const { inputs } = sensitivityMeasure(model, analysis);
  checkCloneable('modelSensitivityInWorkers', source);
  const { sources: _sources, output, onProgress: _onProgress, signal: _signal, ...sampling } = analysis;
  const { onProgress, signal } = analysis;
  const blockCount = blocks ?? threads * 4;
  if (!Number.isInteger(blockCount) || blockCount < 1) throw new RangeError(`modelSensitivityInWorkers: blocks is ${describeValue(blocks)}; expected a whole number, at least 1`);
  const task = { sources: analysis.sources, output, n: analysis.n };
  return await withPool(threads, signal, async (run) => {
    const estimate = await sobolIndicesBatched(
      async (rows, width, first) => {
        const answer = (await run({ kind: 'sensitivity', model: source, options: task, rows, width })) as { outputs: Float64Array; failures: readonly { run: number; reason: string }[] };
        return { outputs: answer.outputs, failures: answer.failures.map((failure) => ({ run: first + failure.run, reason: failure.reason })) };
      },
      inputs,
      { ...sampling, blocks: blockCount, ...(onProgress === undefined ? {} : { onProgress }), ...(signal === undefined ? {} : { signal }) },
    );
    return { ...estimate, output };
  });
}
