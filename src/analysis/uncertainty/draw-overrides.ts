/**
 * One Monte Carlo run's edits: the sources' draws from the run's random stream, checked, as the
 * fast engine's `FastOverrides`.
 *
 * @module
 */
import type { FastOverrides } from '../../engine/fast/types.js';
import { quoteText } from '../../model/describe.js';
import { ChisoError, issue, type ChisoIssue } from '../../model/issues.js';
import type { Random } from '../random.js';
import { emptyDraft, type OverrideDraft, type PreparedSources } from './prepare-sources.js';

/**
 * Turns a run's draft into overrides, after checking that the run can be computed: no aggregate
 * loses every child, no weight is negative or not finite, and every aggregate whose weights or
 * children changed keeps a positive total weight. Edits of nodes below a dropped node are left
 * out (the node is gone). Throws a {@link ChisoError} saying why the run cannot be computed.
 * A draft with a `weightVector` (see {@link overrideDrawer}) gives its weights as `weightVector`,
 * those written by id included; otherwise they go by id, as `weights`.
 *
 * @example
 * const draft = emptyDraft();
 * draft.weights.pillar_1 = 0.5;
 * finishOverrides(prepared, draft); // => { weights: { pillar_1: 0.5 } }
 */
export function finishOverrides(prepared: PreparedSources, draft: OverrideDraft): FastOverrides {
  const problems: ChisoIssue[] = [];
  const gone = new Set<string>();
  for (const id of draft.drop) remove(prepared, id, gone);
  const anyWeight = hasKeys(draft.weights);
  // weights by position: those given by id join the vector; the aggregates they are under changed
  const vector = prepared.byPosition === null ? undefined : draft.weightVector;
  const positions = vector === undefined ? null : prepared.byPosition;
  const written = positions?.written;
  const changedUnder = new Set<string>();
  if (positions !== null && vector !== undefined && anyWeight) {
    for (const id in draft.weights) {
      const position = positions.positionOf.get(id);
      if (position === undefined) throw new RangeError(`finishOverrides: the draft gives a weight to ${quoteText(id)}, which is no node of the model`);
      vector[position] = draft.weights[id] as number;
      const parent = positions.parentOf.get(id);
      if (parent !== undefined) changedUnder.add(parent);
    }
  }
  if (gone.size > 0 || anyWeight || (written !== undefined && written.size > 0)) {
    for (const [aggregate, children] of prepared.children) {
      if (gone.has(aggregate)) continue;
      let left = 0;
      let changed = written?.has(aggregate) === true || changedUnder.has(aggregate);
      let total = 0;
      let bad = false;
      for (const child of children) {
        if (gone.has(child)) {
          changed = true;
          continue;
        }
        left += 1;
        let weight: number;
        if (positions !== null && vector !== undefined) weight = vector[positions.positionOf.get(child) ?? -1] ?? 0;
        else {
          const drawn = draft.weights[child];
          if (drawn !== undefined) changed = true;
          weight = drawn ?? prepared.nominalWeights.get(child) ?? 0;
        }
        if (Number.isFinite(weight) && weight >= 0) total += weight;
        else {
          bad = true;
          problems.push(issue('invalid_weight', ['weights', child], `the weight of ${quoteText(child)} is ${String(weight)}; weights must be finite and non-negative`));
        }
      }
      if (!changed) continue;
      if (left === 0) problems.push(issue('undefined_computation', ['drop'], `every child of ${quoteText(aggregate)} is dropped (${children.map(quoteText).join(', ')})`));
      else if (!bad && !(total > 0)) problems.push(issue('invalid_weight', ['weights', aggregate], `every weight under ${quoteText(aggregate)} is 0 (${children.filter((child) => !gone.has(child)).map(quoteText).join(', ')})`));
    }
  }
  // noisy data can leave float64 (a multiplicative noise of size 1e308): the run fails, the analysis goes on
  for (const id in draft.values) {
    const column = draft.values[id] as Float64Array;
    for (let unit = 0; unit < column.length; unit += 1) {
      const value = column[unit] as number;
      if (value === Infinity || value === -Infinity) {
        problems.push(issue('not_a_number', ['values', id, unit], `the noisy value of ${quoteText(id)} for the unit at position ${unit} is ${String(value)}: beyond float64`));
        break;
      }
    }
  }
  if (problems.length > 0) throw new ChisoError(problems, 'this run cannot be computed');
  const overrides: { -readonly [Key in keyof FastOverrides]: FastOverrides[Key] } = {};
  if (positions !== null && vector !== undefined) {
    // a node dropped takes no part: its weight goes back to nominal (whatever was drawn for it)
    for (const id of gone) {
      const position = positions.positionOf.get(id) ?? -1;
      vector[position] = positions.nominal[position] ?? 0;
    }
    overrides.weightVector = vector;
  } else {
    const weights = keep(draft.weights, gone);
    if (weights !== undefined) overrides.weights = weights;
  }
  const normalisations = keep(draft.normalisations, gone);
  if (normalisations !== undefined) overrides.normalisations = normalisations;
  const aggregations = keep(draft.aggregations, gone);
  if (aggregations !== undefined) overrides.aggregations = aggregations;
  const missing = keep(draft.missing, gone);
  if (missing !== undefined) overrides.missing = missing;
  if (draft.drop.size > 0) overrides.drop = [...draft.drop];
  const values = keep(draft.values, gone);
  if (values !== undefined) overrides.values = values;
  return overrides;
}

