/**
 * Evaluating the fast plan in float64: an indicator column from its (denominated) values, an
 * aggregate column from its children's columns, with the missing-data policies applied exactly as
 * the exact engine's `decideMissing` applies them.
 *
 * @module
 */
import type { FloatAggregateInput } from '../../methods/aggregate/types.js';
import { ValueProblem, type FloatNormaliser, type NamedValue, type NormaliseMethod } from '../../methods/normalise/types.js';
import type { MissingPolicy, Normalisation } from '../../model/framework.js';
import { issue, type ChisoIssue } from '../../model/issues.js';
import { quoteText } from '../../model/describe.js';
import type { FloatColumn } from './columns.js';
import type { FastPlan } from './plan.js';

/**
 * One node's figures in one run: internal values (0–1 for bounded methods), presence and problems.
 *
 * @example
 * // { values: Float64Array [0.5, 0], present: Uint8Array [1, 0], count: 1, fed: values, problems: [] }
 */
export interface NodeColumn {
  /** Internal values (an indicator's normalised value, an aggregate's score before the scale); 0 where absent. */
  readonly values: Float64Array;
  readonly present: Uint8Array;
  /** How many units have a value. */
  readonly count: number;
  /** What the node feeds its parent: the values, or 1 − s for a lower-is-better aggregate (0 where absent). */
  readonly fed: Float64Array;
  /** What stopped the node for some units (empty when nothing did). */
  readonly problems: readonly ChisoIssue[];
}

/** Rethrows anything that is not a `ValueProblem` (a bug, not bad data). */
function valueProblem(problem: unknown): ValueProblem {
  if (problem instanceof ValueProblem) return problem;
  throw problem;
}

/**
 * An indicator's values after its denominator (`x ÷ variable × per`); a unit whose divisor is
 * missing or zero has no value, and a problem says so.
 *
 * @example
 * // raw 30 and 50, population 1000 and 0, per 100: values 3 and none (a problem: "divided by … which is zero")
 */
export function denominatedInput(plan: FastPlan, position: number, raw: FloatColumn, divisor: FloatColumn | null, unitIds: readonly string[]): { input: FloatColumn; problems: ChisoIssue[] } {
  const denominator = plan.denominators[position] ?? null;
  if (denominator === null || divisor === null) return { input: raw, problems: [] };
  const unitCount = raw.values.length;
  const values = new Float64Array(unitCount);
  const present = new Uint8Array(unitCount);
  const problems: ChisoIssue[] = [];
  for (let unit = 0; unit < unitCount; unit += 1) {
    if (raw.present[unit] === 0) continue;
    const by = divisor.values[unit] as number;
    if (divisor.present[unit] === 0 || by === 0) {
      problems.push(issue('undefined_computation', ['units', unit, 'values', denominator.variable], `unit ${quoteText(unitIds[unit] ?? '')}: ${quoteText(plan.nodeIds[position] ?? '')} is divided by ${quoteText(denominator.variable)}, which is ${divisor.present[unit] === 0 ? 'missing' : 'zero'}`));
      continue;
    }
    values[unit] = ((raw.values[unit] as number) / by) * denominator.per;
    present[unit] = 1;
  }
  return { input: { values, present }, problems };
}

/**
 * An indicator's column: its normalisation prepared on the ranked units' values, then applied to every unit.
 *
 * @example
 * // min–max over ranked units 2, 4, 6 (an unranked 8 scores 1.5): values 0, 0.5, 1, 1.5
 */
