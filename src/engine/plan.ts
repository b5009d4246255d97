/**
 * Compiling a framework into a plan: nodes in evaluation order with their methods, exact weights
 * and parameters resolved once, so running the plan does no look-ups.
 *
 * @module
 */
import { ExactDecimal, type Exact } from './decimal.js';
import { addRational, parseRational, RATIONAL_ZERO, type Rational } from './rational.js';
import { aggregateMethodFor } from '../methods/aggregate/index.js';
import type { AggregateMethod, UnitInputs } from '../methods/aggregate/types.js';
import { normaliseMethodFor } from '../methods/normalise/index.js';
import type { NormaliseMethod, ValueProblem } from '../methods/normalise/types.js';
import type { AggregateNode, Framework, FrameworkInput, IndicatorNode } from '../model/framework.js';
import { validatedFramework, walkFramework } from '../model/validate.js';
import type { NodeInfo } from './result.js';

/** An indicator in the plan. */
export interface PlannedIndicator {
  readonly kind: 'indicator';
  readonly node: IndicatorNode;
  /** Position in `Plan.nodes`. */
  readonly position: number;
  /** Where the node is in the framework, for messages. */
  readonly path: readonly (string | number)[];
  readonly method: NormaliseMethod;
  readonly denominator: { readonly variable: string; readonly per: Exact } | null;
  /** The indicator's maximum points when its parent sums points (its weight), else `null`. */
  readonly maximumPoints: Rational | null;
}

/** An aggregate in the plan. */
export interface PlannedAggregate {
  readonly kind: 'aggregate';
  readonly node: AggregateNode;
  readonly position: number;
  readonly path: readonly (string | number)[];
  readonly method: AggregateMethod;
  /** Positions of the children in `Plan.nodes`. */
  readonly children: readonly number[];
  /** The children's weights as exact decimals. */
  readonly weights: readonly Exact[];
  /** The sum of the children's weights. */
  readonly totalWeight: Exact;
  /** The children's weights as exact rationals, and their sum. */
  readonly rationalWeights: readonly Rational[];
  readonly rationalTotal: Rational;
  /** The per-unit aggregation, prepared once. */
  readonly aggregate: (values: readonly (Exact | null)[]) => Exact;
  /** For a method that compares units (Copeland): every unit at once, prepared once; else `null`. */
  readonly acrossUnits: ((units: readonly UnitInputs[]) => readonly (Exact | ValueProblem)[]) | null;
}

/** A compiled framework. */
export interface Plan {
  readonly framework: Framework;
  /** Every node, parents before children (the order of `NodeInfo`). */
  readonly nodes: readonly (PlannedIndicator | PlannedAggregate)[];
  readonly info: readonly NodeInfo[];
  /** Indicators, in framework order. */
  readonly indicators: readonly PlannedIndicator[];
  /** Aggregates, children before parents: the order to evaluate them in. */
  readonly evaluationOrder: readonly PlannedAggregate[];
  /**
   * True when every indicator's normalisation can be an exact affine map and every aggregate is an
   * arithmetic mean or a sum of points: the whole framework is then computed in exact rational
   * arithmetic (see `rational-run.ts`); otherwise with decimal.js at 40 digits.
   */
  readonly linear: boolean;
}

/**
 * The threshold a child must reach to count as met, for an aggregate whose method reports criteria
 * met (`count`); `null` for any other.
 *
 * @example
 * criteriaThreshold({ aggregation: { method: 'count', threshold: 0.5 } }); // => '0.5'
 * criteriaThreshold({ aggregation: { method: 'mean' } }); // => null
 */
export function criteriaThreshold(node: Pick<AggregateNode, 'aggregation'>): string | null {
  const method = aggregateMethodFor(node.aggregation);
  if (!method.reports.criteriaMet) return null;
  return method.threshold?.(node.aggregation) ?? '1';
}

/** Plans {@link compilePlan} made. */
const compiledPlans = new WeakSet<object>();

