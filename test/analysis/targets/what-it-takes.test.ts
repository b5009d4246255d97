/**
 * whatItTakes: answers checked by re-scoring with `score()` (the goal is reached with the value
 * found and not with one unit of the last decimal less), on DESI 2022 and on tiny frameworks whose
 * thresholds are computed by hand below.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChisoError, datasetFromCsv, desi2022, formatTable, score, vnDti2022, type DatasetInput, type FrameworkInput } from '../../../src/index.js';
import { whatItTakes, whatItTakesTable, type TargetGoal } from '../../../src/analysis/index.js';

const desiData = datasetFromCsv(readFileSync(new URL('../../../examples/data/desi-2022.csv', import.meta.url), 'utf8'));

/** The unit's score and rank at the node after setting one value. */
function rescore(framework: FrameworkInput, dataset: DatasetInput, unit: string, changes: Record<string, string>, node?: string): { score: string | null; rank: number | null } {
  const units = dataset.units.map((candidate) => (candidate.id === unit ? { ...candidate, values: { ...candidate.values, ...changes } } : candidate));
  const result = score(framework, { ...dataset, units });
  const figures = result.units.find((candidate) => candidate.id === unit)?.nodes[node ?? result.root];
  return { score: figures?.score ?? null, rank: figures?.rank ?? null };
}

/** One unit of the last decimal from `to` back toward `from`. */
function short(from: string, to: string, decimals: number): string {
  const step = 10 ** -decimals;
  const value = Number(to) > Number(from) ? Number(to) - step : Number(to) + step;
  return value.toFixed(decimals);
}

/** Three indicators, goalposts 0–100, arithmetic mean, scale 100: S = (a + b + c) / 3. */
function tiny(ties: 'competition' | 'dense' | 'ordinal' = 'competition', clipA = false): FrameworkInput {
  return {
    id: 'tiny',
    name: 'Tiny',
    scale: 100,
    ranking: { ties },
    root: {
      kind: 'aggregate',
      id: 'index',
      children: [
        { kind: 'indicator', id: 'a', unit: clipA ? 'score' : 'percent', normalisation: clipA ? { method: 'goalposts', min: 0, max: 50, clip: true } : { method: 'goalposts', min: 0, max: 100 } },
        { kind: 'indicator', id: 'b', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } },
        { kind: 'indicator', id: 'c', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } },
      ],
    },
  };
}
const tinyData: DatasetInput = {
  units: [
    { id: 'U1', values: { a: 50, b: 50, c: 50 } },
    { id: 'U2', values: { a: 60, b: 60, c: 60 } },
    { id: 'U3', values: { a: 40, b: 40, c: 40 } },
  ],
};

