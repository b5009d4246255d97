/**
 * What uncertainty and sensitivity analyses read of a model beyond running it: the framework it
 * was compiled from (the tree, nominal weights and methods) and the raw values (for data noise).
 *
 * @module
 */
import type { FastModel, FastOverrides, FastRun } from '../../engine/fast/types.js';
import type { Framework } from '../../model/framework.js';

/**
 * The structure of a compiled model: the validated framework it runs (its tree, nominal weights,
 * methods and missing-data policies), and, for data noise, each indicator's raw values.
 */
export interface ModelStructure {
  /** The validated framework the model was compiled from (defaults filled in), never changed. */
  readonly framework: Framework;
  /**
   * An indicator's raw values, one per unit in the model's unit order (before any denominator);
   * `NaN` where missing. Needed only by data-noise sources.
   */
  readonly rawValues?: (indicatorId: string) => Float64Array;
  /**
   * Every node's weight by position in `nodeIds` (a fresh copy), as `FastModel.weights()` gives
   * them. A model that gives them must take them back as `FastOverrides.weightVector`: the analyses
   * then pass each run's weights as one vector instead of a record by id (the fast path).
   */
  readonly weights?: () => Float64Array;
}

/**
 * What {@link uncertainty} and {@link modelSensitivity} take: a {@link FastModel} (or any model
 * that runs with the same overrides and reports the same columns) with its structure.
 *
 * @example
 * const model: UncertainModel = fastModel(framework, dataset);
 * model.framework.root.id === model.root; // => true
 */
export interface UncertainModel extends ModelStructure, Pick<FastModel, 'unitIds' | 'nodeIds' | 'root'> {
  run(overrides?: FastOverrides): UncertainRun;
}

/** What the analyses read of a run: whether it was computed, and its scores and ranks. */
export type UncertainRun = Pick<FastRun, 'ok' | 'problems' | 'scores' | 'present' | 'ranks'>;
