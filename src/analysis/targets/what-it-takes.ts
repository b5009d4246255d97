/**
 * "What would it take?": for one unit and a goal, the smallest change of each single indicator
 * that reaches it, all else equal.
 *
 * @module
 */
import type { Dataset } from '../../model/dataset.js';
import { quoteText } from '../../model/describe.js';
import type { Label } from '../../model/framework.js';
import { ChisoError, issue } from '../../model/issues.js';
import { anything, checkOptions, oneOf, record, text, texts, wholeNumber } from '../../model/arguments.js';
import { didYouMean } from '../../model/suggest.js';
import { ownValue } from '../../model/records.js';
import { NUMBER_LOCALES, type NumberLocale } from '../../io/number.js';
import { assertDataset, assertFramework, validRange } from '../../model/validate.js';
import { ExactDecimal } from '../../engine/decimal.js';
import { compilePlan, type Plan, type PlannedAggregate, type PlannedIndicator } from '../../engine/plan.js';
import { addRational, compareRational, divideRational, multiplyRational, parseRational, powerOfTen, rationalToFixed, rationalToText, subtractRational, type Rational } from '../../engine/rational.js';
import { scoreValidated } from '../../engine/score.js';
import { applyAffine, exactScores, pathSlope, rankedUnits, type ExactScores } from './exact-scores.js';
import { checkGoal, checkPerIndicator, exactCondition, goalNode, meetsCondition, orientationOf, reachesGoal, unitIndexOf, valueBounds, type ExactCondition, type TargetGoal, type ValueBounds } from './goal.js';
import { exactProbe, fastProbe, type ProbeFigures, type UnitProbe } from './probe.js';
import { fastModelValidated } from '../../engine/fast/model.js';

const SUMMARY = 'What it takes cannot be computed';

/** Why an indicator alone cannot reach the goal. */
export type CannotReason =
  /** The normalisation is clipped: even the indicator's best value falls short (see `bestScore`). */
  | 'clipped'
  /** The value needed lies outside the indicator's declared range or the bounds given (see `bestScore`). */
  | 'range'
  /** The indicator is not below the node, weighs nothing, or is dropped on the way for this unit's missing data. */
  | 'not-feeding'
  /** The unit is not ranked (a rank goal) or has no score at the node. */
  | 'not-ranked'
  /** The unit has no value for the indicator, and no value within the bounds reaches the goal (see `bestScore`). */
  | 'missing'
  /** A search found no value within the bounds that reaches the goal (see `bestScore`). */
  | 'unreachable';

/** One indicator's answer. */
export interface IndicatorTarget {
  readonly indicator: string;
  readonly label?: Label;
  /** `reached`: the change below reaches the goal; `already`: the unit meets it now; `cannot`: see `reason`. */
  readonly status: 'reached' | 'already' | 'cannot';
  /**
   * How the value was found: `exact` (solved in exact rational arithmetic on a linear framework) or
   * `search` (bracket and bisection over values with `decimals` decimals, stepping on the fast
   * engine's scores, the answer checked on the exact engine's). Both are verified by re-scoring
   * with the change.
   */
  readonly method: 'exact' | 'search';
  /** The raw value now, as given; `null` when the unit has none (then `to` is the least value that reaches the goal, and `change` is `null`). */
  readonly from: string | null;
  /**
   * The new raw value, written with `decimals` decimals and rounded in the direction that still
   * reaches the goal: the value one unit of the last decimal short of it does not reach it (under
   * `search`, when the score is monotone in the value — see `monotone`).
   */
  readonly to: string | null;
  /** `to − from`, exact. */
  readonly change: string | null;
  /** The change as a percentage of `from` (2 decimals, half-up); `null` when `from` is 0. */
  readonly changePercent: string | null;
  /** Decimals of `to`: the resolution of the answer. */
  readonly decimals: number;
  /** One unit of the last decimal of `to` (`"0.001"` for 3 decimals): how far the answer may be above the least value that reaches the goal. */
  readonly tolerance: string;
  /** The unit's full-precision score at the node with the change (or now, for `already`); for `cannot`, the best it can reach. */
  readonly score: string | null;
  /** `score` rounded as the framework publishes it. */
  readonly published: string | null;
  /** The unit's rank at the node with the change (or now); for `cannot`, the rank at the best score. */
  readonly rank: number | null;
  /** Why the goal cannot be reached with this indicator alone. */
  readonly reason?: CannotReason;
  /** The reason in words, with the figures. */
  readonly message?: string;
  /** `search` only: whether every score the search met moved one way with the value (false: another, nearer value may also reach the goal). */
  readonly monotone?: boolean;
}

