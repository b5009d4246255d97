/** scoreValidated given a dataset that never went through validateDataset: no NaN reaches an executor. */
import { describe, expect, it } from 'vitest';
import { assertDataset, assertFramework, ChisoError, compilePlan, scoreValidated, validateDataset, validateFramework, type Dataset, type FrameworkInput, type Plan } from '../../src/index.js';

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

describe('entry points given a framework that was never validated', () => {
  const raw: FrameworkInput = { id: 'f', name: 'F', ranking: { exclude: ['EU'] }, root: { kind: 'aggregate', id: 'index', missing: { policy: 'reweight' }, children: [{ kind: 'indicator', id: 'a', unit: 'score', normalisation: { method: 'goalposts', min: 0, max: 10 } }, { kind: 'indicator', id: 'b', unit: 'score', normalisation: { method: 'goalposts', min: 0, max: 10 } }] } };
  const data = { units: [{ id: 'A', values: { a: 5 } }, { id: 'EU', values: { a: 1, b: 2 } }] };

  it('validateDataset, assertDataset and compilePlan validate it first and work as with assertFramework', () => {
    expect(validateDataset(raw, data).success).toBe(true);
    expect(validateDataset(raw, data)).toEqual(validateDataset(assertFramework(raw), data));
    expect(assertDataset(raw, data).units).toHaveLength(2);
    const result = scoreValidated(compilePlan(raw), assertDataset(raw, data));
    expect(result.unranked.map((entry) => entry.unit)).toEqual(['EU']);
  });

  it('validateFramework validates again a framework changed after validation', () => {
    const framework = assertFramework(raw);
    const changed = { ...framework, root: { ...framework.root, children: framework.root.children.map((child) => ({ ...child, weight: -1 })) } };
    expect(validateFramework(changed).success).toBe(false);
    const checked = validateDataset(changed, data);
    expect(checked.success).toBe(false);
    expect(checked.issues[0]?.path[0]).toBe('framework');
    expect(() => assertDataset(changed, data)).toThrow(ChisoError);
  });

  it('a framework that is not valid is a ChisoError naming its problems, never a TypeError from inside', () => {
    for (const bad of [{}, { id: 'f', name: 'F', root: { kind: 'aggregate', id: 'r', children: [{ kind: 'indicator', id: 'a' }] } }, null, 'desi-2022']) {
      // validation never throws: the framework's problems come back under "framework"
      const checked = validateDataset(bad as FrameworkInput, data);
      expect(checked.success).toBe(false);
      expect(checked.issues.every((entry) => entry.path[0] === 'framework')).toBe(true);
      expect(() => assertDataset(bad as FrameworkInput, data)).toThrow(ChisoError);
      expect(() => compilePlan(bad as FrameworkInput)).toThrow(ChisoError);
    }
  });

  it('scoreValidated given a framework for its plan, or a dataset that was never validated, throws a TypeError saying what it needs', () => {
    expect(() => scoreValidated(raw as unknown as Plan, assertDataset(raw, data))).toThrow(/scoreValidated needs a plan returned by compilePlan/);
    expect(() => scoreValidated(compilePlan(raw), data as unknown as Dataset)).toThrow(/scoreValidated needs a dataset returned by assertDataset/);
    expect(() => scoreValidated(compilePlan(raw), data as unknown as Dataset)).toThrow(TypeError);
  });
});