/**
 * Whether a plan was made by {@link compilePlan} (and so may be run as it is): a plan built or
 * copied by hand may hold anything.
 *
 * @example
 * isCompiledPlan(compilePlan(assertFramework(desi2022))); // => true
 */
export function isCompiledPlan(plan: unknown): plan is Plan {
  return typeof plan === 'object' && plan !== null && compiledPlans.has(plan);
}

/**
 * Compiles a framework into a plan. A framework `assertFramework` returned is used as it is; any
 * other framework input is validated first (a {@link ChisoError} when it is not valid).
 *
 * @example
 * const plan = compilePlan(assertFramework(desi2022));
 * plan.indicators.length; // => 33
 * compilePlan(desi2022).indicators.length; // => 33
 */
export function compilePlan(frameworkInput: Framework | FrameworkInput): Plan {
  const framework = validatedFramework(frameworkInput);
  const entries: { node: IndicatorNode | AggregateNode; path: (string | number)[]; parent: AggregateNode | null; depth: number }[] = [];
  walkFramework(framework.root, (node, path, parent) => {
    entries.push({ node, path, parent, depth: path.filter((part) => part === 'children').length });
  });
  const positionOf = new Map(entries.map((entry, position) => [entry.node.id, position]));
  const nodes: (PlannedIndicator | PlannedAggregate)[] = entries.map((entry, position) => {
    const { node, path } = entry;
    if (node.kind === 'indicator') {
      return {
        kind: 'indicator',
        node,
        position,
        path,
        method: normaliseMethodFor(node.normalisation),
        denominator: node.denominator ? { variable: node.denominator.variable, per: new ExactDecimal(node.denominator.per) } : null,
        maximumPoints: entry.parent !== null && aggregateMethodFor(entry.parent.aggregation).reports.points ? parseRational(node.weight) : null,
      };
    }
    const weights = node.children.map((child) => new ExactDecimal(child.weight));
    const rationalWeights = node.children.map((child) => parseRational(child.weight));
    const method = aggregateMethodFor(node.aggregation);
    return {
      kind: 'aggregate',
      node,
      position,
      path,
      method,
      children: node.children.map((child) => positionOf.get(child.id) as number),
      weights,
      totalWeight: weights.reduce((total, weight) => total.plus(weight), new ExactDecimal(0)),
      rationalWeights,
      rationalTotal: rationalWeights.reduce(addRational, RATIONAL_ZERO),
      aggregate: method.prepare(node.aggregation, weights),
      acrossUnits: method.prepareAcrossUnits?.(node.aggregation, weights) ?? null,
    };
  });
  const info: NodeInfo[] = entries.map(({ node, parent, depth }) => {
    const threshold = node.kind === 'aggregate' ? criteriaThreshold(node) : null;
    return {
    id: node.id,
    kind: node.kind,
    parent: parent?.id ?? null,
    depth,
    ...(node.label ? { label: node.label } : {}),
    weight: node.weight,
    method: node.kind === 'indicator' ? node.normalisation.method : node.aggregation.method,
    direction: node.direction ?? 'higher',
    ...(node.kind === 'aggregate' ? { children: node.children.map((child) => child.id) } : {}),
    ...(threshold === null ? {} : { threshold }),
    };
  });
  const indicators = nodes.filter((node): node is PlannedIndicator => node.kind === 'indicator');
  const evaluationOrder = nodes.filter((node): node is PlannedAggregate => node.kind === 'aggregate').reverse();
  const linear =
    indicators.every(
      (indicator) =>
        indicator.method.affine !== undefined &&
        (indicator.method.isAffine?.(indicator.node.normalisation, indicator.node.direction) ?? true) &&
        indicator.denominator === null,
    ) &&
    evaluationOrder.every((aggregate) => aggregate.method.linear);
  const plan = { framework, nodes, info, indicators, evaluationOrder, linear };
  compiledPlans.add(plan);
  return plan;
}