/** The answer of {@link whatItTakes}. */
export interface WhatItTakes {
  readonly unit: string;
  readonly name?: string;
  readonly node: string;
  readonly goal: TargetGoal;
  /** The unit's full-precision score and rank at the node now. */
  readonly current: ProbeFigures;
  /**
   * The score the unit needs at the node (framework scale, exact, 40 significant digits), when it
   * does not depend on the unit's own values (a linear framework without data-driven methods);
   * `null` otherwise or when any score reaches the goal.
   */
  readonly needed: string | null;
  /** Whether `needed` must be exceeded (an ordinal tie won by the other unit's id) rather than met. */
  readonly strict: boolean;
  readonly indicators: readonly IndicatorTarget[];
}

/** Options for {@link whatItTakes}. */
export interface WhatItTakesOptions {
  /** The unit's id. */
  readonly unit: string;
  /** The goal: `{ rank: k }` or `{ score: s }` (framework scale). */
  readonly goal: TargetGoal;
  /** The aggregate the goal is set at (default: the top index). */
  readonly node?: string;
  /** Indicators to try (default: every indicator below the node). */
  readonly indicators?: readonly string[];
  /** Bounds on raw values by indicator id, replacing the declared range bound by bound. */
  readonly bounds?: Readonly<Record<string, ValueBounds>>;
  /** Decimals of the answers (default: as many as the indicator's values use, at most 6). */
  readonly decimals?: number;
  /** How numbers written as text in the dataset are read, when the dataset does not say (as for `score`). */
  readonly locale?: NumberLocale;
}

/** Decimals the indicator's given values use, at most 6. */
function dataDecimals(dataset: Dataset, id: string): number {
  let most = 0;
  for (const unit of dataset.units) {
    const value = ownValue(unit.values, id);
    if (value === null || value === undefined) continue;
    const written = rationalToText(parseRational(value));
    const dot = written.indexOf('.');
    if (dot !== -1) most = Math.max(most, written.length - dot - 1);
    if (most >= 6) return 6;
  }
  return most;
}

function negate(value: Rational): Rational {
  return { numerator: -value.numerator, denominator: value.denominator };
}

function scaled(plan: Plan, value: Rational): string {
  return rationalToText(multiplyRational(value, parseRational(plan.framework.scale)));
}

/** The change from → to, and as a percentage of from. */
function changeOf(from: string, to: string): { change: string; changePercent: string | null } {
  const before = new ExactDecimal(from);
  const difference = new ExactDecimal(to).minus(before);
  return { change: difference.toString(), changePercent: before.isZero() ? null : difference.div(before.abs()).times(100).toFixed(2, ExactDecimal.ROUND_HALF_UP) };
}

/** Indicators below an aggregate, in framework order. */
export function indicatorsBelow(plan: Plan, node: PlannedAggregate): PlannedIndicator[] {
  const below = new Set<number>();
  const pending = [node.position];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const planned = plan.nodes[next];
    if (planned?.kind === 'aggregate') pending.push(...planned.children);
    else below.add(next);
  }
  return plan.indicators.filter((indicator) => below.has(indicator.position));
}

/** The planned indicators named by the caller, or a ChisoError listing the unknown ones. */
export function namedIndicators(plan: Plan, ids: readonly string[], summary: string): PlannedIndicator[] {
  const known = plan.indicators.map((indicator) => indicator.node.id);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new ChisoError(unknown.map((id) => issue('unknown_indicator', ['indicators'], `there is no indicator ${quoteText(id)} in the framework${didYouMean(id, known)}`, { received: id })), summary);
  return ids.map((id) => plan.indicators.find((indicator) => indicator.node.id === id) as PlannedIndicator);
}

/** What the exact path shares across indicators. */
interface ExactSetting {
  readonly scores: ExactScores;
  readonly condition: ExactCondition;
}

