/**
 * The fast engine's plan: a framework as plain data — node kinds, parent and children by position,
 * weights in one Float64Array, each node's method and parameters, missing-data policies and the
 * ranking rules — so a run can take overrides by position without compiling anything again.
 *
 * @module
 */
import { aggregateMethodFor } from '../../methods/aggregate/index.js';
import type { AggregateMethod, FloatAggregateInput } from '../../methods/aggregate/types.js';
import { normaliseMethodFor } from '../../methods/normalise/index.js';
import type { FloatNormaliser, NormaliseMethod } from '../../methods/normalise/types.js';
import type { Aggregation, Framework, MissingPolicy, Normalisation, Ranking, Rounding } from '../../model/framework.js';
import { quoteText } from '../../model/describe.js';
import { compilePlan } from '../plan.js';
import { ranksLowestFirst } from '../rank.js';

/** Methods of your own, by the name a normalisation or aggregation gives, used before the built-in ones. */
export interface FastMethods {
  readonly normalise?: Readonly<Record<string, NormaliseMethod>>;
  readonly aggregate?: Readonly<Record<string, AggregateMethod>>;
}

/** A framework compiled for the fast engine: plain data by node position (parents before children). */
export interface FastPlan {
  /** Node ids by position: parents before children, the order of `ScoreResult.nodes`. */
  readonly nodeIds: readonly string[];
  /** Position of each node id. */
  readonly positionOf: ReadonlyMap<string, number>;
  /** 1 for an aggregate, 0 for an indicator, by position. */
  readonly isAggregate: Uint8Array;
  /** The parent's position (−1 for the root). */
  readonly parent: Int32Array;
  /** The children's positions, by position (empty for an indicator). */
  readonly children: readonly Int32Array[];
  /** Each node's weight within its parent, by position. */
  readonly weights: Float64Array;
  /** 1 where the node is an aggregate whose lower score is better: ranked lowest first, fed to its parent as 1 − s. */
  readonly lowerIsBetter: Uint8Array;
  /** Indicators: whether higher or lower raw values are better. */
  readonly directions: readonly ('higher' | 'lower')[];
  /** Indicators: the normalisation and its method (`null` for aggregates). */
  readonly normalisations: readonly (Normalisation | null)[];
  readonly normaliseMethods: readonly (NormaliseMethod | null)[];
  /** Indicators: the denominator variable and its multiplier (`null` when none). */
  readonly denominators: readonly ({ readonly variable: string; readonly per: number } | null)[];
  /** Aggregates: the aggregation, its method and its float form prepared once (`null` for indicators). */
  readonly aggregations: readonly (Aggregation | null)[];
  readonly aggregateMethods: readonly (AggregateMethod | null)[];
  readonly aggregators: readonly (((input: FloatAggregateInput) => void) | null)[];
  /** Aggregates: the missing-data policy (`null` for indicators). */
  readonly missing: readonly (MissingPolicy | null)[];
  /** Where each node is in the framework, for messages. */
  readonly paths: readonly (readonly (string | number)[])[];
  /** Indicator positions, in framework order. */
  readonly indicators: Int32Array;
  /** Aggregate positions, children before parents: the order to evaluate them in. */
  readonly evaluationOrder: Int32Array;
  readonly scale: number;
  readonly rounding: Rounding;
  readonly ranking: Ranking;
  /** Variables used as denominators. */
  readonly variables: readonly string[];
  /** Methods of your own the model was given. */
  readonly methods: FastMethods;
  /**
   * Indicators' normalisations prepared once, for methods that do not learn from the data (`null`
   * for the others, and when preparing failed: the evaluation then reports why).
   */
  readonly prepared: readonly (FloatNormaliser | null)[];
}

/** The normalisation method a spec names, a method of your own first; a TypeError without a float form. */
export function floatNormaliseMethod(spec: Normalisation, methods: FastMethods, where: string): NormaliseMethod {
  const name: string = spec.method;
  const own = methods.normalise !== undefined && Object.hasOwn(methods.normalise, name) ? methods.normalise[name] : undefined;
  const method = own ?? (normaliseMethodFor(spec) as NormaliseMethod | undefined);
  if (method === undefined) throw new RangeError(`fastModel: ${where} names the normalisation method ${quoteText(name)}, which is neither built in nor given in options.methods.normalise`);
  if (typeof method.prepareFloat !== 'function') throw new TypeError(`fastModel: the normalisation method ${quoteText(name)} (${where}) has no prepareFloat, so the fast engine cannot run it; give it a float64 form, or score with score()`);
  return method;
}

