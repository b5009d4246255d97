/**
 * The generalised (power) mean, (Σ wᵢ·xᵢᵖ / Σ wᵢ)^(1/p), against values computed with Python's
 * decimal module at 40 significant digits (getcontext().prec = 40), e.g. Decimal('0.53125').sqrt()
 * for p = 2 over 0.25 and 1, and Decimal('8.5') ** Decimal('-0.5') for p = −2; COINr: a_genmean.
 */
import { describe, expect, it } from 'vitest';
import { ChisoError, validateFramework } from '../../../src/index.js';
import { bothEngines, flatFramework } from '../engines.js';

/** Two identity indicators with the given scores under one power-mean aggregate. */
function powerRun(p: number | string, x: number, y: number, weights: [number, number] = [1, 1]) {
  return bothEngines(flatFramework([{ id: 'x', weight: weights[0], normalisation: { method: 'identity' } }, { id: 'y', weight: weights[1], normalisation: { method: 'identity' } }], { method: 'power', p }), [{ id: 'A', values: { x, y } }]);
}

describe('power (generalised mean, COINr a_genmean)', () => {
  it.each([
    [2, '0.7288689868556625588592691096931978845652'], // √((0.0625 + 1) / 2)
    [1, '0.625'], // the arithmetic mean
    [0.5, '0.5625'], // ((0.5 + 1) / 2)²
    [0, '0.5'], // the limit p → 0: the geometric mean √(0.25 × 1)
    [-1, '0.4'], // the harmonic mean 2 / (4 + 1)
    [-2, '0.3429971702850176747573031104438578280307'], // ((16 + 1) / 2)^(−1/2)
  ])('p = %s over 0.25 and 1 gives %s, in both engines', (p, expected) => {
    const run = powerRun(p, 0.25, 1);
    expect(run.scoreOf('index', 'A')).toBe(expected);
    expect(run.disagreements).toEqual([]);
  });
  it('weighs: weights 3 and 1, p = 2 → √((3 × 0.0625 + 1) / 4) = √0.296875', () => {
    const run = powerRun(2, 0.25, 1, [3, 1]);
    expect(run.scoreOf('index', 'A')).toBe('0.5448623679425841940296227479824519573921');
    expect(run.disagreements).toEqual([]);
  });
  it('takes zeros when p > 0 (0ᵖ = 0): p = 2 over 0 and 1 → √0.5; all zeros → 0', () => {
    expect(powerRun(2, 0, 1).scoreOf('index', 'A')).toBe('0.7071067811865475244008443621048490392848');
    const zeros = powerRun(3, 0, 0);
    expect(zeros.scoreOf('index', 'A')).toBe('0');
    expect(zeros.disagreements).toEqual([]);
  });
  it('refuses a zero when p ≤ 0 and a negative input for any p, naming the child — never NaN or Infinity', () => {
    expect(() => powerRun(-1, 0, 1)).toThrow(/\(power\): "x" scores 0; a power mean with p < 0 needs every input above zero/);
    expect(() => powerRun(0, 0, 1)).toThrow(/p = 0 needs every input above zero/);
    expect(() => powerRun(2, -0.5, 1)).toThrow(ChisoError);
    expect(() => powerRun(2, -0.5, 1)).toThrow(/needs every input at or above zero/);
  });
  it('stops the fast engine where the exact one refuses', async () => {
    const { fastModel } = await import('../../../src/engine/fast/model.js');
    const framework = flatFramework([{ id: 'x', normalisation: { method: 'identity' } }, { id: 'y', normalisation: { method: 'identity' } }], { method: 'power', p: -1 });
    const model = fastModel(framework, { units: [{ id: 'A', values: { x: 0, y: 1 } }, { id: 'B', values: { x: 0.5, y: 1 } }] });
    expect(model.base.ok).toBe(false);
    expect(model.base.present('index')[0]).toBe(0);
    expect(model.base.scores('index')[1]).toBeCloseTo(2 / 3, 14);
  });
  it('equals the arithmetic, geometric and harmonic methods at p = 1, 0 and −1, and lies between the minimum and the maximum for large |p|', () => {
    for (const [p, method] of [[1, 'mean'], [0, 'geometric'], [-1, 'harmonic']] as const) {
      const reference = bothEngines(flatFramework([{ id: 'x', normalisation: { method: 'identity' } }, { id: 'y', weight: 2, normalisation: { method: 'identity' } }], { method }), [{ id: 'A', values: { x: 0.3, y: 0.9 } }]);
      const run = powerRun(p, 0.3, 0.9, [1, 2]);
      expect(Number(run.scoreOf('index', 'A'))).toBeCloseTo(Number(reference.scoreOf('index', 'A')), 30);
    }
    const high = Number(powerRun(1000, 0.3, 0.9).scoreOf('index', 'A'));
    const low = Number(powerRun(-1000, 0.3, 0.9).scoreOf('index', 'A'));
    expect(high).toBeLessThanOrEqual(0.9);
    expect(high).toBeGreaterThan(0.899);
    expect(low).toBeGreaterThanOrEqual(0.3);
    expect(low).toBeLessThan(0.301);
    expect(powerRun(1000, 0.3, 0.9).disagreements).toEqual([]);
  });
  it('refuses |p| above 1000', () => {
    expect(validateFramework(flatFramework([{ id: 'x', normalisation: { method: 'identity' } }], { method: 'power', p: 1001 })).success).toBe(false);
  });

  it('refuses 0 < |p| < 0.001, where xᵖ rounds to 1 (p = 1e-300 over 0.25 and 1 gave 1 in both engines; the geometric mean is 0.5), and agrees at 0.001', () => {
    for (const p of ['1e-300', '-1e-30', 1e-6]) {
      const checked = validateFramework(flatFramework([{ id: 'x', normalisation: { method: 'identity' } }], { method: 'power', p }));
      expect(checked.success).toBe(false);
      expect(checked.success ? '' : checked.issues.map((entry) => entry.message).join('\n')).toMatch(/too close to 0 to compute[\s\S]*write p = 0/);
    }
    // Python: (Decimal('0.25') ** Decimal('0.001') / 2 + Decimal('0.5')) ** 1000 = 0.50012012767220810728…
    const run = powerRun(0.001, 0.25, 1);
    expect(run.scoreOf('index', 'A')).toMatch(/^0\.500120127672208107/);
    expect(run.disagreements).toEqual([]);
  });
});