/**
 * For one unit and a goal at a node (the top index by default), the smallest change of each single
 * indicator's raw value, all else equal, that reaches the goal — the new value, the change and the
 * score and rank it gives — or why it cannot.
 *
 * Reaching rank k means rank ≤ k as the framework ranks (its tie rule and direction; under
 * `competition` an equal score shares the rank), other units' values fixed. A score goal is met by
 * a full-precision score at least `s` (at most, for a lower-is-better node).
 *
 * Two ways, each said in `method`:
 * - `exact`: on a linear framework (affine normalisations, arithmetic means or sums of points)
 *   whose indicator is not normalised on the data, the node's score is `base + slope · clamp(a·x + b)`
 *   in the raw value x — `slope` the indicator's effective weight for this unit, after missing data.
 *   The threshold is solved in exact rationals and written with `decimals` decimals, rounded in the
 *   direction that still reaches the goal.
 * - `search` (anything else: geometric means, steps, z-scores, min–max on data — where changing the
 *   unit's value moves the reference and every other unit's score, which the search sees —
 *   denominators, ranks on published values): a bracket (the value's bounds, or doubling steps when
 *   a side is open) and a bisection over values with `decimals` decimals, each step a float64
 *   re-score of the dataset (`fastProbe`: one `FastModel.run` recomputing the indicator and its
 *   ancestors). The answer found, and the value one step short of it, are then re-scored exactly
 *   (`score()`): the first must reach the goal, the second must not — where the float engine judged
 *   a score within its error of the goal or of a rounding boundary otherwise, the search is run
 *   again on the exact engine. Exact at that resolution when the score is monotone in the value;
 *   `monotone` says whether the scores met (float64) were.
 *
 * Every answer is checked by re-scoring the dataset with the change (the score and rank reported are
 * that re-score's). Values stay within the indicator's declared range (or the `bounds` given).
 *
 * @example
 * // A (50, 50 → 50) against B (70, 60 → 65): (a + 50) / 2 ≥ 65 needs a = 80, sharing rank 1
 * whatItTakes({ id: 'tiny', name: 'Tiny', scale: 100, root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'a', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } }, { kind: 'indicator', id: 'b', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } }] } }, { units: [{ id: 'A', values: { a: 50, b: 50 } }, { id: 'B', values: { a: 70, b: 60 } }] }, { unit: 'A', goal: { rank: 1 }, indicators: ['a'] }).indicators[0]?.to; // => '80'
 * // Italy (18th in DESI 2022) reaches 10th with 16.8126% ICT specialists (1b1), all else equal
 * whatItTakes(desi2022, dataset, { unit: 'IT', goal: { rank: 10 }, indicators: ['1b1'] }).indicators[0]?.to; // => '0.168126'
 */