describe('whatItTakes on DESI 2022', () => {
  const goal: TargetGoal = { rank: 10 };
  const answer = whatItTakes(desi2022, desiData, { unit: 'IT', goal });

  it('Italy (18th) reaches 10th with ICT specialists (1b1) at the value found, and not one step below', () => {
    expect(answer.current.rank).toBe(18);
    const row = answer.indicators.find((entry) => entry.indicator === '1b1');
    expect(row).toMatchObject({ status: 'reached', method: 'exact', from: '0.038', decimals: 6 });
    const to = row?.to as string;
    expect(rescore(desi2022, desiData, 'IT', { '1b1': to }).rank).toBeLessThanOrEqual(10);
    expect(rescore(desi2022, desiData, 'IT', { '1b1': short('0.038', to, 6) }).rank).toBeGreaterThan(10);
    expect(row?.rank).toBe(10);
  });

  it('every reached answer is verified by score(), every one-step-short value is not', () => {
    const reached = answer.indicators.filter((entry) => entry.status === 'reached');
    expect(reached.length).toBeGreaterThan(0);
    for (const row of reached) {
      expect(rescore(desi2022, desiData, 'IT', { [row.indicator]: row.to as string }).rank).toBeLessThanOrEqual(10);
      expect(rescore(desi2022, desiData, 'IT', { [row.indicator]: short(row.from as string, row.to as string, row.decimals) }).rank).toBeGreaterThan(10);
    }
  });

  it('an indicator whose whole range falls short says so, with the best score it reaches at its bound', () => {
    const row = answer.indicators.find((entry) => entry.indicator === '4a1');
    expect(row).toMatchObject({ status: 'cannot', reason: 'range' });
    expect(rescore(desi2022, desiData, 'IT', { '4a1': '1' }).score).toBe(row?.score);
  });

  it('an indicator of another dimension does not feed a dimension; a goal already met is said to be met', () => {
    const other = whatItTakes(desi2022, desiData, { unit: 'IT', goal: { rank: 1 }, node: 'dim1', indicators: ['4a1'] });
    expect(other.indicators[0]).toMatchObject({ status: 'cannot', reason: 'not-feeding' });
    const met = whatItTakes(desi2022, desiData, { unit: 'FI', goal: { rank: 1 }, indicators: ['1b1'] });
    expect(met.indicators[0]).toMatchObject({ status: 'already', change: '0' });
  });

  it('the EU average row is not ranked: a rank goal cannot be reached, a score goal can', () => {
    expect(whatItTakes(desi2022, desiData, { unit: 'EU', goal: { rank: 1 }, indicators: ['1b1'] }).indicators[0]).toMatchObject({ status: 'cannot', reason: 'not-ranked' });
    expect(whatItTakes(desi2022, desiData, { unit: 'EU', goal: { score: 53 }, indicators: ['1b1'] }).indicators[0]?.status).toBe('reached');
  });

  it('renders as a table for formatTable', () => {
    const table = formatTable(whatItTakesTable(answer), 'text');
    expect(table).toContain('1b1');
    expect(table).toContain('0.168126');
  });
});

describe('whatItTakes on DTI 2022 (the bundled synthetic 2023 sample; steps and published ranks: search)', () => {
  const dti = JSON.parse(readFileSync(new URL('../../../examples/data/vn-dti-2022/2023.json', import.meta.url), 'utf8')) as DatasetInput;
  const answer = whatItTakes(vnDti2022, dti, { unit: '30', goal: { rank: 10 }, indicators: ['online_dossiers_pct', 'security_drills', 'open_datasets', 'dt_annual_plan'] });
  const row = (id: string) => answer.indicators.find((entry) => entry.indicator === id);

  it('Hải Dương (12th) ties Hải Phòng\'s published 0.7609 for 10th with 85.0% of dossiers online; 84.9% leaves it 11th', () => {
    expect(answer.current).toEqual({ score: '0.7466', published: '0.7466', rank: 12 });
    expect(row('online_dossiers_pct')).toMatchObject({ status: 'reached', method: 'search', to: '85.0', published: '0.7609', rank: 10, monotone: true });
    const haiPhong = score(vnDti2022, dti).units.find((unit) => unit.id === '31')?.nodes.pdti;
    expect(haiPhong).toMatchObject({ published: '0.7609', rank: 10 });
    expect(rescore(vnDti2022, dti, '30', { online_dossiers_pct: '84.9' }).rank).toBe(11);
  });

  it('a step indicator reaches at its next step; a saturated one and one already at its maximum cannot', () => {
    expect(row('security_drills')).toMatchObject({ status: 'reached', to: '2', rank: 10 });
    expect(rescore(vnDti2022, dti, '30', { security_drills: '1' }).rank).toBe(12);
    expect(row('open_datasets')).toMatchObject({ status: 'cannot', reason: 'unreachable', rank: 11 });
    expect(row('dt_annual_plan')).toMatchObject({ status: 'cannot', reason: 'unreachable', published: '0.7466', rank: 12 });
  });
});

