/**
 * The examples of docs/sensitivity.md and of the doc comments give the figures they print.
 * (The worked example's data are the bundled synthetic DTI 2022 sample.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DTI_2022_MAIN_INDICES, score, vnDti2022, type DatasetInput } from '../../../src/index.js';
import { saltelliSample, sobolEstimates, sobolIndices } from '../../../src/analysis/index.js';

describe('docs/sensitivity.md', () => {
  it('Ishigami at N = 4096, seed 1: the table of first and total indices', async () => {
    const ishigami = ([x1 = 0, x2 = 0, x3 = 0]: readonly number[]): number => Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
    const inputs = ['x1', 'x2', 'x3'].map((name) => ({ name, distribution: 'uniform' as const, min: -Math.PI, max: Math.PI }));
    const result = await sobolIndices(ishigami, inputs, { n: 4096, seed: 1 });
    expect(result.runs).toBe(20480);
    expect(result.indices.map((index) => [index.first.toFixed(4), index.total.toFixed(4)])).toEqual([
      ['0.3143', '0.5575'],
      ['0.4425', '0.4424'],
      ['0.0003', '0.2431'],
    ]);
    expect(result.indices.map((index) => [index.firstInterval?.lower.toFixed(3), index.firstInterval?.upper.toFixed(3)])).toEqual([
      ['0.283', '0.345'],
      ['0.414', '0.470'],
      ['-0.028', '0.028'],
    ]);
  });

  it('the DTI 2022 worked example: mean rank shift 0.40 and the table of main-index indices', async () => {
    const dataset = JSON.parse(readFileSync(new URL('../../../examples/data/vn-dti-2022/2023.json', import.meta.url), 'utf8')) as DatasetInput;
    const result = score(vnDti2022, dataset);
    const mains = DTI_2022_MAIN_INDICES.filter(([, , , points]) => points > 0);
    const values = result.units.map((unit) => mains.map(([id]) => Number(unit.nodes[id]?.score ?? 0)));
    const ranks = (scores: number[]): number[] => scores.map((value) => 1 + scores.filter((other) => other > value).length);
    const pdti = (multipliers: readonly number[]): number[] => {
      const weights = mains.map(([, , , points], index) => points * (multipliers[index] ?? 1));
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      return values.map((row) => row.reduce((sum, value, index) => sum + value * (weights[index] ?? 0), 0) / total);
    };
    const nominalScores = pdti(mains.map(() => 1));
    // The float model at nominal weights gives the exact engine's PDTI to 1e-12 (published values
    // can still differ in the 4th decimal where the exact value lies on a rounding boundary).
    result.units.forEach((unit, index) => expect(Math.abs((nominalScores[index] ?? Number.NaN) - Number(unit.nodes.pdti?.score))).toBeLessThan(1e-12));
    const nominal = ranks(nominalScores);
    const meanRankShift = (multipliers: readonly number[]): number => ranks(pdti(multipliers)).reduce((sum, rank, unit) => sum + Math.abs(rank - (nominal[unit] ?? 0)), 0) / nominal.length;
    const inputs = mains.map(([id]) => ({ name: id, distribution: 'uniform' as const, min: 0.75, max: 1.25 }));
    const sensitivity = await sobolIndices(meanRankShift, inputs, { n: 1024, seed: 2022 });
    expect(sensitivity.runs).toBe(10240);
    expect(sensitivity.mean.toFixed(2)).toBe('0.40');
    const figure = (value: number | undefined): string => (value === undefined ? '?' : value.toFixed(2).replace(/^-(0\.00)$/, '−$1').replace('-', '−'));
    expect(sensitivity.indices.map((index) => `${index.name} ${figure(index.first)} ${figure(index.firstInterval?.lower)} – ${figure(index.firstInterval?.upper)} ${figure(index.total)} ${figure(index.totalInterval?.lower)} – ${figure(index.totalInterval?.upper)}`)).toEqual([
      'awareness 0.09 0.06 – 0.13 0.20 0.17 – 0.22',
      'institutions 0.13 0.08 – 0.17 0.33 0.29 – 0.37',
      'infrastructure 0.18 0.13 – 0.23 0.33 0.29 – 0.37',
      'human_resources −0.01 −0.03 – 0.02 0.08 0.07 – 0.09',
      'cyber_security 0.13 0.08 – 0.19 0.41 0.37 – 0.46',
      'government 0.01 −0.03 – 0.05 0.17 0.15 – 0.20',
      'economy 0.00 −0.02 – 0.03 0.07 0.06 – 0.08',
      'society −0.00 −0.02 – 0.01 0.04 0.04 – 0.05',
    ]);
    const table = readFileSync(new URL('../../../docs/sensitivity.md', import.meta.url), 'utf8');
    expect(table).toContain('| cyber_security | 0.13 | 0.08 – 0.19 | 0.41 | 0.37 – 0.46 |');
  });
});

describe('doc comment examples', () => {
  it('sobolEstimates: Y = X1 + 2·X2 at N = 1024 gives S_2 = 0.7997666672168563', () => {
    const sample = saltelliSample(
      [
        { name: 'x1', distribution: 'uniform', min: 0, max: 1 },
        { name: 'x2', distribution: 'uniform', min: 0, max: 1 },
      ],
      { n: 1024, seed: 1 },
    );
    const model = (row: readonly number[]): number => (row[0] ?? 0) + 2 * (row[1] ?? 0);
    const result = sobolEstimates({ a: sample.a.map(model), b: sample.b.map(model), ab: sample.ab.map((matrix) => matrix.map(model)) }, { names: sample.names, bootstrap: { resamples: 200, seed: 1 } });
    expect(result.indices[1]?.first).toBe(0.7997666672168563);
  });

  it('saltelliSample: the unscrambled 4-point sample of two unit inputs', () => {
    const sample = saltelliSample(
      [
        { name: 'x1', distribution: 'uniform', min: 0, max: 1 },
        { name: 'x2', distribution: 'uniform', min: 0, max: 1 },
      ],
      { n: 4, scramble: false },
    );
    expect(sample.runs).toBe(16);
    expect(sample.a[1]).toEqual([0.5, 0.5]);
    expect(sample.b[1]).toEqual([0.5, 0.5]);
    expect(sample.a[2]).toEqual([0.75, 0.25]);
    expect(sample.b[2]).toEqual([0.25, 0.25]);
    expect(sample.ab[0]?.[2]).toEqual([0.25, 0.25]);
  });
});
