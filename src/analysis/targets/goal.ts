/**
 * Goals for "what would it take?": a rank to reach or a score to reach at a node, and what
 * reaching one means in exact terms under the framework's tie rule and direction.
 *
 * @module
 */
import type { Dataset } from '../../model/dataset.js';
import { describeValue, quoteText } from '../../model/describe.js';
import type { Range } from '../../model/framework.js';
import { ChisoError, issue } from '../../model/issues.js';
import { ownValue } from '../../model/records.js';
import { compareIds, ranksLowestFirst } from '../../engine/rank.js';
import type { Plan, PlannedAggregate } from '../../engine/plan.js';
import { compareRational, divideRational, parseRational, type Rational } from '../../engine/rational.js';
import { ExactDecimal } from '../../engine/decimal.js';
import { didYouMean } from '../../model/suggest.js';
import { decimalTextProblem } from '../../model/limits.js';

/**
 * A goal at a node: rank `k` or better (`{ rank: 3 }`: 1st, 2nd or 3rd, an equal score sharing the
 * rank as the framework's tie rule says), or a score at least this good (`{ score: 50 }`, on the
 * framework's scale, full precision; at most this for a lower-is-better node).
 */
export type TargetGoal = { readonly rank: number } | { readonly score: number | string };

/** Lower and upper bounds on an indicator's raw value; either may be left open. */
export interface ValueBounds {
  readonly min?: number | string;
  readonly max?: number | string;
}

/**
 * What a unit's exact value `S` at the node (0–1) must satisfy: `orientation · S ≥ threshold`
 * (`>` when `strict`), orientation −1 for a lower-is-better node. `threshold` is `null` when any
 * value reaches the goal (fewer than k other units are ranked).
 */
export interface ExactCondition {
  readonly orientation: 1 | -1;
  readonly threshold: Rational | null;
  readonly strict: boolean;
}

/** Checks a goal given by a caller (a programmer's mistake is a TypeError or RangeError). */
export function checkGoal(functionName: string, goal: unknown): TargetGoal {
  const given = goal as Partial<Record<'rank' | 'score', unknown>> | null;
  if (typeof goal !== 'object' || given === null || Array.isArray(goal) || ('rank' in given) === ('score' in given)) {
    throw new TypeError(`${functionName}: the goal is ${describeValue(goal)}; expected { rank: k } or { score: s }`);
  }
  const extra = Object.keys(given).filter((key) => key !== 'rank' && key !== 'score');
  if (extra.length > 0) throw new TypeError(`${functionName}: the goal has an unknown key ${JSON.stringify(extra[0])}; expected { rank: k } or { score: s }`);
  if ('rank' in given) {
    if (typeof given.rank !== 'number' || !Number.isInteger(given.rank) || given.rank < 1) throw new RangeError(`${functionName}: the goal's rank is ${describeValue(given.rank)}; expected a whole number from 1`);
    return { rank: given.rank };
  }
  if ((typeof given.score !== 'number' || !Number.isFinite(given.score)) && typeof given.score !== 'string') throw new TypeError(`${functionName}: the goal's score is ${describeValue(given.score)}; expected a finite number or a decimal text`);
  if (!readsAsDecimal(given.score)) throw new RangeError(`${functionName}: the goal's score is ${describeValue(given.score)}; expected a finite number or a decimal text`);
  return { score: given.score };
}

/**
 * A finite number, or a plain decimal text within chiso's limits — not `" 5"`, which
 * `parseRational` would take and decimal.js then refuse with a raw `DecimalError`.
 *
 * @example
 * readsAsDecimal(' 5'); // => false
 */
export function readsAsDecimal(value: unknown): value is number | string {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'string' || decimalTextProblem(value) !== null) return false;
  try {
    parseRational(value);
    return true;
  } catch {
    return false;
  }
}

