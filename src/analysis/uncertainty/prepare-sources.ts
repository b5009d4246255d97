/**
 * Checks a list of uncertainty sources against a model and compiles it once into the samplers
 * that {@link drawOverrides} (Monte Carlo) and {@link sourceInputs} (Sobol') run many times.
 *
 * **The order of random draws** (what makes a seeded run reproducible, and what the float engine
 * and any port must follow): sources in list order; within a source, targets in the order the
 * source lists them (by default: framework order, depth-first, parents before children), and for
 * weights each aggregate's children in framework order — one `float()` per weight for uniform
 * noise (u = (2·float() − 1) · noise, COINr's `(runif(n) * 2 - 1) * NoiseFactor`), one
 * `dirichlet()` per aggregate, one `float()` per discrete choice, `integer()` draws of a partial
 * Fisher–Yates shuffle for `count` exclusion, one `float()` per indicator for `probability`
 * exclusion, and one draw per unit (missing or not) for data noise.
 *
 * @module
 */
import type { Aggregation, AggregateNode, FrameworkNode, MissingPolicy, Normalisation } from '../../model/framework.js';
import { AggregationSchema, MissingPolicySchema, NormalisationSchema } from '../../model/framework.js';
import { describeValue, quoteText } from '../../model/describe.js';
import { ChisoError, issue, type ChisoIssue } from '../../model/issues.js';
import { didYouMean } from '../../model/suggest.js';
import { createRandom, type Random } from '../random.js';
import type { SensitivityInput } from '../sensitivity/saltelli.js';
import type { UncertainModel } from './model-structure.js';
import type { SourceFactors, UncertaintySource } from './sources.js';

/** The edits one run collects before they become a `FastOverrides`. */
export interface OverrideDraft {
  readonly weights: Record<string, number>;
  /**
   * When set (a model that takes weights by position, see {@link PreparedSources.byPosition}):
   * every node's weight by position, nominal unless a source draws it; uniform weight noise
   * writes here instead of into `weights`.
   */
  readonly weightVector?: Float64Array;
  readonly normalisations: Record<string, Normalisation>;
  readonly aggregations: Record<string, Aggregation>;
  readonly missing: Record<string, MissingPolicy>;
  readonly drop: Set<string>;
  readonly values: Record<string, Float64Array>;
}

/** One compiled source: how it draws a run's edits, and its Sobol' inputs. */
export interface SourceSampler {
  /** The source's name (its factor, or the prefix of its factors). */
  readonly name: string;
  /** Its Sobol' inputs, or the reason it has none (a source that varies nothing). */
  readonly inputs: readonly SensitivityInput[] | string;
  /** Draws this source's edits for one run from the run's random stream. */
  draw(random: Random, into: OverrideDraft): void;
  /** Applies this source's edits for the input values `values[offset …]` of a Sobol' point. */
  apply(values: readonly number[], offset: number, into: OverrideDraft): void;
}

/** Sources checked against a model and compiled (see {@link prepareSources}). */
export interface PreparedSources {
  /** The sources as given. */
  readonly sources: readonly UncertaintySource[];
  /** One compiled sampler per source, in order. */
  readonly samplers: readonly SourceSampler[];
  /** Each aggregate's children ids, by aggregate id. */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** Each node's nominal weight, by id. */
  readonly nominalWeights: ReadonlyMap<string, number>;
  /**
   * What runs need to give weights by position (`FastOverrides.weightVector`), when the model
   * gives its weights that way (`model.weights()`, as a `FastModel` does); `null` otherwise.
   */
  readonly byPosition: WeightPositions | null;
}

/** Weights by node position (see {@link PreparedSources.byPosition}). */
export interface WeightPositions {
  /** The model's weights by position, as `model.weights()` gave them (the framework's). */
  readonly nominal: Float64Array;
  /** Each node's position, by id (its place in the model's `nodeIds`). */
  readonly positionOf: ReadonlyMap<string, number>;
  /** Each node's parent, by id (none for the top index). */
  readonly parentOf: ReadonlyMap<string, string>;
  /** The aggregates whose every child weight a source writes into `OverrideDraft.weightVector` in each run. */
  readonly written: ReadonlySet<string>;
}

const KINDS = ['weights', 'normalisation', 'aggregation', 'missing', 'exclusion', 'data'];
const TWO_POW_32 = 4_294_967_296;

function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * A fresh, empty draft of one run's edits (what {@link SourceSampler.draw} fills in).
 *
 * @example
 * emptyDraft().drop.size; // => 0
 */
