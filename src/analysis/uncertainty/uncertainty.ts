/**
 * Monte Carlo uncertainty analysis of a ranking: run the model many times with the sources'
 * random edits and summarise each unit's rank.
 *
 * @module
 */
import { anything, checkOptions } from '../../model/arguments.js';
import { describeValue, quoteText } from '../../model/describe.js';
import { ChisoError, formatPath, issue, type ChisoIssue } from '../../model/issues.js';
import { didYouMean } from '../../model/suggest.js';
import { createRandom } from '../random.js';
import { abortSignal, callback, type AbortSignalLike, type SensitivityProgress } from '../sensitivity/sobol-indices.js';
import { overrideDrawer } from './draw-overrides.js';
import type { UncertainModel } from './model-structure.js';
import { prepareSources } from './prepare-sources.js';
import { summariseRanks, type RunFailure, type RunRange, type UncertaintyResult } from './rank-summary.js';
import { DEFAULT_UNCERTAINTY_SOURCES, type UncertaintySource } from './sources.js';

/** Options for {@link uncertainty}. */
export interface UncertaintyOptions {
  /** The sources of uncertainty, combined in every run (default {@link DEFAULT_UNCERTAINTY_SOURCES}: every aggregate's child weights ±25%, uniformly). */
  readonly sources?: readonly UncertaintySource[];
  /** How many runs the whole analysis has. */
  readonly runs: number;
  /** Seed (default 0): run r draws from `createRandom(seed, r)`. */
  readonly seed?: number | bigint;
  /** The node whose ranks are summarised (default the top index). */
  readonly node?: string;
  /** k of the top-k probabilities (default 10, or the number of units if fewer). */
  readonly topK?: number;
  /** Compute only these runs (a chunk for a worker); merge the chunks with {@link mergeUncertainty}. */
  readonly runRange?: RunRange;
  /** Called about every 1% of the runs and at the end. */
  readonly onProgress?: (progress: SensitivityProgress) => void;
  /** Stops the analysis: the promise rejects with an `AbortError` saying how many runs were done. */
  readonly signal?: AbortSignalLike;
}

const UNCERTAINTY_OPTIONS = { sources: anything, runs: anything, seed: anything, node: anything, topK: anything, runRange: anything, onProgress: callback, signal: abortSignal };

/** How long the loop computes before letting the event loop run (so an abort is seen). */
const SLICE_MILLISECONDS = 20;

/** A run's problems as a failure: in one sentence (the first three, and how many more), and their kind. */
function failureOf(run: number, problems: readonly ChisoIssue[]): RunFailure {
  const shown = problems.slice(0, 3).map((problem) => problem.message);
  if (problems.length > 3) shown.push(`… and ${problems.length - 3} more`);
  const kinds = [...new Set(problems.map((problem) => `${problem.code} at ${formatPath(problem.path)}`))];
  return { run, reason: shown.join('; '), kind: kinds.length > 3 ? `${kinds.slice(0, 3).join('; ')}; … and ${kinds.length - 3} more` : kinds.join('; ') };
}

function yieldToEventLoop(): Promise<void> | undefined {
  const schedule = (globalThis as { setTimeout?: (callback: () => void, delay: number) => unknown }).setTimeout;
  return schedule === undefined ? undefined : new Promise((resolve) => schedule(resolve, 0));
}

function aborted(signal: AbortSignalLike, done: number, total: number): Error {
  const error = new Error(`the uncertainty analysis was aborted after ${done} of ${total} runs${signal.reason instanceof Error ? `: ${signal.reason.message}` : signal.reason === undefined ? '' : `: ${String(signal.reason)}`}`, { cause: signal.reason });
  error.name = 'AbortError';
  return Object.assign(error, { done, total });
}

/**
 * Monte Carlo uncertainty of a ranking. Each run r draws the sources' edits from its own random
 * stream, `createRandom(seed, r)`, runs the model, and records the ranks at `node`; the same seed
 * gives the same result on any machine and however the runs are split (`runRange` + {@link
 * mergeUncertainty}). A run that cannot be computed — weights all zero after noise, a missing-data
 * policy `fail` meeting a gap — is counted in `status` with its reason, never dropped silently;
 * summaries are over the computed runs (`status.ok`).
 *
 * Per unit: nominal rank, mean, median and 5th–95th percentile ranks (R's type-7 quantiles, as
 * COINr's `get_sensitivity`), best and worst, the probability of the top k, and the distribution.
 *
 * Memory: the ranks of every run, 4 bytes × runs × units (10⁴ runs × 10,000 units: 400 MB).
 *
 * @example
 * const result = await uncertainty(model, { sources: [{ kind: 'weights', noise: 0.25 }], runs: 1000, seed: 1 });
 * result.status; // => { ok: 1000, failed: 0, reasons: [] }
 * result.units[0]; // => { unit: 'FI', nominalRank: 1, median: 1, lower: 1, upper: 2, … }
 */