describe('whatItTakes on tiny frameworks (hand computation)', () => {
  it('U1 (50, 50, 50 → 50) reaches U2\'s 60 with a = 80: (80 + 50 + 50) / 3 = 60, a tie sharing rank 1', () => {
    const answer = whatItTakes(tiny(), tinyData, { unit: 'U1', goal: { rank: 1 }, indicators: ['a'] });
    expect(answer.needed).toBe('60');
    expect(answer.indicators[0]).toMatchObject({ status: 'reached', method: 'exact', to: '80', change: '30', changePercent: '60.00', score: '60', rank: 1 });
    expect(rescore(tiny(), tinyData, 'U1', { a: '79' }).rank).toBe(2);
  });

  it('ranks on published values (0 decimals) are searched: U1 ties U2\'s published 60 once its score rounds to 60 — (78.5 + 50 + 50) / 3 = 59.5 rounds half-up to 60', () => {
    const published = { ...tiny(), rounding: { decimals: 0, mode: 'half-up' }, ranking: { ties: 'competition', on: 'published' } } as FrameworkInput;
    const found = whatItTakes(published, tinyData, { unit: 'U1', goal: { rank: 1 }, indicators: ['a'], decimals: 1 }).indicators[0];
    expect(found).toMatchObject({ status: 'reached', method: 'search', to: '78.5', published: '60', rank: 1, tolerance: '0.1' });
    expect(rescore(published, tinyData, 'U1', { a: '78.4' }).rank).toBe(2);
  });

  it('a missing value: the least value that reaches the goal, searched between the bounds — (a + 50 + 50) / 3 ≥ 60 needs a = 80', () => {
    const reweighted = { ...tiny(), root: { ...(tiny().root as object), missing: { policy: 'reweight' } } } as FrameworkInput;
    const data: DatasetInput = { units: [{ id: 'U1', values: { a: null, b: 50, c: 50 } }, ...tinyData.units.slice(1)] };
    const found = whatItTakes(reweighted, data, { unit: 'U1', goal: { rank: 1 }, indicators: ['a'] }).indicators[0];
    expect(found).toMatchObject({ status: 'reached', method: 'search', from: null, to: '80', change: null, rank: 1, monotone: true });
    expect(rescore(reweighted, data, 'U1', { a: '79' }).rank).toBe(2);
    // beyond reach: U2 at 100 on everything
    const far: DatasetInput = { units: [{ id: 'U1', values: { a: null, b: 50, c: 50 } }, { id: 'U2', values: { a: 100, b: 100, c: 100 } }] };
    expect(whatItTakes(reweighted, far, { unit: 'U1', goal: { rank: 1 }, indicators: ['a'] }).indicators[0]).toMatchObject({ status: 'cannot', reason: 'missing', score: '66.66666666666666666666666666666666666667' });
  });

  it('a score goal: c ≥ 65 gives (50 + 50 + 65) / 3 = 55', () => {
    expect(whatItTakes(tiny(), tinyData, { unit: 'U1', goal: { score: 55 }, indicators: ['c'] }).indicators[0]?.to).toBe('65');
  });

  it('ties: competition and dense share the rank at a = 100 for U3 ((100 + 40 + 40) / 3 = 60); ordinal needs more, as U2 sorts first, beyond the range', () => {
    for (const ties of ['competition', 'dense'] as const) {
      expect(whatItTakes(tiny(ties), tinyData, { unit: 'U3', goal: { rank: 1 }, indicators: ['a'] }).indicators[0]).toMatchObject({ status: 'reached', to: '100', rank: 1 });
    }
    const ordinal = whatItTakes(tiny('ordinal'), tinyData, { unit: 'U3', goal: { rank: 1 }, indicators: ['a'] });
    expect(ordinal.strict).toBe(true);
    expect(ordinal.indicators[0]).toMatchObject({ status: 'cannot', reason: 'range' });
    // U1 sorts before U2, so an equal score is enough under ordinal too
    expect(whatItTakes(tiny('ordinal'), tinyData, { unit: 'U1', goal: { rank: 1 }, indicators: ['a'] }).indicators[0]?.to).toBe('80');
  });

  it('dense ranking: rank 2 needs the second distinct score', () => {
    const data: DatasetInput = { units: [...tinyData.units, { id: 'U4', values: { a: 60, b: 60, c: 60 } }] };
    // others: 60, 60, 40 → dense 2nd distinct value 40 → U1 (50) is already 2nd; competition: 2nd is 60
    expect(whatItTakes(tiny('dense'), data, { unit: 'U1', goal: { rank: 2 }, indicators: ['a'] }).indicators[0]?.status).toBe('already');
    expect(whatItTakes(tiny('competition'), data, { unit: 'U1', goal: { rank: 2 }, indicators: ['a'] }).indicators[0]?.to).toBe('80');
  });

  it('a clipped indicator cannot: U2 scores (100 + 60 + 60) / 3 = 73.3…, U1 at best (100 + 50 + 50) / 3 = 66.6…', () => {
    const row = whatItTakes(tiny('competition', true), tinyData, { unit: 'U1', goal: { rank: 1 }, indicators: ['a'] }).indicators[0];
    expect(row).toMatchObject({ status: 'cannot', reason: 'clipped', method: 'exact' });
    expect(row?.score).toBe('66.66666666666666666666666666666666666667');
    expect(row?.message).toContain('short of 73.33333333333333333333333333333333333333');
  });

  it('min–max on the data: the reference moves with the value (search), and the answer is verified', () => {
    const framework: FrameworkInput = {
      ...tiny(),
      root: { kind: 'aggregate', id: 'index', children: [
        { kind: 'indicator', id: 'a', unit: 'percent', normalisation: { method: 'minmax' } },
        { kind: 'indicator', id: 'b', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } },
      ] },
    };
    const data: DatasetInput = { units: [{ id: 'U1', values: { a: 10, b: 80 } }, { id: 'U2', values: { a: 50, b: 70 } }, { id: 'U3', values: { a: 30, b: 90 } }] };
    const row = whatItTakes(framework, data, { unit: 'U1', goal: { rank: 1 }, indicators: ['a'], decimals: 2 }).indicators[0];
    expect(row).toMatchObject({ status: 'reached', method: 'search', monotone: true });
    expect(rescore(framework, data, 'U1', { a: row?.to as string }).rank).toBe(1);
    expect(rescore(framework, data, 'U1', { a: short('10', row?.to as string, 2) }).rank).toBeGreaterThan(1);
    // by hand: with a = x ≥ 50 U1 is the max: U1 = (1 + 0.8)/2 = 0.9; U3 = ((30 − 30)/(x − 30) + 0.9)/2 < 0.9 → a = 50 ties U2's a and wins:
    // at a = 50 U1 = 0.9, U2 = (1 + 0.7)/2 = 0.85, U3 = (0 + 0.9)/2 = 0.45; below 50, U2 is the max … the search finds the boundary
    expect(Number(row?.to)).toBeLessThanOrEqual(50);
  });

  it('a geometric mean is searched, and the answer is verified', () => {
    const framework: FrameworkInput = { ...tiny(), root: { ...(tiny().root as { kind: 'aggregate'; id: string; children: [] }), aggregation: { method: 'geometric' } } as FrameworkInput['root'] };
    const answer = whatItTakes(framework, tinyData, { unit: 'U1', goal: { rank: 1 }, indicators: ['a'] });
    // (a · 50 · 50)^(1/3) ≥ 60 → a ≥ 60³ / 2500 = 86.4 → 87 at 0 decimals
    expect(answer.indicators[0]).toMatchObject({ status: 'reached', method: 'search', to: '87', rank: 1 });
    expect(rescore(framework, tinyData, 'U1', { a: '86' }).rank).toBe(2);
  });

  it('a z-score indicator is searched (mean and deviation move with the value) and verified', () => {
    const framework: FrameworkInput = { ...tiny(), root: { kind: 'aggregate', id: 'index', children: [
      { kind: 'indicator', id: 'a', unit: 'score', normalisation: { method: 'zscore' } },
      { kind: 'indicator', id: 'b', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 1 } },
    ] } };
    const data: DatasetInput = { units: [{ id: 'U1', values: { a: 1, b: 0.5 } }, { id: 'U2', values: { a: 3, b: 0.5 } }, { id: 'U3', values: { a: 2, b: 0.6 } }] };
    const found = whatItTakes(framework, data, { unit: 'U1', goal: { rank: 1 }, indicators: ['a'], decimals: 3 }).indicators[0];
    expect(found).toMatchObject({ status: 'reached', method: 'search', rank: 1 });
    expect(rescore(framework, data, 'U1', { a: short('1', found?.to as string, 3) }).rank).toBeGreaterThan(1);
  });

  it('data the float engine cannot hold (a value beyond float64) are searched on the exact engine, not refused', () => {
    const framework: FrameworkInput = { ...tiny(), root: { kind: 'aggregate', id: 'index', children: [
      { kind: 'indicator', id: 'a', unit: 'score', normalisation: { method: 'zscore' } },
      { kind: 'indicator', id: 'b', unit: 'other', normalisation: { method: 'goalposts', min: 0, max: '1e310' } },
    ] } };
    const data: DatasetInput = { units: [{ id: 'U1', values: { a: 1, b: '1e309' } }, { id: 'U2', values: { a: 3, b: '1e309' } }, { id: 'U3', values: { a: 2, b: '2e309' } }] };
    const found = whatItTakes(framework, data, { unit: 'U1', goal: { rank: 1 }, indicators: ['a'], decimals: 3 }).indicators[0];
    expect(found).toMatchObject({ status: 'reached', method: 'search', rank: 1 });
    expect(rescore(framework, data, 'U1', { a: short('1', found?.to as string, 3) }).rank).toBeGreaterThan(1);
  });

  it('a lower-is-better index: U2 (60) reaches rank 1 by bringing its score to 40 or less, (0 + 60 + 60) / 3 = 40 at a = 0', () => {
    const lower = { ...tiny(), root: { ...(tiny().root as object), direction: 'lower' } } as FrameworkInput;
    const found = whatItTakes(lower, tinyData, { unit: 'U2', goal: { rank: 1 }, indicators: ['a'] });
    expect(found.needed).toBe('40');
    expect(found.indicators[0]).toMatchObject({ status: 'reached', method: 'exact', to: '0', rank: 1 });
    expect(whatItTakes(lower, tinyData, { unit: 'U2', goal: { score: 45 }, indicators: ['a'] }).indicators[0]?.to).toBe('15');
  });

  it('refuses unknown units, nodes and indicators with a ChisoError, and bad goals as programmer mistakes', () => {
    expect(() => whatItTakes(tiny(), tinyData, { unit: 'U9', goal: { rank: 1 } })).toThrow(ChisoError);
    expect(() => whatItTakes(tiny(), tinyData, { unit: 'U1', goal: { rank: 1 }, node: 'nope' })).toThrow(ChisoError);
    expect(() => whatItTakes(tiny(), tinyData, { unit: 'U1', goal: { rank: 1 }, indicators: ['x'] })).toThrow(/did you mean|no indicator/);
    expect(() => whatItTakes(tiny(), tinyData, { unit: 'U1', goal: { rank: 0 } })).toThrow(RangeError);
    expect(() => whatItTakes(tiny(), tinyData, { unit: 'U1', goal: {} as TargetGoal })).toThrow(TypeError);
  });
});

