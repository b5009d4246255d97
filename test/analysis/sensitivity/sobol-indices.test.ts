/**
 * Sobol' indices against functions whose indices are known analytically, and against SciPy.
 *
 * Sources of truth:
 * - Ishigami function (Ishigami and Homma 1990), a = 7, b = 0.1, X_i ~ U(−π, π): V = a²/8 +
 *   bπ⁴/5 + b²π⁸/18 + 1/2, V_1 = (1 + bπ⁴/5)²/2, V_2 = a²/8, V_13 = b²π⁸(1/18 − 1/50) (Sobol' and
 *   Levitan 1999; the values UQLab and SALib's tests use): S = 0.3139, 0.4424, 0; ST = 0.5576,
 *   0.4424, 0.2437.
 * - An additive model Y = Σ c_i X_i: S_i = ST_i = c_i² Var(X_i) / Σ c_j² Var(X_j).
 * - SciPy 1.17.1's `scipy.stats.sobol_indices(func={'f_A', 'f_B', 'f_AB'})` (Saltelli 2010 first
 *   order, Jansen total order, outputs centred) on Ishigami outputs at the unscrambled 256-point
 *   sample, computed in Python from SciPy's own Sobol' points.
 */
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../../src/index.js';
import { outputsFromSalib, saltelliSample, sobolEstimates, sobolIndices, sobolIndicesBatched, type SensitivityInput, type SobolIndex } from '../../../src/analysis/index.js';

const A = 7;
const B = 0.1;
const PI4 = Math.PI ** 4;
const PI8 = Math.PI ** 8;
const VARIANCE = (A * A) / 8 + (B * PI4) / 5 + (B * B * PI8) / 18 + 0.5;
const V1 = 0.5 * (1 + (B * PI4) / 5) ** 2;
const V2 = (A * A) / 8;
const V13 = B * B * PI8 * (1 / 18 - 1 / 50);
const ISHIGAMI_FIRST = [V1 / VARIANCE, V2 / VARIANCE, 0];
const ISHIGAMI_TOTAL = [(V1 + V13) / VARIANCE, V2 / VARIANCE, V13 / VARIANCE];

const ishigami = ([x1 = 0, x2 = 0, x3 = 0]: readonly number[]): number => Math.sin(x1) + A * Math.sin(x2) ** 2 + B * x3 ** 4 * Math.sin(x1);
const ISHIGAMI_INPUTS: SensitivityInput[] = ['x1', 'x2', 'x3'].map((name) => ({ name, distribution: 'uniform', min: -Math.PI, max: Math.PI }));

function covers(index: SobolIndex, first: number, total: number): boolean {
  const { firstInterval, totalInterval } = index;
  if (firstInterval === null || totalInterval === null) return false;
  return firstInterval.lower <= first && first <= firstInterval.upper && totalInterval.lower <= total && total <= totalInterval.upper;
}

describe('the analytic Ishigami indices', () => {
  it('are the published ones (0.3139, 0.4424, 0; 0.5576, 0.4424, 0.2437)', () => {
    expect(ISHIGAMI_FIRST.map((value) => value.toFixed(4))).toEqual(['0.3139', '0.4424', '0.0000']);
    expect(ISHIGAMI_TOTAL.map((value) => value.toFixed(4))).toEqual(['0.5576', '0.4424', '0.2437']);
  });
});