export async function uncertainty(model: UncertainModel, options: UncertaintyOptions): Promise<UncertaintyResult> {
  if (typeof model !== 'object' || (model as unknown) === null || typeof model.run !== 'function') throw new TypeError(`uncertainty: the model is ${describeValue(model)}; expected a model from fastModel(framework, dataset)`);
  if (typeof options !== 'object' || (options as unknown) === null) throw new TypeError(`uncertainty: the options are ${describeValue(options)}; expected { sources, runs, … }`);
  checkOptions('uncertainty', options, UNCERTAINTY_OPTIONS);
  const { runs } = options;
  if (!(Number.isSafeInteger(runs) && runs >= 1)) throw new RangeError(`uncertainty: runs must be a positive whole number; got ${describeValue(runs)}`);
  const seed = options.seed ?? 0;
  if (!(typeof seed === 'bigint' || Number.isSafeInteger(seed))) throw new RangeError(`uncertainty: seed must be a safe integer or a bigint; got ${describeValue(seed)}`);
  const node = options.node ?? model.root;
  if (!model.nodeIds.includes(node)) throw new RangeError(`uncertainty: the model has no node ${quoteText(String(node))}${typeof node === 'string' ? didYouMean(node, model.nodeIds) : ''}`);
  const unitCount = model.unitIds.length;
  if (unitCount === 0) throw new ChisoError([issue('undefined_computation', ['units'], 'the dataset has no units, so there is no ranking whose uncertainty to analyse')], 'There is nothing to analyse');
  const topK = options.topK ?? Math.min(10, unitCount);
  if (!(Number.isSafeInteger(topK) && topK >= 1 && topK <= Math.max(1, unitCount))) throw new RangeError(`uncertainty: topK must be a whole number from 1 to ${unitCount} (the units); got ${describeValue(topK)}`);
  const range = options.runRange ?? { from: 0, to: runs };
  if (typeof range !== 'object' || !(Number.isSafeInteger(range.from) && Number.isSafeInteger(range.to) && range.from >= 0 && range.from <= range.to && range.to <= runs)) {
    throw new RangeError(`uncertainty: runRange must be { from, to } with 0 ≤ from ≤ to ≤ runs (${runs}); got ${describeValue(range)}`);
  }
  // the ranks of every run are kept (4 bytes each): refused before allocating, not a crash or an engine's "Invalid typed array length"
  if ((range.to - range.from) * unitCount > 2 ** 28) throw new RangeError(`uncertainty: ${range.to - range.from} runs × ${unitCount} units would keep ${((range.to - range.from) * unitCount).toExponential(2)} ranks; at most 2^28 (1 GB) at once: compute the runs in chunks (runRange) on separate machines or take fewer runs`);
  const sources = options.sources ?? DEFAULT_UNCERTAINTY_SOURCES;
  const prepared = prepareSources(model, sources);
  const draw = overrideDrawer(prepared);
  const nominal = model.run();
  if (!nominal.ok) throw new ChisoError(nominal.problems, 'the model as written cannot be computed, so there is no nominal ranking to compare with');
  const nominalRanks = Int32Array.from(nominal.ranks(node));

  const total = range.to - range.from;
  const ranks = new Int32Array(total * unitCount);
  const runOk = new Uint8Array(total);
  const failures: RunFailure[] = [];
  const step = Math.max(1, Math.floor(total / 100));
  let sliceStart = Date.now();
  const { signal } = options;
  const isAborted = (): boolean => signal?.aborted === true;
  if (signal !== undefined && isAborted()) throw aborted(signal, 0, total);
  for (let row = 0; row < total; row += 1) {
    const run = range.from + row;
    try {
      const overrides = draw(createRandom(seed, run));
      const result = model.run(overrides);
      if (result.ok) {
        ranks.set(result.ranks(node), row * unitCount);
        runOk[row] = 1;
      } else failures.push(failureOf(run, result.problems));
    } catch (error) {
      if (!(error instanceof ChisoError)) throw error;
      failures.push(failureOf(run, error.issues));
    }
    const done = row + 1;
    if (done % step === 0 || done === total) options.onProgress?.({ done, total });
    if (Date.now() - sliceStart >= SLICE_MILLISECONDS) {
      await yieldToEventLoop();
      sliceStart = Date.now();
    }
    if (signal !== undefined && done < total && isAborted()) throw aborted(signal, done, total);
  }
  return summariseRanks({ node, seed, runs, runRange: { from: range.from, to: range.to }, topK, sources, unitIds: [...model.unitIds], nominalRanks, ranks, runOk, failures });
}
