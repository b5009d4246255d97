/**
 * cheapestPath: the exact optimum against a brute-force grid (hand-checked greedy below), DESI 2022
 * re-scored with the changes, and the refusals.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChisoError, datasetFromCsv, desi2022, formatTable, score, type DatasetInput, type FrameworkInput } from '../../../src/index.js';
import { cheapestPath, cheapestPathTable } from '../../../src/analysis/index.js';

/** Weights 1, 2, 3 on goalposts 0–100: S = (a + 2b + 3c) / 6 on a 0–100 scale. */
const weighted: FrameworkInput = {
  id: 'weighted',
  name: 'Weighted',
  scale: 100,
  root: {
    kind: 'aggregate',
    id: 'index',
    children: [
      { kind: 'indicator', id: 'a', unit: 'percent', weight: 1, normalisation: { method: 'goalposts', min: 0, max: 100 } },
      { kind: 'indicator', id: 'b', unit: 'percent', weight: 2, normalisation: { method: 'goalposts', min: 0, max: 100 } },
      { kind: 'indicator', id: 'c', unit: 'percent', weight: 3, normalisation: { method: 'goalposts', min: 0, max: 100 } },
    ],
  },
};
const data: DatasetInput = { units: [{ id: 'U1', values: { a: 20, b: 20, c: 20 } }, { id: 'U2', values: { a: 90, b: 90, c: 90 } }] };
const costs = { a: 1, b: 3, c: 2 };