export function evaluateIndicator(
  plan: FastPlan,
  position: number,
  input: FloatColumn,
  inputProblems: readonly ChisoIssue[],
  normalisation: Normalisation,
  method: NormaliseMethod,
  ranked: Uint8Array,
  unitIds: readonly string[],
  /** The normalisation already prepared (methods that do not learn from the data: prepared once per model). */
  prepared: FloatNormaliser | null = null,
): NodeColumn {
  const unitCount = input.values.length;
  const id = plan.nodeIds[position] ?? '';
  const problems: ChisoIssue[] = [...inputProblems];
  const values = new Float64Array(unitCount);
  const direction = plan.directions[position] ?? 'higher';
  let referenceSize = 0;
  const dataDriven = method.dataDriven(normalisation);
  if (dataDriven) for (let unit = 0; unit < unitCount; unit += 1) if (input.present[unit] === 1 && ranked[unit] === 1) referenceSize += 1;
  const reference = new Float64Array(referenceSize);
  if (dataDriven) {
    let next = 0;
    for (let unit = 0; unit < unitCount; unit += 1) if (input.present[unit] === 1 && ranked[unit] === 1) reference[next++] = input.values[unit] as number;
  }
  let normalise: FloatNormaliser | null = prepared;
  if (normalise === null) try {
    // floatNormaliseMethod made sure the method has a float form
    const namedId = method.namedUnit?.(normalisation) ?? null;
    const namedIndex = namedId === null ? -1 : unitIds.indexOf(namedId);
    const named: NamedValue<number> | undefined = namedId === null ? undefined : namedIndex === -1 ? { status: 'unknown' } : input.present[namedIndex] === 1 ? { status: 'present', value: input.values[namedIndex] as number } : { status: 'missing' };
    normalise = (method.prepareFloat as NonNullable<NormaliseMethod['prepareFloat']>)(normalisation, named === undefined ? { direction, reference } : { direction, reference, named });
  } catch (problem) {
    const failure = valueProblem(problem);
    problems.push(issue(failure.code, [...(plan.paths[position] ?? []), 'normalisation'], `indicator ${quoteText(id)} (${normalisation.method}): ${failure.message}`));
  }
  let count = 0;
  if (normalise === null) return { values, present: new Uint8Array(unitCount), count, fed: values, problems };
  const given = input.values;
  const givenPresent = input.present;
  let unit = 0;
  let checked = false;
  if (normalise.column !== undefined) {
    checked = normalise.column(given, givenPresent, values);
    unit = unitCount;
    if (checked) {
      // every value finite: the input's presence is the column's (shared, never written); a
      // column form may have written something where a unit has no value
      for (let index = 0; index < unitCount; index += 1) count += givenPresent[index] as number;
      if (count < unitCount) for (let index = 0; index < unitCount; index += 1) if (givenPresent[index] === 0) values[index] = 0;
      return { values, present: givenPresent, count, fed: values, problems };
    }
  }
  const present = new Uint8Array(unitCount);
  if (normalise.column !== undefined) present.set(givenPresent);
  // The loop runs outside the try: a value the method refuses restarts it after that unit.
  while (unit < unitCount) {
    try {
      for (; unit < unitCount; unit += 1) {
        if (givenPresent[unit] === 0) continue;
        const value = normalise(given[unit] as number);
        values[unit] = value;
        present[unit] = 1;
      }
    } catch (problem) {
      const failure = valueProblem(problem);
      problems.push(issue(failure.code, ['units', unit, 'values', id], `unit ${quoteText(unitIds[unit] ?? '')}, indicator ${quoteText(id)} (${normalisation.method}): ${failure.message}`));
      unit += 1;
    }
  }
  for (unit = 0; unit < unitCount; unit += 1) {
    if (present[unit] === 0) {
      values[unit] = 0; // a column form may have written something there
      continue;
    }
    const value = values[unit] as number;
    // a NaN or an infinity (x − x is 0 only for a finite x)
    if (value - value !== 0) {
      values[unit] = 0;
      present[unit] = 0;
      problems.push(issue('undefined_computation', ['units', unit, 'values', id], `unit ${quoteText(unitIds[unit] ?? '')}, indicator ${quoteText(id)} (${normalisation.method}): the normalised value is not a finite number in float64`));
      continue;
    }
    count += 1;
  }
  return { values, present, count, fed: values, problems };
}

/** Blocks columns are carved from: this many bytes each (columns larger than a quarter get their own). */
const BLOCK_BYTES = 65_536;

/**
 * Fresh, zeroed columns of one length carved from shared blocks: a run makes a column for every
 * aggregate it recomputes, and one allocation per block instead of one per column keeps small
 * models' runs cheap. A column is never handed out twice; a block is freed when none of its
 * columns is referenced any more. Large columns (over a quarter of a block) are allocated alone.
 *
 * @example
 * const blocks = new ColumnBlocks(3);
 * blocks.floats().length; // => 3
 */
export class ColumnBlocks {
  private buffer: ArrayBuffer = new ArrayBuffer(0);
  private offset = 0;
  private readonly bytes: number;

  constructor(readonly unitCount: number) {
    // 8 bytes a value (an Int32Array column takes the same room): every column aligned for doubles
    this.bytes = unitCount * 8;
  }

  /** Where the next column starts, in the current block (a new block when it is full). */
  private carve(): number {
    if (this.offset + this.bytes > this.buffer.byteLength) {
      this.buffer = new ArrayBuffer(BLOCK_BYTES);
      this.offset = 0;
    }
    const at = this.offset;
    this.offset += this.bytes;
    return at;
  }

  /** A zeroed Float64Array of `unitCount` values. */
  floats(): Float64Array {
    if (this.bytes * 4 > BLOCK_BYTES || this.bytes === 0) return new Float64Array(this.unitCount);
    const at = this.carve();
    return new Float64Array(this.buffer, at, this.unitCount);
  }

  /** A zeroed Int32Array of `unitCount` values. */
  ints(): Int32Array {
    if (this.bytes * 4 > BLOCK_BYTES || this.bytes === 0) return new Int32Array(this.unitCount);
    const at = this.carve();
    return new Int32Array(this.buffer, at, this.unitCount);
  }
}

