/** Bad input: every kind of problem gives the right code and path, all at once. */
import { describe, expect, it } from 'vitest';
import { assertDataset, assertFramework, ChisoError, formatIssue, validateDataset, validateFramework, type FrameworkInput } from '../../src/index.js';

const good: FrameworkInput = {
  id: 'fw',
  name: 'Framework',
  variables: [{ id: 'population', unit: 'count' }],
  root: {
    kind: 'aggregate',
    id: 'index',
    children: [
      { kind: 'indicator', id: 'smartphone_adults_pct', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } },
      { kind: 'indicator', id: 'it_staff', unit: 'count', denominator: { variable: 'population', per: 1000 }, normalisation: { method: 'minmax' } },
      { kind: 'indicator', id: 'portal', unit: 'yes-no', normalisation: { method: 'identity' } },
    ],
  },
};

function codesAndPaths(issues: readonly { code: string; path: readonly (string | number)[] }[]): [string, string][] {
  return issues.map((entry) => [entry.code, entry.path.join('.')]);
}

describe('validateFramework', () => {
  it('accepts a good framework and fills in defaults', () => {
    const checked = validateFramework(good);
    expect(checked.success).toBe(true);
    expect(checked.value?.scale).toBe(1);
    expect(checked.value?.rounding).toEqual({ decimals: 4, mode: 'half-up' });
    expect(checked.value?.root.missing).toEqual({ policy: 'fail', minShare: 0, basis: 'count' });
  });

  it('reports every problem at once with its path', () => {
    const bad = {
      id: 'fw',
      name: 'Framework',
      root: {
        kind: 'aggregate',
        id: 'index',
        children: [
          { kind: 'indicator', id: 'a', unit: 'percent', weight: -1, normalisation: { method: 'goalposts', min: 0, max: 100 } },
          { kind: 'indicator', id: 'a', unit: 'percent', normalisation: { method: 'goalposts', min: 100, max: 0 } },
          { kind: 'indicator', id: 'b', unit: 'count', denominator: { variable: 'population' }, normalisation: { method: 'target', target: 5 }, direction: 'lower' },
          { kind: 'aggregate', id: 'zeros', children: [{ kind: 'indicator', id: 'c', unit: 'ratio', weight: 0, normalisation: { method: 'identity' } }] },
        ],
      },
    };
    const checked = validateFramework(bad);
    expect(checked.success).toBe(false);
    expect(codesAndPaths(checked.issues)).toEqual([
      ['invalid_weight', 'root.children.0.weight'],
      ['duplicate_id', 'root.children.1.id'],
      ['invalid_method', 'root.children.1.normalisation'],
      ['invalid_method', 'root.children.2.normalisation'],
      ['unknown_reference', 'root.children.2.denominator.variable'],
      ['invalid_weight', 'root.children.3.children'],
    ]);
    expect(checked.issues.map(formatIssue)).toContain('root.children[1].id: the id "a" is already used at root.children[0]');
  });

  it('reports a method without its parameters', () => {
    const checked = validateFramework({ ...good, root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'x', unit: 'percent', normalisation: { method: 'goalposts', min: 0 } }] } });
    expect(codesAndPaths(checked.issues)).toEqual([['invalid_method', 'root.children.0.normalisation.max']]);
  });

  it('reports an unknown method name', () => {
    const checked = validateFramework({ ...good, root: { kind: 'aggregate', id: 'index', aggregation: { method: 'median' }, children: [{ kind: 'indicator', id: 'x', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 1 } }] } });
    expect(checked.issues[0]).toMatchObject({ code: 'invalid_method', path: ['root', 'aggregation', 'method'] });
  });

  it('assertFramework throws one ChisoError holding every issue', () => {
    expect(() => assertFramework({ id: 'x' })).toThrow(ChisoError);
    try {
      assertFramework({ id: 'x' });
    } catch (error) {
      expect(codesAndPaths((error as ChisoError).issues)).toEqual([
        ['invalid_shape', 'name'],
        ['invalid_shape', 'root'],
      ]);
    }
  });
});

