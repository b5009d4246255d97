/**
 * The normal quantile against SciPy 1.17.1's `scipy.stats.norm.ppf` (Cephes' ndtri), in the centre
 * and both tails of AS 241's three regions.
 */
import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../../src/analysis/index.js';

describe('normalQuantile', () => {
  it('agrees with scipy.stats.norm.ppf within 1e-15 relative in all three regions', () => {
    const reference: [number, number][] = [
      [1e-300, -37.0470962993612],
      [1e-20, -9.262340089798409],
      [1e-10, -6.361340902404056],
      [0.001, -3.090232306167813],
      [0.02425, -1.972961051311885],
      [0.3, -0.5244005127080409],
      [0.6, 0.2533471031357997],
      [0.975, 1.959963984540054],
      [0.999999, 4.753424308817087],
      [1 - 2 ** -53, 8.209536151601387],
    ];
    for (const [probability, quantile] of reference) expect(Math.abs(normalQuantile(probability) - quantile)).toBeLessThanOrEqual(1e-15 * Math.abs(quantile));
  });

  it('is 0 at one half, odd about it, and infinite at 0 and 1', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.25)).toBe(-normalQuantile(0.75));
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it('refuses probabilities outside [0, 1] and NaN', () => {
    for (const probability of [-0.1, 1.1, Number.NaN]) expect(() => normalQuantile(probability)).toThrow(RangeError);
  });
});
