/**
 * `fastModel`: a framework and a dataset validated and compiled once, then run in float64 as many
 * times as an analysis needs, each run with its own overrides and recomputing only what they touch.
 *
 * @module
 */
import { NUMBER_LOCALES } from '../../io/number.js';
import { anything, checkArgument, checkOptions, oneOf, record, text, texts } from '../../model/arguments.js';
import { describeValue, quoteText } from '../../model/describe.js';
import { AggregationSchema, MissingPolicySchema, NormalisationSchema, type Aggregation, type Framework, type MissingPolicy, type Normalisation } from '../../model/framework.js';
import type { ChisoIssue } from '../../model/issues.js';
import { assertDataset, assertFramework } from '../../model/validate.js';
import { applySteps } from '../../pipeline/apply-steps.js';
import { didYouMean } from '../../model/suggest.js';
import { floatColumnOf, readFloatColumns, type FloatColumn } from './columns.js';
import { denominatedInput, evaluateAggregate, evaluateIndicator, scratchFor, type NodeColumn, type Scratch } from './evaluate.js';
import { fastPlan, floatAggregateMethod, floatNormaliseMethod, type FastMethods, type FastPlan } from './plan.js';
import type { Dataset } from '../../model/dataset.js';
import { idOrderOf, rankColumn } from './rank.js';
import type { FastModel, FastModelOptions, FastOverrides, FastRun } from './types.js';
import type { FloatAggregateInput } from '../../methods/aggregate/types.js';
import type { NormaliseMethod } from '../../methods/normalise/types.js';

const MODEL_OPTIONS = { locale: oneOf(NUMBER_LOCALES), methods: record };
const RUN_OPTIONS = { weights: record, normalisations: record, aggregations: record, missing: record, drop: texts, exclude: texts, values: record, weightVector: anything };

/** What the model keeps of the data and of the framework as written. */
interface ModelData {
  readonly plan: FastPlan;
  readonly unitIds: readonly string[];
  readonly unitPosition: ReadonlyMap<string, number>;
  /** Each unit's place in unit id order (ties of equal values are ranked in it). */
  readonly idOrder: Int32Array;
  /** 1 for a unit ranked by the framework (ranked in the dataset, not in `ranking.exclude`). */
  readonly ranked: Uint8Array;
  /** Indicators' raw values, by node position (null for aggregates). */
  readonly raw: readonly (FloatColumn | null)[];
  /** Denominator variables' values. */
  readonly variables: ReadonlyMap<string, FloatColumn>;
  /** Indicators' values after the denominator, and the problems dividing met, by node position. */
  readonly inputs: readonly ({ readonly input: FloatColumn; readonly problems: readonly ChisoIssue[] } | null)[];
  readonly scratch: Scratch;
  /** An all-absent column, for dropped nodes. */
  readonly empty: NodeColumn;
}

/** A run: its columns by node position (shared with the runs it was derived from where nothing changed). */
class Run implements FastRun {
  readonly ok: boolean;
  readonly problems: readonly ChisoIssue[];
  private readonly rankCache: (Int32Array | undefined)[];

  constructor(
    private readonly data: ModelData,
    private readonly columns: readonly (NodeColumn | null)[],
    private readonly ranked: Uint8Array,
    /** The run whose ranks this one may reuse where `recomputed` is 0 (same column, same ranked units). */
    private readonly reuseFrom: Run | null,
    private readonly recomputed: Uint8Array | null,
  ) {
    const problems: ChisoIssue[] = [];
    for (const column of columns) if (column !== null && column.problems.length > 0) problems.push(...column.problems);
    this.problems = problems;
    this.ok = problems.length === 0;
    this.rankCache = new Array<Int32Array | undefined>(columns.length);
  }

  private column(functionName: string, nodeId: string): { position: number; column: NodeColumn } {
    const position = nodePosition(this.data.plan, `FastRun.${functionName}`, nodeId);
    return { position, column: this.columns[position] ?? this.data.empty };
  }

  scores(nodeId: string): Float64Array {
    const { column } = this.column('scores', nodeId);
    const scale = this.data.plan.scale;
    const scores = new Float64Array(column.values.length);
    for (let unit = 0; unit < scores.length; unit += 1) scores[unit] = (column.values[unit] as number) * scale;
    return scores;
  }

