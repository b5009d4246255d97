/**
 * The cheapest combination of indicator changes that reaches a goal, on a linear framework.
 *
 * @module
 */
import type { Dataset } from '../../model/dataset.js';
import { describeValue, quoteText } from '../../model/describe.js';
import type { Label } from '../../model/framework.js';
import { ChisoError, issue } from '../../model/issues.js';
import { anything, checkOptions, oneOf, record, text, texts, wholeNumber } from '../../model/arguments.js';
import { NUMBER_LOCALES, type NumberLocale } from '../../io/number.js';
import { ownValue } from '../../model/records.js';
import { assertDataset, assertFramework, validRange } from '../../model/validate.js';
import { compilePlan } from '../../engine/plan.js';
import { addRational, compareRational, divideRational, multiplyRational, parseRational, rationalToText, RATIONAL_ZERO, subtractRational, type Rational } from '../../engine/rational.js';
import { scoreValidated } from '../../engine/score.js';
import { exactScores, pathSlope, rankedUnits } from './exact-scores.js';
import { checkGoal, checkPerIndicator, exactCondition, goalNode, reachesGoal, readsAsDecimal, unitIndexOf, valueBounds, type TargetGoal, type ValueBounds } from './goal.js';
import { exactProbe, type ProbeFigures } from './probe.js';
import { indicatorsBelow, namedIndicators, roundTowards } from './what-it-takes.js';

const SUMMARY = 'The cheapest path cannot be computed';
/** At most this many indicators may start in a clipped dead zone (2^n combinations are tried). */
const MAX_DEAD_ZONES = 12;

/** One indicator's change on the cheapest path. */
export interface PathChange {
  readonly indicator: string;
  readonly label?: Label;
  readonly from: string;
  /** The new raw value, with `decimals` decimals, rounded away from `from` (so the goal is still reached). */
  readonly to: string;
  readonly change: string;
  /** The change in the indicator's normalised score (0–1), as the index sees it, exact. */
  readonly normalisedChange: string;
  /** cost × |to − from|. */
  readonly cost: string;
}

/** The answer of {@link cheapestPath}. */
export interface CheapestPath {
  readonly unit: string;
  readonly name?: string;
  readonly node: string;
  readonly goal: TargetGoal;
  /** `reached`: the changes reach the goal; `already`: the unit meets it now; `cannot`: not even with every indicator at its best bound. */
  readonly status: 'reached' | 'already' | 'cannot';
  readonly current: ProbeFigures;
  /** The score needed at the node (framework scale, 40 significant digits); `null` when any score reaches the goal. */
  readonly needed: string | null;
  readonly changes: readonly PathChange[];
  /**
   * The exact least cost (before the new values are written with `decimals` decimals); for a strict
   * goal (an ordinal tie the other unit wins) the greatest lower bound, approached but not reached.
   */
  readonly minimumCost: string | null;
  /** The cost of the changes as written (at least `minimumCost`). */
  readonly totalCost: string | null;
  /** The score and rank with the changes (`reached`), now (`already`), or at the best bounds (`cannot`). */
  readonly score: string | null;
  /** `score` rounded as the framework publishes it. */
  readonly published: string | null;
  readonly rank: number | null;
  readonly message?: string;
}

/** Options for {@link cheapestPath}. */
export interface CheapestPathOptions {
  readonly unit: string;
  readonly goal: TargetGoal;
  /** The aggregate the goal is set at (default: the top index). */
  readonly node?: string;
  /** Indicators that may change (default: every indicator below the node). */
  readonly indicators?: readonly string[];
  /**
   * Cost per unit of change of the raw value, by indicator id (default: one per unit of the
   * indicator's normalised 0–1 score, so the cheapest path is the least total normalised change).
   */
  readonly costs?: Readonly<Record<string, number | string>>;
  /** Bounds on raw values by indicator id, replacing the declared range bound by bound. */
  readonly bounds?: Readonly<Record<string, ValueBounds>>;
  /** Decimals of the new values (default 6). */
  readonly decimals?: number;
  /** How numbers written as text in the dataset are read, when the dataset does not say (as for `score`). */
  readonly locale?: NumberLocale;
}

