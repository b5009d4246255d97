/**
 * auditIndicators by hand computation: raw, denominated and normalised values, availability and
 * COINr's flag rules (get_stats: shares of non-zero and distinct values over all units).
 */
import { describe, expect, it } from 'vitest';
import { auditIndicators, statisticalAudit } from '../../../src/analysis/index.js';
import { ChisoError } from '../../../src/index.js';

const framework = {
  id: 'small',
  name: 'Small',
  variables: [{ id: 'population', unit: 'count' }],
  root: {
    kind: 'aggregate',
    id: 'index',
    missing: { policy: 'reweight' },
    children: [
      { kind: 'indicator', id: 'cars', unit: 'count', denominator: { variable: 'population', per: 1000 }, normalisation: { method: 'minmax' } },
      { kind: 'indicator', id: 'flag', unit: 'yes-no', normalisation: { method: 'identity' } },
    ],
  },
};
const dataset = {
  units: [
    { id: 'a', values: { cars: 10, population: 100, flag: 0 } },
    { id: 'b', values: { cars: 30, population: 200, flag: 0 } },
    { id: 'c', values: { cars: 50, population: 1000, flag: 1 } },
    { id: 'd', values: { cars: null, population: 50, flag: 0 } },
  ],
};

describe('auditIndicators', () => {
  it('describes raw values: cars 10, 30, 50 (one missing) — mean 30, sd 20', () => {
    const [cars, flag] = auditIndicators(framework, dataset);
    expect(cars).toMatchObject({ id: 'cars', parent: 'index', count: 3, units: 4, availability: 0.75, mean: 30, standardDeviation: 20, minimum: 10, maximum: 50, skewness: 0, flags: [] });
    // flag: 0, 0, 1, 0 — non-zero for 1 of 4 units (< 0.5), 2 distinct of 4 units (not < 0.5)
    expect(flag).toMatchObject({ count: 4, zeros: 3, zeroShare: 0.75, nonZeroShare: 0.25, distinct: 2, distinctShare: 0.5, flags: ['many-zeros'] });
  });

  it('describes denominated values: 10/100·1000 = 100, 30/200·1000 = 150, 50/1000·1000 = 50', () => {
    const [cars] = auditIndicators(framework, dataset, { values: 'denominated' });
    expect(cars).toMatchObject({ count: 3, minimum: 50, maximum: 150, mean: 100, median: 100 });
  });

  it('describes normalised values (min-max of the denominated values: 0.5, 1, 0)', () => {
    const [cars] = auditIndicators(framework, dataset, { values: 'normalised' });
    expect(cars).toMatchObject({ minimum: 0, maximum: 1, mean: 0.5 });
  });

  it('takes thresholds as options, and refuses nonsense', () => {
    const [cars] = auditIndicators(framework, dataset, { minAvailability: 0.8, minDistinct: 0.8 });
    expect(cars?.flags).toEqual(['low-availability', 'few-distinct']);
    expect(() => auditIndicators(framework, dataset, { minAvailability: Number.NaN })).toThrow(RangeError);
    expect(() => auditIndicators(framework, dataset, { values: 'scaled' as 'raw' })).toThrow(RangeError);
  });

  it('works on data the model cannot score, where statisticalAudit says why it cannot', () => {
    const failing = { ...framework, root: { ...framework.root, missing: { policy: 'fail' } } };
    expect(auditIndicators(failing, dataset)[0]?.count).toBe(3);
    expect(() => statisticalAudit(failing, dataset)).toThrow(ChisoError);
    // the gap under a fail policy: the dataset's validation names it
    expect(() => statisticalAudit(failing, dataset)).toThrow(/units\[3\]/);
  });

  it('says when the model cannot be scored (min-max of a constant column), while the data are still described', () => {
    const constant = { ...framework, root: { ...framework.root, children: [framework.root.children[0], { kind: 'indicator', id: 'flag', unit: 'yes-no', normalisation: { method: 'minmax' } }] } };
    const flat = { units: dataset.units.map((unit) => ({ ...unit, values: { ...unit.values, flag: 1 } })) };
    expect(auditIndicators(constant, flat)[1]).toMatchObject({ constant: true, flags: ['few-distinct', 'constant'] });
    expect(() => statisticalAudit(constant, flat)).toThrow(/cannot be scored/);
  });
});
