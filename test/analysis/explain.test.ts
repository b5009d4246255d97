import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChisoError, datasetFromCsv, defineFramework, desi2022, explainUnit, score } from '../../src/index.js';
import { ExactDecimal } from '../../src/engine/decimal.js';

const desi = score(desi2022, datasetFromCsv(readFileSync(new URL('../../examples/data/desi-2022.csv', import.meta.url), 'utf8')));

describe('explainUnit', () => {
  it('gives DESI indicator weights that follow the published weights (1a1: ¼ × ½ × 2/4 = 1/16)', () => {
    const why = explainUnit(desi, 'AT');
    expect(why.indicators).toHaveLength(33);
    expect(why.indicators[0]).toMatchObject({ id: '1a1', path: ['desi', 'dim1', 'sub1a'], effectiveWeight: '0.0625', raw: '0.633277' });
    const total = why.indicators.reduce((sum, entry) => sum.plus(entry.effectiveWeight), new ExactDecimal(0));
    // 1b's weights 2, 2, 1, 1 give sixths, so the sum is 1 to the working precision, not exactly.
    expect(total.minus(1).abs().lt('1e-38')).toBe(true);
  });

  it('splits the score into contributions that add up to it exactly under arithmetic means', () => {
    const why = explainUnit(desi, 'AT');
    expect(why.additive).toBe(true);
    const total = why.indicators.reduce((sum, entry) => sum.plus(entry.contribution ?? 0), new ExactDecimal(0));
    expect(total.minus(why.score as string).abs().lt('1e-35')).toBe(true);
    expect(why).toMatchObject({ unit: 'AT', published: '54.7', rank: 10, rankedCount: 27 });
  });

  it('lists strengths and weaknesses: indicators ranked far above or below the overall rank', () => {
    const why = explainUnit(desi, 'AT', { minimumGap: 5 });
    expect(why.strengths.length).toBeGreaterThan(0);
    for (const strength of why.strengths) expect(strength.rank).toBeLessThanOrEqual(10 - 5);
    for (const weakness of why.weaknesses) expect(weakness.rank).toBeGreaterThanOrEqual(10 + 5);
    // best first / worst first
    expect(why.strengths.map((entry) => entry.rank)).toEqual([...why.strengths.map((entry) => entry.rank)].sort((a, b) => a - b));
    expect(why.weaknesses.map((entry) => entry.rank)).toEqual([...why.weaknesses.map((entry) => entry.rank)].sort((a, b) => b - a));
    // Austria ranks 1st on 3c3 (selling online cross-border, 0.162187, the highest value in the
    // data file) and 25th on 2a2 (100 Mbps take-up), its best-known weakness.
    expect(why.strengths[0]).toMatchObject({ id: '3c3', rank: 1, gap: 9 });
    expect(why.weaknesses[0]).toMatchObject({ id: '2a2', rank: 25, gap: -15 });
  });

  it('re-weights effective weights when data are missing, and marks non-linear paths', () => {
    const framework = defineFramework({
      id: 'g',
      name: 'G',
      root: {
        kind: 'aggregate',
        id: 'index',
        missing: { policy: 'reweight' },
        children: [
          { kind: 'indicator', id: 'a', unit: 'ratio', normalisation: { method: 'identity' } },
          { kind: 'indicator', id: 'b', unit: 'ratio', normalisation: { method: 'identity' } },
          { kind: 'aggregate', id: 'geo', aggregation: { method: 'geometric' }, children: [{ kind: 'indicator', id: 'c', unit: 'ratio', normalisation: { method: 'identity' } }] },
        ],
      },
    });
    const result = score(framework, { units: [{ id: 'U', values: { a: 0.5, b: null, c: 0.25 } }] });
    const why = explainUnit(result, 'U');
    expect(why.indicators.map((entry) => [entry.id, entry.effectiveWeight, entry.contribution])).toEqual([
      ['a', '0.5', '0.25'],
      ['b', '0', null],
      ['c', '0.5', null],
    ]);
    expect(why.additive).toBe(false);
    expect(why.missing).toHaveLength(1);
  });

  it('refuses an unknown unit', () => {
    expect(() => explainUnit(desi, 'XX')).toThrow(/there is no unit "XX"/);
  });
});

describe('explainUnit: additivity is checked on the figures', () => {
  const identity = (id: string) => ({ kind: 'indicator', id, unit: 'score', normalisation: { method: 'identity' } });

  it('is not additive when a missing value counted as zero under a lower-is-better aggregate moves the score', () => {
    const framework = {
      id: 'f',
      name: 'F',
      root: { kind: 'aggregate', id: 'index', missing: { policy: 'zero' }, children: [{ kind: 'aggregate', id: 'cost', direction: 'lower', missing: { policy: 'zero' }, children: [identity('x')] }, identity('y')] },
    };
    const why = explainUnit(score(framework, { units: [{ id: 'A', values: { x: null, y: 0.5 } }, { id: 'B', values: { x: 0.2, y: 0.5 } }] }), 'A');
    expect(why.score).toBe('0.75');
    expect(why.additive).toBe(false);
  });

  it('gives no share to the indicators of a node dropped for too little data and counted as zero above it', () => {
    const framework = {
      id: 'f',
      name: 'F',
      root: {
        kind: 'aggregate',
        id: 'index',
        missing: { policy: 'zero' },
        children: [{ kind: 'aggregate', id: 'pillar', missing: { policy: 'reweight', minShare: 0.9 }, children: [identity('a'), identity('b')] }, identity('c')],
      },
    };
    const why = explainUnit(score(framework, { units: [{ id: 'A', values: { a: 0.8, b: null, c: 0.5 } }] }), 'A');
    expect(why.score).toBe('0.25');
    expect(why.indicators.find((entry) => entry.id === 'a')).toMatchObject({ effectiveWeight: '0', contribution: '0' });
    expect(why.additive).toBe(true);
  });
});

describe('explainUnit on a result whose nodes do not form a tree', () => {
  const identity = (id: string) => ({ kind: 'indicator', id, unit: 'score', normalisation: { method: 'identity' } });
  const result = score({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'index', children: [{ kind: 'aggregate', id: 'sub', children: [identity('x')] }] } }, { units: [{ id: 'A', values: { x: 0.5 } }] });
  const withNodes = (nodes: unknown[]): typeof result => ({ ...result, nodes: nodes as typeof result.nodes });

  it('refuses a cycle, a missing child and a 100,000-level chain with a ChisoError, without recursion', () => {
    const [index, sub, leaf] = result.nodes;
    expect(() => explainUnit(withNodes([index, { ...sub, children: ['index'] }, leaf]), 'A')).toThrow(/reached twice/);
    expect(() => explainUnit(withNodes([index, { ...sub, children: ['nope'] }, leaf]), 'A')).toThrow(/child "nope" is not among the result's nodes/);
    const chain = Array.from({ length: 100_000 }, (_unused, level) => ({ ...sub, id: level === 0 ? 'index' : `n${level}`, children: [`n${level + 1}`] }));
    expect(() => explainUnit(withNodes(chain), 'A')).toThrow(ChisoError);
  });
});