export function whatItTakes(frameworkInput: unknown, datasetInput: unknown, options: WhatItTakesOptions): WhatItTakes {
  checkOptions('whatItTakes', options, { unit: text, goal: anything, node: text, indicators: texts, bounds: record, decimals: wholeNumber(0, 20), locale: oneOf(NUMBER_LOCALES) });
  if (typeof options !== 'object' || (options as unknown) === null || options.unit === undefined || options.goal === undefined) throw new TypeError('whatItTakes: the options need a unit and a goal: { unit: "IT", goal: { rank: 10 } }');
  const goal = checkGoal('whatItTakes', options.goal);
  const framework = assertFramework(frameworkInput);
  const dataset = assertDataset(framework, datasetInput, { locale: options.locale });
  const plan = compilePlan(framework);
  const node = goalNode(plan, options.node, SUMMARY);
  const unitIndex = unitIndexOf(dataset, options.unit, SUMMARY);
  checkPerIndicator('whatItTakes', 'bounds', plan.indicators.map((indicator) => indicator.node.id), options.bounds, SUMMARY);
  const unit = dataset.units[unitIndex] as Dataset['units'][number];
  const indicators = options.indicators === undefined ? indicatorsBelow(plan, node) : namedIndicators(plan, options.indicators, SUMMARY);
  const base = scoreValidated(plan, dataset);
  const figures = base.units[unitIndex]?.nodes[node.node.id];
  const current: ProbeFigures = { score: figures?.score ?? null, published: figures?.published ?? null, rank: figures?.rank ?? null };
  const probe = exactProbe(plan, dataset, unitIndex, node.node.id);
  // searches step on the fast engine (one model for every indicator, made when first needed);
  // every answer they give is checked with the exact probe
  let floatProbe: UnitProbe | null = null;
  const searchProbe = (): UnitProbe => {
    if (floatProbe === null) {
      let model: ReturnType<typeof fastModelValidated>;
      try {
        model = fastModelValidated(framework, dataset);
      } catch (error) {
        // data the float engine cannot hold (a value beyond float64) are searched exactly
        if (!(error instanceof ChisoError)) throw error;
        floatProbe = probe;
        return probe;
      }
      const candidate = fastProbe(model, unitIndex, node.node.id);
      // a model the float engine computes otherwise than the exact one (it should not) is searched exactly
      const now = candidate({});
      floatProbe = now.rank === current.rank && reachesGoal(goal, node, now) === reachesGoal(goal, node, current) && (now.score === null) === (current.score === null) ? candidate : probe;
    }
    return floatProbe;
  };
  const searched = (id: string, from: Rational | null, bounds: { min: Rational | null; max: Rational | null }, decimals: number): Answer => {
    const run = (stepProbe: UnitProbe): Answer => (from === null ? searchFromNothing(stepProbe, goal, node, id, bounds, decimals) : search(stepProbe, goal, node, id, from, bounds, decimals));
    return checkedAnswer(run(searchProbe()), probe, goal, node, id) ?? run(probe);
  };
  const header = { unit: unit.id, ...(unit.name === undefined ? {} : { name: unit.name }), node: node.node.id, goal, current };

  const exactPossible = plan.linear && ('score' in goal || plan.framework.ranking.on === 'score');
  let setting: ExactSetting | null = null;
  if (exactPossible) {
    const scores = exactScores(plan, dataset);
    const condition = exactCondition(plan, node, goal, scores.values[node.position] as (Rational | null)[], rankedUnits(plan, dataset), dataset.units.map((candidate) => candidate.id), unitIndex);
    setting = { scores, condition };
  }
  const neededText = setting === null || setting.condition.threshold === null ? null : scaled(plan, setting.condition.orientation === 1 ? setting.condition.threshold : negate(setting.condition.threshold));

  const rows = indicators.map((indicator): IndicatorTarget => {
    const id = indicator.node.id;
    const decimals = options.decimals ?? dataDecimals(dataset, id);
    const given = ownValue(unit.values, id);
    const from = given === null || given === undefined ? null : rationalToText(parseRational(given));
    const common = { indicator: id, ...(indicator.node.label ? { label: indicator.node.label } : {}), from, decimals, tolerance: rationalToText({ numerator: 1n, denominator: powerOfTen(decimals) }) };
    const dataDriven = indicator.method.dataDriven(indicator.node.normalisation);
    const method: 'exact' | 'search' = setting !== null && !dataDriven ? 'exact' : 'search';
    const cannot = (reason: CannotReason, message: string, best: ProbeFigures = current): IndicatorTarget => ({ ...common, status: 'cannot', method, to: null, change: null, changePercent: null, score: best.score, published: best.published, rank: best.rank, reason, message });
    if ('rank' in goal && current.rank === null) return cannot('not-ranked', `${quoteText(unit.id)} has no rank at ${quoteText(node.node.id)} (${current.score === null ? 'no score' : 'not ranked'})`);
    if (current.score === null) return cannot('not-ranked', `${quoteText(unit.id)} has no score at ${quoteText(node.node.id)}`);
    if (reachesGoal(goal, node, current)) return { ...common, status: 'already', method, to: from, change: from === null ? null : '0', changePercent: from === null ? null : '0.00', score: current.score, published: current.published, rank: current.rank };
    const bounds = valueBounds(validRange(indicator.node), options.bounds, id);
    if (from === null) {
      // no value to change: the least value that reaches the goal, searched between the bounds
      const found = searched(id, null, bounds, decimals);
      if (found.kind === 'cannot') {
        const best = found.best?.figures ?? current;
        return { ...common, status: 'cannot', method: 'search', to: null, change: null, changePercent: null, score: best.score, published: best.published, rank: best.rank, reason: 'missing', message: `${quoteText(unit.id)} has no value for ${quoteText(id)}, and ${found.message}` };
      }
      const after = found.figures ?? probe({ [id]: found.value });
      if (!reachesGoal(goal, node, after)) throw new Error(`chiso: whatItTakes found ${found.value} for ${quoteText(id)} but re-scoring does not reach the goal; please report this`);
      return { ...common, status: 'reached', method: 'search', to: found.value, change: null, changePercent: null, score: after.score, published: after.published, rank: after.rank, ...(found.monotone === undefined ? {} : { monotone: found.monotone }) };
    }
    const answer = method === 'exact' && setting !== null ? solveExactly(plan, setting, node, indicator, unitIndex, bounds, decimals) : searched(id, parseRational(from), bounds, decimals);
    if (answer.kind === 'cannot') {
      const atBest = answer.best === null ? current : answer.best.figures ?? probe({ [id]: answer.best.value });
      // the value now may be the best there is (a search tries other values only)
      const best = atBest.score === null || (current.score !== null && new ExactDecimal(current.score).cmp(atBest.score) * orientationOf(node) > 0) ? current : atBest;
      return { ...cannot(answer.reason, answer.message, best), ...(answer.monotone === undefined ? {} : { monotone: answer.monotone }) };
    }
    const after = answer.figures ?? probe({ [id]: answer.value });
    if (!reachesGoal(goal, node, after)) throw new Error(`chiso: whatItTakes found ${answer.value} for ${quoteText(id)} but re-scoring does not reach the goal; please report this`);
    return { ...common, status: 'reached', method, to: answer.value, ...changeOf(from, answer.value), score: after.score, published: after.published, rank: after.rank, ...(answer.monotone === undefined ? {} : { monotone: answer.monotone }) };
  });
  return { ...header, needed: neededText, strict: setting?.condition.strict ?? false, indicators: rows };
}

