/**
 * The contract every aggregation method fulfils.
 *
 * @module
 */
import type { Aggregation } from '../../model/framework.js';
import type { Exact } from '../../engine/decimal.js';

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
  /** Problems with the parameters, each a message (the caller adds the path). */
  check(params: P): string[];
  /** Prepares the per-unit function, with every constant computed once. */
  prepare(params: P, weights: readonly Exact[]): (values: readonly (Exact | null)[]) => Exact;
}
