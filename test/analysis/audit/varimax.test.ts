/**
 * varimax against a line-for-line numpy port of R's stats::varimax (test/fixtures/audit), and the
 * properties any varimax rotation has: an orthogonal rotation that keeps each row's communality, a
 * criterion no lower than before; and R's limitation where rows lie almost on two orthogonal
 * directions, kept so that chiso rotates as R does.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { varimax, varimaxCriterion } from '../../../src/analysis/index.js';
import { fuzz } from '../../fuzz/settings.js';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/audit/audit-fixture.json', import.meta.url), 'utf8')) as { varimax: { input: number[][]; loadings: number[][] } };

function multiply(left: readonly (readonly number[])[], right: readonly (readonly number[])[]): number[][] {
  return left.map((row) => (right[0] ?? []).map((_, column) => row.reduce((sum, value, index) => sum + value * ((right[index] as readonly number[])[column] as number), 0)));
}

describe('varimax', () => {
  it('rotates as R\'s stats::varimax does (numpy port)', () => {
    const rotated = varimax(fixture.varimax.input);
    expect(rotated.converged).toBe(true);
    rotated.loadings.forEach((row, index) => row.forEach((value, column) => expect(value).toBeCloseTo(fixture.varimax.loadings[index]?.[column] as number, 8)));
  });

  it('leaves a single component, and a stationary point, as they are', () => {
    expect(varimax([[0.9], [0.5]]).loadings).toEqual([[0.9], [0.5]]);
    expect(varimax([[0.5, 0.5], [0.5, -0.5]])).toMatchObject({ loadings: [[0.5, 0.5], [0.5, -0.5]], converged: true });
  });

  // loadings in thousandths (fc.double's bias towards tiny magnitudes would make most rows empty);
  // a row of zeros has no direction, so each row has an entry of at least 0.05
  const entry = fc.integer({ min: -1000, max: 1000 }).map((value) => value / 1000);
  const loadings = fc.tuple(fc.integer({ min: 3, max: 8 }), fc.integer({ min: 2, max: 3 })).chain(([rows, columns]) =>
    fc.array(fc.array(entry, { minLength: columns, maxLength: columns }).filter((row) => row.some((value) => Math.abs(value) >= 0.05)), { minLength: rows, maxLength: rows }),
  );

  it('is an orthogonal rotation that keeps communalities and never lowers the criterion', () => {
    fc.assert(
      fc.property(loadings, (matrix) => {
        const result = varimax(matrix);
        const product = multiply(result.rotation, result.rotation.map((_, column) => result.rotation.map((row) => row[column] as number)));
        product.forEach((row, index) => row.forEach((value, column) => expect(value).toBeCloseTo(index === column ? 1 : 0, 9)));
        multiply(matrix, result.rotation).forEach((row, index) => row.forEach((value, column) => expect(value).toBeCloseTo(result.loadings[index]?.[column] as number, 9)));
        matrix.forEach((row, index) => expect((result.loadings[index] ?? []).reduce((sum, value) => sum + value * value, 0)).toBeCloseTo(row.reduce((sum, value) => sum + value * value, 0), 9));
        expect(varimaxCriterion(result.loadings)).toBeGreaterThanOrEqual(varimaxCriterion(matrix) - 1e-9);
      }),
      fuzz(100),
    );
  });

  it('shares R\'s limitation: rows almost on two orthogonal directions stop it short of the maximum', () => {
    // R's iteration (T = the polar factor of the gradient) alternates here between turning by 0 and
    // by 0.0725 radian, the criterion growing by 1e-7 a step, so it stops after 2 iterations at
    // 0.44112 (numpy port of R: 0.441120184); the maximum, at 0.036 radian, is 0.44345.
    const matrix = [[-0.003, 0.268], [0.05, 0.003], [0.007, -0.502]];
    const result = varimax(matrix);
    expect(result.iterations).toBe(2);
    expect(varimaxCriterion(result.loadings)).toBeCloseTo(0.441120184, 8);
  });
});
