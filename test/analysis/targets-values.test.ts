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

  it('refuses "1.640" as a value or a target without a declared locale (1640 or 1.64?), and reads a target in the dataset\'s locale', () => {
    expect(() => achievement({ units: [{ id: 'HN', values: { services: '1.640' } }] }, 'services', 2000)).toThrow(/"1\.640" is 1640 if "\." groups thousands \(vi-VN\), 1\.640 if it is a decimal point \(en\); declare how numbers are written/);
    expect(() => achievement({ units: [{ id: 'HN', values: { services: 1640 } }] }, 'services', '2.000')).toThrow(ChisoError);
    expect(achievement({ locale: 'vi-VN', units: [{ id: 'HN', values: { services: '1.640' } }] }, 'services', '2.000')[0]).toMatchObject({ target: '2000', percent: '82' });
    expect(achievement({ locale: 'en', units: [{ id: 'HN', values: { services: '1.640' } }] }, 'services', 2)[0]).toMatchObject({ value: '1.64', percent: '82' });
  });

  it('refuses an indicator that no unit gives, with a did-you-mean, instead of a column of missing values', () => {
    expect(() => achievement({ units: [{ id: 'HN', values: { services: 1 } }] }, 'service', 10)).toThrow(/no unit gives a value for "service" — did you mean "services"\?/);
    // one unit without it is a missing value, as before
    expect(achievement({ units: [{ id: 'HN', values: { services: 1 } }, { id: 'DB', values: {} }] }, 'services', 10)[1]).toMatchObject({ value: null, reached: null });
  });
});