/** An answer before it is checked and written up. */
type Answer =
  | {
      readonly kind: 'reached';
      readonly value: string;
      readonly figures?: ProbeFigures;
      readonly monotone?: boolean;
      /** A search's value one step of the grid short of `value` that it found not to reach the goal (`null`: none tried). */
      readonly short?: string | null;
    }
  | { readonly kind: 'cannot'; readonly reason: CannotReason; readonly message: string; readonly best: { value: string; figures?: ProbeFigures } | null; readonly monotone?: boolean };

/**
 * A rational written with `decimals` decimals, rounded toward +∞ (`up`) or −∞, stepped once more
 * when `strict` and exact: the value that still reaches a threshold from the side it is approached.
 *
 * @example
 * roundTowards({ numerator: 2n, denominator: 3n }, 2, true, false); // => '0.67'
 * roundTowards({ numerator: 1n, denominator: 2n }, 1, false, true); // => '0.4'
 */
export function roundTowards(value: Rational, decimals: number, up: boolean, strict: boolean): string {
  const textValue = rationalToFixed(value, decimals, up ? 'ceil' : 'floor');
  if (!strict || compareRational(parseRational(textValue), value) !== 0) return textValue;
  const step = { numerator: 1n, denominator: powerOfTen(decimals) };
  return rationalToFixed(up ? addRational(value, step) : subtractRational(value, step), decimals, 'half-up');
}

/** The exact path: solve `base + slope · clamp(a·x + b)` against the condition. */
function solveExactly(plan: Plan, setting: ExactSetting, node: PlannedAggregate, indicator: PlannedIndicator, unitIndex: number, bounds: { min: Rational | null; max: Rational | null }, decimals: number): Answer {
  const { scores, condition } = setting;
  const id = indicator.node.id;
  const slope = pathSlope(plan, scores, node.position, indicator.position, unitIndex);
  if (slope === null || slope.numerator === 0n) {
    return { kind: 'cannot', reason: 'not-feeding', message: `${quoteText(id)} does not feed ${quoteText(node.node.id)} for this unit (not below it, weight 0, or a node on the way has too little data)`, best: null };
  }
  const affine = scores.affine[indicator.position];
  const raw = (scores.raw[indicator.position] as (Rational | null)[])[unitIndex];
  const now = (scores.values[indicator.position] as (Rational | null)[])[unitIndex];
  const nodeValue = (scores.values[node.position] as (Rational | null)[])[unitIndex];
  if (affine === null || affine === undefined || raw === null || raw === undefined || now === null || now === undefined || nodeValue === null || nodeValue === undefined) throw new Error('chiso: exact target values are missing');
  const threshold = condition.threshold;
  if (threshold === null) throw new Error('chiso: exact target without a threshold');
  const base = subtractRational(nodeValue, multiplyRational(slope, now));
  const orientation = condition.orientation;
  // c · n ≥ R (or >) with c = o·slope, R = T − o·base
  const c = orientation === 1 ? slope : negate(slope);
  const required = subtractRational(threshold, orientation === 1 ? base : negate(base));
  const needed = divideRational(required, c);
  const wantsHigher = c.numerator > 0n; // n ≥ needed (else n ≤ needed)
  const atValue = (value: Rational): Rational => addRational(base, multiplyRational(slope, applyAffine(affine, value)));
  // the best normalised value within the bounds, and the bound giving it
  const rising = affine.scale.numerator > 0n;
  const bestBound = wantsHigher === rising ? bounds.max : bounds.min;
  const bestText = (bound: Rational | null): { value: string } | null => (bound === null ? null : { value: rationalToText(bound) });
  const clip = wantsHigher ? affine.ceiling : affine.floor;
  if (clip !== null) {
    const comparison = compareRational(needed, clip);
    const beyond = wantsHigher ? comparison > 0 || (condition.strict && comparison === 0) : comparison < 0 || (condition.strict && comparison === 0);
    if (beyond) {
      const bestNode = bestBound === null ? addRational(base, multiplyRational(slope, clip)) : atValue(bestBound);
      return {
        kind: 'cannot',
        reason: 'clipped',
        message: `${quoteText(id)} is held within [0, 1] by its normalisation: at its best it brings ${quoteText(node.node.id)} to ${scaled(plan, bestNode)}, short of ${scaled(plan, orientation === 1 ? threshold : negate(threshold))}`,
        best: bestText(bestBound) ?? { value: rationalToText(divideRational(subtractRational(clip, affine.offset), affine.scale)) },
      };
    }
  }
  // unclipped: a·x + b (≥ or ≤) needed  →  x (≥ or ≤) (needed − b) / a
  const boundary = divideRational(subtractRational(needed, affine.offset), affine.scale);
  const upward = wantsHigher === rising;
  const limit = upward ? bounds.max : bounds.min;
  const value = roundTowards(boundary, decimals, upward, condition.strict);
  const exceeds = (candidate: Rational): boolean => limit !== null && (upward ? compareRational(candidate, limit) > 0 : compareRational(candidate, limit) < 0);
  if (exceeds(parseRational(value)) || (limit !== null && condition.strict && compareRational(boundary, limit) === 0)) {
    const best = limit === null ? null : atValue(limit);
    return {
      kind: 'cannot',
      reason: 'range',
      message: `${quoteText(id)} would need ${rationalToText(boundary)}${upward ? ' or more' : ' or less'}, beyond its ${upward ? 'upper' : 'lower'} bound ${limit === null ? '' : rationalToText(limit)}${best === null ? '' : `, where ${quoteText(node.node.id)} reaches ${scaled(plan, best)}`}`,
      best: bestText(limit),
    };
  }
  if (!meetsCondition(condition, atValue(parseRational(value)))) throw new Error(`chiso: the exact target ${value} for ${quoteText(id)} does not meet the goal; please report this`);
  return { kind: 'reached', value };
}

