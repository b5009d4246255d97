/**
 * Saltelli's sampling scheme: the matrices' layout (Saltelli et al. 2010, §3), the mapping of
 * points to each input's distribution, and the refusal of unusable inputs.
 *
 * Source of truth for the unscrambled points: SALib's `sobol.sample(problem, N,
 * calc_second_order=False, scramble=False)` takes A from the first k and B from the last k
 * coordinates of `scipy.stats.qmc.Sobol(2k, scramble=False)` (SALib/src/SALib/sample/sobol.py),
 * whose points test/analysis/sensitivity/sobol-sequence.test.ts checks against SciPy.
 */
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../../src/index.js';
import { factorsOf, inputValue, saltelliSample, SOBOL_MAX_DIMENSIONS, sobolSequence, validateInputs, type SensitivityInput } from '../../../src/analysis/index.js';

const unit = (name: string): SensitivityInput => ({ name, distribution: 'uniform', min: 0, max: 1 });
const PI_INPUTS: SensitivityInput[] = ['x1', 'x2', 'x3'].map((name) => ({ name, distribution: 'uniform', min: -Math.PI, max: Math.PI }));

function issuesOf(run: () => unknown): { code: string; path: readonly (string | number)[] }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ChisoError) return error.issues.map(({ code, path }) => ({ code, path }));
    throw error;
  }
  throw new Error('expected a ChisoError');
}