/** One indicator as a knapsack item: an optional dead zone (cost, no gain) then one linear segment. */
interface Item {
  readonly index: number;
  /** Cost of crossing a clipped zone before any gain (0 when none). */
  readonly deadCost: Rational;
  /** Gain (oriented node value) per unit of cost on the segment; `null` for a free segment. */
  readonly rate: Rational | null;
  /** Cost per unit of v (improving normalised units). */
  readonly costPerUnit: Rational;
  /** Gain per unit of v. */
  readonly gainPerUnit: Rational;
  /** Length of the segment in v; `null` when unbounded. */
  readonly length: Rational | null;
}

const min = (left: Rational, right: Rational): Rational => (compareRational(left, right) <= 0 ? left : right);
const absolute = (value: Rational): Rational => (value.numerator < 0n ? { numerator: -value.numerator, denominator: value.denominator } : value);

/**
 * The cheapest combination of changes to a unit's indicators, within bounds, that reaches a goal at
 * a node (the top index by default), on a linear framework (affine normalisations that do not
 * learn from the data; arithmetic means or sums of points), in exact rational arithmetic.
 *
 * Each indicator i moves its raw value in the direction that raises the unit's standing, and adds
 * `gᵢ · Δnᵢ` to its value at the node, `gᵢ` its effective weight for this unit and `nᵢ` its
 * normalised score, which is linear in the raw value up to a clip point (then flat) and the
 * indicator's bound. So each indicator is one linear segment whose gain per unit of cost is
 * `rᵢ = |gᵢ · aᵢ| / costᵢ` (`aᵢ` the normalisation's slope), and the problem is a continuous
 * knapsack: reach gain `R` at least cost. Taking segments whole in decreasing `rᵢ`, and the last
 * one in part, is optimal: were an optimal plan to spend on a segment of lower rate while a
 * segment of higher rate had room, moving that spending to the higher rate would gain more at the
 * same cost — so some optimum fills segments in rate order, which is what the greedy does. A unit
 * below a clipped floor (normalised 0 until the value passes the lower goalpost) must first cross a
 * zone that costs without gaining; that breaks concavity, so every subset of such indicators
 * (at most 12) is tried with its crossing costs paid and the greedy run on the rest.
 *
 * The default cost is one per unit of normalised score (the path then moves the fewest 0–1 points
 * in total); `costs` gives a cost per unit of raw value instead. The new values are written with
 * `decimals` decimals, rounded away from the value now so the goal is still reached; the result is
 * checked by re-scoring with every change. `cannot` gives the score with every indicator at its
 * best bound. A framework that is not linear is a {@link ChisoError}.
 *
 * @example
 * // A needs 15 more points of (a + b) / 2; a costs 1 per point of its raw value, b 2: a moves 30
 * cheapestPath({ id: 'tiny', name: 'Tiny', scale: 100, root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'a', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } }, { kind: 'indicator', id: 'b', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } }] } }, { units: [{ id: 'A', values: { a: 50, b: 50 } }, { id: 'B', values: { a: 70, b: 60 } }] }, { unit: 'A', goal: { score: 65 }, costs: { a: 1, b: 2 }, decimals: 0 }).changes.map((change) => [change.indicator, change.to]); // => [['a', '80']]
 * // Italy to 10th in DESI 2022: digital public services for citizens (4a3) to 100, then for businesses (4a4)
 * cheapestPath(desi2022, dataset, { unit: 'IT', goal: { rank: 10 } }).changes.map((change) => change.indicator); // => ['4a3', '4a4']
 */