/** The aggregate a goal is set at (the top index by default), or a ChisoError naming it. */
export function goalNode(plan: Plan, node: string | undefined, summary: string): PlannedAggregate {
  const id = node ?? plan.framework.root.id;
  const found = plan.nodes.find((candidate) => candidate.node.id === id);
  if (found === undefined) {
    throw new ChisoError([issue('unknown_reference', ['node'], `there is no node ${quoteText(id)} in the framework${didYouMean(id, plan.nodes.map((candidate) => candidate.node.id))}`, { received: id })], summary);
  }
  if (found.kind !== 'aggregate') throw new ChisoError([issue('unknown_reference', ['node'], `${quoteText(id)} is an indicator; a goal is set at an aggregate (an index, sub-index or pillar)`, { received: id })], summary);
  return found;
}

/** The index of a unit in the dataset, or a ChisoError with a did-you-mean. */
export function unitIndexOf(dataset: Dataset, unit: string, summary: string): number {
  const index = dataset.units.findIndex((candidate) => candidate.id === unit);
  if (index === -1) throw new ChisoError([issue('unknown_unit', ['unit'], `there is no unit ${quoteText(unit)} in the dataset${didYouMean(unit, dataset.units.map((candidate) => candidate.id))}`, { received: unit })], summary);
  return index;
}

/** 1, or −1 when the node ranks lowest first. */
export function orientationOf(node: PlannedAggregate): 1 | -1 {
  return ranksLowestFirst({ kind: 'aggregate', direction: node.node.direction }) ? -1 : 1;
}

/**
 * The exact condition on a unit's value at a node for a goal, other units' values fixed
 * (`others[i]` is unit i's exact value at the node, `null` when it has none).
 *
 * For rank k, with the others' oriented values sorted best first: under `competition`, the unit's
 * rank is 1 + the number of others strictly better, so rank ≤ k exactly when its value is at
 * least the k-th best other value (a tie shares that rank); under `dense`, at least the k-th best
 * distinct other value; under `ordinal` (ties broken by id in code-point order), better than the
 * k-th other, or equal to it with an id that sorts first.
 */
export function exactCondition(plan: Plan, node: PlannedAggregate, goal: TargetGoal, others: readonly (Rational | null)[], rankedUnit: readonly boolean[], ids: readonly string[], unitIndex: number): ExactCondition {
  const orientation = orientationOf(node);
  const oriented = (value: Rational): Rational => (orientation === 1 ? value : { numerator: -value.numerator, denominator: value.denominator });
  if ('score' in goal) {
    return { orientation, threshold: oriented(divideRational(parseRational(goal.score), parseRational(plan.framework.scale))), strict: false };
  }
  const entries: { value: Rational; id: string }[] = [];
  others.forEach((value, index) => {
    if (index !== unitIndex && value !== null && rankedUnit[index]) entries.push({ value: oriented(value), id: ids[index] as string });
  });
  entries.sort((left, right) => compareRational(right.value, left.value) || compareIds(left.id, right.id));
  const k = goal.rank;
  const ties = plan.framework.ranking.ties;
  if (ties === 'dense') {
    const distinct: Rational[] = [];
    for (const entry of entries) if (distinct.length === 0 || compareRational(distinct[distinct.length - 1] as Rational, entry.value) !== 0) distinct.push(entry.value);
    return { orientation, threshold: distinct[k - 1] ?? null, strict: false };
  }
  const kth = entries[k - 1];
  if (kth === undefined) return { orientation, threshold: null, strict: false };
  if (ties === 'ordinal') return { orientation, threshold: kth.value, strict: compareIds(ids[unitIndex] as string, kth.id) > 0 };
  return { orientation, threshold: kth.value, strict: false };
}

/**
 * Whether a value meets an exact condition.
 *
 * @example
 * meetsCondition({ orientation: 1, threshold: { numerator: 3n, denominator: 5n }, strict: false }, { numerator: 6n, denominator: 10n }); // => true
 * meetsCondition({ orientation: 1, threshold: { numerator: 3n, denominator: 5n }, strict: true }, { numerator: 6n, denominator: 10n }); // => false
 */
