/**
 * The contract every normalisation method fulfils.
 *
 * @module
 */
import type { Direction, Normalisation } from '../../model/framework.js';
import type { ChisoIssue } from '../../model/issues.js';
import type { Exact } from '../../engine/decimal.js';
import type { Rational } from '../../engine/rational.js';

/** A problem with one value (for example a zero where the method divides by the value). */
export class ValueProblem {
  constructor(
    readonly code: ChisoIssue['code'],
    readonly message: string,
  ) {}
}

/**
 * The value of the unit a method names ({@link NormaliseMethod.namedUnit}: the benchmark unit of
 * distance to a reference unit), after any denominator: `present` with its value, `missing` when the
 * unit has no value for the indicator, `unknown` when no unit of the dataset has that id.
 */
export type NamedValue<T> = { readonly status: 'present'; readonly value: T } | { readonly status: 'missing' | 'unknown' };

/** What a method is given when it is prepared for one indicator in one run. */
export interface NormaliseContext {
  /** Whether higher or lower raw values are better. */
  readonly direction: Direction;
  /**
   * The present values of the reference units (the ranked units), after any denominator, for
   * methods that learn from the data (min–max, z-score, percentile, best unit). Empty otherwise.
   */
  readonly reference: readonly Exact[];
  /** The value of the unit {@link NormaliseMethod.namedUnit} names (absent when it names none). */
  readonly named?: NamedValue<Exact>;
}

/**
 * What a method's float64 form is given: the same as {@link NormaliseContext}, as doubles (the
 * present values of the ranked units after any denominator; empty unless the method is data-driven).
 */
export interface FloatNormaliseContext {
  readonly direction: Direction;
  readonly reference: Float64Array;
  readonly named?: NamedValue<number>;
}

/** What an affine method is given: the same as {@link NormaliseContext}, in exact rationals. */
export interface AffineContext {
  readonly direction: Direction;
  readonly reference: readonly Rational[];
  readonly named?: NamedValue<Rational>;
}

/**
 * A normalisation that is affine in the value, then held within optional bounds:
 * `n = min(max(scale·x + offset, floor), ceiling)`. Bounds are 0 or 1.
 */
export interface Affine {
  readonly scale: Rational;
  readonly offset: Rational;
  readonly floor: Rational | null;
  readonly ceiling: Rational | null;
}

/**
 * A normalisation method: checks its parameters once, then prepares a function with every
 * constant computed once per indicator, so the per-value work is a few decimal operations.
 */
export interface NormaliseMethod<P extends Normalisation = Normalisation> {
  /** The name a framework file uses: `"method": "goalposts"`. */
  readonly name: P['method'];
  /** True when, with these parameters, the method needs the reference units' values. */
  dataDriven(params: P): boolean;
  /**
   * The id of a unit whose value the method needs (the benchmark of distance to a reference unit),
   * or `null`; the executors then give that unit's value as `context.named`. Absent: none.
   */
  namedUnit?(params: P): string | null;
  /** Problems with the parameters for this direction, each a message (the caller adds the path). */
  check(params: P, direction: Direction): string[];
  /**
   * Prepares the per-value function. Throws `ValueProblem` when the data make the method undefined
   * (all reference values equal for min–max); the returned function throws `ValueProblem` for a
   * value it cannot normalise.
   */
  prepare(params: P, context: NormaliseContext): (value: Exact) => Exact;
  /**
   * The same normalisation as an exact affine map, for methods that are one (goalposts, min–max,
   * distance to a target, share, identity, ratio to the best when higher is better); `null`
   * otherwise. Frameworks whose indicators all have one, and whose aggregates are arithmetic means,
   * are computed in exact rational arithmetic. Throws `ValueProblem` exactly when `prepare` would.
   */
  affine?(params: P, context: AffineContext): Affine | null;
  /** Whether `affine` applies for these parameters and direction (true when absent). */
  isAffine?(params: P, direction: Direction): boolean;
  /**
   * The same normalisation in float64, for the fast engine (`fastModel` in `chiso/analysis`):
   * prepared once per indicator and run, it returns the per-value function. It throws
   * `ValueProblem` exactly when {@link NormaliseMethod.prepare} would (and the per-value function
   * exactly when the exact one would). Every built-in method has one; an affine method derives it
   * from its `affine` declaration with `affineToFloat`, so it is written once. A method of your
   * own without it cannot run in the fast engine (a `TypeError` naming it).
   */
  prepareFloat?(params: P, context: FloatNormaliseContext): FloatNormaliser;
}

/**
 * A float64 normalisation of one value (throwing `ValueProblem` where the exact one would), and
 * optionally the same over a whole column at once, which the fast engine uses when it is there: it
 * writes `out[u]` for every unit with `present[u] === 1` (it may write the others) and must give exactly what the per-value
 * function gives (an affine map has one; see `floatAffineMap`).
 */
export interface FloatNormaliser {
  (value: number): number;
  /** Returns true when every value written is finite (false: the caller checks them one by one). */
  readonly column?: (values: Float64Array, present: Uint8Array, out: Float64Array) => boolean;
}