/**
 * A search's answer checked on the exact engine, with the exact figures: a value found must reach
 * the goal when re-scored, and the value one step short that the search found not to reach it must
 * not; a "cannot" answer's best value must not reach it either. `null` when the check fails (the
 * fast engine judged a score within its float error of the goal or of a rounding boundary
 * otherwise than the exact one): the caller searches again on the exact engine.
 */
function checkedAnswer(answer: Answer, exact: UnitProbe, goal: TargetGoal, node: PlannedAggregate, id: string): Answer | null {
  if (answer.kind === 'cannot') {
    if (answer.best === null) return answer;
    const figures = exact({ [id]: answer.best.value });
    return reachesGoal(goal, node, figures) ? null : { ...answer, best: { value: answer.best.value, figures } };
  }
  const figures = exact({ [id]: answer.value });
  if (!reachesGoal(goal, node, figures)) return null;
  if (answer.short !== null && answer.short !== undefined && reachesGoal(goal, node, exact({ [id]: answer.short }))) return null;
  return { ...answer, figures };
}

/** Probes at most this many doublings outward when a side has no bound. */
const MAX_DOUBLINGS = 40;
/** An open side stops once this many doublings in a row leave the score unchanged (the method saturates: steps, clips). */
const SATURATED = 4;

/**
 * What both searches share: the grid of values with `decimals` decimals, the probe at a grid step
 * (each step probed once, and whether it reaches the goal), and which of two scores is better.
 */
function searchGrid(probe: UnitProbe, goal: TargetGoal, node: PlannedAggregate, id: string, decimals: number) {
  const { unit, grid, textOf } = gridOf(decimals);
  const seen = new Map<bigint, ProbeFigures & { reached: boolean }>();
  const at = (step: bigint): ProbeFigures & { reached: boolean } => {
    const known = seen.get(step);
    if (known !== undefined) return known;
    const figures = probe({ [id]: textOf(step) });
    const entry = { ...figures, reached: reachesGoal(goal, node, figures) };
    seen.set(step, entry);
    return entry;
  };
  const orientation = orientationOf(node);
  const better = (left: string | null, right: string | null): boolean => left !== null && (right === null || new ExactDecimal(left).cmp(right) * orientation > 0);
  return { unit, grid, textOf, at, better, seen };
}