describe('saltelliSample', () => {
  it('lays out A, B and A_B^(i) = A with column i from B, N (k + 2) runs in all', () => {
    const sample = saltelliSample(PI_INPUTS, { n: 16, seed: 3 });
    expect(sample.names).toEqual(['x1', 'x2', 'x3']);
    expect(sample.runs).toBe(16 * 5);
    expect(sample.a).toHaveLength(16);
    expect(sample.b).toHaveLength(16);
    expect(sample.ab).toHaveLength(3);
    sample.ab.forEach((matrix, column) => {
      expect(matrix).toHaveLength(16);
      matrix.forEach((row, index) => {
        const expected = (sample.a[index] ?? []).slice();
        expected[column] = sample.b[index]?.[column] ?? Number.NaN;
        expect(row).toEqual(expected);
      });
    });
  });

  it('takes A from the first k and B from the last k Sobol\u2019 coordinates, scaled, as SALib does unscrambled', () => {
    const sample = saltelliSample(PI_INPUTS, { n: 8, scramble: false });
    const sequence = sobolSequence(6);
    for (let row = 0; row < 8; row += 1) {
      const point = sequence.next();
      expect(sample.a[row]).toEqual(point.slice(0, 3).map((u) => -Math.PI + u * 2 * Math.PI));
      expect(sample.b[row]).toEqual(point.slice(3).map((u) => -Math.PI + u * 2 * Math.PI));
    }
    // SciPy's point 2 is [0.75, 0.25, 0.25, …]: A's row 2 is [π/2, −π/2, −π/2].
    expect(sample.a[2]).toEqual([Math.PI / 2, -Math.PI / 2, -Math.PI / 2]);
    expect(saltelliSample(PI_INPUTS, { n: 4, scramble: false, skip: 4 }).a[0]).toEqual(sample.a[4]);
  });

  it('is reproducible: the same seed gives the same sample, other seeds and sequences others', () => {
    for (const sequence of ['sobol', 'random'] as const) {
      const first = saltelliSample(PI_INPUTS, { n: 32, seed: 5, sequence });
      expect(saltelliSample(PI_INPUTS, { n: 32, seed: 5, sequence })).toEqual(first);
      expect(saltelliSample(PI_INPUTS, { n: 32, seed: 6, sequence }).a).not.toEqual(first.a);
    }
    expect(saltelliSample(PI_INPUTS, { n: 32, seed: 5, sequence: 'random' }).a).not.toEqual(saltelliSample(PI_INPUTS, { n: 32, seed: 5 }).a);
  });

  it('keeps uniform values in [min, max) and discrete values among the choices, with their probabilities', () => {
    const inputs: SensitivityInput[] = [
      { name: 'weight', distribution: 'uniform', min: 0.75, max: 1.25 },
      { name: 'method', distribution: 'discrete', values: [0, 1, 2] },
      { name: 'policy', distribution: 'discrete', values: [10, 20], probabilities: [0.25, 0.75] },
    ];
    const sample = saltelliSample(inputs, { n: 4096, seed: 1 });
    const rows = [...sample.a, ...sample.b];
    expect(rows.every(([weight = Number.NaN]) => weight >= 0.75 && weight < 1.25)).toBe(true);
    // Sobol' points are balanced: with 4096 = 2^12 points each third gets 4096/3 ± 1 of A's rows.
    const methods = [0, 1, 2].map((value) => sample.a.filter((row) => row[1] === value).length);
    methods.forEach((count) => expect(Math.abs(count - 4096 / 3)).toBeLessThanOrEqual(1));
    expect(sample.a.filter((row) => row[2] === 20).length).toBe(3072);
    expect(sample.a.every((row) => row[2] === 10 || row[2] === 20)).toBe(true);
  });

  it('maps points to normal inputs by the quantile function, finite even at the origin', () => {
    const input: SensitivityInput = { name: 'noise', distribution: 'normal', mean: 100, standardDeviation: 5 };
    expect(inputValue(input, 0.5)).toBe(100);
    expect(Number.isFinite(inputValue(input, 0))).toBe(true);
    const sample = saltelliSample([input], { n: 4096, seed: 2 });
    const values = sample.a.map((row) => row[0] ?? Number.NaN);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
    expect(Math.abs(mean - 100)).toBeLessThan(0.05);
    expect(Math.abs(Math.sqrt(variance) - 5)).toBeLessThan(0.05);
  });

  it('maps a point just below 1 to a uniform value below max, and the last discrete value', () => {
    const largest = 1 - 2 ** -53;
    expect(inputValue({ name: 'x', distribution: 'uniform', min: 0.1, max: 0.3 }, largest)).toBeLessThanOrEqual(0.3);
    expect(inputValue({ name: 'm', distribution: 'discrete', values: [4, 5, 6] }, largest)).toBe(6);
    expect(inputValue({ name: 'm', distribution: 'discrete', values: [4, 5, 6], probabilities: [0.5, 0.5, 0] }, largest)).toBe(5);
  });

  it('swaps grouped inputs together: one A_B matrix per factor, N (g + 2) runs (SALib\u2019s groups)', () => {
    const inputs: SensitivityInput[] = [
      { name: 'w1', distribution: 'uniform', min: 0, max: 1, group: 'weights' },
      { name: 'method', distribution: 'discrete', values: [0, 1] },
      { name: 'w2', distribution: 'uniform', min: 0, max: 1, group: 'weights' },
    ];
    expect(factorsOf(inputs)).toEqual({ factors: ['weights', 'method'], factorOf: [0, 1, 0] });
    const sample = saltelliSample(inputs, { n: 8, seed: 1, secondOrder: true });
    expect(sample.names).toEqual(['w1', 'method', 'w2']);
    expect(sample.factors).toEqual(['weights', 'method']);
    expect(sample.runs).toBe(8 * 6);
    expect(sample.ab).toHaveLength(2);
    sample.ab[0]?.forEach((row, index) => expect(row).toEqual([sample.b[index]?.[0], sample.a[index]?.[1], sample.b[index]?.[2]]));
    sample.ab[1]?.forEach((row, index) => expect(row).toEqual([sample.a[index]?.[0], sample.b[index]?.[1], sample.a[index]?.[2]]));
    sample.ba?.[0]?.forEach((row, index) => expect(row).toEqual([sample.a[index]?.[0], sample.b[index]?.[1], sample.a[index]?.[2]]));
    const clash: SensitivityInput[] = [
      { name: 'x', distribution: 'uniform', min: 0, max: 1, group: 'y' },
      { name: 'y', distribution: 'uniform', min: 0, max: 1 },
      { name: 'z', distribution: 'uniform', min: 0, max: 1, group: '' },
    ];
    expect(issuesOf(() => saltelliSample(clash, { n: 2 }))).toEqual([
      { code: 'invalid_method', path: ['inputs', 2, 'group'] },
      { code: 'duplicate_id', path: ['inputs', 0, 'group'] },
    ]);
  });

  it('refuses sample sizes that are not positive integers (a programmer mistake)', () => {
    for (const n of [0, -1, 1.5, Number.NaN, Infinity]) expect(() => saltelliSample(PI_INPUTS, { n })).toThrow(RangeError);
    expect(() => saltelliSample(PI_INPUTS, { n: 4, sequence: 'halton' as 'sobol' })).toThrow(RangeError);
  });

  it('refuses more inputs than the embedded Sobol\u2019 dimensions allow, but samples them pseudo-randomly', () => {
    const many = Array.from({ length: SOBOL_MAX_DIMENSIONS / 2 + 1 }, (_input, index) => unit(`x${index}`));
    expect(() => saltelliSample(many, { n: 2 })).toThrow(/use sequence: 'random'/);
    expect(saltelliSample(many, { n: 2, sequence: 'random' }).runs).toBe(2 * (many.length + 2));
    expect(saltelliSample(many.slice(1), { n: 2 }).runs).toBe(2 * (many.length + 1));
  });

  it('refuses unusable inputs with a ChisoError naming each one\u2019s place', () => {
    expect(issuesOf(() => saltelliSample([], { n: 4 }))).toEqual([{ code: 'invalid_method', path: ['inputs'] }]);
    const bad = [
      { name: 'a', distribution: 'uniform', min: 1, max: 1 },
      { name: 'b', distribution: 'uniform', min: Number.NaN, max: 1 },
      { name: 'c', distribution: 'uniform', min: -Number.MAX_VALUE, max: Number.MAX_VALUE },
      { name: 'd', distribution: 'normal', mean: 0, standardDeviation: 0 },
      { name: 'e', distribution: 'discrete', values: [1] },
      { name: 'f', distribution: 'discrete', values: [1, Infinity] },
      { name: 'g', distribution: 'discrete', values: [1, 2], probabilities: [0.5, 0.6] },
      { name: 'h', distribution: 'discrete', values: [1, 2], probabilities: [1] },
      { name: 'a', distribution: 'uniform', min: 0, max: 1 },
      { name: '', distribution: 'uniform', min: 0, max: 1 },
      { name: 'k', distribution: 'beta', min: 0, max: 1 },
    ] as unknown as SensitivityInput[];
    expect(issuesOf(() => saltelliSample(bad, { n: 4 }))).toEqual([
      { code: 'invalid_method', path: ['inputs', 0, 'max'] },
      { code: 'invalid_method', path: ['inputs', 1, 'min'] },
      { code: 'invalid_method', path: ['inputs', 2, 'max'] },
      { code: 'invalid_method', path: ['inputs', 3, 'standardDeviation'] },
      { code: 'invalid_method', path: ['inputs', 4, 'values'] },
      { code: 'invalid_method', path: ['inputs', 5, 'values', 1] },
      { code: 'invalid_method', path: ['inputs', 6, 'probabilities'] },
      { code: 'invalid_method', path: ['inputs', 7, 'probabilities'] },
      { code: 'duplicate_id', path: ['inputs', 8, 'name'] },
      { code: 'invalid_method', path: ['inputs', 9, 'name'] },
      { code: 'invalid_method', path: ['inputs', 10, 'distribution'] },
    ]);
    expect(validateInputs([unit('x')])).toEqual([]);
    expect(validateInputs([{ name: 'x', distribution: 'uniform', min: 1, max: 0 }])[0]?.message).toBe('input "x": min (1) must be below max (0)');
  });
});

