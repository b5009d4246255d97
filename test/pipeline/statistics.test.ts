/**
 * Exact statistics of the construction steps. Sources: hand computation (shown), and the sample
 * estimators of COINr's skew() / kurt() (e1071 type 2) evaluated in Python floats for 1…10, 30, 100
 * (COINr's Treat vignette example): skew 3.0632410342394985, kurtosis 9.741390834569144.
 */
import { describe, expect, it } from 'vitest';
import { exactMean, exactMedian, failsSkewKurtosis, sampleKurtosis, sampleSkewness, shapeOf } from '../../src/pipeline/statistics.js';

const vignette = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '30', '100'];

describe('exact statistics', () => {
  it('mean and median as R computes them, exactly', () => {
    expect(exactMean(['0.1', '0.2', '0.3'])).toBe('0.2');
    expect(exactMean(['1', '2'])).toBe('1.5');
    expect(exactMedian(['10', '1', '4', '2'])).toBe('3');
  });

  it('skewness and kurtosis as COINr (e1071 type 2)', () => {
    expect(Number(sampleSkewness(shapeOf(vignette)))).toBeCloseTo(3.0632410342394985, 13);
    expect(Number(sampleKurtosis(shapeOf(vignette)))).toBeCloseTo(9.741390834569144, 12);
    expect(failsSkewKurtosis(shapeOf(vignette), 2, 3.5)).toBe(true);
  });

  it('decides a value on the threshold exactly: 0, 0, 0, 1 has skewness exactly 2 and kurtosis exactly 4', () => {
    // hand: mean 1/4; Σd² = 3/4, Σd³ = 3/8, Σd⁴ = 21/64; G1 = 2·(3/8)/(3√3/8)·√12/2 = 2;
    // r = 4·(21/64)/(9/16) = 7/3, G2 = (5·(7/3 − 3) + 6)·3/(2·1) = 4.
    const shape = shapeOf(['0', '0', '0', '1']);
    expect(sampleSkewness(shape)).toBe('2');
    expect(sampleKurtosis(shape)).toBe('4');
    // COINr passes a column when |skew| < 2 or kurtosis < 3.5: exactly 2 and 4 fail
    expect(failsSkewKurtosis(shape, 2, 3.5)).toBe(true);
    expect(failsSkewKurtosis(shape, '2.0000000000000000000000000001', 3.5)).toBe(false);
    expect(failsSkewKurtosis(shape, 2, '4.0000000000000000000000000001')).toBe(false);
  });

  it('has nothing to judge with fewer than 4 values or no spread', () => {
    expect(failsSkewKurtosis(shapeOf(['1', '2', '3']), 2, 3.5)).toBeNull();
    expect(failsSkewKurtosis(shapeOf(['5', '5', '5', '5']), 2, 3.5)).toBeNull();
  });
});