describe('cheapestPath', () => {
  it('matches a brute-force grid: S = 70 from (20, 20, 20) costs 220 (c to 100 for 160, then a to 80 for 60)', () => {
    // Gain per unit of cost: a (1/6)/1, b (2/6)/3, c (3/6)/2 → c first (to its bound 100: +240/6 = 40 points,
    // cost 80 × 2 = 160), then a: 10 more points need a + 60 (cost 60). Total 220.
    const path = cheapestPath(weighted, data, { unit: 'U1', goal: { score: 70 }, costs, decimals: 0 });
    expect(path.status).toBe('reached');
    expect(path.minimumCost).toBe('220');
    expect(path.changes.map((change) => [change.indicator, change.to])).toEqual([['a', '80'], ['c', '100']]);
    let best = Number.POSITIVE_INFINITY;
    for (let a = 20; a <= 100; a += 5) for (let b = 20; b <= 100; b += 5) for (let c = 20; c <= 100; c += 5) {
      if ((a + 2 * b + 3 * c) / 6 >= 70) best = Math.min(best, (a - 20) * costs.a + (b - 20) * costs.b + (c - 20) * costs.c);
    }
    expect(best).toBe(220);
    expect(score(weighted, { units: [{ id: 'U1', values: { a: 80, b: 20, c: 100 } }, data.units[1] as DatasetInput['units'][number]] }).units[0]?.nodes.index?.score).toBe('70');
  });

  it('with default costs (one per unit of normalised score) moves the heaviest indicator first', () => {
    const path = cheapestPath(weighted, data, { unit: 'U1', goal: { score: 50 }, decimals: 0 });
    // c has the largest effective weight: (50 − 20) × 6 / 3 = 60 → c = 80, cost 0.6
    expect(path.changes.map((change) => [change.indicator, change.to, change.cost])).toEqual([['c', '80', '0.6']]);
  });

  it('cannot when even every bound falls short, with the best reachable score', () => {
    const path = cheapestPath(weighted, data, { unit: 'U1', goal: { score: 70 }, bounds: { a: { max: 30 }, b: { max: 30 }, c: { max: 30 } } });
    expect(path.status).toBe('cannot');
    expect(path.score).toBe('30');
  });

  it('crosses a clipped dead zone only when it pays', () => {
    const clipped: FrameworkInput = {
      ...weighted,
      root: { kind: 'aggregate', id: 'index', children: [
        { kind: 'indicator', id: 'a', unit: 'percent', normalisation: { method: 'goalposts', min: 50, max: 100, clip: true } },
        { kind: 'indicator', id: 'b', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } },
      ] },
    };
    // U1: a = 20 (below the floor 50: 0), b = 40 → S = 20. Goal 30: b + 20 costs 0.2 (per normalised unit);
    // a would cost 30/50 = 0.6 to cross its dead zone first.
    const path = cheapestPath(clipped, { units: [{ id: 'U1', values: { a: 20, b: 40 } }] }, { unit: 'U1', goal: { score: 30 }, decimals: 0 });
    expect(path.changes.map((change) => [change.indicator, change.to])).toEqual([['b', '60']]);
    // with b fixed, a must cross the dead zone: (a − 50)/50 = 0.2 → a = 60
    const onlyA = cheapestPath(clipped, { units: [{ id: 'U1', values: { a: 20, b: 40 } }] }, { unit: 'U1', goal: { score: 30 }, indicators: ['a'], decimals: 0 });
    expect(onlyA.changes.map((change) => [change.indicator, change.to])).toEqual([['a', '60']]);
  });

  it('Italy to DESI rank 10: the changes, re-scored, give rank 10', () => {
    const desiData = datasetFromCsv(readFileSync(new URL('../../../examples/data/desi-2022.csv', import.meta.url), 'utf8'));
    const path = cheapestPath(desi2022, desiData, { unit: 'IT', goal: { rank: 10 } });
    expect(path.status).toBe('reached');
    const changes = Object.fromEntries(path.changes.map((change) => [change.indicator, change.to]));
    const units = desiData.units.map((unit) => (unit.id === 'IT' ? { ...unit, values: { ...unit.values, ...changes } } : unit));
    expect(score(desi2022, { ...desiData, units }).units.find((unit) => unit.id === 'IT')?.nodes.desi?.rank).toBeLessThanOrEqual(10);
    expect(formatTable(cheapestPathTable(path), 'md')).toContain('Total');
  });

  it('a strict goal (ordinal ties, the other unit\'s id sorts first) passes the threshold rather than meeting it', () => {
    // U3 (40, 40, 40) must beat U2 (60, 60, 60): a + b + c > 180. Default costs are equal per normalised
    // unit, so a goes to its bound 100 (sum exactly 180, a tie U2 wins) and b one step further.
    const tiny: FrameworkInput = { id: 't', name: 'T', scale: 100, ranking: { ties: 'ordinal' }, root: { kind: 'aggregate', id: 'index', children: ['a', 'b', 'c'].map((id) => ({ kind: 'indicator' as const, id, unit: 'percent' as const, normalisation: { method: 'goalposts' as const, min: 0, max: 100 } })) } };
    const units: DatasetInput = { units: [{ id: 'U2', values: { a: 60, b: 60, c: 60 } }, { id: 'U3', values: { a: 40, b: 40, c: 40 } }] };
    const path = cheapestPath(tiny, units, { unit: 'U3', goal: { rank: 1 }, decimals: 0 });
    expect(path).toMatchObject({ status: 'reached', rank: 1, minimumCost: '0.6' });
    expect(path.changes.map((change) => [change.indicator, change.to])).toEqual([['a', '100'], ['b', '41']]);
  });

  it('needs a linear framework', () => {
    const geometric = { ...weighted, root: { ...(weighted.root as object), aggregation: { method: 'geometric' } } } as FrameworkInput;
    expect(() => cheapestPath(geometric, data, { unit: 'U1', goal: { score: 70 } })).toThrow(ChisoError);
    expect(() => cheapestPath(geometric, data, { unit: 'U1', goal: { score: 70 } })).toThrow(/linear framework/);
    expect(() => cheapestPath(weighted, data, { unit: 'U1', goal: { score: 70 }, costs: { a: -1 } })).toThrow(RangeError);
  });

  it('refuses bounds and costs naming no indicator (a misspelt id is not ignored), and inverted bounds', () => {
    expect(() => cheapestPath(weighted, data, { unit: 'U1', goal: { score: 70 }, costs: { aa: 1 } })).toThrow(ChisoError);
    expect(() => cheapestPath(weighted, data, { unit: 'U1', goal: { score: 70 }, bounds: { cc: { max: 1 } } })).toThrow(/did you mean/);
    expect(() => cheapestPath(weighted, data, { unit: 'U1', goal: { score: 70 }, bounds: { c: { min: 5, max: 1 } } })).toThrow(RangeError);
  });
});

describe('review: hostile costs and bounds', () => {
  it('a cost with spaces is a RangeError naming cheapestPath; a misspelt bound a TypeError', () => {
    expect(() => cheapestPath(weighted, data, { unit: 'U1', goal: { score: 70 }, costs: { a: ' 1' } })).toThrow(/^cheapestPath: the cost of "a" is " 1"; expected a number at least 0/);
    expect(() => cheapestPath(weighted, data, { unit: 'U1', goal: { score: 70 }, bounds: { c: { maxi: 50 } } as never })).toThrow(/unknown key "maxi" — did you mean "max"\?/);
  });
});