  /** Internal values (0–1 for bounded methods, before the framework's scale), a fresh copy. */
  values(nodeId: string): Float64Array {
    return this.column('values', nodeId).column.values.slice();
  }

  present(nodeId: string): Uint8Array {
    return this.column('present', nodeId).column.present.slice();
  }

  ranks(nodeId: string): Int32Array {
    const { position } = this.column('ranks', nodeId);
    return this.ranksAt(position).slice();
  }

  /** The ranks at a position, computed once per run (or taken from the run this one was derived from). */
  ranksAt(position: number): Int32Array {
    const cached = this.rankCache[position];
    if (cached !== undefined) return cached;
    let ranks: Int32Array;
    if (this.reuseFrom !== null && this.recomputed !== null && this.recomputed[position] === 0) {
      ranks = this.reuseFrom.ranksAt(position);
    } else {
      const { plan, unitIds, idOrder } = this.data;
      const column = this.columns[position] ?? this.data.empty;
      const onPublished = plan.isAggregate[position] === 1 && plan.ranking.on === 'published';
      ranks = rankColumn(column.values, column.present, this.ranked, unitIds, {
        ties: plan.ranking.ties,
        lowerIsBetter: plan.lowerIsBetter[position] === 1,
        published: onPublished ? { ...plan.rounding, scale: plan.scale } : null,
      }, idOrder, this.data.scratch.rank, this.data.scratch.blocks.ints());
    }
    this.rankCache[position] = ranks;
    return ranks;
  }
}

/** A node's position, or a RangeError naming the id (with a close id when there is one). */
function nodePosition(plan: FastPlan, functionName: string, nodeId: string): number {
  checkArgument(functionName, 'the node id', nodeId, text);
  const position = plan.positionOf.get(nodeId);
  if (position === undefined) throw new RangeError(`${functionName}: no node ${quoteText(nodeId)} in the framework${didYouMean(nodeId, plan.nodeIds)}`);
  return position;
}

/** The entries of an override record, each id resolved to a node position. */
function entriesOf<T>(plan: FastPlan, option: string, table: Readonly<Record<string, T>> | undefined, kind: 'indicator' | 'aggregate' | 'node'): [number, T, string][] {
  if (table === undefined) return [];
  return Object.keys(table).map((id) => {
    const position = plan.positionOf.get(id);
    if (position === undefined) throw new RangeError(`FastModel.run: option "${option}" names ${quoteText(id)}, which is no node of the framework${didYouMean(id, plan.nodeIds)}`);
    const isAggregate = plan.isAggregate[position] === 1;
    if ((kind === 'indicator' && isAggregate) || (kind === 'aggregate' && !isAggregate)) throw new RangeError(`FastModel.run: option "${option}" names ${quoteText(id)}, which is an ${isAggregate ? 'aggregate' : 'indicator'}; expected an ${kind}`);
    return [position, table[id] as T, id];
  });
}

/** A weight given for a run: a finite number, not negative. */
function checkWeight(where: string, weight: unknown): number {
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) throw new RangeError(`FastModel.run: ${where} is ${describeValue(weight)}; expected a finite number, 0 or more`);
  return weight;
}

/** A normalisation given for a run, with its defaults, checked as the framework's would be. */
function resolveNormalisation(plan: FastPlan, position: number, id: string, spec: unknown): { normalisation: Normalisation; method: NormaliseMethod } {
  const name = typeof spec === 'object' && spec !== null ? (spec as { method?: unknown }).method : undefined;
  const own = typeof name === 'string' && plan.methods.normalise !== undefined && Object.hasOwn(plan.methods.normalise, name);
  let normalisation = spec as Normalisation;
  if (!own) {
    const parsed = NormalisationSchema.safeParse(spec);
    if (!parsed.success) throw new RangeError(`FastModel.run: the normalisation of ${quoteText(id)} is not valid: ${parsed.error.issues.map((entry) => `${entry.path.join('.') || 'method'}: ${entry.message}`).join('; ')}`);
    normalisation = parsed.data;
  }
  const method = floatNormaliseMethod(normalisation, plan.methods, `the normalisation override of ${quoteText(id)}`);
  const problems = method.check(normalisation, plan.directions[position] ?? 'higher');
  if (problems.length > 0) throw new RangeError(`FastModel.run: the normalisation of ${quoteText(id)}: ${problems.join('; ')}`);
  return { normalisation, method };
}