export function emptyDraft(): OverrideDraft {
  return { weights: emptyRecord(), normalisations: emptyRecord(), aggregations: emptyRecord(), missing: emptyRecord(), drop: new Set(), values: emptyRecord() };
}

/** The seed a Sobol' input value u in [0, 1] stands for (sources whose draws are not a fixed set of numbers). */
function seedOf(u: number): number {
  return Math.min(Math.floor(u * TWO_POW_32), TWO_POW_32 - 1);
}

/** The index whose cumulative probability first exceeds u (the last positive one if rounding leaves u above the sum). */
function choose(u: number, cumulative: readonly number[]): number {
  for (let index = 0; index < cumulative.length; index += 1) if (u < (cumulative[index] as number)) return index;
  return cumulative.length - 1;
}

/**
 * Checks sources against a model and compiles them. Throws one {@link ChisoError} listing every
 * problem with its path (`sources[1].aggregates[0]: no aggregate "pilar_1" — did you mean
 * "pillar_1"?`); a list that is not a list is a TypeError.
 *
 * @example
 * const prepared = prepareSources(model, [{ kind: 'weights', noise: 0.25 }]);
 * prepared.samplers.length; // => 1
 */
export function prepareSources(model: UncertainModel, sources: readonly UncertaintySource[]): PreparedSources {
  if (typeof model !== 'object' || (model as unknown) === null || typeof model.framework !== 'object') {
    throw new TypeError('prepareSources: the model has no framework; pass a model from fastModel(framework, dataset)');
  }
  if (!Array.isArray(sources as unknown)) throw new TypeError(`prepareSources: the sources are ${describeValue(sources)}; expected a list of sources ({ kind: 'weights', noise: 0.25 }, …)`);
  const framework = model.framework;
  const aggregates: AggregateNode[] = [];
  const indicators: string[] = [];
  const children = new Map<string, readonly string[]>();
  const nominalWeights = new Map<string, number>();
  const parentOf = new Map<string, string>();
  const visit = (node: FrameworkNode, parent: AggregateNode | null): void => {
    nominalWeights.set(node.id, node.weight);
    if (parent !== null) parentOf.set(node.id, parent.id);
    if (node.kind === 'indicator') {
      indicators.push(node.id);
      return;
    }
    aggregates.push(node);
    children.set(node.id, node.children.map((child) => child.id));
    for (const child of node.children) visit(child, node);
  };
  visit(framework.root, null);
  const aggregateIds = aggregates.map((node) => node.id);
  const written = new Set<string>();
  const byPosition = weightPositions(model, nominalWeights, parentOf, written);

  const problems: ChisoIssue[] = [];
  const usedNames = new Set<string>();
  const kindCount = new Map<string, number>();
  const claimed = new Map<string, number>(); // "weights:pillar_1" → source index
  const samplers: SourceSampler[] = [];

  sources.forEach((source, index) => {
    const path = ['sources', index];
    const problem = (key: string | null, message: string, received?: unknown): void => {
      problems.push(issue('invalid_method', key === null ? path : [...path, key], `source ${index}: ${message}`, received === undefined ? {} : { received: describeValue(received) }));
    };
    if (typeof source !== 'object' || (source as unknown) === null || Array.isArray(source)) {
      problem(null, `${describeValue(source)} is not a source ({ kind: 'weights', noise: 0.25 }, …)`, source);
      return;
    }
    const kind = (source as { kind: unknown }).kind;
    if (typeof kind !== 'string' || !KINDS.includes(kind)) {
      problem('kind', `unknown kind ${describeValue(kind)}${typeof kind === 'string' ? didYouMean(kind, KINDS) : ''}; the kinds are ${KINDS.join(', ')}`, kind);
      return;
    }
    const allowed: Record<string, readonly string[]> = {
      weights: ['distribution', 'noise', 'concentration', 'aggregates'],
      normalisation: ['alternatives', 'probabilities', 'indicators', 'choice'],
      aggregation: ['alternatives', 'probabilities', 'aggregates', 'choice'],
      missing: ['alternatives', 'probabilities', 'aggregates', 'choice'],
      exclusion: ['count', 'probability', 'indicators'],
      data: ['noise', 'distribution', 'size', 'indicators'],
    };
    const keys = ['kind', 'name', 'factors', ...(allowed[kind] ?? [])];
    for (const key of Object.keys(source)) if (!keys.includes(key)) problem(key, `a ${kind} source has no key ${quoteText(key)}${didYouMean(key, keys)}; its keys are ${keys.join(', ')}`);
    const occurrence = (kindCount.get(kind) ?? 0) + 1;
    kindCount.set(kind, occurrence);
    let name = occurrence === 1 ? kind : `${kind}#${occurrence}`;
    if (source.name !== undefined) {
      if (typeof source.name !== 'string' || source.name === '') problem('name', `name must be a non-empty text; got ${describeValue(source.name)}`, source.name);
      else name = source.name;
    }
    // compared in NFC, as scenario names are: "Hà" typed and "Hà" pasted are one name to a reader
    if (usedNames.has(name.normalize('NFC'))) problem('name', `the name ${quoteText(name)} is used by an earlier source; give each source its own name`, name);
    usedNames.add(name.normalize('NFC'));
    const factors: SourceFactors = source.factors ?? 'one';
    if (!['one', 'per-aggregate', 'per-item'].includes(factors)) problem('factors', `factors must be "one", "per-aggregate" or "per-item"; got ${describeValue(source.factors)}`, source.factors);

    /** The ids listed under `key` (default: all of `known`), each checked. */
    const targets = (key: 'aggregates' | 'indicators', known: readonly string[], what: string): string[] => {
      const given = (source as { aggregates?: unknown; indicators?: unknown })[key];
      if (given === undefined) return [...known];
      if (!Array.isArray(given) || given.length === 0) {
        problem(key, `${key} must be a non-empty list of ${what} ids; got ${describeValue(given)}`, given);
        return [];
      }
      const found: string[] = [];
      given.forEach((id: unknown, position) => {
        if (typeof id !== 'string' || !known.includes(id)) {
          problems.push(issue('unknown_reference', [...path, key, position], `source ${index}: no ${what} ${describeValue(id)}${typeof id === 'string' ? didYouMean(id, known) : ''}`, { received: describeValue(id) }));
        } else if (found.includes(id)) problems.push(issue('duplicate_id', [...path, key, position], `source ${index}: ${what} ${quoteText(id)} is listed twice`));
        else found.push(id);
      });
      return found;
    };
    /** Refuses a target already varied the same way by an earlier source (its draws would be overwritten). */
    const claim = (what: string, ids: readonly string[], key: string): void => {
      for (const id of ids) {
        const earlier = claimed.get(`${what}:${id}`);
        if (earlier !== undefined) problems.push(issue('duplicate_id', [...path, key], `source ${index}: the ${what} of ${quoteText(id)} already varies in source ${earlier}; one source per ${what}`));
        else claimed.set(`${what}:${id}`, index);
      }
    };
    const number = (key: string, value: unknown, ok: (value: number) => boolean, expected: string): number => {
      if (typeof value !== 'number' || !ok(value)) {
        problem(key, `${key} must be ${expected}; got ${describeValue(value)}`, value);
        return Number.NaN;
      }
      return value;
    };
    /** Cumulative probabilities of m alternatives (equal by default). */
    const cumulativeOf = (probabilities: unknown, count: number): number[] => {
      const list = probabilities === undefined ? Array.from({ length: count }, () => 1 / count) : probabilities;
      if (!Array.isArray(list) || list.length !== count || !list.every((value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0)) {
        problem('probabilities', `probabilities must be ${count} non-negative numbers, one per alternative; got ${describeValue(probabilities)}`, probabilities);
        return [];
      }
      const total = (list as number[]).reduce((sum, value) => sum + value, 0);
      if (!(Math.abs(total - 1) <= 1e-9)) {
        problem('probabilities', `probabilities must sum to 1; they sum to ${total}`, total);
        return [];
      }
      let running = 0;
      return (list as number[]).map((value) => (running += value));
    };
    const groupFor = (item: string, parent: string | undefined): string | undefined => (factors === 'one' ? name : factors === 'per-aggregate' ? `${name}:${parent ?? item}` : undefined);

    switch (source.kind) {
      case 'weights': {
        const targetIds = targets('aggregates', aggregateIds, 'aggregate');
        claim('weights', targetIds, 'aggregates');
        const groups = targetIds.map((id) => ({ id, children: children.get(id) ?? [], nominal: (children.get(id) ?? []).map((child) => nominalWeights.get(child) ?? 0) }));
        if (source.distribution === 'dirichlet') {
          const concentration = number('concentration', source.concentration, (value) => Number.isFinite(value) && value > 0, 'a positive number');
          if ((source as { noise?: unknown }).noise !== undefined) problem('noise', 'a Dirichlet source takes a concentration, not a noise');
          const drawOne = (random: Random, group: (typeof groups)[number], into: OverrideDraft): void => {
            const positive = group.children.filter((_child, position) => (group.nominal[position] ?? 0) > 0);
            if (positive.length < 2) return;
            const total = group.nominal.reduce((sum, weight) => sum + Math.max(weight, 0), 0);
            const shares = random.dirichlet(positive.map((child) => (concentration * (nominalWeights.get(child) ?? 0)) / total));
            positive.forEach((child, position) => {
              into.weights[child] = (shares[position] ?? 0) * total;
            });
          };
          const varying = groups.filter((group) => group.nominal.filter((weight) => weight > 0).length >= 2);
          // each child's Dirichlet parameter, concentration × share, must be a positive double (5e-324 × ½ is 0, 1e308 × 4 is Infinity)
          if (Number.isFinite(concentration)) {
            for (const group of varying) {
              const total = group.nominal.reduce((sum, weight) => sum + Math.max(weight, 0), 0);
              const parameters = group.nominal.filter((weight) => weight > 0).map((weight) => (concentration * weight) / total);
              if (!parameters.every((parameter) => parameter > 0 && parameter < Infinity)) {
                problem('concentration', `concentration ${concentration} gives the children of ${quoteText(group.id)} Dirichlet parameters (concentration × weight share) beyond float64: ${parameters.map(String).join(', ')}`, source.concentration);
                break;
              }
            }
          }
          samplers.push({
            name,
            inputs:
              factors === 'per-item'
                ? `the Dirichlet weights of one aggregate are drawn together (their shares are dependent), so they have no factor per weight; use factors "one" or "per-aggregate"`
                : varying.length === 0
                  ? 'no aggregate has two children with positive weights, so nothing varies'
                  : varying.map((group) => ({ name: `${name}:${group.id}`, distribution: 'uniform' as const, min: 0, max: 1, ...(factors === 'one' ? { group: name } : {}) })),
            draw: (random, into) => {
              for (const group of groups) drawOne(random, group, into);
            },
            apply: (values, offset, into) => {
              varying.forEach((group, position) => drawOne(createRandom(seedOf(values[offset + position] ?? 0)), group, into));
            },
          });
          break;
        }
        if (source.distribution !== undefined && (source.distribution as string) !== 'uniform') problem('distribution', `distribution must be "uniform" or "dirichlet"; got ${describeValue(source.distribution)}`, source.distribution);
        if ((source as { concentration?: unknown }).concentration !== undefined) problem('concentration', 'a uniform weight source takes a noise, not a concentration (add distribution: "dirichlet")');
        const noise = source.noise === undefined ? 0.25 : number('noise', source.noise, (value) => Number.isFinite(value) && value >= 0, 'a non-negative number (0.25 for ±25%)');
        const items = groups.flatMap((group) => group.children.map((child, position) => ({ aggregate: group.id, child, nominal: group.nominal[position] ?? 0, position: byPosition?.positionOf.get(child) ?? -1 })));
        for (const group of groups) written.add(group.id);
        samplers.push({
          name,
          inputs: noise > 0 ? items.map((item) => ({ name: `${name}:${item.child}`, distribution: 'uniform' as const, min: -noise, max: noise, ...withGroup(groupFor(item.child, item.aggregate)) })) : 'its noise is 0, so nothing varies',
          draw: (random, into) => {
            const vector = into.weightVector;
            if (vector === undefined) for (const item of items) into.weights[item.child] = item.nominal * (1 + (random.float() * 2 - 1) * noise);
            else for (const item of items) vector[item.position] = item.nominal * (1 + (random.float() * 2 - 1) * noise);
          },
          apply: (values, offset, into) => {
            const vector = into.weightVector;
            for (let position = 0; position < items.length; position += 1) {
              const item = items[position] as (typeof items)[number];
              const weight = item.nominal * (1 + (values[offset + position] ?? 0));
              if (vector === undefined) into.weights[item.child] = weight;
              else vector[item.position] = weight;
            }
          },
        });
        break;
      }
      case 'normalisation':
      case 'aggregation':
      case 'missing': {
        const isNormalisation = source.kind === 'normalisation';
        const targetIds = isNormalisation ? targets('indicators', indicators, 'indicator') : targets('aggregates', aggregateIds, 'aggregate');
        claim(source.kind, targetIds, isNormalisation ? 'indicators' : 'aggregates');
        const schema = isNormalisation ? NormalisationSchema : source.kind === 'aggregation' ? AggregationSchema : MissingPolicySchema;
        const alternatives: unknown[] = [];
        const given: unknown = source.alternatives;
        if (!Array.isArray(given) || given.length < 1) problem('alternatives', `alternatives must be a list of at least one ${source.kind === 'missing' ? 'policy' : 'method'}; got ${describeValue(given)}`, given);
        else {
          given.forEach((alternative: unknown, position) => {
            const parsed = schema.safeParse(alternative);
            if (parsed.success) alternatives.push(parsed.data);
            else problems.push(issue('invalid_method', [...path, 'alternatives', position], `source ${index}: alternative ${position} (${describeValue(alternative)}) is not a valid ${source.kind === 'missing' ? 'missing-data policy' : `${source.kind} method`}: ${parsed.error.issues.map((entry) => entry.message).join('; ')}`));
          });
        }
        // Probabilities are checked against the alternatives only once every alternative is valid.
        const cumulative = Array.isArray(given) && alternatives.length === given.length && alternatives.length > 0 ? cumulativeOf(source.probabilities, alternatives.length) : [];
        const choice = source.choice ?? 'together';
        if (choice !== 'together' && choice !== 'each') problem('choice', `choice must be "together" or "each"; got ${describeValue(source.choice)}`, source.choice);
        const set = (into: OverrideDraft, id: string, alternative: number): void => {
          const value = alternatives[alternative];
          if (isNormalisation) into.normalisations[id] = value as Normalisation;
          else if (source.kind === 'aggregation') into.aggregations[id] = value as Aggregation;
          else into.missing[id] = value as MissingPolicy;
        };
        const probabilities = cumulative.map((value, position) => value - (position === 0 ? 0 : (cumulative[position - 1] as number)));
        const discrete = (inputName: string, group: string | undefined): SensitivityInput => ({ name: inputName, distribution: 'discrete', values: alternatives.map((_alternative, position) => position), probabilities, ...withGroup(group) });
        samplers.push({
          name,
          inputs:
            alternatives.length < 2
              ? 'it has one alternative, so nothing varies'
              : choice === 'together'
                ? [discrete(name, undefined)]
                : targetIds.map((id) => discrete(`${name}:${id}`, groupFor(id, isNormalisation ? parentOf.get(id) : id))),
          draw: (random, into) => {
            if (choice === 'together') {
              const alternative = choose(random.float(), cumulative);
              for (const id of targetIds) set(into, id, alternative);
            } else for (const id of targetIds) set(into, id, choose(random.float(), cumulative));
          },
          apply: (values, offset, into) => {
            targetIds.forEach((id, position) => set(into, id, values[offset + (choice === 'together' ? 0 : position)] ?? 0));
          },
        });
        break;
      }
      case 'exclusion': {
        const candidates = targets('indicators', indicators, 'indicator');
        const hasCount = source.count !== undefined;
        const hasProbability = source.probability !== undefined;
        if (hasCount === hasProbability) problem(null, 'an exclusion source takes exactly one of count (indicators dropped per run) and probability (each indicator dropped independently)');
        if (hasCount) {
          const count = number('count', source.count, (value) => Number.isInteger(value) && value >= 1 && value <= candidates.length, `a whole number from 1 to ${candidates.length} (the candidates)`);
          const drawCount = (random: Random, into: OverrideDraft): void => {
            const pool = [...candidates];
            for (let position = 0; position < count; position += 1) {
              const pick = position + random.integer(pool.length - position);
              const chosen = pool[pick] as string;
              pool[pick] = pool[position] as string;
              pool[position] = chosen;
              into.drop.add(chosen);
            }
          };
          samplers.push({
            name,
            inputs: factors === 'one' ? [{ name, distribution: 'uniform', min: 0, max: 1 }] : `which ${count} indicator${count === 1 ? ' is' : 's are'} dropped is one draw, so it has no factor per ${factors === 'per-item' ? 'indicator' : 'aggregate'}; use factors "one", or probability instead of count`,
            draw: drawCount,
            apply: (values, offset, into) => drawCount(createRandom(seedOf(values[offset] ?? 0)), into),
          });
        } else if (hasProbability) {
          const probability = number('probability', source.probability, (value) => value >= 0 && value <= 1, 'a probability from 0 to 1');
          samplers.push({
            name,
            inputs: probability > 0 && probability < 1 ? candidates.map((id) => ({ name: `${name}:${id}`, distribution: 'discrete' as const, values: [0, 1], probabilities: [1 - probability, probability], ...withGroup(groupFor(id, parentOf.get(id))) })) : `its probability is ${probability}, so nothing varies`,
            draw: (random, into) => {
              for (const id of candidates) if (random.float() < probability) into.drop.add(id);
            },
            apply: (values, offset, into) => {
              candidates.forEach((id, position) => {
                if (values[offset + position] === 1) into.drop.add(id);
              });
            },
          });
        }
        break;
      }
      case 'data': {
        const targetIds = targets('indicators', indicators, 'indicator');
        claim('data', targetIds, 'indicators');
        if (source.noise !== 'multiplicative' && source.noise !== 'additive') problem('noise', `noise must be "multiplicative" or "additive"; got ${describeValue(source.noise)}`, source.noise);
        if (source.distribution !== 'normal' && source.distribution !== 'uniform') problem('distribution', `distribution must be "normal" or "uniform"; got ${describeValue(source.distribution)}`, source.distribution);
        const size = number('size', source.size, (value) => Number.isFinite(value) && value >= 0, 'a non-negative number');
        const rawValues = model.rawValues;
        if (rawValues === undefined) {
          problem(null, 'data noise needs the model\u2019s raw values (model.rawValues), and this model does not give them');
          break;
        }
        const columns = targetIds.map((id) => {
          const values = rawValues(id);
          let count = 0;
          let sum = 0;
          for (const value of values) if (!Number.isNaN(value)) ((count += 1), (sum += value));
          const mean = count === 0 ? 0 : sum / count;
          let squares = 0;
          for (const value of values) if (!Number.isNaN(value)) squares += (value - mean) ** 2;
          return { id, values, scale: source.noise === 'additive' ? (count === 0 ? 0 : Math.sqrt(squares / count)) : 0 };
        });
        const normal = source.distribution === 'normal';
        const multiplicative = source.noise === 'multiplicative';
        const drawColumn = (random: Random, column: (typeof columns)[number], into: OverrideDraft): void => {
          const noisy = new Float64Array(column.values.length);
          for (let unit = 0; unit < noisy.length; unit += 1) {
            const error = normal ? random.normal(0, size) : (random.float() * 2 - 1) * size;
            const value = column.values[unit] as number;
            noisy[unit] = multiplicative ? value * (1 + error) : value + error * column.scale;
          }
          into.values[column.id] = noisy;
        };
        const perColumn = factors !== 'one';
        samplers.push({
          name,
          inputs: size > 0 ? (perColumn ? columns.map((column) => ({ name: `${name}:${column.id}`, distribution: 'uniform' as const, min: 0, max: 1, ...withGroup(groupFor(column.id, parentOf.get(column.id))) })) : [{ name, distribution: 'uniform', min: 0, max: 1 }]) : 'its size is 0, so nothing varies',
          draw: (random, into) => {
            for (const column of columns) drawColumn(random, column, into);
          },
          apply: (values, offset, into) => {
            if (perColumn) columns.forEach((column, position) => drawColumn(createRandom(seedOf(values[offset + position] ?? 0)), column, into));
            else {
              const random = createRandom(seedOf(values[offset] ?? 0));
              for (const column of columns) drawColumn(random, column, into);
            }
          },
        });
        break;
      }
    }
  });
  if (problems.length > 0) throw new ChisoError(problems, 'the uncertainty sources are not usable');
  return { sources, samplers, children, nominalWeights, byPosition };
}

/**
 * The model's weights by position, when it gives them (`model.weights()`) and they are the
 * framework's, one per node id; `null` otherwise (the runs then give weights by id).
 */
function weightPositions(model: UncertainModel, nominalWeights: ReadonlyMap<string, number>, parentOf: ReadonlyMap<string, string>, written: ReadonlySet<string>): WeightPositions | null {
  if (typeof model.weights !== 'function') return null;
  const nominal = model.weights();
  const nodeIds = model.nodeIds;
  if (!(nominal instanceof Float64Array) || nominal.length !== nodeIds.length || nodeIds.length !== nominalWeights.size) return null;
  const positionOf = new Map<string, number>();
  for (let position = 0; position < nodeIds.length; position += 1) {
    const id = nodeIds[position] as string;
    if (nominalWeights.get(id) !== nominal[position] || positionOf.has(id)) return null;
    positionOf.set(id, position);
  }
  return { nominal, positionOf, parentOf, written };
}

function withGroup(group: string | undefined): { group?: string } {
  return group === undefined ? {} : { group };
}