describe('sobolEstimates', () => {
  it('equals SciPy\u2019s sobol_indices on the same Ishigami outputs to 1e-12', () => {
    const sample = saltelliSample(ISHIGAMI_INPUTS, { n: 256, scramble: false });
    const result = sobolEstimates({ a: sample.a.map(ishigami), b: sample.b.map(ishigami), ab: sample.ab.map((matrix) => matrix.map(ishigami)) }, { bootstrap: false });
    const scipyFirst = [0.3259523482013629, 0.4820072841939926, 0.011733171934743684];
    const scipyTotal = [0.5646024820275064, 0.45700714298052103, 0.25064884354377587];
    result.indices.forEach((index, column) => {
      expect(Math.abs(index.first - (scipyFirst[column] ?? Number.NaN))).toBeLessThan(1e-12);
      expect(Math.abs(index.total - (scipyTotal[column] ?? Number.NaN))).toBeLessThan(1e-12);
    });
    expect(result.indices.map((index) => index.name)).toEqual(['x1', 'x2', 'x3']);
    expect(result.indices[0]?.firstInterval).toBeNull();
    expect(result.resamples).toBe(0);
  });

  it('refuses outputs that do not vary, or vary only by rounding, instead of dividing by zero', () => {
    const constant = { a: [3, 3, 3], b: [3, 3, 3], ab: [[3, 3, 3]] };
    expect(() => sobolEstimates(constant)).toThrow(ChisoError);
    try {
      sobolEstimates(constant);
    } catch (error) {
      expect(error instanceof ChisoError && error.issues[0]?.code).toBe('undefined_computation');
      expect(error instanceof ChisoError && error.issues[0]?.message).toMatch(/same output \(3\) for all 6 rows/);
    }
    // 0.1 + 0.2 and 0.3 differ in the last bit only: the same value, computed in another order.
    expect(() => sobolEstimates({ a: [0.1 + 0.2, 0.3], b: [0.3, 0.1 + 0.2], ab: [[0.3, 0.3]] })).toThrow(ChisoError);
    // Outputs that vary only in f(A_B) still have zero variance in A and B.
    expect(() => sobolEstimates({ a: [0, 0], b: [0, 0], ab: [[1, 2]] })).toThrow(/variance is zero/);
  });

  it('refuses non-finite outputs with one not_a_number issue for each, naming the matrix and row', () => {
    try {
      sobolEstimates({ a: [1, Number.NaN, 3], b: [1, 2, 3], ab: [[1, 2, Infinity], [1, 2, 3]] });
      expect.unreachable();
    } catch (error) {
      if (!(error instanceof ChisoError)) throw error;
      expect(error.issues.map(({ code, path }) => ({ code, path }))).toEqual([
        { code: 'not_a_number', path: ['outputs', 'a', 1] },
        { code: 'not_a_number', path: ['outputs', 'ab', 0, 2] },
      ]);
      expect(error.issues[1]?.message).toBe('output 2 of f(A_B^(1)) is Infinity; every model output must be a finite number');
    }
  });

  it('refuses outputs of mismatched shapes and bad bootstrap settings (a programmer mistake)', () => {
    expect(() => sobolEstimates({ a: [], b: [], ab: [[]] })).toThrow(RangeError);
    expect(() => sobolEstimates({ a: [1, 2], b: [1], ab: [[1, 2]] })).toThrow(RangeError);
    expect(() => sobolEstimates({ a: [1, 2], b: [1, 2], ab: [] })).toThrow(RangeError);
    expect(() => sobolEstimates({ a: [1, 2], b: [1, 2], ab: [[1]] })).toThrow(RangeError);
    expect(() => sobolEstimates({ a: [1, 2], b: [2, 1], ab: [[1, 2]] }, { names: ['x', 'y'] })).toThrow(RangeError);
    for (const bootstrap of [{ resamples: 1 }, { resamples: 2.5 }, { confidence: 1 }, { confidence: 0 }, { confidence: Number.NaN }]) {
      expect(() => sobolEstimates({ a: [1, 2], b: [2, 1], ab: [[1, 2]] }, { bootstrap })).toThrow(RangeError);
    }
  });

  it('counts out bootstrap resamples whose outputs happen not to vary, and says how many were used', () => {
    // N = 2, and row 0 has f(A) = f(B) = 5: a resample that draws row 0 twice (probability 1/4)
    // has every output 5, so no variance and no indices; the others are used.
    const result = sobolEstimates({ a: [5, 1], b: [5, 2], ab: [[5, 1.5]] }, { bootstrap: { resamples: 200, seed: 1 } });
    expect(result.resamplesUsed).toBeLessThan(200);
    expect(result.resamplesUsed).toBeGreaterThan(100);
    expect(Number.isFinite(result.indices[0]?.firstInterval?.lower)).toBe(true);
  });

  it('keeps the estimate accurate when outputs are large with a small spread (ranks near 10^6 ± 1)', () => {
    const model = ([x1 = 0, x2 = 0]: readonly number[]): number => 1e6 + x1 + 2 * x2;
    const sample = saltelliSample(
      ['x1', 'x2'].map((name) => ({ name, distribution: 'uniform' as const, min: 0, max: 1 })),
      { n: 1024, seed: 4 },
    );
    const shifted = sobolEstimates({ a: sample.a.map(model), b: sample.b.map(model), ab: sample.ab.map((matrix) => matrix.map(model)) }, { bootstrap: false });
    const plain = (row: readonly number[]): number => model(row) - 1e6;
    const centred = sobolEstimates({ a: sample.a.map(plain), b: sample.b.map(plain), ab: sample.ab.map((matrix) => matrix.map(plain)) }, { bootstrap: false });
    shifted.indices.forEach((index, column) => {
      expect(Math.abs(index.first - (centred.indices[column]?.first ?? Number.NaN))).toBeLessThan(1e-8);
      expect(Math.abs(index.total - (centred.indices[column]?.total ?? Number.NaN))).toBeLessThan(1e-8);
    });
  });
});

