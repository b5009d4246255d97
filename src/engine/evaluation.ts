/**
 * What the two executors share: the run context, the per-node figures they produce, and the
 * missing-data policy, decided in one place so both executors report missing data identically.
 *
 * @module
 */
import { ValueProblem, type Affine, type NamedValue } from '../methods/normalise/types.js';
import type { Dataset, DataValue } from '../model/dataset.js';
import { readDataValue } from '../io/number.js';
import { ChisoError, issue, type ChisoIssue } from '../model/issues.js';
import { quoteText } from '../model/describe.js';
import { inheritedKeys, ownValue, readsDirectly } from '../model/records.js';
import type { Plan, PlannedAggregate, PlannedIndicator } from './plan.js';
import { ranksLowestFirst } from './rank.js';
import { compareRational, divideRational, parseRational, rationalToText, RATIONAL_ZERO, addRational, type Rational } from './rational.js';
import type { MissingDataNote } from './result.js';
import type { CellMark } from '../pipeline/construction.js';

/** One unit's figures at one node while the result is being built. */
export interface MutableNodeScore {
  raw?: string | null;
  value?: string | null;
  normalised?: string | null;
  score?: string | null;
  published?: string | null;
  points?: string | null;
  met?: number | null;
  band?: string | null;
  marks?: CellMark[];
  rank: number | null;
  groupRanks?: Record<string, number | null>;
}

/** Everything an executor needs, and where it reports problems and missing data. */
export interface RunContext {
  readonly plan: Plan;
  readonly units: Dataset['units'];
  /** Whether each unit takes part in ranks (and so in data-driven normalisation). */
  readonly rankedUnit: readonly boolean[];
  readonly problems: ChisoIssue[];
  readonly missingNotes: MissingDataNote[];
}

/**
 * What an executor returns: exact comparisons and presence on its columns, and each unit's figures
 * at each node as texts — written when asked for (`figures`), so that an executor can keep its
 * columns and write the texts of a unit only when a caller reads that unit (see `score.ts`).
 */
export interface Evaluation {
  /**
   * A unit's figures at a node: `rank: null` and the executor's texts, in the key order of the
   * result. An executor that writes texts on demand returns a new object on every call, and keeps
   * only immutable data of its own (never the caller's dataset) to write them from.
   */
  figures(position: number, unit: number): MutableNodeScore;
  /**
   * The published text of a unit's score at an aggregate, alone — what ranking on published values
   * reads — when the executor can write it without the other texts; `figures(…).published` otherwise.
   */
  readonly published?: (position: number, unit: number) => string | null;
  /** Whether `figures` writes the texts on demand (true) or returns texts already written. */
  readonly onDemand: boolean;
  /** Exact comparison of two units' full-precision values at a node (both present). */
  compare(position: number, left: number, right: number): number;
  /** Whether a unit has a value at a node (then its full-precision text is not null). */
  present(position: number, unit: number): boolean;
  /**
   * Doubles nearest each unit's full-precision figure (normalised value for an indicator, score for
   * an aggregate), per node, when the executor already has them; missing entries are NaN and
   * never read. Ranking reads the texts otherwise.
   */
  readonly approximations?: readonly (Float64Array | undefined)[];
}

/** An executor that writes every text while it computes: the texts, per node (plan order), per unit. */
export interface WrittenEvaluation extends Evaluation {
  readonly texts: MutableNodeScore[][];
}

/**
 * Every indicator's given values as columns, read unit by unit (row order): each unit's values
 * object stays hot in the cache while it is read, which is markedly faster on large datasets than
 * reading one indicator across all units at a time.
 */
export function readColumns(units: Dataset['units'], indicatorIds: readonly string[]): DataValue[][] {
  // Grown by appending (units are read in order), never `new Array(length)`: from 100,000 entries
  // on, V8 makes such an array a dictionary, and every read of it a hash look-up.
  const columns: DataValue[][] = indicatorIds.map(() => []);
  // Own values only: an indicator called "toString" or "constructor" is missing, not a function.
  // Only such names need the (slower) own-property check, on records with the usual prototype.
  const inherited = inheritedKeys(indicatorIds);
  for (let unitIndex = 0; unitIndex < units.length; unitIndex += 1) {
    const values = (units[unitIndex] as Dataset['units'][number]).values;
    const direct = readsDirectly(values);
    for (let column = 0; column < indicatorIds.length; column += 1) {
      const id = indicatorIds[column] as string;
      (columns[column] as DataValue[])[unitIndex] = direct && !inherited[column] ? values[id] : ownValue(values, id);
    }
  }
  return columns;
}

/** The value as given, as text. */
export function rawText(value: DataValue): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' ? String(value) : value;
}

/**
 * A given value as plain decimal text for exact arithmetic. `validateDataset` has already refused
 * anything else; this guards `scoreValidated` given a dataset that was never validated, so that no
 * `NaN`, `Infinity` or over-long number reaches an executor (called once per distinct value).
 */
export function exactInput(value: number | string, unitId: string, key: string, unitIndex: number): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const reading = readDataValue(value);
  if (reading.ok) return reading.text;
  throw new ChisoError([issue('not_a_number', ['units', unitIndex, 'values', key], `unit ${quoteText(unitId)}, value of ${quoteText(key)}: ${reading.reason} (validate the dataset with validateDataset before scoreValidated)`)], 'The dataset is not valid');
}

