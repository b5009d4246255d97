/**
 * describeValues against hand computation and scipy (test/fixtures/audit: scipy.stats.skew and
 * kurtosis with bias=False, the G1/G2 estimators COINr's skew/kurt use — e1071 type 2).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeValues } from '../../../src/analysis/index.js';

interface Expected { count: number; mean: number; standardDeviation: number; minimum: number; maximum: number; median: number; skewness: number; kurtosis: number; zeros: number; distinct: number }
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/audit/audit-fixture.json', import.meta.url), 'utf8')) as { indicators: Record<string, Expected>; dataset: { units: { values: Record<string, number | null> }[] } };
const asem = JSON.parse(readFileSync(new URL('../../fixtures/audit/asem-columns.json', import.meta.url), 'utf8')) as { columns: Record<string, (number | null)[]>; statistics: Record<string, Expected> };

const column = (values: readonly (number | null)[]): Float64Array => Float64Array.from(values, (value) => value ?? Number.NaN);

function expectSummary(actual: ReturnType<typeof describeValues>, expected: Expected): void {
  expect(actual.count).toBe(expected.count);
  expect(actual.zeros).toBe(expected.zeros);
  expect(actual.distinct).toBe(expected.distinct);
  expect(actual.minimum).toBe(expected.minimum);
  expect(actual.maximum).toBe(expected.maximum);
  for (const key of ['mean', 'standardDeviation', 'median', 'skewness', 'kurtosis'] as const) {
    expect(actual[key], key).toBeCloseTo(expected[key], 10);
  }
}

describe('describeValues', () => {
  it('matches a hand computation: 2, 4, 4, 4, 5, 5, 7, 9', () => {
    // mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32, sd = √(32/7);
    // m2 = 4, m3 = (−27−1−1−1+0+0+8+64)/8 = 5.25, g1 = 5.25/8 = 0.65625,
    // G1 = g1·√(8·7)/6 = 0.8184875533567997;
    // m4 = (81+1+1+1+0+0+16+256)/8 = 44.5, g2 = 44.5/16 − 3 = −0.21875,
    // G2 = ((9)(−0.21875) + 6)·7/(6·5) = 0.940625
    const summary = describeValues([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(summary.mean).toBe(5);
    expect(summary.standardDeviation).toBeCloseTo(Math.sqrt(32 / 7), 15);
    expect(summary.skewness).toBeCloseTo(0.65625 * Math.sqrt(56) / 6, 14);
    expect(summary.kurtosis).toBeCloseTo(0.940625, 14);
    expect(summary.median).toBe(4.5);
    expect(summary.distinct).toBe(5);
  });

  it('gives null, never NaN, where a statistic is undefined', () => {
    expect(describeValues([])).toMatchObject({ count: 0, mean: null, standardDeviation: null, skewness: null, kurtosis: null, constant: true });
    expect(describeValues([3])).toMatchObject({ count: 1, mean: 3, standardDeviation: null, skewness: null });
    expect(describeValues([0.1, 0.1, 0.1, 0.1])).toMatchObject({ mean: 0.1, standardDeviation: 0, skewness: null, kurtosis: null, constant: true, zeros: 0 });
    expect(describeValues([1, 2, 3]).kurtosis).toBeNull();
    expect(describeValues([1, 2, 4]).skewness).not.toBeNull();
  });

  it('skips missing values (NaN) and refuses infinities', () => {
    expect(describeValues([1, Number.NaN, 3]).mean).toBe(2);
    expect(() => describeValues([1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it.each(Object.keys(fixture.indicators))('matches numpy/scipy on the synthetic fixture: %s', (code) => {
    expectSummary(describeValues(column(fixture.dataset.units.map((unit) => unit.values[code] ?? null))), fixture.indicators[code] as Expected);
  });

  it.each(Object.keys(asem.statistics))('matches scipy on COINr\'s ASEM data: %s', (code) => {
    expectSummary(describeValues(column(asem.columns[code] ?? [])), asem.statistics[code] as Expected);
  });

  it('flags ASEM\'s Flights as COINr\'s own test does (|skew| > 2 and kurtosis > 3.5)', () => {
    const flights = describeValues(column(asem.columns.Flights ?? []));
    expect(Math.abs(flights.skewness ?? 0)).toBeGreaterThan(2);
    expect(flights.kurtosis ?? 0).toBeGreaterThan(3.5);
  });
});