/** The aggregation method a spec names, a method of your own first; a TypeError without a float form. */
export function floatAggregateMethod(spec: Aggregation, methods: FastMethods, where: string): AggregateMethod & Required<Pick<AggregateMethod, 'prepareFloat'>> {
  const name: string = spec.method;
  const own = methods.aggregate !== undefined && Object.hasOwn(methods.aggregate, name) ? methods.aggregate[name] : undefined;
  const method = own ?? (aggregateMethodFor(spec) as AggregateMethod | undefined);
  if (method === undefined) throw new RangeError(`fastModel: ${where} names the aggregation method ${quoteText(name)}, which is neither built in nor given in options.methods.aggregate`);
  if (typeof method.prepareFloat !== 'function') throw new TypeError(`fastModel: the aggregation method ${quoteText(name)} (${where}) has no prepareFloat, so the fast engine cannot run it; give it a float64 form, or score with score()`);
  return method as AggregateMethod & Required<Pick<AggregateMethod, 'prepareFloat'>>;
}

/**
 * Compiles a validated framework into a {@link FastPlan}.
 *
 * @example
 * const plan = fastPlan(assertFramework(desi2022));
 * plan.nodeIds[0]; // => 'desi'
 */
export function fastPlan(framework: Framework, methods: FastMethods = {}): FastPlan {
  const exact = compilePlan(framework);
  const count = exact.nodes.length;
  const positionOf = new Map(exact.nodes.map((node) => [node.node.id, node.position]));
  const isAggregate = new Uint8Array(count);
  const parent = new Int32Array(count).fill(-1);
  const children: Int32Array[] = [];
  const weights = new Float64Array(count);
  const lowerIsBetter = new Uint8Array(count);
  const directions: ('higher' | 'lower')[] = [];
  const normalisations: (Normalisation | null)[] = [];
  const normaliseMethods: (NormaliseMethod | null)[] = [];
  const denominators: ({ variable: string; per: number } | null)[] = [];
  const aggregations: (Aggregation | null)[] = [];
  const aggregateMethods: (AggregateMethod | null)[] = [];
  const aggregators: (((input: FloatAggregateInput) => void) | null)[] = [];
  const missing: (MissingPolicy | null)[] = [];
  const variables = new Set<string>();
  for (const planned of exact.nodes) {
    const { node, position } = planned;
    weights[position] = node.weight;
    directions.push(node.direction ?? 'higher');
    lowerIsBetter[position] = ranksLowestFirst({ kind: node.kind, direction: node.direction }) ? 1 : 0;
    if (planned.kind === 'indicator') {
      children.push(new Int32Array(0));
      normalisations.push(planned.node.normalisation);
      normaliseMethods.push(floatNormaliseMethod(planned.node.normalisation, methods, `indicator ${quoteText(node.id)}`));
      const denominator = planned.node.denominator;
      denominators.push(denominator === undefined ? null : { variable: denominator.variable, per: Number(denominator.per) });
      if (denominator !== undefined) variables.add(denominator.variable);
      aggregations.push(null);
      aggregateMethods.push(null);
      aggregators.push(null);
      missing.push(null);
    } else {
      isAggregate[position] = 1;
      children.push(Int32Array.from(planned.children));
      for (const child of planned.children) parent[child] = position;
      normalisations.push(null);
      normaliseMethods.push(null);
      denominators.push(null);
      const method = floatAggregateMethod(planned.node.aggregation, methods, `aggregate ${quoteText(node.id)}`);
      aggregations.push(planned.node.aggregation);
      aggregateMethods.push(method);
      aggregators.push(method.prepareFloat(planned.node.aggregation));
      missing.push(planned.node.missing);
    }
  }
  return {
    nodeIds: exact.info.map((info) => info.id),
    positionOf,
    isAggregate,
    parent,
    children,
    weights,
    lowerIsBetter,
    directions,
    normalisations,
    normaliseMethods,
    denominators,
    aggregations,
    aggregateMethods,
    aggregators,
    missing,
    paths: exact.nodes.map((node) => node.path),
    indicators: Int32Array.from(exact.indicators, (indicator) => indicator.position),
    evaluationOrder: Int32Array.from(exact.evaluationOrder, (aggregate) => aggregate.position),
    scale: framework.scale,
    rounding: framework.rounding,
    ranking: framework.ranking,
    variables: [...variables],
    methods,
    prepared: normaliseMethods.map((method, position) => {
      const normalisation = normalisations[position];
      if (method === null || normalisation === null || normalisation === undefined || method.dataDriven(normalisation)) return null;
      try {
        return (method.prepareFloat as NonNullable<NormaliseMethod['prepareFloat']>)(normalisation, { direction: directions[position] ?? 'higher', reference: new Float64Array(0) });
      } catch {
        return null; // the evaluation prepares it again and reports the problem
      }
    }),
  };
}
