/**
 * The seeded generator against its reference implementation.
 *
 * Sources of truth: xoshiro128** 1.1 and splitmix64 from the reference C code at prng.di.unimi.it
 * (Blackman and Vigna), compiled with gcc 12 and run with the seeding chiso documents (splitmix64's
 * first two outputs, low word first). From the state {1, 2, 3, 4} the reference gives 11520, 0,
 * 5927040, 70819200, … — the same vector the Rust crate rand_xoshiro tests against.
 */
import { describe, expect, it } from 'vitest';
import { createRandom, randomFromState } from '../../src/analysis/index.js';

function take(count: number, next: () => number): number[] {
  return Array.from({ length: count }, next);
}

describe('randomFromState', () => {
  it('gives the reference xoshiro128** outputs from the state {1, 2, 3, 4}', () => {
    const random = randomFromState([1, 2, 3, 4]);
    expect(take(10, random.uint32)).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804]);
  });

  it('refuses the all-zero state and words outside 32 bits', () => {
    expect(() => randomFromState([0, 0, 0, 0])).toThrow(RangeError);
    expect(() => randomFromState([2 ** 32, 0, 0, 1])).toThrow(RangeError);
    expect(() => randomFromState([-1, 0, 0, 1])).toThrow(RangeError);
    expect(() => randomFromState([0.5, 0, 0, 1])).toThrow(RangeError);
  });
});

describe('createRandom', () => {
  it('seeds through splitmix64 exactly as the reference C code does (seeds 0, 1, 42 and 2^64 − 1)', () => {
    const reference: [number | bigint, number[]][] = [
      [0, [3737715805, 2584255861, 2876756834, 3286328325, 1553311962, 1625202774]],
      [1, [1695105466, 1423115009, 634581793, 1068227753, 716759206, 4186505319]],
      [42, [1776835114, 4165204688, 17111135, 2317295270, 2792088233, 2554630222]],
      [2n ** 64n - 1n, [477689756, 2493998634, 555695776, 607808419, 61340979, 301466976]],
    ];
    for (const [seed, outputs] of reference) expect(take(6, createRandom(seed).uint32)).toEqual(outputs);
  });

  it('takes seeds modulo 2^64, so −1 is the seed 2^64 − 1', () => {
    expect(take(6, createRandom(-1).uint32)).toEqual(take(6, createRandom(2n ** 64n - 1n).uint32));
  });

  it('makes a 53-bit double from the high 27 bits of one output and the high 26 of the next', () => {
    const expected = ((1776835114 >>> 5) * 2 ** 26 + (4165204688 >>> 6)) / 2 ** 53;
    expect(createRandom(42).float()).toBe(expected);
    expect(expected).toBe(0.4137016681565887);
  });

  it('gives stream 0 the plain seeding and other streams other numbers', () => {
    expect(take(4, createRandom(7, 0).uint32)).toEqual(take(4, createRandom(7).uint32));
    const streams = [0, 1, 2, 3, 1000].map((stream) => take(4, createRandom(7, stream).uint32).join(','));
    expect(new Set(streams).size).toBe(5);
    expect(take(4, createRandom(7, 5n).uint32)).toEqual(take(4, createRandom(7, 5).uint32));
  });

  it('refuses seeds and streams that are not integers (a programmer mistake)', () => {
    for (const seed of [1.5, Number.NaN, Infinity, 2 ** 53]) expect(() => createRandom(seed)).toThrow(RangeError);
    for (const stream of [-1, 0.5, Number.NaN]) expect(() => createRandom(1, stream)).toThrow(RangeError);
    expect(() => createRandom(1, -1n)).toThrow(RangeError);
  });

  it('draws integers without bias: 60,000 draws of integer(6) pass a chi-square test at the 0.1% level', () => {
    const random = createRandom(2026);
    const counts = [0, 0, 0, 0, 0, 0];
    for (let draw = 0; draw < 60_000; draw += 1) {
      const value = random.integer(6);
      counts[value] = (counts[value] ?? 0) + 1;
    }
    const chiSquare = counts.reduce((sum, count) => sum + (count - 10_000) ** 2 / 10_000, 0);
    // 5 degrees of freedom: P(χ² > 20.52) = 0.001.
    expect(chiSquare).toBeLessThan(20.52);
    expect(() => random.integer(0)).toThrow(RangeError);
    expect(() => random.integer(2 ** 32 + 1)).toThrow(RangeError);
    expect(() => random.integer(2.5)).toThrow(RangeError);
    expect(random.integer(1)).toBe(0);
  });

  it('draws normals with mean 0 and variance 1 (100,000 draws, within 5 standard errors)', () => {
    const random = createRandom(11);
    const draws = take(100_000, () => random.normal());
    const mean = draws.reduce((sum, value) => sum + value, 0) / draws.length;
    const variance = draws.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (draws.length - 1);
    // Standard errors: of the mean 1/√n ≈ 0.0032; of the variance √(2/n) ≈ 0.0045.
    expect(Math.abs(mean)).toBeLessThan(5 * 0.0032);
    expect(Math.abs(variance - 1)).toBeLessThan(5 * 0.0045);
    const shifted = createRandom(11);
    expect(shifted.normal(10, 2)).toBe(10 + 2 * (draws[0] ?? 0));
    expect(() => random.normal(0, -1)).toThrow(RangeError);
    expect(() => random.normal(Number.NaN)).toThrow(RangeError);
  });

  it('draws gammas with mean shape·scale and variance shape·scale², below and above shape 1', () => {
    for (const [shape, scale] of [
      [0.3, 2],
      [1, 1],
      [4.5, 0.5],
    ] as const) {
      const random = createRandom(5);
      const draws = take(100_000, () => random.gamma(shape, scale));
      expect(draws.every((value) => value >= 0 && Number.isFinite(value))).toBe(true);
      const mean = draws.reduce((sum, value) => sum + value, 0) / draws.length;
      const variance = draws.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (draws.length - 1);
      const expectedVariance = shape * scale * scale;
      // The mean's standard error is √(variance / n); the variance's is looser (heavy right tail), 5%.
      expect(Math.abs(mean - shape * scale)).toBeLessThan(5 * Math.sqrt(expectedVariance / draws.length));
      expect(Math.abs(variance / expectedVariance - 1)).toBeLessThan(0.05);
    }
    expect(() => createRandom(1).gamma(0)).toThrow(RangeError);
    expect(() => createRandom(1).gamma(1, 0)).toThrow(RangeError);
  });

  it('draws Dirichlet shares that sum to 1 with means α_i / Σα', () => {
    const random = createRandom(3);
    const alphas = [2, 3, 5];
    const totals = [0, 0, 0];
    const draws = 20_000;
    for (let draw = 0; draw < draws; draw += 1) {
      const shares = random.dirichlet(alphas);
      expect(Math.abs(shares.reduce((sum, share) => sum + share, 0) - 1)).toBeLessThan(1e-12);
      shares.forEach((share, index) => (totals[index] = (totals[index] ?? 0) + share));
    }
    // Var(share_i) = α_i(Σα − α_i) / (Σα² (Σα + 1)) ≤ 0.023, so the standard error of a mean ≤ 0.0011.
    totals.forEach((total, index) => expect(Math.abs(total / draws - (alphas[index] ?? 0) / 10)).toBeLessThan(0.006));
    expect(() => random.dirichlet([])).toThrow(RangeError);
    expect(() => random.dirichlet([1, -1])).toThrow(RangeError);
  });
});
