/**
 * The contract of the fast (float64) engine: a model compiled once from a framework and a
 * dataset, run many times with overrides — the shape scenarios, Monte Carlo uncertainty, Sobol'
 * sensitivity and targets are written against.
 *
 * @module
 */
import type { NumberLocale } from '../../io/number.js';
import type { AggregationInput, Framework, MissingPolicyInput, NormalisationInput } from '../../model/framework.js';
import type { ChisoIssue } from '../../model/issues.js';
import type { FastMethods, FastPlan } from './plan.js';

/**
 * Edits applied to a {@link FastModel} for one run, without recompiling the framework or
 * revalidating the dataset. Every key names a node or unit of the model; a name that is not there
 * is a `RangeError` naming it. The base model is never changed.
 */
export interface FastOverrides {
  /** A node's weight within its parent, by node id (indicators and aggregates). */
  readonly weights?: Readonly<Record<string, number>>;
  /**
   * An indicator's normalisation, replaced whole (method and parameters, defaults filled in as in a
   * framework; a `RangeError` when they are not valid for the indicator).
   */
  readonly normalisations?: Readonly<Record<string, NormalisationInput>>;
  /** An aggregate's aggregation, replaced whole (method and parameters, defaults filled in). */
  readonly aggregations?: Readonly<Record<string, AggregationInput>>;
  /** An aggregate's missing-data policy, replaced whole (defaults filled in). */
  readonly missing?: Readonly<Record<string, MissingPolicyInput>>;
  /** Nodes removed (indicators or aggregates): their parent aggregates the children left. */
  readonly drop?: readonly string[];
  /** Units scored but not ranked (like `ranking.exclude`), by unit id. */
  readonly exclude?: readonly string[];
  /**
   * An indicator's raw values replaced, one per unit in dataset order (before any denominator);
   * `NaN` marks a missing value.
   */
  readonly values?: Readonly<Record<string, Float64Array>>;
  /**
   * Every node's weight by position (`FastModel.nodeIndex`), as `FastModel.weights()` returns them:
   * the low-allocation way to give many weights per run (Monte Carlo, Sobol'). `weights` given too
   * are applied on top. Only the aggregates whose children's weights differ from the framework's
   * are computed again.
   */
  readonly weightVector?: Float64Array;
}

/**
 * Options for `fastModel`.
 *
 * @example
 * // fastModel(framework, rows, { locale: 'vi-VN', methods: { aggregate: { mean: myMean } } })
 */
export interface FastModelOptions {
  /** How numbers written as text in the dataset are read, as for `score` (see `validateDataset`). */
  readonly locale?: NumberLocale | undefined;
  /**
   * Normalisation and aggregation methods of your own, by the method name a spec (in the framework
   * or in an override) gives, used before the built-in ones. Each needs a `prepareFloat`.
   */
  readonly methods?: FastMethods | undefined;
}

/** One run of a {@link FastModel}: columns by node, in the dataset's unit order. */
export interface FastRun {
  /**
   * False when the framework's rules stopped the run: a missing-data policy `fail` met a gap, or a
   * method was undefined for the data (all values equal under min–max). `problems` says where.
   */
  readonly ok: boolean;
  /** What stopped the run, each with its path (empty when `ok`). */
  readonly problems: readonly ChisoIssue[];
  /**
   * Scores on the framework's scale (an indicator: its normalised value × scale), one per unit;
   * read only where {@link FastRun.present} is 1 (elsewhere 0, never NaN).
   */
  scores(nodeId: string): Float64Array;
  /**
   * The node's internal values before the framework's scale (an indicator's normalised value, an
   * aggregate's score on 0–1 for bounded methods), as parents aggregate them; 0 where absent.
   */
  values(nodeId: string): Float64Array;
  /** 1 where the unit has a score at the node, 0 where it has none. */
  present(nodeId: string): Uint8Array;
  /**
   * Ranks at the node (1 = best) as the framework ranks — its tie rule, its direction, among
   * ranked units with a score; 0 for a unit without a rank.
   */
  ranks(nodeId: string): Int32Array;
}

/** A framework and a dataset compiled for repeated float64 runs. */
export interface FastModel {
  /** Unit ids in the dataset's order (the order of every column). */
  readonly unitIds: readonly string[];
  /** Node ids, parents before children (the order of `ScoreResult.nodes`). */
  readonly nodeIds: readonly string[];
  /** The top index's id. */
  readonly root: string;
  /** The compiled framework, as plain data. */
  readonly plan: FastPlan;
  /** A node's position (in `nodeIds`, in `weights()`, in `FastOverrides.weightVector`); a RangeError for an unknown id. */
  nodeIndex(nodeId: string): number;
  /** A fresh copy of every node's weight by position (the framework's weights). */
  weights(): Float64Array;
  /** The run of the framework as written, computed once when the model was made. */
  readonly base: FastRun;
  /** The validated framework the model was compiled from (defaults filled in); never changed. */
  readonly framework: Framework;
  /**
   * An indicator's raw values as given (before any denominator), one per unit in `unitIds` order,
   * `NaN` where missing — a fresh copy; a RangeError for an aggregate or an unknown id.
   */
  rawValues(indicatorId: string): Float64Array;
  /** Runs the model with the overrides (none: the framework as written). */
  run(overrides?: FastOverrides): FastRun;
}