/** Rethrows anything that is not a `ValueProblem` (a bug, not bad data). */
export function asValueProblem(problem: unknown): ValueProblem {
  if (problem instanceof ValueProblem) return problem;
  throw problem;
}

/** How an aggregate proceeds for a unit with missing children. */
export type MissingDecision = 'zero' | 'reweight' | 'drop';

/**
 * Applies an aggregate's missing-data policy for one unit whose children `missing[i]` have no
 * value, records a note (or, under `fail`, a problem) and says how to proceed.
 */
export function decideMissing(context: RunContext, aggregate: PlannedAggregate, unitIndex: number, missing: readonly boolean[]): MissingDecision {
  const { node, rationalWeights, rationalTotal } = aggregate;
  const unit = context.units[unitIndex] as Dataset['units'][number];
  const missingIds = node.children.filter((_child, index) => missing[index]).map((child) => child.id);
  let presentWeight: Rational = RATIONAL_ZERO;
  rationalWeights.forEach((weight, index) => {
    if (!missing[index]) presentWeight = addRational(presentWeight, weight);
  });
  const share =
    node.missing.basis === 'weight'
      ? divideRational(presentWeight, rationalTotal)
      : { numerator: BigInt(node.children.length - missingIds.length), denominator: BigInt(node.children.length) };
  const presentShare = rationalToText(share);
  const policy = node.missing.policy;
  if (policy === 'fail') {
    context.problems.push(
      issue('missing_value', ['units', unitIndex, 'scores', node.id], `unit ${quoteText(unit.id)}: ${quoteText(node.id)} cannot be computed because ${missingIds.map((id) => `${quoteText(id)}`).join(', ')} ${missingIds.length === 1 ? 'has' : 'have'} no value and its missing-data policy is "fail"`),
    );
    return 'drop';
  }
  if (policy === 'zero') {
    context.missingNotes.push({ unit: unit.id, node: node.id, missing: missingIds, action: 'counted-as-zero', presentShare });
    return 'zero';
  }
  if (missingIds.length === node.children.length || presentWeight.numerator === 0n || compareRational(share, parseRational(node.missing.minShare)) < 0) {
    context.missingNotes.push({ unit: unit.id, node: node.id, missing: missingIds, action: 'dropped', presentShare });
    return 'drop';
  }
  context.missingNotes.push({ unit: unit.id, node: node.id, missing: missingIds, action: 'reweighted', presentShare });
  return 'reweight';
}

/**
 * Which children of an aggregate are aggregates whose lower score is better (fed in as 1 − s, and
 * counted by `count` on 1 − s): the rule ranking uses, {@link ranksLowestFirst}.
 */
export function reversedChildren(plan: Plan, aggregate: PlannedAggregate): boolean[] {
  return aggregate.children.map((position) => {
    const child = plan.nodes[position] as Plan['nodes'][number];
    return ranksLowestFirst({ kind: child.kind, direction: child.node.direction });
  });
}

/**
 * An indicator's normalisation as an exact affine map for one run of a linear plan (its reference:
 * the ranked units' values), or the problem that makes it undefined for these data (all values
 * equal under min–max), with the indicator's path — what both rational executors start from.
 */
export function indicatorAffine(indicator: PlannedIndicator, reference: readonly Rational[], named?: NamedValue<Rational>): { affine: Affine | null; failure: ChisoIssue | null } {
  try {
    const context = named === undefined ? { direction: indicator.node.direction, reference } : { direction: indicator.node.direction, reference, named };
    const affine = indicator.method.affine?.(indicator.node.normalisation, context) ?? null;
    // compilePlan only marks a framework linear when every indicator is affine
    if (affine === null) throw new Error(`chiso: ${quoteText(indicator.node.id)} has no affine form though the plan is linear`);
    return { affine, failure: null };
  } catch (problem) {
    const valueProblem = asValueProblem(problem);
    return { affine: null, failure: issue(valueProblem.code, [...indicator.path, 'normalisation'], `indicator ${quoteText(indicator.node.id)} (${indicator.node.normalisation.method}): ${valueProblem.message}`) };
  }
}

/**
 * The value of the unit an indicator's method names (`NormaliseMethod.namedUnit`: a benchmark
 * unit), read with `valueAt` from the unit's position; `undefined` when the method names none.
 * What every executor gives the method as `context.named`.
 *
 * @example
 * // benchmark unit "EU" at position 3 with the value 0.42: { status: 'present', value: 0.42 }
 */
export function namedValue<T>(method: PlannedIndicator['method'], normalisation: PlannedIndicator['node']['normalisation'], unitIds: readonly string[], valueAt: (unitIndex: number) => T | null): NamedValue<T> | undefined {
  const id = method.namedUnit?.(normalisation) ?? null;
  if (id === null) return undefined;
  const unitIndex = unitIds.indexOf(id);
  if (unitIndex === -1) return { status: 'unknown' };
  const value = valueAt(unitIndex);
  return value === null ? { status: 'missing' } : { status: 'present', value };
}
