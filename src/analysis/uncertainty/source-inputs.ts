/**
 * Uncertainty sources as the inputs of a Sobol' analysis: a fixed list of numbers per run, and
 * the map from those numbers back to a run's overrides.
 *
 * @module
 */
import type { FastOverrides } from '../../engine/fast/types.js';
import { ChisoError, issue } from '../../model/issues.js';
import type { SensitivityInput } from '../sensitivity/saltelli.js';
import { finishOverrides } from './draw-overrides.js';
import { emptyDraft, type PreparedSources, type SourceSampler } from './prepare-sources.js';

/** Sources as Sobol' inputs (see {@link sourceInputs}). */
export interface SourceInputs {
  /** The inputs, source by source; inputs of one factor share a `group`. */
  readonly inputs: readonly SensitivityInput[];
  /** The factors (one index each), in order of first appearance. */
  readonly factors: readonly string[];
  /** A run's overrides from one point (one value per input); a ChisoError when the point cannot be computed. */
  toOverrides(values: readonly number[]): FastOverrides;
  /**
   * As `toOverrides`, for a run made at once: on a model that takes weights by position, the
   * weights come as a `weightVector` that the next call reuses (see `overrideDrawer`).
   */
  runOverrides(values: readonly number[]): FastOverrides;
}

/**
 * Maps sources to Sobol' inputs. Each source gives:
 * - uniform weight noise: one uniform input in [−noise, noise] per weight (weight × (1 + x));
 * - discrete alternatives: one discrete input (the alternative's position), or one per target
 *   with `choice: 'each'`;
 * - exclusion with `probability`: one in/out input per indicator (1 = dropped, with probability p);
 * - draws that are not a fixed set of independent numbers — Dirichlet weights, exclusion of
 *   `count` indicators, data noise — one uniform input per draw that seeds it (a "trigger"
 *   factor: its index is the share of variance due to that draw).
 * Factors follow each source's `factors` (`one` by default: the whole source is one factor). A
 * source that varies nothing, or that cannot be split as asked, is refused with a ChisoError
 * saying why.
 *
 * @example
 * const { inputs, factors, toOverrides } = sourceInputs(prepareSources(model, [{ kind: 'weights', noise: 0.25, aggregates: ['index'] }]));
 * factors; // => ['weights']
 * toOverrides(inputs.map(() => 0)); // => nominal weights
 */
export function sourceInputs(prepared: PreparedSources): SourceInputs {
  const inputs: SensitivityInput[] = [];
  const offsets: number[] = [];
  const problems = prepared.samplers.flatMap((sampler, index) => {
    offsets.push(inputs.length);
    if (typeof sampler.inputs === 'string') return [issue('invalid_method', ['sources', index], `source ${index} (${sampler.name}) cannot be a sensitivity input: ${sampler.inputs}`)];
    inputs.push(...sampler.inputs);
    return [];
  });
  if (problems.length > 0) throw new ChisoError(problems, 'these sources cannot be the inputs of a sensitivity analysis');
  const factors: string[] = [];
  for (const input of inputs) {
    const factor = input.group ?? input.name;
    if (!factors.includes(factor)) factors.push(factor);
  }
  const count = inputs.length;
  const positions = prepared.byPosition;
  const vector = positions === null ? null : new Float64Array(positions.nominal.length);
  const overridesOf = (name: string, values: readonly number[], reuse: boolean): FastOverrides => {
    if (values.length !== count) throw new RangeError(`${name}: expected ${count} input values (one per input); got ${values.length}`);
    let draft = emptyDraft();
    if (reuse && positions !== null && vector !== null) {
      vector.set(positions.nominal);
      draft = { ...draft, weightVector: vector };
    }
    for (let index = 0; index < prepared.samplers.length; index += 1) (prepared.samplers[index] as SourceSampler).apply(values, offsets[index] ?? 0, draft);
    return finishOverrides(prepared, draft);
  };
  return {
    inputs,
    factors,
    toOverrides: (values) => overridesOf('toOverrides', values, false),
    runOverrides: (values) => overridesOf('runOverrides', values, true),
  };
}
