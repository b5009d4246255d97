/**
 * Outlier treatment (COINr Treat, the JRC rule). Sources: COINr's Treat vignette example (1…10,
 * 30, 100), hand computation of winsorisation and Box-Cox, and ln values from Python's math.log.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../src/index.js';
import { winsorise } from '../../src/pipeline/treat.js';
import { tinyDataset, tinyFramework } from './helpers.js';

const vignette = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];
const rows = Object.fromEntries(vignette.map((value, index) => [`u${String(index).padStart(2, '0')}`, { a: value, b: index }]));
const dataset = tinyDataset(rows);

function treatRecord(result: ReturnType<typeof score>) {
  const record = result.construction?.steps.find((step) => step.step === 'treat');
  if (record?.step !== 'treat') throw new Error('no treat record');
  return record;
}

describe('treat', () => {
  it('winsorises the high outlier (skew > 0): 100 takes the next value, 30, and the column passes', () => {
    const record = treatRecord(score(tinyFramework(['a', 'b'], [{ step: 'treat' }]), dataset));
    expect(record.cells).toEqual([{ unit: 'u11', indicator: 'a', original: '100', value: '30', rule: 'winsorised-high' }]);
    expect(record.indicators[0]).toMatchObject({ indicator: 'a', applied: 'winsorise', winsorised: 1, passes: true });
    expect(record.indicators[1]).toMatchObject({ indicator: 'b', applied: 'none', winsorised: 0, passes: true });
  });

  it('counts points as COINr does: ties at the extreme move together', () => {
    // thresholds that never pass: 100 → 30, then both 30s → 10 (nwin 2, winmax 2)
    const result = winsorise(vignette.map(String), { winsoriseMax: 2, skewThreshold: 0, kurtosisThreshold: -100 });
    expect(result.values.slice(9)).toEqual(['10', '10', '10']);
    expect(result.count).toBe(2);
  });

  it('transforms the original values by log_CT when winsorising cannot pass: ln(x − min + 0.01·(max − min))', () => {
    const result = score(tinyFramework(['a', 'b'], [{ step: 'treat', winsoriseMax: 0 }]), dataset);
    const record = treatRecord(result);
    expect(record.indicators[0]).toMatchObject({ applied: 'log-ct', passes: true });
    const value = (unit: string): number => Number(result.units.find((entry) => entry.id === unit)?.nodes.a?.value);
    // Python math.log(1 − 1 + 0.99), math.log(100 − 1 + 0.99)
    expect(value('u00')).toBeCloseTo(-0.01005033585350145, 15);
    expect(value('u11')).toBeCloseTo(4.605070180987758, 14);
    expect(result.units[0]?.nodes.a?.marks).toEqual(['treated']);
  });

  it('applies Box-Cox with a given λ to every value: ((x − min + 1)^λ − 1)/λ', () => {
    const result = score(tinyFramework(['a'], [{ step: 'treat', method: 'box-cox', lambda: 0.5 }]), tinyDataset({ A: { a: 1 }, B: { a: 4 }, C: { a: 9 } }));
    // hand: y = 1, 4, 9; (√y − 1)/0.5 = 0, 2, 4
    expect(result.units.map((unit) => unit.nodes.a?.value)).toEqual(['0', '2', '4']);
  });

  it('refuses Box-Cox where x − min + 1 ≤ 0 (a unit not ranked, far below the reference units): with λ = 2 it scored above them all', () => {
    const data = tinyDataset({ A: { a: -50 }, B: { a: 1 }, C: { a: 2 }, D: { a: 10 } });
    const units = data.units.map((unit) => (unit.id === 'A' ? { ...unit, ranked: false } : unit));
    // hand, before: y = −50 − 1 + 1 = −50, (2500 − 1)/2 = 1249.5, above D's (100 − 1)/2 = 49.5
    expect(() => score(tinyFramework(['a'], [{ step: 'treat', method: 'box-cox', lambda: 2 }]), { units })).toThrow(/box-cox of -50 is undefined: it is below the reference units' minimum 1 by 1 or more/);
  });

  it('takes per-indicator overrides: skip one, force a transform on another', () => {
    const record = treatRecord(score(tinyFramework(['a', 'b'], [{ step: 'treat', overrides: [{ indicator: 'a', method: 'skip' }, { indicator: 'b', method: 'log-ct-orig' }] }]), dataset));
    expect(record.indicators.map((entry) => [entry.indicator, entry.applied, entry.note ?? ''])).toEqual([['a', 'none', 'skipped (override)'], ['b', 'log-ct-orig', '']]);
    // ln(b − 0 + 1): b = 0 → 0
    expect(record.cells.find((cell) => cell.unit === 'u01')?.value).toBe('0.6931471805599453094172321214581765680755');
  });

  it('says why it did nothing with fewer than 4 values', () => {
    const record = treatRecord(score(tinyFramework(['a'], [{ step: 'treat' }]), tinyDataset({ A: { a: 1 }, B: { a: 2 }, C: { a: 300 } })));
    expect(record.indicators[0]?.note).toBe('fewer than 4 values: skewness and kurtosis undefined');
  });
});
