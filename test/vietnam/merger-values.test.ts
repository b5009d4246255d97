/** The merger reads values as validation does, and its means do not depend on the order of units. */
import { describe, expect, it } from 'vitest';
import { ChisoError, mergeDatasetTo34, PROVINCES_63, type DatasetInput } from '../../src/index.js';

const provinces = (value: (code: string) => number | string | null, extra: Partial<DatasetInput> = {}): DatasetInput => ({
  ...extra,
  units: PROVINCES_63.map((province) => ({ id: `P${province.code}`, name: province.name, values: { x: value(province.code) } })),
});

describe('mergeDatasetTo34 values', () => {
  it('reads a vi-VN dataset the Vietnamese way: "1.640" is 1640, not 1.64', () => {
    const merged = mergeDatasetTo34(provinces(() => '1.640', { locale: 'vi-VN' }));
    expect(merged.units.every((unit) => unit.values.x === '1640')).toBe(true);
  });

  it('refuses "1.640" without a declared locale: its mean would be plain text that reads one way only, and the guess would go unseen', () => {
    for (const text of ['1.640', ' 2.500 ', '-1.000']) {
      expect(() => mergeDatasetTo34(provinces((code) => (code === '60' ? text : '1000')))).toThrow(/"[-\d.]+" is -?\d+ if "\." groups thousands \(vi-VN\), -?[\d.]+ if it is a decimal point \(en\), and mergeDatasetTo34 does not know the indicator's unit; declare how numbers are written/);
    }
    // declared, it is read; plain decimals that read one way are read without a locale
    expect(mergeDatasetTo34(provinces(() => '1.640', { locale: 'en' })).units[0]?.values.x).toBe('1.64');
    expect(mergeDatasetTo34(provinces(() => '1.64')).units[0]?.values.x).toBe('1.64');
  });

  it('refuses NaN, Infinity and undeclared formats with a ChisoError naming the unit, instead of passing "NaN" on or throwing a DecimalError', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 'NaN', '0,7908', '1e-300000']) {
      expect(() => mergeDatasetTo34(provinces((code) => (code === '01' ? bad : 1)))).toThrow(ChisoError);
    }
    try {
      mergeDatasetTo34(provinces((code) => (code === '01' ? '0,7908' : 1)));
    } catch (error) {
      expect((error as ChisoError).issues[0]).toMatchObject({ code: 'ambiguous_number', path: ['units', 0, 'values', 'x'] });
    }
  });

  it('population-weighted means are exact, whatever the order of the former provinces', () => {
    const values = (code: string): string => `0.${code}${'7'.repeat(30)}1`;
    const population = Object.fromEntries(PROVINCES_63.map((province) => [province.code, `${Number(province.code) * 12345.6789}`]));
    const forward = mergeDatasetTo34(provinces(values), { method: 'population', population });
    const reversed: DatasetInput = { units: [...provinces(values).units].reverse() };
    const backward = mergeDatasetTo34(reversed, { method: 'population', population });
    const byId = (dataset: DatasetInput) => Object.fromEntries(dataset.units.map((unit) => [unit.id, unit.values.x]));
    expect(byId(backward)).toEqual(byId(forward));
  });
});
