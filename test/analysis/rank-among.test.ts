import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { datasetFromCsv, defineFramework, desi2022, rankAmong, score, type IndicatorIds } from '../../src/index.js';

const desi = score(desi2022, datasetFromCsv(readFileSync(new URL('../../examples/data/desi-2022.csv', import.meta.url), 'utf8')));

describe('rankAmong', () => {
  it('ranks a chosen subset exactly (the Nordic and Baltic states by DESI 2022: FI 69.6, DK 69.3, SE 65.2, EE 56.5)', () => {
    expect(rankAmong(desi, ['FI', 'SE', 'DK', 'EE'])).toEqual({ FI: 1, SE: 3, DK: 2, EE: 4 });
  });
  it('ranks at any node, including units the framework does not rank (the EU row)', () => {
    // Connectivity (dim2): DK 77.1, EU 59.9, FI 60.5
    expect(rankAmong(desi, ['DK', 'EU', 'FI'], { node: 'dim2' })).toEqual({ DK: 1, FI: 2, EU: 3 });
  });
  it('can rank published values, so equal printed scores share a rank', () => {
    // dim2 published: SE 60.3, FR 64.2, FI 60.5 — no tie; at 0 decimals SE and FI would be 60 and 61
    expect(rankAmong(desi, ['SE', 'FI'], { node: 'dim2', on: 'published' })).toEqual({ FI: 1, SE: 2 });
  });
  it('refuses unknown units and nodes', () => {
    expect(() => rankAmong(desi, ['XX'])).toThrow(/there is no unit "XX"/);
    expect(() => rankAmong(desi, ['FI'], { node: 'nope' })).toThrow(/node "nope"/);
  });
});

describe('types', () => {
  it('infers indicator ids from a framework written in TypeScript', () => {
    const framework = defineFramework({
      id: 'typed',
      name: 'Typed',
      root: {
        kind: 'aggregate',
        id: 'index',
        children: [
          { kind: 'indicator', id: 'fibre_pct', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } },
          { kind: 'aggregate', id: 'services', children: [{ kind: 'indicator', id: 'online_pct', unit: 'percent', normalisation: { method: 'share', of: 100 } }] },
        ],
      },
    });
    expectTypeOf<IndicatorIds<typeof framework>>().toEqualTypeOf<'fibre_pct' | 'online_pct'>();
  });
});

describe('rankAmong and direction', () => {
  it('agrees with the engine at lower-is-better indicators and aggregates: the best unit ranks first', () => {
    const framework = {
      id: 'lower',
      name: 'Lower',
      root: {
        kind: 'aggregate' as const,
        id: 'index',
        children: [
          { kind: 'indicator' as const, id: 'cost', unit: 'score' as const, direction: 'lower' as const, normalisation: { method: 'goalposts' as const, min: 0, max: 100 } },
          { kind: 'aggregate' as const, id: 'burden', direction: 'lower' as const, children: [{ kind: 'indicator' as const, id: 'delay', unit: 'score' as const, normalisation: { method: 'goalposts' as const, min: 0, max: 100 } }] },
        ],
      },
    };
    const result = score(framework, { units: [{ id: 'A', values: { cost: 10, delay: 70 } }, { id: 'B', values: { cost: 50, delay: 20 } }, { id: 'C', values: { cost: 90, delay: 40 } }] });
    for (const node of ['cost', 'burden', 'index']) {
      const engine = Object.fromEntries(result.units.map((unit) => [unit.id, unit.nodes[node]?.rank ?? null]));
      expect(rankAmong(result, ['A', 'B', 'C'], { node })).toEqual(engine);
    }
    expect(rankAmong(result, ['A', 'B', 'C'], { node: 'cost' })).toEqual({ A: 1, B: 2, C: 3 });
    expect(rankAmong(result, ['A', 'B', 'C'], { node: 'burden' })).toEqual({ B: 1, C: 2, A: 3 });
  });
});
