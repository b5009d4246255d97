/** scoreValidated given a dataset that never went through validateDataset: no NaN reaches an executor. */
import { describe, expect, it } from 'vitest';
import { assertFramework, ChisoError, compilePlan, scoreValidated, type Dataset, type FrameworkInput } from '../../src/index.js';

const frameworks: [string, FrameworkInput][] = [
  ['linear (rational executor)', { id: 'l', name: 'L', root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'a', unit: 'score', normalisation: { method: 'goalposts', min: 0, max: 10 } }] } }],
  ['z-score (decimal executor)', { id: 'z', name: 'Z', root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'a', unit: 'score', normalisation: { method: 'zscore' } }] } }],
  ['denominator (decimal executor)', { id: 'd', name: 'D', variables: [{ id: 'p', unit: 'count' }], root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'a', unit: 'score', denominator: { variable: 'p' }, normalisation: { method: 'minmax' } }] } }],
];

describe('scoreValidated with unvalidated values', () => {
  it.each(frameworks)('%s: NaN, Infinity, "NaN" and "1e-300000" throw a ChisoError, never a RangeError or a "NaN" score', (_name, input) => {
    const plan = compilePlan(assertFramework(input));
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 'NaN', '1e-300000']) {
      const dataset = { units: [1, 2, bad].map((value, index) => ({ id: `U${index}`, groups: {}, ranked: true, values: { a: value, p: index === 0 ? bad : 1 } })) } as unknown as Dataset;
      expect(() => scoreValidated(plan, dataset)).toThrow(ChisoError);
    }
  });
});