/**
 * Scratch columns reused by every aggregate of a model (runs are sequential).
 *
 * @example
 * scratchFor(3).work.length; // => 3
 */
export interface Scratch {
  readonly out: Float64Array;
  readonly work: Float64Array;
  readonly missing: Int32Array;
  readonly presentWeight: Float64Array;
  /** Every unit present: the presence of every complete column (shared, never written). */
  readonly ones: Uint8Array;
  /** Where runs' new columns come from. */
  readonly blocks: ColumnBlocks;
  /** Ranking's work columns (see `rankColumn`). */
  readonly rank: RankScratch;
}

/**
 * Work columns for ranking one column (any content; `unitCount` long each).
 *
 * @example
 * scratchFor(2).rank.keys.length; // => 2
 */
export interface RankScratch {
  readonly keys: Float64Array;
  readonly order: Int32Array;
  readonly merge: Int32Array;
}

/**
 * Scratch columns for a model of `unitCount` units.
 *
 * @example
 * scratchFor(2).missing.length; // => 2
 */
export function scratchFor(unitCount: number): Scratch {
  return {
    out: new Float64Array(unitCount),
    work: new Float64Array(unitCount),
    missing: new Int32Array(unitCount),
    presentWeight: new Float64Array(unitCount),
    ones: new Uint8Array(unitCount).fill(1),
    blocks: new ColumnBlocks(unitCount),
    rank: { keys: new Float64Array(unitCount), order: new Int32Array(unitCount), merge: new Int32Array(unitCount) },
  };
}

/**
 * What an aggregate is evaluated with in one run.
 *
 * @example
 * // { children: [3, 4], weights: Float64Array [1, 2], aggregate: floatWeightedMean, methodName: 'mean', missing }
 */
export interface AggregateSettings {
  /** The children taking part (not dropped), by position. */
  readonly children: readonly number[];
  /** Their weights. */
  readonly weights: Float64Array;
  readonly aggregate: (input: FloatAggregateInput) => void;
  readonly methodName: string;
  readonly missing: MissingPolicy;
}

/** 2^500: an aggregate's weights whose largest lies between 2^-500 and 2^500 are used as given. */
const SAFE_WEIGHT = 2 ** 500;

/**
 * An aggregate's weights, multiplied by a power of two when the largest is beyond 2^±500 so that
 * it lies in [1, 2): exact (only the exponents change) and the same scores — every aggregation is
 * a ratio of weighted terms, unchanged when all of an aggregate's weights are scaled together —
 * but no sum of weights overflows to Infinity (weights of 1e308: scores 0) and no weight times a
 * value underflows to 0 (weights of 5e-324: scores 0 or 1). Weights as given otherwise.
 *
 * @example
 * Array.from(safeWeights(Float64Array.of(5e-324, 5e-324))); // => [1, 1]
 */
export function safeWeights(weights: Float64Array): Float64Array {
  let largest = 0;
  for (const weight of weights) if (weight > largest) largest = weight;
  if (largest === 0 || (largest >= 1 / SAFE_WEIGHT && largest <= SAFE_WEIGHT)) return weights;
  // 2^-e in two factors, each a double (2^1074 is not one); both products exact for the largest weight
  const exponent = Math.floor(Math.log2(largest));
  const half = Math.trunc(-exponent / 2);
  const first = 2 ** half;
  const second = 2 ** (-exponent - half);
  return weights.map((weight) => weight * first * second);
}

/**
 * An aggregate's column from its children's columns. Units with missing children follow the
 * policy as `decideMissing` does: `zero` counts them as 0; `reweight` skips them unless every child
 * is missing, the present weight is 0 or the present share (by count or weight) is below
 * `minShare`, when the unit has no value; `fail` is a problem for the unit. `ranked` (1 for a ranked
 * unit; absent: every unit) with the units the policy keeps are the reference units a method that
 * compares units (Copeland) is given.
 *
 * @example
 * // children 0.5 and (missing), weights 1 and 1, reweight: 0.5; zero: 0.25; fail: a problem naming the unit
 */