describe('review: a sample too large for memory', () => {
  it('is a RangeError naming n before anything is allocated (n = 1e12 was an out-of-memory crash)', () => {
    expect(() => saltelliSample([unit('x'), unit('y')], { n: 1e12 })).toThrow(/saltelliSample: n = 1000000000000 base samples of 2 inputs would hold .* numbers in memory; at most 134217728/);
    expect(() => saltelliSample([unit('x'), unit('y')], { n: 2 ** 24, secondOrder: true })).toThrow(RangeError);
    expect(saltelliSample([unit('x')], { n: 1024 }).runs).toBe(3072);
  });
});

describe('review: argument mistakes name the function called', () => {
  it('n, sequence, dimensions and skip', async () => {
    expect(() => saltelliSample([unit('x')], { n: 0 })).toThrow(/^saltelliSample: n \(the number of base samples\) must be a positive integer; got 0/);
    expect(() => saltelliSample([unit('x')], { n: 4, sequence: 'halton' as never })).toThrow(/^saltelliSample: sequence must be/);
    expect(() => sobolSequence(0)).toThrow(/^sobolSequence: dimensions must be/);
    expect(() => sobolSequence(2, { skip: -1 })).toThrow(/^sobolSequence: skip must be/);
    const { sobolIndices, modelSensitivity, fastModel } = await import('../../../src/analysis/index.js');
    await expect(sobolIndices(() => 1, [unit('x')], { n: 1.5 })).rejects.toThrow(/^sobolIndices: n \(the number of base samples\)/);
    const { PILLARS_FRAMEWORK, PILLARS_DATA } = await import('../uncertainty/fixtures.js');
    await expect(modelSensitivity(fastModel(PILLARS_FRAMEWORK, PILLARS_DATA), { sources: [{ kind: 'weights', noise: 0.25 }], output: { kind: 'mean-rank-shift' }, n: -1 })).rejects.toThrow(/^modelSensitivity: n \(the number of base samples\)/);
  });
});