describe('validateDataset', () => {
  const framework = assertFramework(good);

  it('accepts numbers, decimal strings and nulls where the policy allows', () => {
    const checked = validateDataset(framework, { units: [{ id: 'HN', values: { smartphone_adults_pct: '75.5', it_staff: 120, population: 8_400_000, portal: 1 } }] });
    expect(checked.success).toBe(true);
  });

  it('reports every problem with the unit, the indicator, the value and what was expected', () => {
    const checked = validateDataset(framework, {
      units: [
        { id: 'DB', values: { smartphone_adults_pct: 112, it_staff: -3, population: 600_000, portal: 1, fibre_pct: 80 } },
        { id: 'AG', values: { smartphone_adults_pct: Number.NaN, it_staff: 'n/a', population: 1_900_000, portal: 0.5 } },
        { id: 'DB', values: { smartphone_adults_pct: Infinity, it_staff: 10, portal: 1 } },
      ],
    });
    expect(codesAndPaths(checked.issues)).toEqual([
      ['out_of_range', 'units.0.values.smartphone_adults_pct'],
      ['out_of_range', 'units.0.values.it_staff'],
      ['unknown_indicator', 'units.0.values.fibre_pct'],
      ['not_a_number', 'units.1.values.smartphone_adults_pct'],
      ['not_a_number', 'units.1.values.it_staff'],
      ['out_of_range', 'units.1.values.portal'],
      ['duplicate_id', 'units.2.id'],
      ['not_a_number', 'units.2.values.smartphone_adults_pct'],
      ['missing_value', 'units.2.values.population'],
    ]);
    const messages = checked.issues.map(formatIssue);
    expect(messages[0]).toBe('units[0].values.smartphone_adults_pct: unit "DB", indicator "smartphone_adults_pct": 112 is above the maximum 100 (percent)');
    expect(messages[1]).toBe('units[0].values.it_staff: unit "DB", indicator "it_staff": -3 is below the minimum 0 (count)');
    expect(messages[4]).toBe('units[1].values.it_staff: unit "AG", indicator "it_staff": "n/a" is not a number');
    expect(messages[6]).toBe('units[2].id: unit id "DB" is given twice (units[0] and units[2])');
    expect(checked.issues[0]).toMatchObject({ expected: 'at most 100', received: '112' });
  });

  it('refuses numbers written in an undeclared format, naming the locale that reads them; reads forms both formats agree on', () => {
    const checked = validateDataset(framework, { units: [{ id: 'HN', values: { smartphone_adults_pct: '75,5', it_staff: '1.640', population: ' 10', portal: '1' } }, { id: 'DB', values: { smartphone_adults_pct: '75%', it_staff: 3, population: '1 000', portal: 1 } }] });
    // Before: "1.640" staff was read as 1.64 without a word, and "75,5" had no way to be accepted.
    expect(checked.issues.map((entry) => [entry.code, entry.message])).toEqual([
      ['ambiguous_number', 'unit "HN", indicator "smartphone_adults_pct": "75,5" is written the Vietnamese way (75.5 with locale vi-VN); declare how numbers are written: --locale vi-VN on the command line, or the option locale: \'vi-VN\''],
      ['ambiguous_number', 'unit "HN", indicator "it_staff": "1.640" is a count: 1640 if "." groups thousands (vi-VN), 1.640 if it is a decimal point (en); declare how numbers are written: --locale vi-VN or --locale en on the command line, or the option locale: \'vi-VN\' or \'en\''],
    ]);
    // " 10", "1 000" and "75%" (a percent indicator) read the same under both formats.
    const fixed = validateDataset(framework, { units: [{ id: 'HN', values: { smartphone_adults_pct: '75%', it_staff: 3, population: ' 10', portal: '1' } }, { id: 'DB', values: { smartphone_adults_pct: '75.5', it_staff: 3, population: '1\u00a0000', portal: 1 } }] });
    expect(fixed.issues).toEqual([]);
    expect(fixed.value?.units.map((unit) => [unit.values.smartphone_adults_pct, unit.values.population])).toEqual([['75', '10'], ['75.5', '1000']]);
  });

  it('reports values missing where the policy is "fail"', () => {
    const checked = validateDataset(framework, { units: [{ id: 'HN', values: { smartphone_adults_pct: null, it_staff: 3, population: 10, portal: 1 } }] });
    expect(checked.issues[0]?.message).toBe('unit "HN": indicator "smartphone_adults_pct" is missing and its parent\'s missing-data policy is "fail"');
  });

  it('assertDataset throws a ChisoError', () => {
    expect(() => assertDataset(framework, { units: [{ id: 'HN' }] })).toThrow(ChisoError);
  });
});
