/**
 * The contract every aggregation method fulfils.
 *
 * @module
 */
import type { Aggregation } from '../../model/framework.js';
import type { Exact } from '../../engine/decimal.js';
import type { ValueProblem } from '../normalise/types.js';

/**
 * An aggregation method. `prepare` runs once per node with the children's weights; the function it
 * returns runs once per unit with the children's scores on 0–1 (`null` for a child skipped under
 * the `reweight` policy) and returns the node's score on 0–1, or throws `ValueProblem`.
 */
export interface AggregateMethod<P extends Aggregation = Aggregation> {
  /** The name a framework file uses: `"method": "mean"`. */
  readonly name: P['method'];
  /**
   * True when the score is a weighted sum of the children's scores, so each child's contribution
   * is its effective weight times its score (used by `explainUnit`).
   */
  readonly linear: boolean;
  /**
   * What the result reports for a node aggregated this way, beyond its score — read by the engine
   * instead of the method's name: `points` (the children's weights are maximum points: the node
   * and its indicator children report points earned) and `criteriaMet` (the node reports how many
   * children reach {@link AggregateMethod.threshold}).
   */
  readonly reports: AggregateReports;
  /** Problems with the parameters, each a message (the caller adds the path). */
  check(params: P): string[];
  /** Prepares the per-unit function, with every constant computed once. */
  prepare(params: P, weights: readonly Exact[]): (values: readonly (Exact | null)[]) => Exact;
  /**
   * For a method that compares units with one another (Copeland's outranking), whose score for a
   * unit depends on the other units' values: prepared once per node, the function scores every unit
   * the missing-data policy keeps at once — one result per entry, a score or the `ValueProblem`
   * that makes it undefined for that unit. When present, the exact engine calls it instead of the
   * per-unit function, and the fast engine gives `prepareFloat` the reference units
   * (`FloatAggregateInput.reference`) and runs the node again when the ranked units change.
   */
  prepareAcrossUnits?(params: P, weights: readonly Exact[]): (units: readonly UnitInputs[]) => readonly (Exact | ValueProblem)[];
  /**
   * For methods that report criteria met: the score (on 0–1) a child must reach to count as met,
   * as a decimal text.
   */
  threshold?(params: P): string;
  /**
   * The same aggregation in float64 for the fast engine, over whole columns at once: prepared once
   * per node (the weights are given per call, so a run that only changes weights prepares nothing),
   * the function writes every unit's score into `input.out`, and `NaN` where the exact method would
   * throw `ValueProblem` (no child with a value, a non-positive input to a geometric mean). A
   * method of your own without it cannot run in the fast engine (a `TypeError` naming it).
   */
  prepareFloat?(params: P): (input: FloatAggregateInput) => void;
}

/** One unit's inputs to a method that compares units ({@link AggregateMethod.prepareAcrossUnits}). */
export interface UnitInputs {
  /** The children's scores as the per-unit function would get them (`null`: skipped under `reweight`). */
  readonly values: readonly (Exact | null)[];
  /** Whether the unit is one the others are compared with: a ranked unit (not an "EU average" row). */
  readonly reference: boolean;
}

/** What a node aggregated by a method reports beyond its score (see {@link AggregateMethod.reports}). */
export interface AggregateReports {
  readonly points: boolean;
  readonly criteriaMet: boolean;
}

/** One node's children as columns, for {@link AggregateMethod.prepareFloat}. */
export interface FloatAggregateInput {
  /**
   * Each child's values on 0–1, one per unit (a lower-is-better aggregate child already turned to
   * 1 − s); 0 where the child has no value.
   */
  readonly children: readonly Float64Array[];
  /** The children's weights. */
  readonly weights: Float64Array;
  /**
   * Per child, 1 where the unit's value takes part and 0 where it is skipped (missing, re-weighted
   * away); `null` when every unit's value takes part.
   */
  readonly present: readonly (Uint8Array | null)[];
  /** Where to write each unit's score (its former content is garbage). */
  readonly out: Float64Array;
  /** A column the method may use for its own work (its former content is garbage). */
  readonly scratch: Float64Array;
  /**
   * 1 for the units the others are compared with — ranked units that the missing-data policy keeps
   * — for methods that compare units ({@link AggregateMethod.prepareAcrossUnits}); the fast engine
   * always gives it. Absent: every unit.
   */
  readonly reference?: Uint8Array;
}
