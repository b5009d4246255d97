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
 *
 * @example
 * const draft = emptyDraft();
 * draft.weights.pillar_1 = 0.5;
 * finishOverrides(prepared, draft); // => { weights: { pillar_1: 0.5 } }
 */
export function finishOverrides(prepared: PreparedSources, draft: OverrideDraft): FastOverrides {
  const problems: ChisoIssue[] = [];
  const gone = new Set<string>();
  const remove = (id: string): void => {
    gone.add(id);
    for (const child of prepared.children.get(id) ?? []) remove(child);
  };
  for (const id of draft.drop) remove(id);
  const anyWeight = hasKeys(draft.weights);
  if (gone.size > 0 || anyWeight) {
    for (const [aggregate, children] of prepared.children) {
      if (gone.has(aggregate)) continue;
      let left = 0;
      let changed = false;
      let total = 0;
      let bad = false;
      for (const child of children) {
        if (gone.has(child)) {
          changed = true;
          continue;
        }
        left += 1;
        const drawn = draft.weights[child];
        if (drawn !== undefined) changed = true;
        const weight = drawn ?? prepared.nominalWeights.get(child) ?? 0;
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
  const keep = <T>(record: Record<string, T>): Record<string, T> | undefined => {
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
  };
  const overrides: { -readonly [Key in keyof FastOverrides]: FastOverrides[Key] } = {};
  const weights = keep(draft.weights);
  if (weights !== undefined) overrides.weights = weights;
  const normalisations = keep(draft.normalisations);
  if (normalisations !== undefined) overrides.normalisations = normalisations;
  const aggregations = keep(draft.aggregations);
  if (aggregations !== undefined) overrides.aggregations = aggregations;
  const missing = keep(draft.missing);
  if (missing !== undefined) overrides.missing = missing;
  if (draft.drop.size > 0) overrides.drop = [...draft.drop];
  const values = keep(draft.values);
  if (values !== undefined) overrides.values = values;
  return overrides;
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
