import { describe, expect, it } from 'vitest';
import { assertFramework, validateDataset, validateFramework } from '../../src/index.js';
import { MAX_YEAR, MIN_YEAR, yearProblem } from '../../src/model/limits.js';

const framework = assertFramework({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'a', unit: 'score', normalisation: { method: 'minmax' } }] } });

describe('years (yearProblem, the dataset and framework schemas)', () => {
  it('accept a whole year from 1900 to 2200, as a number or four digits', () => {
    expect([MIN_YEAR, MAX_YEAR]).toEqual([1900, 2200]);
    for (const year of [1900, 2023, 2200, '1900', '2023']) expect(yearProblem(year)).toBeNull();
    for (const year of [0, 1899, 2201, 2023.5, Number.NaN, '0000', '0203', '20233', '2023 ', '+2023']) expect(yearProblem(year)).toMatch(/is not a year from 1900 to 2200$/);
  });
  it('refuse year 0 and other nonsense years in a dataset, a unit and a framework, naming the year', () => {
    const checked = validateDataset(framework, { year: 0, units: [{ id: 'A', year: 20233, values: { a: 1 } }] });
    expect(checked.issues.map((problem) => [problem.path.join('.'), problem.message])).toEqual([
      ['year', '0 is not a year from 1900 to 2200'],
      ['units.0.year', '20233 is not a year from 1900 to 2200'],
    ]);
    expect(validateDataset(framework, { year: 2023, units: [{ id: 'A', year: 2024, values: { a: 1 } }] }).success).toBe(true);
    expect(validateFramework({ id: 'f', name: 'F', year: 203, root: framework.root }).issues[0]?.message).toBe('203 is not a year from 1900 to 2200');
  });
});