/** An aggregation given for a run, with its defaults, checked, and its float form prepared. */
function resolveAggregation(plan: FastPlan, id: string, spec: unknown): { aggregation: Aggregation; aggregate: (input: FloatAggregateInput) => void; comparesUnits: boolean } {
  const name = typeof spec === 'object' && spec !== null ? (spec as { method?: unknown }).method : undefined;
  const own = typeof name === 'string' && plan.methods.aggregate !== undefined && Object.hasOwn(plan.methods.aggregate, name);
  let aggregation = spec as Aggregation;
  if (!own) {
    const parsed = AggregationSchema.safeParse(spec);
    if (!parsed.success) throw new RangeError(`FastModel.run: the aggregation of ${quoteText(id)} is not valid: ${parsed.error.issues.map((entry) => `${entry.path.join('.') || 'method'}: ${entry.message}`).join('; ')}`);
    aggregation = parsed.data;
  }
  const method = floatAggregateMethod(aggregation, plan.methods, `the aggregation override of ${quoteText(id)}`);
  const problems = method.check(aggregation);
  if (problems.length > 0) throw new RangeError(`FastModel.run: the aggregation of ${quoteText(id)}: ${problems.join('; ')}`);
  return { aggregation, aggregate: method.prepareFloat(aggregation), comparesUnits: method.prepareAcrossUnits !== undefined };
}

/**
 * Compiles a framework and a dataset for repeated float64 runs: validates both once (as `score`
 * does, a `ChisoError` listing every problem), reads the data into Float64Array columns and
 * computes the framework as written (`model.base`). Each `model.run(overrides)` then applies its
 * edits — weights, normalisations, aggregations, missing-data policies, dropped nodes, excluded
 * units, replaced values — without validating or compiling again, and recomputes only the nodes
 * an edit reaches (a weight: its parent and the parent's ancestors; a normalisation or values: the
 * indicator and its ancestors). Columns not recomputed are shared with the base run, never copied
 * and never written.
 *
 * Semantics are the exact engine's (denominators, data-driven normalisations on the ranked units,
 * missing-data policies, lower-is-better aggregates, the scale, ranks and their ties) in float64:
 * scores agree with `score()` to about 1e-12 relative. Ranks on published values round in float64
 * and are approximate at rounding boundaries. Published figures come from `score()`; this engine
 * is for analysis (scenarios, uncertainty, sensitivity, targets).
 *
 * Low allocation for many runs: `model.weights()` gives every weight by node position
 * (`model.nodeIndex(id)`); change it and pass it as `{ weightVector }`.
 *
 * @example
 * const model = fastModel(desi2022, dataset);
 * model.base.ranks('desi')[model.unitIds.indexOf('FI')]; // => 1
 * const weights = model.weights();
 * weights[model.nodeIndex('dim1')] = 2;
 * const run = model.run({ weightVector: weights, exclude: ['AT'] });
 * run.ok; // => true
 */
export function fastModel(frameworkInput: unknown, datasetInput: unknown, options: FastModelOptions = {}): FastModel {
  checkOptions('fastModel', options, MODEL_OPTIONS);
  const framework = assertFramework(frameworkInput);
  const dataset = assertDataset(framework, datasetInput, { locale: options.locale });
  return fastModelValidated(framework, dataset, options.methods ?? {});
}

/**
 * {@link fastModel} for a framework and a dataset already validated (`assertFramework`,
 * `assertDataset`): reads the columns and computes the base run, validating nothing.
 *
 * @example
 * const framework = assertFramework(desi2022);
 * fastModelValidated(framework, assertDataset(framework, dataset)).root; // => 'desi'
 */