describe('review: hostile goals and bounds', () => {
  const ask = (options: Record<string, unknown>) => () => whatItTakes(tiny(), tinyData, { unit: 'U3', goal: { rank: 1 }, ...options } as never);

  it('a goal score with spaces is a RangeError naming whatItTakes, not a raw DecimalError', () => {
    expect(ask({ goal: { score: ' 5' } })).toThrow(/^whatItTakes: the goal's score is " 5"; expected a finite number or a decimal text/);
    expect(ask({ goal: { score: '5 ' } })).toThrow(RangeError);
    expect(ask({ goal: { score: '1e401' } })).toThrow(RangeError);
  });

  it('a goal with a key besides rank or score is a TypeError, not ignored', () => {
    expect(ask({ goal: { rank: 1, node: 'index' } })).toThrow(/^whatItTakes: the goal has an unknown key "node"/);
  });

  it('a misspelt bound is a TypeError with a did-you-mean (it was ignored: the declared range used instead)', () => {
    expect(ask({ bounds: { a: { maximum: 55 } } })).toThrow(TypeError);
    expect(ask({ bounds: { a: { Max: 55 } } })).toThrow(/unknown key "Max" — did you mean "max"\?/);
    expect(ask({ bounds: { a: { max: ' 55' } } })).toThrow(/^whatItTakes: a bound of "a" is " 55"/);
  });
});