/** Marks a node and everything below it as gone. */
function remove(prepared: PreparedSources, id: string, gone: Set<string>): void {
  gone.add(id);
  for (const child of prepared.children.get(id) ?? []) remove(prepared, child, gone);
}

/** A draft's record without the nodes gone (`undefined` when nothing is left). */
function keep<T>(record: Record<string, T>, gone: ReadonlySet<string>): Record<string, T> | undefined {
  if (!hasKeys(record)) return undefined;
  if (gone.size === 0) return record;
  const kept = Object.create(null) as Record<string, T>;
  let any = false;
  for (const id in record) {
    if (gone.has(id)) continue;
    kept[id] = record[id] as T;
    any = true;
  }
  return any ? kept : undefined;
}

/** Whether a prototype-free record has any key (without listing them all). */
function hasKeys(record: Record<string, unknown>): boolean {
  for (const _key in record) return true;
  return false;
}

/**
 * One Monte Carlo run's overrides: every source draws from `random` (the run's own stream, e.g.
 * `createRandom(seed, run)`), in the order {@link prepareSources} documents. Throws a
 * {@link ChisoError} when the draws cannot be computed (weights all zero or negative after noise,
 * an aggregate whose children are all dropped): {@link uncertainty} counts such a run as failed,
 * with the reason.
 *
 * @example
 * const prepared = prepareSources(model, [{ kind: 'weights', noise: 0.25 }]);
 * const overrides = drawOverrides(prepared, createRandom(1, 0));
 * model.run(overrides).ranks(model.root);
 */
export function drawOverrides(prepared: PreparedSources, random: Random): FastOverrides {
  const draft = emptyDraft();
  for (const sampler of prepared.samplers) sampler.draw(random, draft);
  return finishOverrides(prepared, draft);
}

/**
 * {@link drawOverrides} for the runs of one analysis, made one at a time: on a model that takes
 * weights by position (`PreparedSources.byPosition`), every run's weights are drawn into one
 * reused vector and given as `weightVector` — the same weights as `drawOverrides` gives by id,
 * without a record per run. The overrides a call returns are valid until the next call.
 *
 * @example
 * const draw = overrideDrawer(prepareSources(model, [{ kind: 'weights', noise: 0.25 }]));
 * model.run(draw(createRandom(1, 0))).ranks(model.root);
 */
export function overrideDrawer(prepared: PreparedSources): (random: Random) => FastOverrides {
  const positions = prepared.byPosition;
  if (positions === null) return (random) => drawOverrides(prepared, random);
  const vector = new Float64Array(positions.nominal.length);
  return (random) => {
    vector.set(positions.nominal);
    const draft: OverrideDraft = { ...emptyDraft(), weightVector: vector };
    for (const sampler of prepared.samplers) sampler.draw(random, draft);
    return finishOverrides(prepared, draft);
  };
}
