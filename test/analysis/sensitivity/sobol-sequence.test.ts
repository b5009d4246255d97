/**
 * The Sobol' sequence against SciPy's.
 *
 * Source of truth: SciPy 1.17.1, `scipy.stats.qmc.Sobol(d, scramble=False, bits=32).random(n)`,
 * which uses the same Joe–Kuo direction numbers. The whole first 1,024 points in 256 dimensions
 * were compared once (all equal); the values below are a sample of them.
 */
import { describe, expect, it } from 'vitest';
import { SOBOL_MAX_DIMENSIONS, sobolSequence } from '../../../src/analysis/index.js';
import { JOE_KUO_DIRECTIONS } from '../../../src/analysis/sensitivity/joe-kuo.js';

function points(dimensions: number, count: number, options: Parameters<typeof sobolSequence>[1] = {}): number[][] {
  const sequence = sobolSequence(dimensions, options);
  return Array.from({ length: count }, () => sequence.next());
}

describe('sobolSequence', () => {
  it('gives the first eight points of dimensions 1–3 as SciPy does', () => {
    expect(points(3, 8)).toEqual([
      [0, 0, 0],
      [0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25],
      [0.25, 0.75, 0.75],
      [0.375, 0.375, 0.625],
      [0.875, 0.875, 0.125],
      [0.625, 0.125, 0.875],
      [0.125, 0.625, 0.375],
    ]);
  });

  it('gives SciPy\u2019s coordinates in high dimensions (points 513 and 1023, dimensions up to 256)', () => {
    const all = points(256, 1024);
    const at = (point: number, dimensions: number[]): number[] => dimensions.map((dimension) => all[point]?.[dimension - 1] ?? Number.NaN);
    expect(at(1023, [100, 101, 200, 256])).toEqual([0.5302734375, 0.2373046875, 0.1865234375, 0.8427734375]);
    expect(at(513, [1, 2, 3, 255, 256])).toEqual([0.5029296875, 0.7509765625, 0.4541015625, 0.4013671875, 0.4033203125]);
  });

  it('embeds the published first entries of new-joe-kuo-6.21201 (dimensions 2 and 14)', () => {
    const entries = JOE_KUO_DIRECTIONS.split(',');
    expect(entries.length + 1).toBe(SOBOL_MAX_DIMENSIONS);
    expect(entries[0]).toBe('1 0 1');
    expect(entries[12]).toBe('6 1 1 3 3 9 7 49');
  });

  it('skips points by jumping straight to the Gray code of the index', () => {
    const all = points(5, 40);
    const skipped = sobolSequence(5, { skip: 33 });
    expect(skipped.index).toBe(33);
    expect(skipped.next()).toEqual(all[33]);
    expect(skipped.next()).toEqual(all[34]);
    expect(skipped.index).toBe(35);
  });

  it('keeps one point in every interval [j/2^m, (j+1)/2^m) of every dimension, scrambled or not', () => {
    for (const options of [{}, { scrambleSeed: 1 }, { scrambleSeed: 99n }]) {
      const drawn = points(20, 256, options);
      for (let dimension = 0; dimension < 20; dimension += 1) {
        const cells = new Set(drawn.map((point) => Math.floor((point[dimension] ?? Number.NaN) * 256)));
        expect(cells.size).toBe(256);
      }
    }
  });

  it('scrambles reproducibly: the same seed gives the same points, another seed others, and no origin', () => {
    const first = points(4, 16, { scrambleSeed: 7 });
    expect(points(4, 16, { scrambleSeed: 7 })).toEqual(first);
    expect(points(4, 16, { scrambleSeed: 8 })).not.toEqual(first);
    expect(first[0]).not.toEqual([0, 0, 0, 0]);
    expect(first.flat().every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('refuses dimensions and skips it cannot give (a programmer mistake)', () => {
    for (const dimensions of [0, -1, 1.5, Number.NaN, SOBOL_MAX_DIMENSIONS + 1]) expect(() => sobolSequence(dimensions)).toThrow(RangeError);
    for (const skip of [-1, 0.5, 2 ** 32, Number.NaN]) expect(() => sobolSequence(2, { skip })).toThrow(RangeError);
    expect(sobolSequence(SOBOL_MAX_DIMENSIONS).next()).toHaveLength(SOBOL_MAX_DIMENSIONS);
  });
});
