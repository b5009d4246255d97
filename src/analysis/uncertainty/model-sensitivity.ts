/**
 * Sobol' sensitivity of a model's ranking to its sources of uncertainty: the sources become the
 * inputs ({@link sourceInputs}) and {@link sobolIndices} estimates first- and total-order indices
 * of one scalar output.
 *
 * @module
 */
import { anything, checkOptions } from '../../model/arguments.js';
import { describeValue, quoteText } from '../../model/describe.js';
import { ChisoError, issue } from '../../model/issues.js';
import { didYouMean } from '../../model/suggest.js';
import { checkSampleSize, type SaltelliOptions, type SensitivityInput } from '../sensitivity/saltelli.js';
import { abortSignal, bootstrapOption, callback, sobolIndices, type AbortSignalLike, type BootstrapOptions, type SensitivityProgress, type SobolIndicesResult } from '../sensitivity/sobol-indices.js';
import type { UncertainModel } from './model-structure.js';
import { prepareSources } from './prepare-sources.js';
import { sourceInputs } from './source-inputs.js';
import type { UncertaintySource } from './sources.js';

/**
 * The scalar output whose variance is decomposed:
 * - `rank`: one unit's rank at a node (default the top index);
 * - `score`: one unit's score at a node;
 * - `mean-rank-shift`: the mean |rank − nominal rank| over the units ranked in both (COINr's
 *   "mean absolute rank change", the output of its `get_sensitivity`).
 */
export type SensitivityOutput =
  | { readonly kind: 'rank'; readonly unit: string; readonly node?: string }
  | { readonly kind: 'score'; readonly unit: string; readonly node?: string }
  | { readonly kind: 'mean-rank-shift'; readonly node?: string };

/** Options for {@link modelSensitivity}. */
export interface ModelSensitivityOptions extends SaltelliOptions {
  readonly sources: readonly UncertaintySource[];
  readonly output: SensitivityOutput;
  /** Bootstrap settings (default 1000 resamples, 95%, seeded from `seed`), or `false`. */
  readonly bootstrap?: BootstrapOptions | false;
  readonly onProgress?: (progress: SensitivityProgress) => void;
  readonly signal?: AbortSignalLike;
}

/** The result of {@link modelSensitivity}: Sobol' indices per factor, and the output they are of. */
export interface ModelSensitivityResult extends SobolIndicesResult {
  readonly output: SensitivityOutput;
}

const OPTIONS = { sources: anything, output: anything, n: anything, seed: anything, sequence: anything, scramble: anything, skip: anything, secondOrder: anything, bootstrap: bootstrapOption, onProgress: callback, signal: abortSignal };

/**
 * Variance-based sensitivity of a ranking to its sources of uncertainty: first- and total-order
 * Sobol' indices (Saltelli sampling; Saltelli 2010 and Jansen estimators; bootstrap intervals) of
 * one output — a unit's rank or score, or the mean absolute rank shift — with one factor per
 * source (or per aggregate / item, as each source's `factors` says). N (g + 2) model runs for g
 * factors. A run that cannot be computed makes the analysis fail with a ChisoError listing every
 * such run (an index over a subset of runs would be biased).
 *
 * @example
 * const result = await modelSensitivity(model, {
 *   sources: [{ kind: 'weights', noise: 0.25, aggregates: ['desi'], factors: 'per-item' }],
 *   output: { kind: 'mean-rank-shift' },
 *   n: 512,
 *   seed: 1,
 * });
 * result.indices.map((index) => index.name); // => ['weights:dim1', 'weights:dim2', 'weights:dim3', 'weights:dim4']
 */
export async function modelSensitivity(model: UncertainModel, options: ModelSensitivityOptions): Promise<ModelSensitivityResult> {
  const { inputs, measure } = sensitivityMeasure(model, options);
  const { sources: _sources, output: _output, ...rest } = options;
  const result = await sobolIndices(measure, inputs, rest);
  return { ...result, output: options.output };
}

