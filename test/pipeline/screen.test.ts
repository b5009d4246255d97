/** Screening units (COINr Screen). Source: hand computation of each unit's shares, shown. */
import { describe, expect, it } from 'vitest';
import { score } from '../../src/index.js';
import { tinyDataset, tinyFramework } from './helpers.js';

// A 3 of 3 values; B 2 of 3 (exactly 2/3); C 1 of 3; D 3 of 3, all zero
const goalposts = { method: 'goalposts' as const, min: 0, max: 10 };
const dataset = tinyDataset({ A: { a: 1, b: 2, c: 3 }, B: { a: 2, b: null, c: 1 }, C: { a: 3, b: null, c: null }, D: { a: 0, b: 0, c: 0 } });

describe('screen', () => {
  it('keeps units with at least two thirds of the data by default, compared exactly', () => {
    const result = score(tinyFramework(['a', 'b', 'c'], [{ step: 'screen' }]), dataset);
    expect(result.units.map((unit) => unit.id)).toEqual(['A', 'B', 'D']);
    const record = result.construction?.steps[0];
    if (record?.step !== 'screen') throw new Error('no screen record');
    expect(record.removed).toEqual(['C']);
    expect(record.units.find((unit) => unit.unit === 'C')?.reason).toBe('too little data (1 of 3 indicators, below 2/3)');
    expect(record.units.find((unit) => unit.unit === 'B')?.presentShare).toBe('0.6666666666666666666666666666666666666667');
  });

  it('screens by zeros (share of present values not zero below 0.05)', () => {
    const result = score(tinyFramework(['a', 'b', 'c'], [{ step: 'screen', by: 'missing-or-zeros' }], {}, goalposts), dataset);
    expect(result.units.map((unit) => unit.id)).toEqual(['A', 'B']);
  });

  it('forces units in and out whatever their data', () => {
    const result = score(tinyFramework(['a', 'b', 'c'], [{ step: 'screen', include: ['C'], exclude: ['A'] }], {}, goalposts), dataset);
    expect(result.units.map((unit) => unit.id)).toEqual(['B', 'C', 'D']);
  });

  it('refuses a screening that removes every unit, saying why, instead of failing later on an empty table (min–max "found 0")', () => {
    expect(() => score(tinyFramework(['a', 'b', 'c'], [{ step: 'screen', minPresentShare: 1 }]), tinyDataset({ B: { a: 2, b: null, c: 1 }, C: { a: 3, b: null, c: null } }))).toThrow(
      /the screening step removes every unit \(2\): too little data \(2 of 3 indicators, below 1\); too little data \(1 of 3 indicators, below 1\)/,
    );
  });

  it('refuses include or exclude naming no unit of the dataset (forced nothing, silently) and a unit both included and excluded', () => {
    expect(() => score(tinyFramework(['a', 'b', 'c'], [{ step: 'screen', include: ['c'] }]), dataset)).toThrow(/include names "c", which is no unit of the dataset — did you mean "C"\?/);
    expect(() => score(tinyFramework(['a', 'b', 'c'], [{ step: 'screen', include: ['C'], exclude: ['C'] }]), dataset)).toThrow(/both includes and excludes "C"/);
  });
});
