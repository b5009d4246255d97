/** Imputation (COINr Impute, impute_panel). Source: hand computation, shown next to each value. */
import { describe, expect, it } from 'vitest';
import { ChisoError, score } from '../../src/index.js';
import { tinyDataset, tinyFramework } from './helpers.js';

function imputed(result: ReturnType<typeof score>): Record<string, string> {
  const record = result.construction?.steps.find((step) => step.step === 'impute');
  if (record?.step !== 'impute') throw new Error('no impute record');
  return Object.fromEntries(record.cells.map((cell) => [`${cell.unit}.${cell.indicator}`, cell.value]));
}

describe('impute', () => {
  const dataset = tinyDataset({ A: { a: 1, b: 1 }, B: { a: 2, b: 2 }, C: { a: 4, b: 3 }, D: { a: null, b: 4 } });

  it('by the mean (exact: 7/3 at 40 digits) and the median', () => {
    expect(imputed(score(tinyFramework(['a', 'b'], [{ step: 'impute', method: 'mean' }]), dataset))).toEqual({ 'D.a': '2.333333333333333333333333333333333333333' });
    expect(imputed(score(tinyFramework(['a', 'b'], [{ step: 'impute', method: 'median' }]), dataset))).toEqual({ 'D.a': '2' });
  });

  it('marks the cell in the result: raw as given, value as imputed', () => {
    const result = score(tinyFramework(['a', 'b'], [{ step: 'impute', method: 'median' }]), dataset);
    const cell = result.units[3]?.nodes.a;
    expect([cell?.raw, cell?.value, cell?.marks]).toEqual([null, '2', ['imputed']]);
    // min-max over 1, 2, 4, 2: (2 − 1)/3
    expect(cell?.normalised).toBe('0.3333333333333333333333333333333333333333');
  });

  it('by the mean of the unit’s group; a group with no value leaves the cell missing', () => {
    const grouped = tinyDataset(
      { A: { a: 1, b: 1 }, B: { a: 3, b: 2 }, C: { a: null, b: 3 }, D: { a: 10, b: 4 }, E: { a: null, b: 5 }, F: { a: null, b: 6 } },
      { A: { r: 'X' }, B: { r: 'X' }, C: { r: 'X' }, D: { r: 'Y' }, E: { r: 'Y' }, F: { r: 'Z' } },
    );
    const result = score(tinyFramework(['a', 'b'], [{ step: 'impute', method: 'group-mean', group: 'r' }]), grouped);
    // X: (1 + 3)/2 = 2; Y: 10; Z: nothing
    expect(imputed(result)).toEqual({ 'C.a': '2', 'E.a': '10' });
    const record = result.construction?.steps[0];
    expect(record?.step === 'impute' ? record.stillMissing : []).toEqual([{ unit: 'F', indicator: 'a' }]);
  });

  it('leaves units that are not ranked out of the mean', () => {
    const withAverage = { units: [...tinyDataset({ A: { a: 1, b: 1 }, B: { a: 3, b: 2 }, C: { a: null, b: 3 } }).units, { id: 'EU', ranked: false, values: { a: 100, b: 1 } }] };
    expect(imputed(score(tinyFramework(['a', 'b'], [{ step: 'impute', method: 'mean' }]), withAverage))).toEqual({ 'C.a': '2' });
  });

  it('from other years of a panel: latest (max_time in time points), constant, linear (nearest value at the ends), as COINr impute_panel', () => {
    const now = tinyDataset({ A: { a: null, b: 1 }, B: { a: 5, b: null }, C: { a: 6, b: 3 } }, {}, 2022);
    const panel = [
      { year: 2020, dataset: tinyDataset({ A: { a: 10, b: 1 }, B: { a: 5, b: null } }, {}, 2020) },
      { year: 2021, dataset: tinyDataset({ A: { a: null, b: 1 }, B: { a: 5, b: null } }, {}, 2021) },
      { year: 2023, dataset: tinyDataset({ A: { a: 16, b: 1 }, B: { a: 5, b: 7 } }, {}, 2023) },
    ];
    const run = (method: 'latest' | 'constant' | 'linear', maxTime?: number) =>
      imputed(score(tinyFramework(['a', 'b'], [{ step: 'impute', method, ...(maxTime === undefined ? {} : { maxTime }) }]), now, { panel }));
    // latest: A.a from 2020 (2021 has none); B.b has no earlier value
    expect(run('latest')).toEqual({ 'A.a': '10' });
    // max_time counts time points: one back is 2021 (no value), two back reaches 2020
    expect(run('latest', 1)).toEqual({});
    expect(run('latest', 2)).toEqual({ 'A.a': '10' });
    // constant: the value before, else after (R approx, method "constant", rule 2)
    expect(run('constant')).toEqual({ 'A.a': '10', 'B.b': '7' });
    // linear: 10 + (16 − 10)·(2022 − 2020)/(2023 − 2020) = 14; B.b only after: 7 (rule 2)
    expect(run('linear')).toEqual({ 'A.a': '14', 'B.b': '7' });
  });

  it('with a function of your own, by name', () => {
    const result = score(tinyFramework(['a', 'b'], [{ step: 'impute', method: 'function', function: 'seven' }]), dataset, { imputers: { seven: ({ units }) => units.map(() => 7) } });
    expect(imputed(result)).toEqual({ 'D.a': '7' });
    expect(() => score(tinyFramework(['a', 'b'], [{ step: 'impute', method: 'function', function: 'bad' }]), dataset, { imputers: { bad: ({ units }) => units.map(() => 'n/a') } })).toThrow(ChisoError);
    expect(() => score(tinyFramework(['a', 'b'], [{ step: 'impute', method: 'function', function: 'missing' }]), dataset)).toThrow(/options\.imputers/);
  });

  it('asks for the group of a group method', () => {
    expect(() => score(tinyFramework(['a', 'b'], [{ step: 'impute', method: 'group-mean' }]), dataset)).toThrow(/needs a group key/);
  });
});