/**
 * The search path: for each direction, a far value that reaches the goal (the bound, or doubling
 * steps), then bisection over the grid of values with `decimals` decimals between the value now
 * and that far value. The nearer answer of the two directions wins.
 */
function search(probe: UnitProbe, goal: TargetGoal, node: PlannedAggregate, id: string, from: Rational, bounds: { min: Rational | null; max: Rational | null }, decimals: number): Answer {
  const { unit, grid, textOf, at, better, seen } = searchGrid(probe, goal, node, id, decimals);
  type Found = { step: bigint; steps: bigint[]; short: bigint | null };
  const direction = (up: boolean): Found | null => {
    const limit = up ? bounds.max : bounds.min;
    const start = grid(from, !up); // the grid value at or behind the value now
    const sign = up ? 1n : -1n;
    let far: bigint | null = null;
    const path: bigint[] = [];
    if (limit !== null) {
      const end = grid(limit, !up);
      if ((end - start) * sign <= 0n) return null;
      path.push(end);
      if (at(end).reached) far = end;
    } else {
      const magnitude = grid(from, true) < 0n ? -grid(from, true) : grid(from, true);
      let step = magnitude > unit ? magnitude : unit;
      let unchanged = 0;
      let previous: string | null = null;
      for (let doubling = 0; doubling < MAX_DOUBLINGS && far === null && unchanged < SATURATED; doubling += 1) {
        const candidate = start + sign * step;
        path.push(candidate);
        const entry = at(candidate);
        if (entry.reached) far = candidate;
        unchanged = entry.score === previous ? unchanged + 1 : 0;
        previous = entry.score;
        step *= 2n;
      }
    }
    if (far === null) return null;
    // bisection: `near` does not reach (assumed for the value now), `reaching` does
    let reaching: bigint = far;
    let near = path.length > 1 ? (path[path.length - 2] as bigint) : start;
    while ((reaching - near) * sign > 1n) {
      const middle: bigint = near + (reaching - near) / 2n;
      if (at(middle).reached) reaching = middle;
      else near = middle;
    }
    return { step: reaching, steps: path, short: seen.has(near) ? near : null };
  };
  const candidates = [direction(true), direction(false)].filter((found): found is Found => found !== null);
  const fromScaled = multiplyRational(from, { numerator: unit, denominator: 1n });
  const distance = (step: bigint): Rational => {
    const difference = subtractRational({ numerator: step, denominator: 1n }, fromScaled);
    return difference.numerator < 0n ? negate(difference) : difference;
  };
  candidates.sort((left, right) => compareRational(distance(left.step), distance(right.step)));
  const chosen = candidates[0];
  // monotone: along the chosen direction, the scores met never get worse and reaching never stops
  const monotoneAlong = (up: boolean): boolean => {
    const steps = [...seen.keys()].filter((step) => (up ? fromScaled.numerator <= step * fromScaled.denominator : fromScaled.numerator >= step * fromScaled.denominator)).sort((left, right) => (left < right ? (up ? -1 : 1) : left > right ? (up ? 1 : -1) : 0));
    let previous: (ProbeFigures & { reached: boolean }) | null = null;
    for (const step of steps) {
      const entry = seen.get(step) as ProbeFigures & { reached: boolean };
      if (previous !== null && (better(previous.score, entry.score) || (previous.reached && !entry.reached))) return false;
      previous = entry;
    }
    return true;
  };
  if (chosen === undefined) {
    let best: { step: bigint; figures: ProbeFigures } | null = null;
    for (const [step, figures] of seen) if (best === null || better(figures.score, best.figures.score)) best = { step, figures };
    const range = bounds.min === null && bounds.max === null ? '' : ` ${bounds.min === null ? 'up' : `from ${rationalToText(bounds.min)}`} to ${bounds.max === null ? 'any value' : rationalToText(bounds.max)}`;
    return {
      kind: 'cannot',
      reason: 'unreachable',
      message: `no value of ${quoteText(id)}${range} reaches the goal: the best of the ${seen.size} value${seen.size === 1 ? '' : 's'} tried${best === null ? '' : `, ${textOf(best.step)}, gives ${best.figures.score ?? 'no score'}`}`,
      best: best === null ? null : { value: textOf(best.step), figures: best.figures },
    };
  }
  const up = chosen.step * fromScaled.denominator > fromScaled.numerator;
  const figures = seen.get(chosen.step) as ProbeFigures & { reached: boolean };
  return { kind: 'reached', value: textOf(chosen.step), figures: { score: figures.score, published: figures.published, rank: figures.rank }, monotone: monotoneAlong(up), short: chosen.short === null ? null : textOf(chosen.short) };
}

