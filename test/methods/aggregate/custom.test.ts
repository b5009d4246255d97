/** A user-supplied aggregation (TypeScript only): what it is given, what it may return, both engines. */
import type { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { ChisoError, validateFramework, ValueProblem } from '../../../src/index.js';
import { fastModel } from '../../../src/engine/fast/model.js';
import { medianExact, medianFloat } from '../../engine/hostile-cases.js';
import { bothEngines, flatFramework } from '../engines.js';

/** Three min–max indicators under one custom aggregate. */
function customFramework(aggregation: object) {
  return flatFramework(['x', 'y', 'z'].map((id) => ({ id, normalisation: { method: 'minmax' } })), aggregation);
}

const units = [
  { id: 'A', values: { x: 0, y: 1, z: 3 } },
  { id: 'B', values: { x: 1, y: 3, z: 0 } },
  { id: 'C', values: { x: 3, y: 0, z: 1 } },
];

describe('custom (a user-supplied aggregation)', () => {
  it('scores each unit with the function, in both engines: the median of 0, 1/3, 1 is 1/3', () => {
    const run = bothEngines(customFramework({ method: 'custom', name: 'median', exact: medianExact, float: medianFloat }), units);
    expect(['A', 'B', 'C'].map((unit) => run.scoreOf('index', unit))).toEqual(Array(3).fill('0.3333333333333333333333333333333333333333'));
    expect(run.disagreements).toEqual([]);
  });
  it('gives the function exact inputs: the present children at 40 digits and their weights', () => {
    const seen: string[][] = [];
    const record = (values: readonly Decimal[], weights: readonly Decimal[]): Decimal => {
      seen.push([...values.map(String), '|', ...weights.map(String)]);
      return values[0] as Decimal;
    };
    bothEngines(customFramework({ method: 'custom', name: 'first', exact: record }), units);
    expect(seen[0]).toEqual(['0', '0.3333333333333333333333333333333333333333', '1', '|', '1', '1', '1']);
  });
  it('runs in the fast engine without a float form, through the exact function', () => {
    const run = bothEngines(customFramework({ method: 'custom', name: 'median', exact: medianExact }), units);
    expect(run.fastOf('index', 'A')).toBeCloseTo(1 / 3, 15);
    expect(run.disagreements).toEqual([]);
  });
  it('refuses a result that is not a finite number, naming the aggregation — never a NaN score', () => {
    expect(() => bothEngines(customFramework({ method: 'custom', name: 'broken', exact: () => Number.NaN }), units)).toThrow(/the custom aggregation "broken" returned NaN, not a finite number/);
    expect(() => bothEngines(customFramework({ method: 'custom', name: 'texty', exact: () => 'abc' }), units)).toThrow(ChisoError);
    const model = fastModel(customFramework({ method: 'custom', name: 'broken', exact: () => 1, float: () => Number.POSITIVE_INFINITY }), { units });
    expect(model.base.ok).toBe(false);
  });
  it('reports a ValueProblem the function throws for the unit, as a built-in method', () => {
    const picky = (values: readonly Decimal[]): Decimal => {
      if ((values[0] as Decimal).isZero()) throw new ValueProblem('undefined_computation', 'a first child of 0 cannot be scored');
      return values[0] as Decimal;
    };
    expect(() => bothEngines(customFramework({ method: 'custom', name: 'picky', exact: picky }), units)).toThrow(/unit "A", node "index" \(custom\): a first child of 0 cannot be scored/);
  });
  it('is TypeScript only: a JSON framework naming it without a function is refused with the reason', () => {
    const validation = validateFramework(JSON.parse(JSON.stringify(customFramework({ method: 'custom', name: 'median' }))));
    expect(validation.success).toBe(false);
    expect(validation.issues.map((entry) => entry.message)).toEqual(['custom aggregation of "index" needs "exact": a function, written in TypeScript (a JSON framework cannot hold one)']);
  });
});
