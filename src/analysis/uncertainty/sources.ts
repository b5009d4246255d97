/**
 * Sources of uncertainty for Monte Carlo and Sobol' analyses of a model, as plain data (a CLI or
 * a JSON file can give them): weight noise, alternative methods, indicator exclusion, data noise
 * and missing-data policy alternatives. Combine any number of them in a list.
 *
 * @module
 */
import type { AggregationSchema, MissingPolicySchema, NormalisationInput } from '../../model/framework.js';
import type * as z from 'zod';

/**
 * How the inputs of one source become Sobol' factors (each factor gets one first- and one
 * total-order index): `one` (default) — the whole source is one factor; `per-aggregate` — one
 * factor per aggregate whose weights (or method, or policy) vary; `per-item` — one per weight,
 * indicator or aggregate.
 */
export type SourceFactors = 'one' | 'per-aggregate' | 'per-item';

/** What every source may say. */
interface SourceBase {
  /** The source's name: its factor in a sensitivity analysis (default its kind, `#2`… when repeated). */
  readonly name?: string;
  /** How its inputs become Sobol' factors (see {@link SourceFactors}); ignored by Monte Carlo. */
  readonly factors?: SourceFactors;
}

/**
 * Uniform weight noise, exactly COINr's `get_noisy_weights`: each child weight w of the chosen
 * aggregates becomes w · (1 + u), u ~ U(−noise, noise), independently.
 */
export interface UniformWeightSource extends SourceBase {
  readonly kind: 'weights';
  readonly distribution?: 'uniform';
  /** The largest relative change, e.g. 0.25 for ±25% (default 0.25; COINr's `NoiseFactor`). */
  readonly noise?: number;
  /** Aggregates whose children's weights vary (default: every aggregate). */
  readonly aggregates?: readonly string[];
}

/**
 * Dirichlet weight noise: the children's weight shares of each chosen aggregate are drawn from a
 * Dirichlet distribution with mean the nominal shares and parameters concentration × share (the
 * larger the concentration, the closer to nominal); the weights keep their nominal sum. Children
 * of weight 0 keep 0.
 */
export interface DirichletWeightSource extends SourceBase {
  readonly kind: 'weights';
  readonly distribution: 'dirichlet';
  /** Total concentration (> 0): the share variance is share (1 − share) / (concentration + 1). */
  readonly concentration: number;
  /** Aggregates whose children's weights vary (default: every aggregate). */
  readonly aggregates?: readonly string[];
}

/** How a discrete choice applies to its targets: one draw for all of them, or one each. */
export type ChoiceScope = 'together' | 'each';

/** Alternative normalisations, drawn with the given probabilities (default equal). */
export interface NormalisationSource extends SourceBase {
  readonly kind: 'normalisation';
  /** The alternatives, as a framework writes them (`{ method: 'zscore' }`). */
  readonly alternatives: readonly NormalisationInput[];
  /** One per alternative, summing to 1 (default equal). */
  readonly probabilities?: readonly number[];
  /** Indicators concerned (default: every indicator). */
  readonly indicators?: readonly string[];
  /** `together` (default, as COINr varies a method): one draw for all; `each`: one per indicator. */
  readonly choice?: ChoiceScope;
}

/** Alternative aggregations, drawn with the given probabilities (default equal). */
export interface AggregationSource extends SourceBase {
  readonly kind: 'aggregation';
  readonly alternatives: readonly z.input<typeof AggregationSchema>[];
  readonly probabilities?: readonly number[];
  /** Aggregates concerned (default: every aggregate). */
  readonly aggregates?: readonly string[];
  readonly choice?: ChoiceScope;
}

/** Alternative missing-data policies, drawn with the given probabilities (default equal). */
export interface MissingPolicySource extends SourceBase {
  readonly kind: 'missing';
  readonly alternatives: readonly z.input<typeof MissingPolicySchema>[];
  readonly probabilities?: readonly number[];
  /** Aggregates concerned (default: every aggregate). */
  readonly aggregates?: readonly string[];
  readonly choice?: ChoiceScope;
}

/**
 * Indicator exclusion: each run drops `count` indicators drawn at random (without replacement),
 * or drops each indicator independently with `probability`. Give exactly one of the two.
 */
export interface ExclusionSource extends SourceBase {
  readonly kind: 'exclusion';
  readonly count?: number;
  readonly probability?: number;
  /** Indicators that may be dropped (default: every indicator). */
  readonly indicators?: readonly string[];
}

/**
 * Noise on the raw values, drawn independently for every unit and indicator (missing values stay
 * missing): `multiplicative` — v · (1 + e); `additive` — v + e · sd, with sd the indicator's
 * (population) standard deviation over the units. e ~ N(0, size²) (`normal`) or U(−size, size)
 * (`uniform`).
 */
export interface DataNoiseSource extends SourceBase {
  readonly kind: 'data';
  readonly noise: 'multiplicative' | 'additive';
  readonly distribution: 'normal' | 'uniform';
  /** The standard deviation (normal) or half-width (uniform) of e: ≥ 0. */
  readonly size: number;
  /** Indicators concerned (default: every indicator). */
  readonly indicators?: readonly string[];
}

/**
 * One source of uncertainty, as plain data.
 *
 * @example
 * const sources: UncertaintySource[] = [
 *   { kind: 'weights', noise: 0.25 },
 *   { kind: 'normalisation', alternatives: [{ method: 'minmax' }, { method: 'zscore' }] },
 *   { kind: 'exclusion', count: 1 },
 * ];
 * sources.length; // => 3
 */
export type UncertaintySource =
  | UniformWeightSource
  | DirichletWeightSource
  | NormalisationSource
  | AggregationSource
  | MissingPolicySource
  | ExclusionSource
  | DataNoiseSource;

/**
 * The default source of `chiso uncertainty`: every aggregate's child weights perturbed by ±25%,
 * uniformly (COINr's `get_noisy_weights` with `NoiseFactor = 0.25` at every level).
 *
 * @example
 * DEFAULT_UNCERTAINTY_SOURCES; // => [{ kind: 'weights', noise: 0.25 }]
 */
export const DEFAULT_UNCERTAINTY_SOURCES: readonly UncertaintySource[] = [{ kind: 'weights', noise: 0.25 }];