export function cheapestPath(frameworkInput: unknown, datasetInput: unknown, options: CheapestPathOptions): CheapestPath {
  checkOptions('cheapestPath', options, { unit: text, goal: anything, node: text, indicators: texts, costs: record, bounds: record, decimals: wholeNumber(0, 20), locale: oneOf(NUMBER_LOCALES) });
  if (typeof options !== 'object' || (options as unknown) === null || options.unit === undefined || options.goal === undefined) throw new TypeError('cheapestPath: the options need a unit and a goal: { unit: "IT", goal: { rank: 10 } }');
  const goal = checkGoal('cheapestPath', options.goal);
  const framework = assertFramework(frameworkInput);
  const dataset = assertDataset(framework, datasetInput, { locale: options.locale });
  const plan = compilePlan(framework);
  const node = goalNode(plan, options.node, SUMMARY);
  const unitIndex = unitIndexOf(dataset, options.unit, SUMMARY);
  checkPerIndicator('cheapestPath', 'bounds', plan.indicators.map((indicator) => indicator.node.id), options.bounds, SUMMARY);
  checkPerIndicator('cheapestPath', 'costs', plan.indicators.map((indicator) => indicator.node.id), options.costs, SUMMARY);
  const unit = dataset.units[unitIndex] as Dataset['units'][number];
  const candidates = options.indicators === undefined ? indicatorsBelow(plan, node) : namedIndicators(plan, options.indicators, SUMMARY);
  if (!plan.linear) {
    throw new ChisoError([issue('invalid_method', ['framework'], `the cheapest path needs a linear framework (affine normalisations, arithmetic means or sums of points); ${quoteText(framework.id)} is not — use whatItTakes, which searches, for one indicator at a time`)], SUMMARY);
  }
  const learning = candidates.filter((indicator) => indicator.method.dataDriven(indicator.node.normalisation));
  if (learning.length > 0) {
    throw new ChisoError(learning.map((indicator) => issue('invalid_method', [...indicator.path, 'normalisation'], `${quoteText(indicator.node.id)} is normalised on the data (${indicator.node.normalisation.method}): changing it moves every unit's score, so the cheapest path (a linear problem) does not apply; leave it out with \`indicators\``)), SUMMARY);
  }
  if ('rank' in goal && framework.ranking.on !== 'score') {
    throw new ChisoError([issue('invalid_method', ['framework', 'ranking', 'on'], `${quoteText(framework.id)} ranks on published (rounded) values, a step function of the score; the cheapest path ranks on full-precision scores — give a score goal instead`)], SUMMARY);
  }
  const costs = options.costs ?? {};
  for (const [id, cost] of Object.entries(costs)) {
    const parsed: Rational | null = readsAsDecimal(cost) ? parseRational(cost) : null;
    if (parsed === null || parsed.numerator < 0n) throw new RangeError(`cheapestPath: the cost of ${JSON.stringify(id)} is ${describeValue(cost)}; expected a number at least 0`);
  }
  const decimals = options.decimals ?? 6;
  const base = scoreValidated(plan, dataset);
  const figures = base.units[unitIndex]?.nodes[node.node.id];
  const current: ProbeFigures = { score: figures?.score ?? null, published: figures?.published ?? null, rank: figures?.rank ?? null };
  const header = { unit: unit.id, ...(unit.name === undefined ? {} : { name: unit.name }), node: node.node.id, goal, current };
  const scale = parseRational(framework.scale);
  if (current.score === null || ('rank' in goal && current.rank === null)) {
    return { ...header, status: 'cannot', needed: null, changes: [], minimumCost: null, totalCost: null, score: current.score, published: current.published, rank: current.rank, message: `${quoteText(unit.id)} has no ${current.score === null ? 'score' : 'rank'} at ${quoteText(node.node.id)}` };
  }
  const scores = exactScores(plan, dataset);
  const condition = exactCondition(plan, node, goal, scores.values[node.position] as (Rational | null)[], rankedUnits(plan, dataset), dataset.units.map((candidate) => candidate.id), unitIndex);
  const orientation = condition.orientation;
  const nodeNow = (scores.values[node.position] as (Rational | null)[])[unitIndex] as Rational;
  const needed = condition.threshold === null ? null : rationalToText(multiplyRational(orientation === 1 ? condition.threshold : { numerator: -condition.threshold.numerator, denominator: condition.threshold.denominator }, scale));
  if (reachesGoal(goal, node, current)) return { ...header, status: 'already', needed, changes: [], minimumCost: '0', totalCost: '0', score: current.score, published: current.published, rank: current.rank };
  const threshold = condition.threshold as Rational;
  const required = subtractRational(threshold, orientation === 1 ? nodeNow : { numerator: -nodeNow.numerator, denominator: nodeNow.denominator });

  // Each indicator as an item, in "v": its normalised score signed so that improving raises it.
  const movable = candidates.flatMap((indicator) => {
    const raw = (scores.raw[indicator.position] as (Rational | null)[])[unitIndex];
    const slope = pathSlope(plan, scores, node.position, indicator.position, unitIndex);
    const affine = scores.affine[indicator.position];
    if (raw === null || raw === undefined || slope === null || slope.numerator === 0n || affine === null || affine === undefined || affine.scale.numerator === 0n) return [];
    const c = orientation === 1 ? slope : { numerator: -slope.numerator, denominator: slope.denominator };
    const sign = c.numerator > 0n ? 1n : -1n;
    const signed = (value: Rational): Rational => ({ numerator: sign * value.numerator, denominator: value.denominator });
    const slopeAbs = absolute(affine.scale);
    const v0 = signed(addRational(multiplyRational(affine.scale, raw), affine.offset));
    const low = sign > 0n ? affine.floor : affine.ceiling === null ? null : signed(affine.ceiling);
    const high = sign > 0n ? affine.ceiling : affine.floor === null ? null : signed(affine.floor);
    // moving the raw value this way raises v
    const up = (affine.scale.numerator > 0n) === (sign > 0n);
    const bounds = valueBounds(validRange(indicator.node), options.bounds, indicator.node.id);
    const limit = up ? bounds.max : bounds.min;
    const vLimit = limit === null ? null : addRational(v0, multiplyRational(slopeAbs, absolute(subtractRational(limit, raw))));
    const start = low !== null && compareRational(v0, low) < 0 ? low : v0;
    const ends = [high, vLimit].filter((end): end is Rational => end !== null);
    const end = ends.length === 0 ? null : ends.reduce(min);
    const length = end === null ? null : subtractRational(end, start);
    if (length !== null && length.numerator <= 0n) return [];
    const given = ownValue(costs, indicator.node.id);
    const costPerRaw = given === undefined ? slopeAbs : parseRational(given);
    const costPerUnit = divideRational(costPerRaw, slopeAbs);
    const gainPerUnit = absolute(c);
    return [{ indicator, raw, v0, start, up, limit, slopeAbs, costPerRaw, gainPerUnit, costPerUnit, deadCost: multiplyRational(costPerUnit, subtractRational(start, v0)), length, sign }];
  });

  const items: Item[] = movable.map((entry, index) => ({
    index,
    deadCost: entry.deadCost,
    rate: entry.costPerUnit.numerator === 0n ? null : divideRational(entry.gainPerUnit, entry.costPerUnit),
    costPerUnit: entry.costPerUnit,
    gainPerUnit: entry.gainPerUnit,
    length: entry.length,
  }));
  const dead = items.filter((item) => item.deadCost.numerator !== 0n);
  if (dead.length > MAX_DEAD_ZONES) {
    throw new ChisoError([issue('undefined_computation', ['indicators'], `${dead.length} indicators start below a clipped floor (more than ${MAX_DEAD_ZONES}); name fewer with \`indicators\``)], SUMMARY);
  }
  const live = items.filter((item) => item.deadCost.numerator === 0n);
  let best: { cost: Rational; taken: Map<number, Rational> } | null = null;
  for (let mask = 0; mask < 2 ** dead.length; mask += 1) {
    const chosen = dead.filter((_item, bit) => (mask & (2 ** bit)) !== 0);
    const pool = [...live, ...chosen].sort((left, right) => (left.rate === null ? (right.rate === null ? 0 : -1) : right.rate === null ? 1 : compareRational(right.rate, left.rate)));
    let cost = chosen.reduce((total, item) => addRational(total, item.deadCost), RATIONAL_ZERO);
    let remaining = required;
    const taken = new Map<number, Rational>(chosen.map((item) => [item.index, RATIONAL_ZERO]));
    // A strict goal (an ordinal tie the other unit wins) must pass R, not meet it: when a segment
    // ends exactly on R, the next one is started (length 0 here; writing its value one unit of the
    // last decimal beyond the value now gives the strictly positive gain).
    let stoppedInside = false;
    for (const item of pool) {
      if (remaining.numerator < 0n || (remaining.numerator === 0n && (!condition.strict || stoppedInside))) break;
      if (remaining.numerator === 0n) {
        taken.set(item.index, RATIONAL_ZERO);
        stoppedInside = true;
        break;
      }
      const fullGain = item.length === null ? null : multiplyRational(item.length, item.gainPerUnit);
      const part = fullGain === null || compareRational(fullGain, remaining) > 0;
      const length = part ? divideRational(remaining, item.gainPerUnit) : (item.length as Rational);
      taken.set(item.index, length);
      cost = addRational(cost, multiplyRational(length, item.costPerUnit));
      remaining = subtractRational(remaining, multiplyRational(length, item.gainPerUnit));
      stoppedInside = part;
    }
    if (remaining.numerator > 0n || (condition.strict && remaining.numerator === 0n && !stoppedInside)) continue;
    if (best === null || compareRational(cost, best.cost) < 0) best = { cost, taken };
  }

  if (best === null) {
    const atBest = Object.fromEntries(movable.filter((entry) => entry.length !== null).map((entry) => [entry.indicator.node.id, rationalToText(moved(entry, entry.deadCost.numerator === 0n ? (entry.length as Rational) : addRational(subtractRational(entry.start, entry.v0), entry.length as Rational)))]));
    const reach = exactProbe(plan, dataset, unitIndex, node.node.id)(atBest);
    return { ...header, status: 'cannot', needed, changes: [], minimumCost: null, totalCost: null, score: reach.score, published: reach.published, rank: reach.rank, message: `even with every indicator at its best bound, ${quoteText(unit.id)} reaches ${reach.score ?? '–'} at ${quoteText(node.node.id)}${needed === null ? '' : `, short of ${needed}`}` };
  }
  const chosenBest = best;
  const changes: PathChange[] = [];
  const written: Record<string, string> = {};
  let total = RATIONAL_ZERO;
  for (const [index, length] of [...chosenBest.taken.entries()].sort((left, right) => left[0] - right[0])) {
    const entry = movable[index] as (typeof movable)[number];
    const vMove = addRational(subtractRational(entry.start, entry.v0), length);
    const target = moved(entry, vMove);
    let value = roundTowards(target, decimals, entry.up, condition.strict);
    if (entry.limit !== null && (entry.up ? compareRational(parseRational(value), entry.limit) > 0 : compareRational(parseRational(value), entry.limit) < 0)) value = rationalToText(entry.limit);
    const change = subtractRational(parseRational(value), entry.raw);
    const cost = multiplyRational(entry.costPerRaw, absolute(change));
    total = addRational(total, cost);
    written[entry.indicator.node.id] = value;
    changes.push({
      indicator: entry.indicator.node.id,
      ...(entry.indicator.node.label ? { label: entry.indicator.node.label } : {}),
      from: rationalToText(entry.raw),
      to: value,
      change: rationalToText(change),
      normalisedChange: rationalToText({ numerator: entry.sign * length.numerator, denominator: length.denominator }),
      cost: rationalToText(cost),
    });
  }
  const after = exactProbe(plan, dataset, unitIndex, node.node.id)(written);
  if (!reachesGoal(goal, node, after)) throw new Error('chiso: cheapestPath found changes that do not reach the goal on re-scoring; please report this');
  return { ...header, status: 'reached', needed, changes, minimumCost: rationalToText(chosenBest.cost), totalCost: rationalToText(total), score: after.score, published: after.published, rank: after.rank };
}

/** The raw value after moving `vMove` improving normalised units. */
function moved(entry: { readonly raw: Rational; readonly up: boolean; readonly slopeAbs: Rational }, vMove: Rational): Rational {
  const delta = divideRational(vMove, entry.slopeAbs);
  return entry.up ? addRational(entry.raw, delta) : subtractRational(entry.raw, delta);
}