export function meetsCondition(condition: ExactCondition, value: Rational): boolean {
  if (condition.threshold === null) return true;
  const oriented = condition.orientation === 1 ? value : { numerator: -value.numerator, denominator: value.denominator };
  const comparison = compareRational(oriented, condition.threshold);
  return condition.strict ? comparison > 0 : comparison >= 0;
}

/** Whether a result's figures at the node reach a goal: the rank, or the full-precision score. */
export function reachesGoal(goal: TargetGoal, node: PlannedAggregate, figures: { readonly score: string | null; readonly rank: number | null }): boolean {
  if ('rank' in goal) return figures.rank !== null && figures.rank <= goal.rank;
  if (figures.score === null) return false;
  const comparison = new ExactDecimal(figures.score).cmp(new ExactDecimal(goal.score));
  return orientationOf(node) === 1 ? comparison >= 0 : comparison <= 0;
}

/**
 * The bounds on an indicator's raw value: the caller's for that indicator, bound by bound, else
 * the indicator's declared valid range (`range`, or the one its unit implies).
 */
export function valueBounds(declared: Range, given: Readonly<Record<string, ValueBounds>> | undefined, indicator: string): { min: Rational | null; max: Rational | null } {
  const own = given === undefined ? undefined : ownValue(given, indicator);
  const min = own?.min ?? declared.min;
  const max = own?.max ?? declared.max;
  return { min: min === undefined ? null : parseRational(min), max: max === undefined ? null : parseRational(max) };
}

/**
 * Checks per-indicator options given by a caller (`bounds`, `costs`): every key names an indicator
 * of the framework (else a ChisoError with a did-you-mean — a misspelt id must not be ignored), and
 * every bound is a number or a decimal text with min ≤ max (else a RangeError).
 *
 * @example
 * checkPerIndicator('whatItTakes', 'bounds', ['a', 'b'], { a: { max: 10 } }, 'Nothing to do'); // => undefined
 */
export function checkPerIndicator(functionName: string, option: 'bounds' | 'costs', known: readonly string[], given: Readonly<Record<string, unknown>> | undefined, summary: string): void {
  if (given === undefined) return;
  const unknown = Object.keys(given).filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new ChisoError(unknown.map((id) => issue('unknown_indicator', [option, id], `${option} name ${quoteText(id)}, which is not an indicator of the framework${didYouMean(id, known)}`, { received: id })), summary);
  if (option === 'costs') return;
  for (const [id, bounds] of Object.entries(given)) {
    const entry = bounds as Partial<Record<'min' | 'max', unknown>> | null;
    if (typeof bounds !== 'object' || entry === null || Array.isArray(bounds)) throw new TypeError(`${functionName}: the bounds of ${JSON.stringify(id)} are ${describeValue(bounds)}; expected { min?, max? }`);
    // a misspelt bound ({ maximum: 10 }) would otherwise be ignored, and the declared range used
    for (const key of Object.keys(entry)) if (key !== 'min' && key !== 'max') throw new TypeError(`${functionName}: the bounds of ${JSON.stringify(id)} have an unknown key ${JSON.stringify(key)}${didYouMean(key, ['min', 'max'])}; expected { min?, max? }`);
    const read = (value: unknown): Rational | null => {
      if (value === undefined) return null;
      if (readsAsDecimal(value)) return parseRational(value);
      throw new RangeError(`${functionName}: a bound of ${JSON.stringify(id)} is ${describeValue(value)}; expected a finite number or a decimal text`);
    };
    const low = read(entry.min);
    const high = read(entry.max);
    if (low !== null && high !== null && compareRational(low, high) > 0) throw new RangeError(`${functionName}: the bounds of ${JSON.stringify(id)} have min ${describeValue(entry.min)} above max ${describeValue(entry.max)}`);
  }
}
