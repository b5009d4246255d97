/** Values at the dataset boundary: never NaN or ±Infinity, never beyond exact arithmetic, for every unit kind. */
import { describe, expect, it } from 'vitest';
import {
  ChisoError,
  MAX_DECIMAL_EXPONENT,
  MAX_SIGNIFICANT_DIGITS,
  score,
  UnitSchema,
  validateDataset,
  validateFramework,
  assertFramework,
  type FrameworkInput,
  type MeasurementUnit,
  type NormalisationInput,
} from '../../src/index.js';

function frameworkFor(unit: MeasurementUnit, normalisation: NormalisationInput = { method: 'minmax' }): FrameworkInput {
  return {
    id: 'f',
    name: 'F',
    variables: [{ id: 'population', unit: 'count' }],
    root: {
      kind: 'aggregate',
      id: 'index',
      children: [
        { kind: 'indicator', id: 'a', unit, normalisation },
        { kind: 'indicator', id: 'b', unit: 'count', denominator: { variable: 'population' }, normalisation: { method: 'minmax' } },
      ],
    },
  };
}

const hostile: readonly unknown[] = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 'NaN', 'Infinity', '-Infinity', 'inf', '-inf'];

describe('non-finite values', () => {
  it.each(UnitSchema.options)('NaN, ±Infinity and their spellings are refused for a %s indicator and for a variable', (unit) => {
    const framework = assertFramework(frameworkFor(unit));
    const units = hostile.map((value, index) => ({ id: `U${index}`, values: { a: value, b: 1, population: value } }));
    const checked = validateDataset(framework, { units });
    const onA = checked.issues.filter((entry) => entry.path[3] === 'a');
    const onPopulation = checked.issues.filter((entry) => entry.path[3] === 'population');
    expect(onA.map((entry) => entry.code)).toEqual(hostile.map(() => 'not_a_number'));
    expect(onPopulation.map((entry) => entry.code)).toEqual(hostile.map(() => 'not_a_number'));
    // Each message names the unit, the indicator, the value and what was expected.
    expect(onA[0]?.message).toBe(`unit "U0", indicator "a": NaN is not a finite number (${unit})`);
    expect(onA[0]).toMatchObject({ expected: 'a finite number', received: 'NaN' });
    expect(onA[3]?.message).toBe('unit "U3", indicator "a": "NaN" is not a number');
  });

  it('a z-score framework with NaN is refused, not published as "NaN" and "rank 4 of 3"', () => {
    const data = { units: [{ id: 'A', values: { a: 1, b: 1, population: 1 } }, { id: 'B', values: { a: 2, b: 2, population: 1 } }, { id: 'C', values: { a: Number.NaN, b: 3, population: 1 } }] };
    expect(() => score(frameworkFor('score', { method: 'zscore' }), data)).toThrow(ChisoError);
    expect(() => score(frameworkFor('score', { method: 'zscore' }), data)).toThrow(/unit "C", indicator "a": NaN is not a finite number/);
  });

  it('a linear framework with Infinity is refused with a ChisoError, not a raw RangeError', () => {
    const framework: FrameworkInput = { id: 'f', name: 'F', root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'a', unit: 'count', normalisation: { method: 'goalposts', min: 0, max: 10 } }] } };
    const data = { units: [{ id: 'A', values: { a: 1 } }, { id: 'B', values: { a: Number.POSITIVE_INFINITY } }] };
    expect(() => score(framework, data)).toThrow(ChisoError);
  });
});