export function evaluateAggregate(plan: FastPlan, position: number, settings: AggregateSettings, columns: readonly (NodeColumn | null)[], scratch: Scratch, unitIds: readonly string[], ranked: Uint8Array | null = null): NodeColumn {
  const unitCount = scratch.out.length;
  const id = plan.nodeIds[position] ?? '';
  const problems: ChisoIssue[] = [];
  const values = scratch.blocks.floats();
  const { children, missing: policy } = settings;
  const weights = safeWeights(settings.weights);
  if (children.length === 0) {
    problems.push(issue('undefined_computation', plan.paths[position] ?? [], `${quoteText(id)} has no children left (every one was dropped)`));
    return { values, present: new Uint8Array(unitCount), count: 0, fed: values, problems };
  }
  // plain loops, no callbacks: this runs for every aggregate of every run
  const childCount = children.length;
  const childValues: Float64Array[] = new Array<Float64Array>(childCount);
  const masks: (Uint8Array | null)[] = new Array<Uint8Array | null>(childCount);
  let anyMissing = false;
  for (let index = 0; index < childCount; index += 1) {
    const column = columns[children[index] as number] as NodeColumn;
    childValues[index] = column.fed;
    const mask = column.count === unitCount ? null : column.present;
    masks[index] = mask;
    if (mask !== null) anyMissing = true;
  }
  // dropped[unit]: 1 when the policy leaves the unit without a value
  let dropped: Uint8Array | null = null;
  if (anyMissing) {
    const { missing, presentWeight } = scratch;
    missing.fill(0);
    let totalWeight = 0;
    for (let child = 0; child < children.length; child += 1) totalWeight += weights[child] as number;
    presentWeight.fill(totalWeight);
    for (let child = 0; child < childCount; child += 1) {
      const mask = masks[child];
      if (mask === null || mask === undefined) continue;
      const weight = weights[child] as number;
      for (let unit = 0; unit < unitCount; unit += 1) {
        if (mask[unit] === 1) continue;
        missing[unit] = (missing[unit] as number) + 1;
        presentWeight[unit] = (presentWeight[unit] as number) - weight;
      }
    }
    if (policy.policy !== 'zero') {
      dropped = new Uint8Array(unitCount);
      for (let unit = 0; unit < unitCount; unit += 1) {
        const missingCount = missing[unit] as number;
        if (missingCount === 0) continue;
        if (policy.policy === 'fail') {
          const missingIds = children.filter((_child, index) => masks[index]?.[unit] === 0).map((child) => plan.nodeIds[child] ?? '');
          problems.push(issue('missing_value', ['units', unit, 'scores', id], `unit ${quoteText(unitIds[unit] ?? '')}: ${quoteText(id)} cannot be computed because ${missingIds.map((missingId) => quoteText(missingId)).join(', ')} ${missingIds.length === 1 ? 'has' : 'have'} no value and its missing-data policy is "fail"`));
          dropped[unit] = 1;
          continue;
        }
        // the present weight summed afresh, not as the total minus the missing, so a zero is exact
        let weightPresent = 0;
        if (policy.basis === 'weight' || missingCount < childCount) {
          for (let child = 0; child < childCount; child += 1) if (masks[child]?.[unit] !== 0) weightPresent += weights[child] as number;
        }
        const share = policy.basis === 'weight' ? weightPresent / totalWeight : (childCount - missingCount) / childCount;
        if (missingCount === childCount || weightPresent === 0 || share < policy.minShare) dropped[unit] = 1;
      }
    }
  }
  // the units others are compared with (methods that compare units): ranked, and kept by the policy
  let reference = ranked ?? scratch.ones;
  if (dropped !== null) {
    reference = reference.slice();
    for (let unit = 0; unit < unitCount; unit += 1) if (dropped[unit] === 1) reference[unit] = 0;
  }
  settings.aggregate({ children: childValues, weights, present: policy.policy === 'zero' && anyMissing ? new Array<null>(childCount).fill(null) : masks, out: values, scratch: scratch.work, reference });
  let count = 0;
  let check = dropped === null ? 0 : Number.NaN;
  // every unit kept and every score finite (x · 0 is NaN for a NaN or an infinity): all present
  if (dropped === null) for (let unit = 0; unit < unitCount; unit += 1) check += (values[unit] as number) * 0;
  let present = scratch.ones;
  if (check === 0) count = unitCount;
  else present = new Uint8Array(unitCount);
  for (let unit = 0; unit < unitCount && check !== 0; unit += 1) {
    if (dropped !== null && dropped[unit] === 1) {
      values[unit] = 0;
      continue;
    }
    const value = values[unit] as number;
    if (!Number.isFinite(value)) {
      values[unit] = 0;
      problems.push(issue('undefined_computation', ['units', unit, 'scores', id], `unit ${quoteText(unitIds[unit] ?? '')}, node ${quoteText(id)} (${settings.methodName}): undefined for this unit (a child not above zero where the method needs it, or no weighted child with a value)`));
      continue;
    }
    present[unit] = 1;
    count += 1;
  }
  let fed = values;
  if (plan.lowerIsBetter[position] === 1) {
    fed = scratch.blocks.floats();
    for (let unit = 0; unit < unitCount; unit += 1) if (present[unit] === 1) fed[unit] = 1 - (values[unit] as number);
  }
  return { values, present, count, fed, problems };
}
