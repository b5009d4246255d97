/** achievement() reads values as validation does: never NaN, never a misread "1.640". */
import { describe, expect, it } from 'vitest';
import { achievement, ChisoError } from '../../src/index.js';

describe('achievement values', () => {
  it('reads "1.640" of a vi-VN dataset as 1640', () => {
    const ok = achievement({ locale: 'vi-VN', units: [{ id: 'HN', values: { services: '1.640' } }] }, 'services', 2000);
    expect(ok[0]).toMatchObject({ value: '1640', achievement: '0.82', percent: '82' });
  });

  it.each<unknown>([Number.NaN, Number.POSITIVE_INFINITY, 'NaN', 'Infinity', '0,7908', '1e-300000'])('refuses the value %s with a ChisoError', (bad) => {
    expect(() => achievement({ units: [{ id: 'HN', values: { services: bad as number } }] }, 'services', 10)).toThrow(ChisoError);
  });

  it('refuses a target of NaN or beyond the limits', () => {
    for (const target of ['NaN', '1e9999999', Number.NaN]) expect(() => achievement({ units: [{ id: 'HN', values: { services: 1 } }] }, 'services', target)).toThrow(ChisoError);
  });
});