describe('outputsFromSalib', () => {
  it('splits SALib\u2019s interleaved Y (A, A_B^(1) … A_B^(k), [B_A^(1) … B_A^(k),] B per base sample)', () => {
    expect(outputsFromSalib([1, 2, 3, 4, 5, 6], 1, false)).toEqual({ a: [1, 4], b: [3, 6], ab: [[2, 5]] });
    // k = 2 with second order: A, AB1, AB2, BA1, BA2, B.
    expect(outputsFromSalib([1, 2, 3, 90, 91, 4, 5, 6, 7, 92, 93, 8], 2, true)).toEqual({ a: [1, 5], b: [4, 8], ab: [[2, 6], [3, 7]], ba: [[90, 92], [91, 93]] });
  });

  it('gives the same indices from a SALib-ordered run of the same sample', () => {
    const sample = saltelliSample(ISHIGAMI_INPUTS, { n: 64, seed: 3 });
    const interleaved = sample.a.flatMap((row, index) => [row, ...sample.ab.map((matrix) => matrix[index] ?? []), sample.b[index] ?? []]).map(ishigami);
    const direct = sobolEstimates({ a: sample.a.map(ishigami), b: sample.b.map(ishigami), ab: sample.ab.map((matrix) => matrix.map(ishigami)) });
    expect(sobolEstimates(outputsFromSalib(interleaved, 3, false))).toEqual(direct);
  });

  it('refuses a vector whose length is not a multiple of the row group (a programmer mistake)', () => {
    expect(() => outputsFromSalib([1, 2, 3, 4], 1, false)).toThrow(/multiple of 3 values; got 4/);
    expect(() => outputsFromSalib([], 1, false)).toThrow(RangeError);
    expect(() => outputsFromSalib([1, 2, 3], 0, false)).toThrow(RangeError);
  });
});