export function fastModelValidated(framework: Framework, dataset: Dataset, methods: FastMethods = {}): FastModel {
  // Construction steps (screen, impute, treat, denominate) run once, exactly, on the dataset as the
  // model is made; every run then starts from the built data, and the model's framework is the one
  // the built data are scored with (no steps, denominators applied). A run's overrides therefore
  // never re-impute or re-treat (an excluded unit still counts in the imputed means).
  if (framework.steps !== undefined && framework.steps.length > 0) {
    const built = applySteps(framework, dataset);
    return fastModelValidated(assertFramework(built.framework), built.dataset, methods);
  }
  const plan = fastPlan(framework, methods);
  const nodeCount = plan.nodeIds.length;
  const units = dataset.units;
  const unitCount = units.length;
  const unitIds = units.map((unit) => unit.id);
  const unitPosition = new Map(unitIds.map((id, position) => [id, position]));
  const excluded = new Set(framework.ranking.exclude);
  const ranked = Uint8Array.from(units, (unit) => (unit.ranked && !excluded.has(unit.id) ? 1 : 0));

  const indicatorPositions = Array.from(plan.indicators);
  const columns = readFloatColumns(dataset, [...indicatorPositions.map((position) => plan.nodeIds[position] ?? ''), ...plan.variables]);
  const raw: (FloatColumn | null)[] = new Array<FloatColumn | null>(nodeCount).fill(null);
  indicatorPositions.forEach((position, index) => {
    raw[position] = columns[index] as FloatColumn;
  });
  const variables = new Map(plan.variables.map((variable, index) => [variable, columns[indicatorPositions.length + index] as FloatColumn]));
  const divisorOf = (position: number): FloatColumn | null => {
    const denominator = plan.denominators[position];
    return denominator === null || denominator === undefined ? null : (variables.get(denominator.variable) ?? null);
  };
  const inputs: ({ input: FloatColumn; problems: readonly ChisoIssue[] } | null)[] = new Array<{ input: FloatColumn; problems: readonly ChisoIssue[] } | null>(nodeCount).fill(null);
  for (const position of indicatorPositions) inputs[position] = denominatedInput(plan, position, raw[position] as FloatColumn, divisorOf(position), unitIds);
  const emptyValues = new Float64Array(unitCount);
  const data: ModelData = {
    plan,
    unitIds,
    unitPosition,
    idOrder: idOrderOf(unitIds),
    ranked,
    raw,
    variables,
    inputs,
    scratch: scratchFor(unitCount),
    empty: { values: emptyValues, present: new Uint8Array(unitCount), count: 0, fed: emptyValues, problems: [] },
  };

  /** The base columns: every node computed once. */
  const baseColumns: (NodeColumn | null)[] = new Array<NodeColumn | null>(nodeCount).fill(null);
  for (const position of indicatorPositions) {
    const given = inputs[position] as { input: FloatColumn; problems: readonly ChisoIssue[] };
    baseColumns[position] = evaluateIndicator(plan, position, given.input, given.problems, plan.normalisations[position] as Normalisation, plan.normaliseMethods[position] as NormaliseMethod, ranked, unitIds, plan.prepared[position] ?? null);
  }
  for (const position of plan.evaluationOrder) {
    baseColumns[position] = evaluateAggregate(plan, position, baseSettings(plan, position, plan.weights, null), baseColumns, data.scratch, unitIds, ranked);
  }
  const base = new Run(data, baseColumns, ranked, null, null);
  const seedScratch = new Uint8Array(nodeCount);

  function run(overrides: FastOverrides = {}): FastRun {
    checkOptions('FastModel.run', overrides, RUN_OPTIONS);
    // the nodes an edit starts at (scratch: runs are synchronous, one at a time)
    const seed = seedScratch;
    seed.fill(0);
    // weights
    let weights = plan.weights;
    const vector = overrides.weightVector;
    if (vector !== undefined) {
      if (!(vector instanceof Float64Array) || vector.length !== nodeCount) throw new TypeError(`FastModel.run: option "weightVector" is ${describeValue(vector)}; expected a Float64Array of ${nodeCount} weights by node position (model.weights())`);
      for (let position = 0; position < nodeCount; position += 1) {
        const weight = vector[position] as number;
        if (!(weight >= 0 && weight < Infinity)) checkWeight(`the weight of ${quoteText(plan.nodeIds[position] ?? '')} in "weightVector"`, weight);
      }
      weights = vector;
    }
    const weightEntries = entriesOf(plan, 'weights', overrides.weights, 'node');
    if (weightEntries.length > 0) {
      weights = Float64Array.from(weights);
      for (const [position, weight, id] of weightEntries) {
        if (!(typeof weight === 'number' && weight >= 0 && weight < Infinity)) checkWeight(`the weight of ${quoteText(id)}`, weight);
        weights[position] = weight;
      }
    }
    if (weights !== plan.weights) {
      for (let position = 1; position < nodeCount; position += 1) if (weights[position] !== plan.weights[position]) seed[plan.parent[position] as number] = 1;
    }
    // methods and policies
    const normalisations = new Map<number, { normalisation: Normalisation; method: NormaliseMethod }>();
    for (const [position, spec, id] of entriesOf(plan, 'normalisations', overrides.normalisations, 'indicator')) {
      normalisations.set(position, resolveNormalisation(plan, position, id, spec));
      seed[position] = 1;
    }
    const aggregations = new Map<number, { aggregation: Aggregation; aggregate: (input: FloatAggregateInput) => void; comparesUnits: boolean }>();
    for (const [position, spec, id] of entriesOf(plan, 'aggregations', overrides.aggregations, 'aggregate')) {
      aggregations.set(position, resolveAggregation(plan, id, spec));
      seed[position] = 1;
    }
    const policies = new Map<number, MissingPolicy>();
    for (const [position, spec, id] of entriesOf(plan, 'missing', overrides.missing, 'aggregate')) {
      const parsed = MissingPolicySchema.safeParse(spec);
      if (!parsed.success) throw new RangeError(`FastModel.run: the missing-data policy of ${quoteText(id)} is not valid: ${parsed.error.issues.map((entry) => `${entry.path.join('.') || 'policy'}: ${entry.message}`).join('; ')}`);
      policies.set(position, parsed.data);
      seed[position] = 1;
    }
    // dropped nodes, with everything below them
    let dropped: Uint8Array | null = null;
    if (overrides.drop !== undefined && overrides.drop.length > 0) {
      dropped = new Uint8Array(nodeCount);
      const table = Object.fromEntries(overrides.drop.map((id) => [id, true]));
      for (const [position, , id] of entriesOf(plan, 'drop', table, 'node')) {
        if (position === 0) throw new RangeError(`FastModel.run: option "drop" names the top index ${quoteText(id)}; drop its children instead`);
        dropped[position] = 1;
        seed[plan.parent[position] as number] = 1;
      }
      // parents come before children: one pass marks every descendant
      for (let position = 1; position < nodeCount; position += 1) if (dropped[plan.parent[position] as number] === 1) dropped[position] = 1;
    }
    // excluded units
    let rankedNow = ranked;
    if (overrides.exclude !== undefined && overrides.exclude.length > 0) {
      rankedNow = ranked.slice();
      for (const id of overrides.exclude) {
        const unit = unitPosition.get(id);
        if (unit === undefined) throw new RangeError(`FastModel.run: option "exclude" names ${quoteText(id)}, which is no unit of the dataset${didYouMean(id, unitIds)}`);
        rankedNow[unit] = 0;
      }
    }
    let rankedChanged = false;
    for (let unit = 0; unit < unitCount && rankedNow !== ranked; unit += 1) if (rankedNow[unit] !== ranked[unit]) rankedChanged = true;
    if (!rankedChanged) rankedNow = ranked;
    // replaced values
    const replaced = new Map<number, { input: FloatColumn; problems: readonly ChisoIssue[] }>();
    for (const [position, given, id] of entriesOf(plan, 'values', overrides.values, 'indicator')) {
      if (!(given instanceof Float64Array) || given.length !== unitCount) throw new TypeError(`FastModel.run: the values of ${quoteText(id)} are ${describeValue(given)}; expected a Float64Array of ${unitCount} values in the dataset's unit order (NaN for a missing value)`);
      for (const value of given) if (value === Infinity || value === -Infinity) throw new RangeError(`FastModel.run: the values of ${quoteText(id)} hold ${String(value)}; expected finite numbers (NaN for a missing value)`);
      replaced.set(position, denominatedInput(plan, position, floatColumnOf(given), divisorOf(position), unitIds));
      seed[position] = 1;
    }

    // evaluate what the edits reach
    const runColumns = baseColumns.slice();
    const dirty = new Uint8Array(nodeCount);
    for (const position of indicatorPositions) {
      if (dropped !== null && dropped[position] === 1) {
        runColumns[position] = null;
        dirty[position] = 1;
        continue;
      }
      const own = normalisations.get(position);
      const normalisation = own?.normalisation ?? (plan.normalisations[position] as Normalisation);
      const method = own?.method ?? (plan.normaliseMethods[position] as NormaliseMethod);
      if (seed[position] === 0 && !(rankedChanged && method.dataDriven(normalisation))) continue;
      const given = replaced.get(position) ?? (inputs[position] as { input: FloatColumn; problems: readonly ChisoIssue[] });
      runColumns[position] = evaluateIndicator(plan, position, given.input, given.problems, normalisation, method, rankedNow, unitIds, own === undefined ? (plan.prepared[position] ?? null) : null);
      dirty[position] = 1;
    }
    for (const position of plan.evaluationOrder) {
      if (dropped !== null && dropped[position] === 1) {
        runColumns[position] = null;
        dirty[position] = 1;
        continue;
      }
      const aggregation = aggregations.size === 0 ? undefined : aggregations.get(position);
      // a method that compares units (Copeland) scores against the ranked units: new ones, new scores
      let reached = seed[position] === 1 || (rankedChanged && (aggregation?.comparesUnits ?? plan.aggregateMethods[position]?.prepareAcrossUnits !== undefined));
      const children = plan.children[position] as Int32Array;
      for (let index = 0; index < children.length && !reached; index += 1) if (dirty[children[index] as number] === 1) reached = true;
      if (!reached) continue;
      const settings = baseSettings(plan, position, weights, dropped);
      if (aggregation !== undefined) {
        settings.aggregate = aggregation.aggregate;
        settings.methodName = aggregation.aggregation.method;
      }
      if (policies.size > 0) settings.missing = policies.get(position) ?? settings.missing;
      runColumns[position] = evaluateAggregate(plan, position, settings, runColumns, data.scratch, unitIds, rankedNow);
      dirty[position] = 1;
    }
    return new Run(data, runColumns, rankedNow, rankedChanged ? null : base, rankedChanged ? null : dirty);
  }

  return {
    unitIds,
    nodeIds: plan.nodeIds,
    root: plan.nodeIds[0] ?? '',
    plan,
    base,
    nodeIndex: (nodeId: string) => nodePosition(plan, 'FastModel.nodeIndex', nodeId),
    weights: () => plan.weights.slice(),
    framework,
    rawValues: (indicatorId: string) => {
      const column = raw[nodePosition(plan, 'FastModel.rawValues', indicatorId)];
      if (column === null || column === undefined) throw new RangeError(`FastModel.rawValues: ${JSON.stringify(indicatorId)} is an aggregate, not an indicator`);
      return Float64Array.from(column.values, (value, unit) => (column.present[unit] === 1 ? value : Number.NaN));
    },
    run,
  };
}

/** An aggregate's settings as the framework writes them, with these weights and without dropped children. */
function baseSettings(plan: FastPlan, position: number, weights: Float64Array, dropped: Uint8Array | null): { children: number[]; weights: Float64Array; aggregate: (input: FloatAggregateInput) => void; methodName: string; missing: MissingPolicy } {
  const all = plan.children[position] as Int32Array;
  const children: number[] = [];
  for (let index = 0; index < all.length; index += 1) {
    const child = all[index] as number;
    if (dropped === null || dropped[child] === 0) children.push(child);
  }
  const childWeights = new Float64Array(children.length);
  for (let index = 0; index < children.length; index += 1) childWeights[index] = weights[children[index] as number] as number;
  return {
    children,
    weights: childWeights,
    aggregate: plan.aggregators[position] as (input: FloatAggregateInput) => void,
    methodName: plan.aggregations[position]?.method ?? '',
    missing: plan.missing[position] as MissingPolicy,
  };
}

