/**
 * What a worker thread of `chiso/node` does with one task: a block of Monte Carlo runs or of
 * Sobol' runs, on a model it compiles once per analysis and keeps for the analysis' later blocks.
 * Kept apart from the thread's entry (worker.ts) so it can be tested in the main thread.
 *
 * @module
 */
import { fastModel } from '../engine/fast/model.js';
import type { NumberLocale } from '../io/number.js';
import { ChisoError } from '../model/issues.js';
import { sensitivityMeasure, type ModelSensitivityOptions } from '../analysis/uncertainty/model-sensitivity.js';
import type { UncertainModel } from '../analysis/uncertainty/model-structure.js';
import type { RunRange, UncertaintyResult } from '../analysis/uncertainty/rank-summary.js';
import { uncertainty, type UncertaintyOptions } from '../analysis/uncertainty/uncertainty.js';

/** The model an analysis runs: the inputs as the caller gave them, read in the same way everywhere. */
export interface ModelSource {
  /** Identifies the analysis: blocks with the same key reuse the compiled model. */
  readonly key: string;
  readonly framework: unknown;
  readonly dataset: unknown;
  readonly locale?: NumberLocale | undefined;
}

/** One block of work for a worker. */
export type WorkerTask =
  | { readonly kind: 'uncertainty'; readonly model: ModelSource; readonly options: Omit<UncertaintyOptions, 'onProgress' | 'signal' | 'runRange'>; readonly runRange: RunRange }
  | { readonly kind: 'sensitivity'; readonly model: ModelSource; readonly options: Omit<ModelSensitivityOptions, 'onProgress' | 'signal'>; readonly rows: Float64Array; readonly width: number };

/** What a block gives back. */
export type WorkerAnswer = UncertaintyResult | { readonly outputs: Float64Array; readonly failures: readonly { readonly run: number; readonly reason: string }[] };

/** Models compiled in this thread, by analysis key (the latest few). */
const models = new Map<string, UncertainModel>();
const KEPT_MODELS = 4;

function modelFor(source: ModelSource): UncertainModel {
  const known = models.get(source.key);
  if (known !== undefined) return known;
  const model = fastModel(source.framework, source.dataset, source.locale === undefined ? {} : { locale: source.locale }) as UncertainModel;
  models.set(source.key, model);
  for (const key of models.keys()) {
    if (models.size <= KEPT_MODELS) break;
    models.delete(key);
  }
  return model;
}

/**
 * Runs one block. Uncertainty blocks are `uncertainty` with a run range (merged by
 * `mergeUncertainty`); Sobol' blocks evaluate each row of `rows` (`width` inputs each) and report a
 * run the model cannot compute by its index within the block and its reason, as `sobolIndices`
 * words it.
 *
 * @example
 * const answer = await runWorkerTask({ kind: 'uncertainty', model: { key: 'a', framework: desi2022, dataset }, options: { runs: 100, seed: 1 }, runRange: { from: 0, to: 50 } });
 */
export async function runWorkerTask(task: WorkerTask): Promise<WorkerAnswer> {
  const model = modelFor(task.model);
  if (task.kind === 'uncertainty') return await uncertainty(model, { ...task.options, runRange: task.runRange });
  const { measure } = sensitivityMeasure(model, task.options);
  const count = task.rows.length / task.width;
  const outputs = new Float64Array(count);
  const failures: { run: number; reason: string }[] = [];
  for (let run = 0; run < count; run += 1) {
    try {
      outputs[run] = measure(Array.from(task.rows.subarray(run * task.width, (run + 1) * task.width)));
    } catch (error) {
      if (!(error instanceof ChisoError)) throw error;
      outputs[run] = Number.NaN;
      failures.push({ run, reason: error.issues.map((problem) => problem.message).join('; ') });
    }
  }
  return { outputs, failures };
}