/**
 * What {@link modelSensitivity} runs: the Sobol' inputs its sources become, and the output as a
 * function of one input vector (a ChisoError when the run cannot be computed). Exposed so that the
 * runs can be made elsewhere — on worker threads (`chiso/node`), with the same numbers.
 *
 * @example
 * const { inputs, measure } = sensitivityMeasure(model, { sources: [{ kind: 'weights', noise: 0.25 }], output: { kind: 'mean-rank-shift' }, n: 64 });
 * measure(inputs.map(() => 0)); // => 0 (every weight as written: no unit moves)
 */
export function sensitivityMeasure(model: UncertainModel, options: ModelSensitivityOptions): { inputs: SensitivityInput[]; measure: (values: readonly number[]) => number } {
  if (typeof options !== 'object' || (options as unknown) === null) throw new TypeError(`modelSensitivity: the options are ${describeValue(options)}; expected { sources, output, n, … }`);
  checkOptions('modelSensitivity', options, OPTIONS);
  checkSampleSize(options.n, 'modelSensitivity');
  const { output } = options;
  if (typeof output !== 'object' || (output as unknown) === null || !['rank', 'score', 'mean-rank-shift'].includes(output.kind)) {
    throw new TypeError(`modelSensitivity: output is ${describeValue(output)}; expected { kind: 'rank' | 'score', unit } or { kind: 'mean-rank-shift' }`);
  }
  const outputKeys = output.kind === 'mean-rank-shift' ? ['kind', 'node'] : ['kind', 'unit', 'node'];
  for (const key of Object.keys(output)) if (!outputKeys.includes(key)) throw new TypeError(`modelSensitivity: output ${quoteText(output.kind)} has no key ${quoteText(key)}${didYouMean(key, outputKeys)}; its keys are ${outputKeys.join(', ')}`);
  if (model.unitIds.length === 0) throw new ChisoError([issue('undefined_computation', ['units'], 'the dataset has no units, so there is no ranking whose sensitivity to analyse')], 'There is nothing to analyse');
  const node = output.node ?? model.root;
  if (!model.nodeIds.includes(node)) throw new RangeError(`modelSensitivity: the model has no node ${quoteText(String(node))}${typeof node === 'string' ? didYouMean(node, model.nodeIds) : ''}`);
  let unitIndex = -1;
  if (output.kind !== 'mean-rank-shift') {
    unitIndex = model.unitIds.indexOf(output.unit);
    if (unitIndex < 0) throw new RangeError(`modelSensitivity: the model has no unit ${quoteText(String(output.unit))}${typeof output.unit === 'string' ? didYouMean(output.unit, model.unitIds) : ''}`);
  }
  const { inputs, runOverrides } = sourceInputs(prepareSources(model, options.sources));
  const nominal = model.run();
  if (!nominal.ok) throw new ChisoError(nominal.problems, 'the model as written cannot be computed');
  const nominalRanks = nominal.ranks(node);
  const unitLabel = output.kind === 'mean-rank-shift' ? '' : quoteText(output.unit);
  const measure = (values: readonly number[]): number => {
    const run = model.run(runOverrides(values));
    if (!run.ok) throw new ChisoError(run.problems, 'the run cannot be computed');
    if (output.kind === 'score') {
      if (run.present(node)[unitIndex] !== 1) throw new ChisoError([issue('undefined_computation', ['output'], `${unitLabel} has no score at ${quoteText(node)} in this run`)]);
      return run.scores(node)[unitIndex] as number;
    }
    const ranks = run.ranks(node);
    if (output.kind === 'rank') {
      const rank = ranks[unitIndex] as number;
      if (rank === 0) throw new ChisoError([issue('undefined_computation', ['output'], `${unitLabel} has no rank at ${quoteText(node)} in this run`)]);
      return rank;
    }
    let sum = 0;
    let count = 0;
    for (let unit = 0; unit < ranks.length; unit += 1) {
      const rank = ranks[unit] as number;
      const before = nominalRanks[unit] as number;
      if (rank === 0 || before === 0) continue;
      sum += Math.abs(rank - before);
      count += 1;
    }
    if (count === 0) throw new ChisoError([issue('undefined_computation', ['output'], `no unit is ranked at ${quoteText(node)} both nominally and in this run`)]);
    return sum / count;
  };
  return { inputs: [...inputs], measure };
}
