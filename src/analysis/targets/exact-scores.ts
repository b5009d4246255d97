/**
 * Exact rational scores of a linear framework, per node and unit, and how one unit's score at a
 * node moves with one of its normalised values: what the exact path of {@link whatItTakes} and
 * {@link cheapestPath} solve with.
 *
 * @module
 */
import type { Dataset } from '../../model/dataset.js';
import type { Affine } from '../../methods/normalise/types.js';
import { decideMissing, exactInput, namedValue, readColumns, reversedChildren, type RunContext } from '../../engine/evaluation.js';
import type { Plan, PlannedAggregate } from '../../engine/plan.js';
import { addRational, compareRational, divideRational, multiplyRational, parseRational, RATIONAL_ONE, RATIONAL_ZERO, subtractRational, type Rational } from '../../engine/rational.js';

/** Exact values of a linear framework: the affine map of each indicator and every node's value (0–1) per unit. */
export interface ExactScores {
  /** By plan position, the indicator's affine normalisation (`null` for aggregates). */
  readonly affine: readonly (Affine | null)[];
  /** By plan position, then unit: the node's value on 0–1 (before the framework's scale), `null` when missing. */
  readonly values: readonly (readonly (Rational | null)[])[];
  /** By plan position, then unit: the raw value of an indicator as an exact rational. */
  readonly raw: readonly (readonly (Rational | null)[])[];
}

/**
 * `min(max(scale·x + offset, floor), ceiling)`.
 *
 * @example
 * applyAffine({ scale: { numerator: 1n, denominator: 50n }, offset: { numerator: 0n, denominator: 1n }, floor: null, ceiling: { numerator: 1n, denominator: 1n } }, { numerator: 60n, denominator: 1n }); // => { numerator: 1n, denominator: 1n }
 */
export function applyAffine(affine: Affine, value: Rational): Rational {
  let result = addRational(multiplyRational(affine.scale, value), affine.offset);
  if (affine.floor !== null && compareRational(result, affine.floor) < 0) result = affine.floor;
  if (affine.ceiling !== null && compareRational(result, affine.ceiling) > 0) result = affine.ceiling;
  return result;
}

/** Whether each unit is ranked: not excluded by the framework, not marked unranked in the dataset. */
export function rankedUnits(plan: Plan, dataset: Dataset): boolean[] {
  const excluded = new Set(plan.framework.ranking.exclude);
  return dataset.units.map((unit) => unit.ranked && !excluded.has(unit.id));
}

/**
 * Every node's exact value for every unit, as the rational executor computes it (the same affine
 * maps, the same missing-data decisions), kept as rationals rather than written as texts. The plan
 * must be linear and the dataset must score without problems.
 */
export function exactScores(plan: Plan, dataset: Dataset): ExactScores {
  const units = dataset.units;
  const rankedUnit = rankedUnits(plan, dataset);
  const values: (Rational | null)[][] = plan.nodes.map(() => new Array<Rational | null>(units.length).fill(null));
  const raw: (Rational | null)[][] = plan.nodes.map(() => new Array<Rational | null>(units.length).fill(null));
  const affine: (Affine | null)[] = plan.nodes.map(() => null);
  const given = readColumns(units, plan.indicators.map((indicator) => indicator.node.id));
  const unitIds = units.map((unit) => unit.id);
  plan.indicators.forEach((indicator, column) => {
    const rawColumn = raw[indicator.position] as (Rational | null)[];
    const reference: Rational[] = [];
    (given[column] ?? []).forEach((value, unitIndex) => {
      if (value === null || value === undefined) return;
      const exact = parseRational(exactInput(value, (units[unitIndex] as Dataset['units'][number]).id, indicator.node.id, unitIndex));
      rawColumn[unitIndex] = exact;
      if (rankedUnit[unitIndex]) reference.push(exact);
    });
    const named = namedValue(indicator.method, indicator.node.normalisation, unitIds, (unitIndex) => rawColumn[unitIndex] ?? null);
    const context = named === undefined ? { direction: indicator.node.direction, reference } : { direction: indicator.node.direction, reference, named };
    const map = indicator.method.affine?.(indicator.node.normalisation, context) ?? null;
    if (map === null) throw new Error(`chiso: indicator "${indicator.node.id}" has no affine form though the plan is linear`);
    affine[indicator.position] = map;
    const valueColumn = values[indicator.position] as (Rational | null)[];
    rawColumn.forEach((value, unitIndex) => {
      if (value !== null) valueColumn[unitIndex] = applyAffine(map, value);
    });
  });
  // Missing-data decisions as the engine takes them; the notes and problems are not needed here.
  const context: RunContext = { plan, units, rankedUnit, problems: [], missingNotes: [] };
  for (const aggregate of plan.evaluationOrder) {
    const reversed = reversedChildren(plan, aggregate);
    const column = values[aggregate.position] as (Rational | null)[];
    for (let unitIndex = 0; unitIndex < units.length; unitIndex += 1) {
      const childValues = aggregate.children.map((position) => (values[position] as (Rational | null)[])[unitIndex] ?? null);
      const missing = childValues.map((value) => value === null);
      const decision = missing.some(Boolean) ? decideMissing(context, aggregate, unitIndex, missing) : 'complete';
      if (decision === 'drop') continue;
      let total = RATIONAL_ZERO;
      let weightSum = RATIONAL_ZERO;
      childValues.forEach((value, child) => {
        const weight = aggregate.rationalWeights[child] as Rational;
        if (value === null) {
          if (decision === 'zero') weightSum = addRational(weightSum, weight);
          return;
        }
        total = addRational(total, multiplyRational(weight, reversed[child] ? subtractRational(RATIONAL_ONE, value) : value));
        weightSum = addRational(weightSum, weight);
      });
      column[unitIndex] = divideRational(total, weightSum);
    }
  }
  return { affine, values, raw };
}

/**
 * How a unit's value at `node` moves with an indicator's normalised value, all else fixed: the
 * node's value is `base + slope · n`. `slope` is the product down the path of each child's weight
 * over the weight its parent counts for this unit (negated where a lower-is-better aggregate is
 * fed in as 1 − s); `null` when the indicator is not below the node or, for this unit, a node on
 * the way is dropped for missing data (the indicator then does not feed the node).
 */
export function pathSlope(plan: Plan, scores: ExactScores, nodePosition: number, indicatorPosition: number, unitIndex: number): Rational | null {
  const parentOf = new Map<number, PlannedAggregate>();
  for (const aggregate of plan.evaluationOrder) for (const child of aggregate.children) parentOf.set(child, aggregate);
  let slope = RATIONAL_ONE;
  let position = indicatorPosition;
  while (position !== nodePosition) {
    const parent = parentOf.get(position);
    if (parent === undefined) return null;
    if ((scores.values[position] as (Rational | null)[])[unitIndex] === null) return null;
    if ((scores.values[parent.position] as (Rational | null)[])[unitIndex] === null) return null;
    const reversed = reversedChildren(plan, parent);
    const missingPolicyZero = parent.node.missing.policy === 'zero';
    let counted = RATIONAL_ZERO;
    parent.children.forEach((child, index) => {
      const present = (scores.values[child] as (Rational | null)[])[unitIndex] !== null;
      if (present || missingPolicyZero) counted = addRational(counted, parent.rationalWeights[index] as Rational);
    });
    const index = parent.children.indexOf(position);
    const share = divideRational(parent.rationalWeights[index] as Rational, counted);
    slope = multiplyRational(slope, reversed[index] ? { numerator: -share.numerator, denominator: share.denominator } : share);
    position = parent.position;
  }
  return slope;
}