describe('sobolIndices', () => {
  it('says how the result was made: seed, sequence, scrambling', async () => {
    const scrambled = await sobolIndices(ishigami, ISHIGAMI_INPUTS, { n: 32, seed: 5, bootstrap: false });
    expect([scrambled.seed, scrambled.sequence, scrambled.scrambled]).toEqual([5, 'sobol', true]);
    const plain = await sobolIndices(ishigami, ISHIGAMI_INPUTS, { n: 32, scramble: false, bootstrap: false });
    expect([plain.seed, plain.sequence, plain.scrambled]).toEqual([0, 'sobol', false]);
    const random = await sobolIndices(ishigami, ISHIGAMI_INPUTS, { n: 32, sequence: 'random', bootstrap: false });
    expect([random.sequence, random.scrambled]).toEqual(['random', false]);
  });

  it('recovers the Ishigami indices within 0.03 at N = 4096 (about 2 bootstrap standard errors), and the 95% intervals cover them', async () => {
    // At N = 4096 the bootstrap standard errors are about 0.015 (S_i) and 0.007–0.02 (ST_i), so a
    // tolerance of 0.03 is about two of them; the seed is fixed, so this is one draw, checked once.
    const result = await sobolIndices(ishigami, ISHIGAMI_INPUTS, { n: 4096, seed: 1 });
    expect(result.runs).toBe(4096 * 5);
    expect(result.n).toBe(4096);
    result.indices.forEach((index, column) => {
      const first = ISHIGAMI_FIRST[column] ?? Number.NaN;
      const total = ISHIGAMI_TOTAL[column] ?? Number.NaN;
      expect(Math.abs(index.first - first)).toBeLessThan(0.03);
      expect(Math.abs(index.total - total)).toBeLessThan(0.03);
      expect(covers(index, first, total)).toBe(true);
      expect(index.firstStandardError).toBeLessThan(0.02);
    });
    expect(result.confidence).toBe(0.95);
    expect(result.resamplesUsed).toBe(1000);
  });

  it('gives 95% intervals that cover the Ishigami indices about 95% of the time (pseudo-random samples, 20 seeds)', async () => {
    // 20 seeds × 6 indices = 120 intervals; at 95% coverage the number missed is Binomial(120, 0.05),
    // mean 6, and P(more than 15 missed) < 0.001.
    let missed = 0;
    for (let seed = 1; seed <= 20; seed += 1) {
      const result = await sobolIndices(ishigami, ISHIGAMI_INPUTS, { n: 1024, seed, sequence: 'random', bootstrap: { resamples: 300 } });
      result.indices.forEach((index, column) => {
        const first = ISHIGAMI_FIRST[column] ?? Number.NaN;
        const total = ISHIGAMI_TOTAL[column] ?? Number.NaN;
        if (!(index.firstInterval !== null && index.firstInterval.lower <= first && first <= index.firstInterval.upper)) missed += 1;
        if (!(index.totalInterval !== null && index.totalInterval.lower <= total && total <= index.totalInterval.upper)) missed += 1;
      });
    }
    expect(missed).toBeLessThanOrEqual(15);
  });

  it('gives an additive model its analytic indices c_i² Var(X_i) / Σ, first equal to total, for uniform, normal and discrete inputs', async () => {
    const inputs: SensitivityInput[] = [
      { name: 'uniform', distribution: 'uniform', min: 0, max: 6 }, // Var 36/12 = 3
      { name: 'normal', distribution: 'normal', mean: 10, standardDeviation: 1 }, // Var 1
      { name: 'discrete', distribution: 'discrete', values: [0, 2] }, // Var 1
      { name: 'small', distribution: 'uniform', min: -1, max: 1 }, // Var 1/3
    ];
    const coefficients = [1, 2, -1, 0.5];
    const variances = [3, 1, 1, 1 / 3].map((variance, index) => variance * (coefficients[index] ?? 0) ** 2);
    const sum = variances.reduce((total, value) => total + value, 0);
    const model = (values: readonly number[]): number => values.reduce((total, value, index) => total + (coefficients[index] ?? 0) * value, 0);
    const result = await sobolIndices(model, inputs, { n: 8192, seed: 9 });
    result.indices.forEach((index, column) => {
      const expected = (variances[column] ?? Number.NaN) / sum;
      // Standard errors at N = 8192 are below 0.01 for every index here.
      expect(Math.abs(index.first - expected)).toBeLessThan(0.02);
      expect(Math.abs(index.total - expected)).toBeLessThan(0.02);
      expect(covers(index, expected, expected)).toBe(true);
    });
  });

  it('estimates second-order indices with SALib\u2019s calc_second_order design: Ishigami S_13 = 0.2437, S_12 = S_23 = 0', async () => {
    // S_13 = V_13 / V = ST_3 − S_3 (x3 acts only with x1). Standard errors at N = 4096 are about 0.03.
    const result = await sobolIndices(ishigami, ISHIGAMI_INPUTS, { n: 4096, seed: 1, secondOrder: true });
    expect(result.runs).toBe(4096 * 8);
    expect(result.second.map((pair) => pair.names.join('×'))).toEqual(['x1×x2', 'x1×x3', 'x2×x3']);
    const truth = [0, V13 / VARIANCE, 0];
    result.second.forEach((pair, index) => {
      const expected = truth[index] ?? Number.NaN;
      expect(Math.abs(pair.index - expected)).toBeLessThan(0.06);
      expect(pair.interval !== null && pair.interval.lower <= expected && expected <= pair.interval.upper).toBe(true);
    });
    // First and total order are unchanged by the extra matrices.
    const without = await sobolIndices(ishigami, ISHIGAMI_INPUTS, { n: 4096, seed: 1, bootstrap: false });
    expect(result.indices.map((index) => index.first)).toEqual(without.indices.map((index) => index.first));
    expect(without.second).toEqual([]);
  });

  it('computes S_jk = mean((f(B_A^(j)) − μ)(f(A_B^(k)) − μ) − (f(A) − μ)(f(B) − μ)) / V − S_j − S_k for every pair', () => {
    const sample = saltelliSample(ISHIGAMI_INPUTS, { n: 128, seed: 8, secondOrder: true });
    const ba = sample.ba ?? [];
    expect(ba).toHaveLength(3);
    ba.forEach((matrix, column) =>
      matrix.forEach((row, index) => {
        const expected = (sample.b[index] ?? []).slice();
        expected[column] = sample.a[index]?.[column] ?? Number.NaN;
        expect(row).toEqual(expected);
      }),
    );
    const outputs = { a: sample.a.map(ishigami), b: sample.b.map(ishigami), ab: sample.ab.map((matrix) => matrix.map(ishigami)), ba: ba.map((matrix) => matrix.map(ishigami)) };
    const result = sobolEstimates(outputs, { bootstrap: false });
    const both = [...outputs.a, ...outputs.b];
    const mean = both.reduce((sum, value) => sum + value, 0) / both.length;
    const variance = both.reduce((sum, value) => sum + (value - mean) ** 2, 0) / both.length;
    const pairs = [[0, 1], [0, 2], [1, 2]] as const;
    pairs.forEach(([j, k], pair) => {
      const products = outputs.a.map((fromA, row) => ((outputs.ba[j]?.[row] ?? 0) - mean) * ((outputs.ab[k]?.[row] ?? 0) - mean) - (fromA - mean) * ((outputs.b[row] ?? 0) - mean));
      const expected = products.reduce((sum, value) => sum + value, 0) / products.length / variance - (result.indices[j]?.first ?? 0) - (result.indices[k]?.first ?? 0);
      expect(result.second[pair]?.index).toBeCloseTo(expected, 12);
    });
    expect(() => sobolEstimates({ ...outputs, ba: outputs.ba.slice(1) })).toThrow(RangeError);
    expect(() => sobolEstimates({ ...outputs, ba: [[1], [2], [3]] })).toThrow(RangeError);
    expect(() => sobolEstimates({ ...outputs, ba: [outputs.a, outputs.a, outputs.a.map(() => Number.NaN)] })).toThrow(ChisoError);
  });

  it('gives a group of inputs one index: Ishigami with {x1, x3} grouped has S = ST = S_1 + S_3 + S_13 = 0.5576', async () => {
    const grouped: SensitivityInput[] = ISHIGAMI_INPUTS.map((input) => (input.name === 'x2' ? input : { ...input, group: 'x1+x3' }));
    const result = await sobolIndices(ishigami, grouped, { n: 4096, seed: 1 });
    expect(result.runs).toBe(4096 * 4);
    expect(result.indices.map((index) => index.name)).toEqual(['x1+x3', 'x2']);
    const truth = [(V1 + V13) / VARIANCE, V2 / VARIANCE];
    result.indices.forEach((index, factor) => {
      const expected = truth[factor] ?? Number.NaN;
      expect(Math.abs(index.first - expected)).toBeLessThan(0.03);
      expect(Math.abs(index.total - expected)).toBeLessThan(0.03);
      expect(covers(index, expected, expected)).toBe(true);
    });
  });

  it('converges faster on scrambled Sobol\u2019 points than on pseudo-random ones (Ishigami, 10 seeds)', async () => {
    // Measured: mean absolute error of the six indices 0.0045 (Sobol') against 0.017 (random) at
    // N = 1024, and 0.0015 at N = 4096 — the quasi-Monte Carlo rate, close to 1/N, against 1/√N.
    const truth = [...ISHIGAMI_FIRST, ...ISHIGAMI_TOTAL];
    const meanError = async (n: number, sequence: 'sobol' | 'random'): Promise<number> => {
      let sum = 0;
      for (let seed = 1; seed <= 10; seed += 1) {
        const result = await sobolIndices(ishigami, ISHIGAMI_INPUTS, { n, seed, sequence, bootstrap: false });
        const estimates = [...result.indices.map((index) => index.first), ...result.indices.map((index) => index.total)];
        sum += estimates.reduce((total, estimate, index) => total + Math.abs(estimate - (truth[index] ?? Number.NaN)), 0) / estimates.length;
      }
      return sum / 10;
    };
    const sobol = await meanError(1024, 'sobol');
    expect(sobol).toBeLessThan(0.5 * (await meanError(1024, 'random')));
    expect(await meanError(4096, 'sobol')).toBeLessThan(0.6 * sobol);
  });

  it('is reproducible: the same seed gives identical numbers, another seed different ones', async () => {
    const first = await sobolIndices(ishigami, ISHIGAMI_INPUTS, { n: 256, seed: 12, bootstrap: { resamples: 100 } });
    const again = await sobolIndices(ishigami, ISHIGAMI_INPUTS, { n: 256, seed: 12, bootstrap: { resamples: 100 } });
    const other = await sobolIndices(ishigami, ISHIGAMI_INPUTS, { n: 256, seed: 13, bootstrap: { resamples: 100 } });
    expect(again).toEqual(first);
    expect(other.indices[0]?.first).not.toBe(first.indices[0]?.first);
  });

  it('runs every row, reports every non-finite output with its inputs, and throws one ChisoError', async () => {
    const seen: number[] = [];
    const model = (values: readonly number[]): number => {
      seen.push(values[0] ?? Number.NaN);
      return (values[0] ?? 0) > 0.9 ? Number.NaN : (values[0] ?? 0);
    };
    const inputs: SensitivityInput[] = [{ name: 'share', distribution: 'uniform', min: 0, max: 1 }];
    try {
      await sobolIndices(model, inputs, { n: 64, seed: 1 });
      expect.unreachable();
    } catch (error) {
      if (!(error instanceof ChisoError)) throw error;
      expect(seen).toHaveLength(64 * 3);
      expect(error.issues.length).toBeGreaterThan(0);
      expect(error.issues.every((problem) => problem.code === 'not_a_number' && problem.path[0] === 'runs')).toBe(true);
      expect(error.issues[0]?.message).toMatch(/^run \d+ \((A|B|A_B\^\(1\)) row \d+; share = 0\.9\d*\) returned NaN; every output must be a finite number$/);
      expect(error.message).toMatch(/of 192 model runs gave no finite output/);
    }
  });

  it('reports a run whose model throws a ChisoError, and lets other exceptions (bugs) through at once', async () => {
    const inputs: SensitivityInput[] = [{ name: 'x', distribution: 'uniform', min: 0, max: 1 }];
    const refusing = (values: readonly number[]): number => {
      if ((values[0] ?? 0) < 0.1) throw new ChisoError([{ code: 'non_positive_input', path: ['x'], message: 'the geometric mean met 0' }]);
      return values[0] ?? 0;
    };
    await expect(sobolIndices(refusing, inputs, { n: 32, seed: 1 })).rejects.toThrow(/failed: the geometric mean met 0/);
    let calls = 0;
    const buggy = (): number => {
      calls += 1;
      throw new TypeError('oops');
    };
    await expect(sobolIndices(buggy, inputs, { n: 32, seed: 1 })).rejects.toThrow(TypeError);
    expect(calls).toBe(1);
  });

  it('refuses a constant model (zero variance) with a ChisoError, not NaN indices', async () => {
    await expect(sobolIndices(() => 42, ISHIGAMI_INPUTS, { n: 64 })).rejects.toThrow(/variance is zero/);
  });

  it('awaits models that return promises', async () => {
    const result = await sobolIndices(async (values) => ishigami(values), ISHIGAMI_INPUTS, { n: 128, seed: 2, bootstrap: false });
    const direct = await sobolIndices(ishigami, ISHIGAMI_INPUTS, { n: 128, seed: 2, bootstrap: false });
    expect(result).toEqual(direct);
  });

  it('reports progress about every 1% of runs, ending at the total', async () => {
    const reports: [number, number][] = [];
    await sobolIndices(ishigami, ISHIGAMI_INPUTS, { n: 200, seed: 1, bootstrap: false, onProgress: ({ done, total }) => reports.push([done, total]) });
    expect(reports.length).toBeGreaterThanOrEqual(100);
    expect(reports.at(-1)).toEqual([1000, 1000]);
    expect(reports.every(([done], index) => index === 0 || done > (reports[index - 1]?.[0] ?? 0))).toBe(true);
  });

  it('stops when the signal is aborted: before starting, from a progress callback, or by a timer', async () => {
    const aborted = AbortSignal.abort(new Error('stop'));
    await expect(sobolIndices(ishigami, ISHIGAMI_INPUTS, { n: 64, signal: aborted })).rejects.toThrow('stop');
    const controller = new AbortController();
    let runs = 0;
    const counting = (values: readonly number[]): number => {
      runs += 1;
      return ishigami(values);
    };
    const stopping = sobolIndices(counting, ISHIGAMI_INPUTS, { n: 1000, signal: controller.signal, onProgress: ({ done }) => done >= 500 && controller.abort() });
    await expect(stopping).rejects.toMatchObject({ name: 'AbortError' });
    expect(runs).toBeLessThan(600);
    // A timer can only fire when the loop yields: it does so every 20 ms.
    const slow = (values: readonly number[]): number => {
      const until = Date.now() + 1;
      while (Date.now() < until);
      return ishigami(values);
    };
    const timed = sobolIndices(slow, ISHIGAMI_INPUTS, { n: 10_000, signal: AbortSignal.timeout(50) });
    await expect(timed).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('refuses hostile arguments: n = 0, negative, non-integer; no inputs; a model that is not a function', async () => {
    for (const n of [0, -4, 2.5, Number.NaN]) await expect(sobolIndices(ishigami, ISHIGAMI_INPUTS, { n })).rejects.toThrow(RangeError);
    await expect(sobolIndices(ishigami, [], { n: 8 })).rejects.toThrow(ChisoError);
    await expect(sobolIndices(42 as unknown as () => number, ISHIGAMI_INPUTS, { n: 8 })).rejects.toThrow(TypeError);
  });
});

describe('review: options checked before the runs', () => {
  const inputs: SensitivityInput[] = ['x', 'y'].map((name) => ({ name, distribution: 'uniform', min: 0, max: 1 }));
  it('a misspelt bootstrap setting, an onProgress that is not a function and a signal that is not one are refused before the model runs', async () => {
    let calls = 0;
    const model = ([x = 0, y = 0]: readonly number[]): number => ((calls += 1), x + 2 * y);
    await expect(sobolIndices(model, inputs, { n: 8, bootstrap: { confidense: 0.9 } as never })).rejects.toThrow(/^sobolIndices: option "bootstrap" .*\(no key "confidense"\)/);
    await expect(sobolIndices(model, inputs, { n: 8, onProgress: 5 as never })).rejects.toThrow(/^sobolIndices: option "onProgress" is 5; expected a function/);
    await expect(sobolIndices(model, inputs, { n: 8, signal: 5 as never })).rejects.toThrow(/^sobolIndices: option "signal" is 5; expected an AbortSignal/);
    expect(calls).toBe(0);
    expect(() => sobolEstimates({ a: [1, 2], b: [2, 1], ab: [[1, 1]] }, { bootstrap: { resample: 5 } as never })).toThrow(TypeError);
  });
});

describe('review: a batch that answers wrongly', () => {
  const inputs: SensitivityInput[] = ['x', 'y'].map((name) => ({ name, distribution: 'uniform', min: 0, max: 1 }));
  const outputsOf = (rows: Float64Array, width: number): Float64Array => Float64Array.from({ length: rows.length / width }, (_value, run) => (rows[run * width] ?? 0) + 2 * (rows[run * width + 1] ?? 0));
  it('a batch without async gives the same indices; wrong-length outputs, a plain array or a failure outside the block are a TypeError naming sobolIndicesBatched', async () => {
    const reference = await sobolIndicesBatched(async (rows, width) => ({ outputs: outputsOf(rows, width), failures: [] }), inputs, { n: 16, seed: 1, bootstrap: false });
    const plain = await sobolIndicesBatched(((rows: Float64Array, width: number) => ({ outputs: outputsOf(rows, width), failures: [] })) as never, inputs, { n: 16, seed: 1, bootstrap: false });
    expect(plain).toEqual(reference);
    await expect(sobolIndicesBatched(async (rows, width) => ({ outputs: outputsOf(rows, width).slice(1), failures: [] }), inputs, { n: 16, bootstrap: false })).rejects.toThrow(/^sobolIndicesBatched: the batch returned .* with \d+ outputs for runs 0–/);
    await expect(sobolIndicesBatched(async (rows, width) => ({ outputs: Array.from(outputsOf(rows, width)) as never, failures: [] }), inputs, { n: 16, bootstrap: false })).rejects.toThrow(TypeError);
    await expect(sobolIndicesBatched(async (rows, width) => ({ outputs: outputsOf(rows, width), failures: [{ run: 10_000, reason: 'x' }] }), inputs, { n: 16, bootstrap: false })).rejects.toThrow(/reported a failure .*; expected \{ run, reason \} with run among them/);
  });
});