describe('limits of exact arithmetic', () => {
  const huge = ['1e-300000', '1e9999999', '9'.repeat(1_000_000), `1e${MAX_DECIMAL_EXPONENT + 1}`, `1e-${MAX_DECIMAL_EXPONENT + 1}`, `0.${'1'.repeat(MAX_SIGNIFICANT_DIGITS + 1)}`];

  it('values beyond the limits are refused quickly, with the place, the value abbreviated and the limit', () => {
    const framework = assertFramework(frameworkFor('score'));
    // A million digits, exponents of 10^7: computing with them would take hours; the test's
    // timeout (not a clock, which is flaky on shared machines) is the safety net.
    const checked = validateDataset(framework, { units: huge.map((value, index) => ({ id: `U${index}`, values: { a: value, b: 1, population: 1 } })) });
    expect(checked.issues.map((entry) => [entry.code, entry.path.join('.')])).toEqual(huge.map((_value, index) => ['out_of_range', `units.${index}.values.a`]));
    expect(checked.issues[0]?.message).toBe('unit "U0", indicator "a": 1e-300000 is too small in magnitude: chiso computes exactly with values between 1e-400 and 1e400 (or 0)');
    expect(checked.issues[2]?.message.length).toBeLessThan(200);
    expect(checked.issues[5]?.message).toContain(`has ${MAX_SIGNIFICANT_DIGITS + 1} significant digits: chiso computes with ${MAX_SIGNIFICANT_DIGITS} and would have to round it`);
  });

  it('values at the limits are accepted and scored', () => {
    const edge = [`1e${MAX_DECIMAL_EXPONENT}`, `1e-${MAX_DECIMAL_EXPONENT}`, `0.${'1'.repeat(MAX_SIGNIFICANT_DIGITS)}`, '0', String(Number.MAX_VALUE), String(Number.MIN_VALUE)];
    const framework = frameworkFor('score');
    const result = score(framework, { units: edge.map((value, index) => ({ id: `U${index}`, values: { a: value, b: index, population: 1 } })) });
    expect(result.units.every((unit) => unit.nodes.index?.score !== null)).toBe(true);
  });

  it.each<[string, NormalisationInput | null, Record<string, unknown> | null]>([
    ['goalposts min', { method: 'goalposts', min: '1e-300000', max: 1 }, null],
    ['goalposts max', { method: 'goalposts', min: 0, max: '1e9999999' }, null],
    ['target', { method: 'target', target: '9'.repeat(1_000_000) }, null],
    ['share of', { method: 'share', of: '1e-300000' }, null],
    ['identity max', { method: 'identity', max: '1e9999999' }, null],
    ['step threshold', { method: 'steps', steps: [{ threshold: '1e-300000', points: 1 }] }, null],
    ['step points', { method: 'steps', steps: [{ threshold: 1, points: '1e9999999' }] }, null],
    ['geometric shift', null, { method: 'geometric', shift: '1e9999999' }],
    ['harmonic shift', null, { method: 'harmonic', shift: '1e-300000' }],
    ['count threshold', null, { method: 'count', threshold: '1e-300000' }],
  ])('a framework parameter beyond the limits is refused: %s', (_name, normalisation, aggregation) => {
    const checked = validateFramework({
      id: 'f',
      name: 'F',
      root: { kind: 'aggregate', id: 'index', ...(aggregation ? { aggregation } : {}), children: [{ kind: 'indicator', id: 'a', unit: 'score', normalisation: normalisation ?? { method: 'identity' } }] },
    });
    expect(checked.success).toBe(false);
    expect(checked.issues).toHaveLength(1);
    expect(checked.issues[0]?.message).toMatch(/chiso (computes exactly|reads numbers)/);
  });

  it('ranges, denominators and bands beyond the limits are refused too', () => {
    const checked = validateFramework({
      id: 'f',
      name: 'F',
      root: {
        kind: 'aggregate',
        id: 'index',
        bands: [{ label: 'x', atLeast: '1e9999999' }],
        children: [{ kind: 'indicator', id: 'a', unit: 'score', range: { min: '1e-300000' }, denominator: { variable: 'a2', per: '1e9999999' }, normalisation: { method: 'identity' } }],
      },
    });
    expect(checked.issues.map((entry) => entry.path.join('.'))).toEqual(['root.bands.0.atLeast', 'root.children.0.range.min', 'root.children.0.denominator.per']);
  });

  it('a long run of digits that is not a number is refused', () => {
    const checked = validateFramework({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'a', unit: 'score', normalisation: { method: 'share', of: `${'1'.repeat(999)}x` } }] } });
    expect(checked.issues[0]?.message).toBe('share normalisation of "a": expected a decimal number written as text');
  });
});