/** Grid helpers shared by the searches: values with `decimals` decimals as integers. */
function gridOf(decimals: number): { unit: bigint; grid: (value: Rational, up: boolean) => bigint; textOf: (step: bigint) => string } {
  const unit = powerOfTen(decimals);
  return {
    unit,
    grid: (value, up) => {
      const scaledValue = multiplyRational(value, { numerator: unit, denominator: 1n });
      const quotient = scaledValue.numerator / scaledValue.denominator;
      if (quotient * scaledValue.denominator === scaledValue.numerator) return quotient;
      // BigInt division truncates toward zero
      const floor = scaledValue.numerator < 0n ? quotient - 1n : quotient;
      return up ? floor + 1n : floor;
    },
    textOf: (step) => rationalToFixed({ numerator: step, denominator: unit }, decimals, 'half-up'),
  };
}

/**
 * The search for a unit with no value: the two ends of the bounds (or doubling steps from the
 * finite bound, or from 0, on an open side, until the goal is reached or the score stops moving);
 * a bisection between an end that does not reach the goal and one that does gives the least
 * value that reaches it. When both ends reach it, the end with the worse score is the answer.
 */
function searchFromNothing(probe: UnitProbe, goal: TargetGoal, node: PlannedAggregate, id: string, bounds: { min: Rational | null; max: Rational | null }, decimals: number): Answer {
  const { unit, grid, textOf, at, better, seen } = searchGrid(probe, goal, node, id, decimals);
  const anchor = bounds.min !== null ? grid(bounds.min, true) : bounds.max !== null ? grid(bounds.max, false) : 0n;
  const end = (up: boolean): bigint => {
    const limit = up ? bounds.max : bounds.min;
    if (limit !== null) return grid(limit, !up);
    let step = unit;
    let last = anchor;
    let unchanged = 0;
    let previous: string | null | undefined;
    for (let doubling = 0; doubling < MAX_DOUBLINGS && unchanged < SATURATED; doubling += 1) {
      last = up ? anchor + step : anchor - step;
      const entry = at(last);
      if (entry.reached) break;
      unchanged = entry.score === previous ? unchanged + 1 : 0;
      previous = entry.score;
      step *= 2n;
    }
    return last;
  };
  const low = end(false);
  const high = end(true);
  const lowEntry = at(low);
  const highEntry = at(high);
  if (!lowEntry.reached && !highEntry.reached) {
    let best: { step: bigint; figures: ProbeFigures } | null = null;
    for (const [step, figures] of seen) if (best === null || better(figures.score, best.figures.score)) best = { step, figures };
    return { kind: 'cannot', reason: 'missing', message: `no value from ${textOf(low)} to ${textOf(high)} reaches the goal among the ${seen.size} tried${best === null ? '' : ` (the best, ${textOf(best.step)}, gives ${best.figures.score ?? 'no score'})`}`, best: best === null ? null : { value: textOf(best.step), figures: best.figures } };
  }
  if (lowEntry.reached && highEntry.reached) {
    const worse = better(lowEntry.score, highEntry.score) ? high : low;
    const entry = worse === high ? highEntry : lowEntry;
    return { kind: 'reached', value: textOf(worse), figures: { score: entry.score, published: entry.published, rank: entry.rank }, monotone: true };
  }
  let near = lowEntry.reached ? high : low;
  let reaching = lowEntry.reached ? low : high;
  const sign = reaching > near ? 1n : -1n;
  while ((reaching - near) * sign > 1n) {
    const middle: bigint = near + (reaching - near) / 2n;
    if (at(middle).reached) reaching = middle;
    else near = middle;
  }
  const steps = [...seen.keys()].sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
  if (sign < 0n) steps.reverse();
  let monotone = true;
  let previous: (ProbeFigures & { reached: boolean }) | null = null;
  for (const step of steps) {
    const entry = seen.get(step) as ProbeFigures & { reached: boolean };
    if (previous !== null && (better(previous.score, entry.score) || (previous.reached && !entry.reached))) monotone = false;
    previous = entry;
  }
  const entry = seen.get(reaching) as ProbeFigures & { reached: boolean };
  return { kind: 'reached', value: textOf(reaching), figures: { score: entry.score, published: entry.published, rank: entry.rank }, monotone, short: textOf(near) };
}
