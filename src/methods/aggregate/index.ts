/**
 * The registry of aggregation methods: a framework names a method (`"method": "geometric"`) and the
 * engine finds it here.
 *
 * @module
 */
import type { Aggregation, AggregationMethod } from '../../model/framework.js';
import { count } from './count.js';
import { custom } from './custom.js';
import { geometric } from './geometric.js';
import { harmonic } from './harmonic.js';
import { mean, sum } from './mean.js';
import { minimum } from './minimum.js';
import { power } from './power.js';
import { copeland } from './copeland.js';
import type { AggregateMethod } from './types.js';

/** Every built-in aggregation method by name. */
export const aggregateMethods: { readonly [Name in AggregationMethod]: AggregateMethod<Extract<Aggregation, { method: Name }>> } = {
  copeland,
  count,
  custom,
  geometric,
  harmonic,
  mean,
  minimum,
  power,
  sum,
};

/** Finds the method an aggregation spec names. */
export function aggregateMethodFor(spec: Aggregation): AggregateMethod {
  return aggregateMethods[spec.method] as unknown as AggregateMethod;
}
