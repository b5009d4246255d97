/** Small models for the scenario tests, with every figure computed by hand in the tests. */
import type { DatasetInput, FrameworkInput } from '../../../src/index.js';

/**
 * index = mean(a, b, c) with weights 1, 1, 2; goalposts a, b 0–100, c 0–10; scale 100.
 * Base scores (by hand): U1 (0.8 + 0.2 + 2 × 0.5) / 4 = 50; U2 (0.4 + 0.6 + 2 × 0.6) / 4 = 55;
 * U3 (0.6 + 0.5 + 2 × 0.2) / 4 = 37.5. Ranks U2 1, U1 2, U3 3.
 */
export const flat: FrameworkInput = {
  id: 'flat',
  name: 'Flat',
  scale: 100,
  rounding: { decimals: 2, mode: 'half-up' },
  root: {
    kind: 'aggregate',
    id: 'index',
    children: [
      { kind: 'indicator', id: 'a', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } },
      { kind: 'indicator', id: 'b', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } },
      { kind: 'indicator', id: 'c', unit: 'score', weight: 2, normalisation: { method: 'goalposts', min: 0, max: 10 } },
    ],
  },
};

export const flatData: DatasetInput = {
  units: [
    { id: 'U1', name: 'One', values: { a: 80, b: 20, c: 5 } },
    { id: 'U2', name: 'Two', values: { a: 40, b: 60, c: 6 } },
    { id: 'U3', name: 'Three', values: { a: 60, b: 50, c: 2 } },
  ],
};

/**
 * Two pillars: p1 = mean(a, b); p2 = mean(pop, phones), phones per 100 of pop; index = mean(p1, p2).
 * p2's missing policy is "reweight", so a gap there is allowed.
 */
export const nested: FrameworkInput = {
  id: 'nested',
  name: 'Nested',
  scale: 1,
  root: {
    kind: 'aggregate',
    id: 'index',
    children: [
      {
        kind: 'aggregate',
        id: 'p1',
        children: [
          { kind: 'indicator', id: 'a', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } },
          { kind: 'indicator', id: 'b', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } },
        ],
      },
      {
        kind: 'aggregate',
        id: 'p2',
        missing: { policy: 'reweight' },
        children: [
          { kind: 'indicator', id: 'pop', unit: 'count', normalisation: { method: 'minmax' } },
          { kind: 'indicator', id: 'phones', unit: 'count', denominator: { variable: 'pop', per: 100 }, normalisation: { method: 'minmax' } },
        ],
      },
    ],
  },
};

export const nestedData: DatasetInput = {
  units: [
    { id: 'HN', values: { a: 90, b: 70, pop: 800, phones: 640 } },
    { id: 'HP', values: { a: 50, b: 30, pop: 200, phones: 180 } },
    { id: 'DN', values: { a: 70, b: 80, pop: 400, phones: 200 } },
  ],
};

/** A deep-frozen copy: any write into it throws (modules are strict). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<string | symbol, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
