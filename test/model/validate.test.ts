/** Bad input: every kind of problem gives the right code and path, all at once. */
import { describe, expect, it } from 'vitest';
import { AggregationSchema, assertDataset, assertFramework, ChisoError, formatIssue, NormalisationSchema, validateDataset, validateFramework, type FrameworkInput } from '../../src/index.js';

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

describe('names that plain objects already answer for', () => {
  const framework = assertFramework(good);
  it('a value key named like an Object.prototype member is unknown, not a crash', () => {
    const checked = validateDataset(framework, JSON.parse('{"units":[{"id":"A","values":{"__proto__":1,"toString":2,"smartphone_adults_pct":50,"it_staff":3,"population":1000,"portal":1}}]}'));
    expect(codesAndPaths(checked.issues)).toEqual([
      ['unknown_indicator', 'units.0.values.__proto__'],
      ['unknown_indicator', 'units.0.values.toString'],
    ]);
  });
  it('a group given as something other than text is reported by key, "__proto__" included', () => {
    const checked = validateDataset(framework, JSON.parse('{"units":[{"id":"A","groups":{"__proto__":3,"region":"north"},"values":{"smartphone_adults_pct":50,"it_staff":3,"population":1000,"portal":1}}]}'));
    expect(codesAndPaths(checked.issues)).toEqual([['invalid_shape', 'units.0.groups.__proto__']]);
  });
});

describe('unknown keys are errors with a did-you-mean, at every level', () => {
  const pct = (extra: Record<string, unknown> = {}) => ({ kind: 'indicator', id: 'a', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 }, ...extra });
  const frameworkWith = (root: Record<string, unknown>, top: Record<string, unknown> = {}) => ({ id: 'f', name: 'F', ...top, root: { kind: 'aggregate', id: 'top', children: [pct()], ...root } });

  it('names each misspelt key and the key that was meant, instead of falling back to a default', () => {
    const checked = validateFramework({
      id: 'f',
      name: 'F',
      rankng: { ties: 'dense' },
      root: {
        kind: 'aggregate',
        id: 'top',
        aggregaton: { method: 'sum' },
        missng: { policy: 'zero' },
        children: [
          pct({ weigth: 5, directon: 'lower' }),
          { kind: 'indicator', id: 'b', unit: 'count', denomintor: { variable: 'a' }, normalisation: { method: 'minmax', clipp: true } },
          { kind: 'aggregate', id: 'c', missing: { policy: 'reweight', min_share: 0.5 }, children: [pct({ id: 'd' })] },
        ],
      },
    });
    expect(checked.issues.map((entry) => [entry.code, formatIssue(entry)])).toEqual([
      ['unknown_key', 'root.children[0].weigth: unknown key "weigth" — did you mean "weight"?'],
      ['unknown_key', 'root.children[0].directon: unknown key "directon" — did you mean "direction"?'],
      ['unknown_key', 'root.children[1].normalisation.clipp: unknown key "clipp" — did you mean "clip"?'],
      ['unknown_key', 'root.children[1].denomintor: unknown key "denomintor" — did you mean "denominator"?'],
      ['unknown_key', 'root.children[2].missing.min_share: unknown key "min_share" — did you mean "minShare"?'],
      ['unknown_key', 'root.aggregaton: unknown key "aggregaton" — did you mean "aggregation"?'],
      ['unknown_key', 'root.missng: unknown key "missng" — did you mean "missing"?'],
      ['unknown_key', 'rankng: unknown key "rankng" — did you mean "ranking"?'],
    ]);
  });

  it('lists the allowed keys when nothing is close, in labels, ranges, steps, bands, rounding and variables too', () => {
    const checked = validateFramework(
      frameworkWith(
        { label: { vi: 'x', fr: 'y' }, bands: [{ label: 'ok', atLeast: 1, colour: 'red' }], children: [pct({ range: { min: 0, mx: 5 } }), pct({ id: 'b', normalisation: { method: 'steps', steps: [{ threshold: 1, point: 2 }] } })] },
        { rounding: { decimal: 2 }, variables: [{ id: 'p', unit: 'count', note: 'x' }] },
      ),
    );
    expect(codesAndPaths(checked.issues)).toEqual([
      ['unknown_key', 'rounding.decimal'],
      ['unknown_key', 'variables.0.note'],
      ['unknown_key', 'root.label.fr'],
      ['unknown_key', 'root.bands.0.colour'],
      ['unknown_key', 'root.children.0.range.mx'],
      ['invalid_method', 'root.children.1.normalisation.steps.0.points'],
      ['unknown_key', 'root.children.1.normalisation.steps.0.point'],
    ]);
    expect(checked.issues.find((entry) => entry.path.join('.') === 'root.label.fr')?.message).toBe('unknown key "fr"; the keys allowed here are "vi", "en", "short"');
    expect(checked.issues.find((entry) => entry.path.join('.') === 'rounding.decimal')?.message).toBe('unknown key "decimal" — did you mean "decimals"?');
  });

  it('suggests the method, kind or unit meant by a misspelt one', () => {
    const checked = validateFramework(frameworkWith({ children: [pct({ normalisation: { method: 'goalpost', min: 0, max: 100 } }), { kind: 'indicatr', id: 'b' }, pct({ id: 'c', unit: 'percnt' })] }));
    expect(checked.issues.map(formatIssue)).toEqual([
      'root.children[0].normalisation.method: unknown method "goalpost": expected one of "goalposts", "minmax", "best", "target", "zscore", "percentile", "steps", "share", "identity", "rank", "borda", "benchmark", "categories" — did you mean "goalposts"?',
      'root.children[1].kind: unknown kind "indicatr": expected one of "indicator", "aggregate" — did you mean "indicator"?',
      'root.children[2].unit: "percnt" is not an option: expected one of "percent", "ratio", "per-100-inhabitants", "per-1000-inhabitants", "count", "currency", "score", "points", "index", "yes-no", "level", "other" — did you mean "percent"?',
    ]);
  });

  it('refuses unknown keys in a dataset and its units', () => {
    const framework = assertFramework(good);
    const checked = validateDataset(framework, { yaer: 2023, units: [{ id: 'A', valuse: {}, values: { smartphone_adults_pct: 1, it_staff: 1, population: 1, portal: 1 }, group: { region: 'x' } }] });
    expect(checked.issues.map(formatIssue)).toEqual([
      'yaer: unknown key "yaer" — did you mean "year"?',
      'units[0].valuse: unknown key "valuse" — did you mean "values"?',
      'units[0].group: unknown key "group" — did you mean "groups"?',
    ]);
  });
});

describe('validateDataset reports every problem in one pass', () => {
  const framework = assertFramework(good);
  const complete = { smartphone_adults_pct: 50, it_staff: 3, population: 1000, portal: 1 };

  it('does not let a shape problem (a bad id, a misspelt key) hide the value problems', () => {
    const checked = validateDataset(framework, {
      sorce: 'x',
      units: [
        { id: 'H N', values: { ...complete, smartphone_adults_pct: 112 } },
        { values: { ...complete, it_staff: -1 } },
        { id: 'DB', values: { ...complete, portal: 'n/a' }, rankd: false },
      ],
    });
    expect(codesAndPaths(checked.issues)).toEqual([
      ['unknown_key', 'sorce'],
      ['invalid_shape', 'units.0.id'],
      ['out_of_range', 'units.0.values.smartphone_adults_pct'],
      ['invalid_shape', 'units.1.id'],
      ['out_of_range', 'units.1.values.it_staff'],
      ['unknown_key', 'units.2.rankd'],
      ['not_a_number', 'units.2.values.portal'],
    ]);
    expect(checked.issues[4]?.message).toBe('unit "units[1]", indicator "it_staff": -1 is below the minimum 0 (count)');
  });

  it('says only what is wrong with a unit that is not an object, or whose values are not', () => {
    const checked = validateDataset(framework, { units: [null, { id: 'A', values: [] }, { id: 'B', values: { ...complete, portal: 2 } }] });
    expect(codesAndPaths(checked.issues)).toEqual([
      ['invalid_shape', 'units.0'],
      ['invalid_shape', 'units.1.values'],
      ['out_of_range', 'units.2.values.portal'],
    ]);
  });

  it('reports a key that is not an indicator once, naming the units and the indicator meant', () => {
    const units = ['HN', 'HP', 'DN', 'CT', 'HUE', 'QN'].map((id) => ({ id, values: { ...complete, smartphone_adult_pct: 10 } }));
    const checked = validateDataset(framework, { units: [...units, { id: 'VN', values: { ...complete, notes: null } }] });
    expect(checked.issues.map(formatIssue)).toEqual([
      'units[0].values.smartphone_adult_pct: "smartphone_adult_pct" (given for 6 units: "HN", "HP", "DN", "CT", "HUE", …) is not an indicator or variable of framework "fw" — did you mean "smartphone_adults_pct"?',
      'units[6].values.notes: "notes" (given for unit "VN") is not an indicator or variable of framework "fw"',
    ]);
    const everywhere = validateDataset(framework, { units: units.slice(0, 2) });
    expect(everywhere.issues[0]?.message).toMatch(/^"smartphone_adult_pct" \(given for every unit\)/);
  });
});

describe('JSON input with an own "__proto__" key', () => {
  it('keeps it in values, groups and metadata, as JSON.parse made it', () => {
    const framework = assertFramework(good);
    const checked = validateDataset(framework, JSON.parse('{"metadata":{"__proto__":{"note":1}},"units":[{"id":"A","groups":{"__proto__":"north"},"values":{"smartphone_adults_pct":50,"it_staff":3,"population":1000,"portal":1}}]}'));
    expect(checked.success).toBe(true);
    expect(Object.keys(checked.value?.metadata ?? {})).toEqual(['__proto__']);
    expect(Object.entries(checked.value?.units[0]?.groups ?? {})).toEqual([['__proto__', 'north']]);
    expect(Object.getPrototypeOf(checked.value?.metadata)).toBe(Object.prototype);
  });
});

describe('the strict schemas accept what chiso ships', () => {
  it('every built-in framework, the example framework and every bundled sample dataset validate', async () => {
    const { readFileSync } = await import('node:fs');
    const { builtinFrameworks, datasetFromCsv } = await import('../../src/index.js');
    for (const [id, framework] of Object.entries(builtinFrameworks)) expect(validateFramework(framework).issues, id).toEqual([]);
    const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
    expect(validateFramework(read('examples/frameworks/mini.json')).issues).toEqual([]);
    const samples: [string, string][] = [
      ['readiness', 'examples/data/readiness/2022.json'],
      ['readiness', 'examples/data/readiness/2023.json'],
      ['vn-dti-2022', 'examples/data/vn-dti-2022/2022.json'],
      ['vn-dti-2022', 'examples/data/vn-dti-2022/2023.json'],
    ];
    for (const [frameworkId, path] of samples) {
      expect(validateDataset(assertFramework(builtinFrameworks[frameworkId]), read(path)).issues, path).toEqual([]);
    }
    const desi = datasetFromCsv(readFileSync(new URL('../../examples/data/desi-2022.csv', import.meta.url), 'utf8'));
    expect(validateDataset(assertFramework(builtinFrameworks['desi-2022']), desi).issues).toEqual([]);
  });
});

describe('validateFramework reports ids given twice even when the shape is wrong', () => {
  it('a misspelt key does not hide a duplicate id', () => {
    const pct = (id: string, extra: Record<string, unknown> = {}) => ({ kind: 'indicator', id, unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 }, ...extra });
    const checked = validateFramework({
      id: 'f',
      name: 'F',
      variables: [{ id: 'population', unit: 'count' }],
      root: { kind: 'aggregate', id: 'top', children: [pct('a', { weigth: 2 }), { kind: 'aggregate', id: 'pillar', children: [pct('a'), pct('population')] }] },
    });
    expect(checked.issues.map(formatIssue)).toEqual([
      'root.children[0].weigth: unknown key "weigth" — did you mean "weight"?',
      'root.children[1].children[0].id: the id "a" is already used at root.children[0]',
      'root.children[1].children[1].id: the id "population" is already used at variables[0]',
    ]);
  });
});

describe('user text in messages is quoted once, abbreviated and escaped', () => {
  const huge = `k${'x'.repeat(1_000_000)}`;

  it('a 1 MB unknown value key, group key, unit id or node id gives short messages and paths', () => {
    const framework = assertFramework(good);
    const fromData = validateDataset(framework, { units: [{ id: 'A', values: { [huge]: 1 }, groups: { [huge]: 1 } }, { id: 'B', values: { [huge]: 1 } }] });
    const fromFramework = validateFramework({ ...good, root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'a', unit: 'score', weight: -1, normalisation: { method: 'minmax' } }, { kind: 'aggregate', id: 'g', children: [], [huge]: 1 }] } });
    const issues = [...fromData.issues, ...fromFramework.issues];
    expect(issues.length).toBeGreaterThan(2);
    for (const entry of issues) expect(formatIssue(entry).length).toBeLessThan(600);
    expect(issues.some((entry) => entry.message.includes('(1000001 characters)'))).toBe(true);
  });

  it('a control character in a key is escaped in the message and in the path', () => {
    const checked = validateDataset(assertFramework(good), { units: [{ id: 'A', values: { 'a\u001b[31m': 1 } }] });
    expect(checked.issues.map(formatIssue).join('\n')).not.toContain('\u001b');
  });
});

describe('a variable is called a variable', () => {
  it('a bad or missing value of a framework variable names it as a variable, never an indicator', () => {
    const framework = assertFramework(good);
    const bad = validateDataset(framework, { units: [{ id: 'A', values: { population: 'abc', smartphone_adults_pct: 1, it_staff: 1, portal: 1 } }] });
    expect(bad.issues.map((entry) => entry.message)).toEqual([expect.stringContaining('unit "A", variable "population"')]);
    const missing = validateDataset(framework, { units: [{ id: 'A', values: { smartphone_adults_pct: 1, it_staff: 1, portal: 1 } }] });
    expect(missing.issues.map((entry) => entry.message)).toEqual([expect.stringContaining('variable "population" is missing but "it_staff" divides by it')]);
    for (const entry of [...bad.issues, ...missing.issues]) expect(entry.message).not.toContain('indicator "population"');
  });
});

describe('a method without a required parameter says which parameter of which method', () => {
  const framework = (normalisation: unknown, aggregation?: unknown): unknown => ({
    id: 'f',
    name: 'F',
    root: { kind: 'aggregate', id: 'top', ...(aggregation === undefined ? {} : { aggregation }), children: [{ kind: 'indicator', id: 'a', unit: 'score', normalisation }] },
  });
  const required = (option: { shape: Record<string, { safeParse: (value: unknown) => { success: boolean } }> }): string[] =>
    Object.keys(option.shape).filter((key) => key !== 'method' && !(option.shape[key]?.safeParse(undefined).success ?? true));
  const cases = [
    ...NormalisationSchema.options.map((option) => ({ kind: 'normalisation', method: option.shape.method.value as string, keys: required(option as never) })),
    ...AggregationSchema.options.map((option) => ({ kind: 'aggregation', method: option.shape.method.value as string, keys: required(option as never) })),
  ];

  it('covers methods with required parameters (goalposts min and max among them)', () => {
    expect(cases.find((entry) => entry.method === 'goalposts')?.keys).toEqual(['min', 'max']);
  });

  it.each(cases.filter((entry) => entry.keys.length > 0))('$kind $method: each parameter missing or null is named with the method and the node, never "Invalid input"', ({ kind, method, keys }) => {
    const build = (spec: Record<string, unknown>): unknown => (kind === 'normalisation' ? framework(spec) : framework({ method: 'identity' }, spec));
    const node = kind === 'normalisation' ? 'a' : 'top';
    const missing = validateFramework(build({ method }));
    for (const key of keys) expect(missing.issues.find((entry) => entry.path.at(-1) === key)?.message).toMatch(new RegExp(`^${method} ${kind} of "${node}" needs "${key}": `));
    for (const key of keys) {
      const nulled = validateFramework(build({ method, [key]: null }));
      expect(nulled.issues.find((entry) => entry.path.at(-1) === key)?.message).toContain(`${method} ${kind} of "${node}": "${key}" is null: expected `);
    }
    for (const entry of [...missing.issues]) expect(entry.message).not.toContain('Invalid input');
  });
});

describe('the dataset matches the framework\'s ranking groups and exclusions', () => {
  const ranked = (ranking: Record<string, unknown>): FrameworkInput => ({ ...good, variables: [], ranking, root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'x', unit: 'score', normalisation: { method: 'identity' } }] } });
  const unit = (id: string, groups: Record<string, string> = {}, extra: Record<string, unknown> = {}) => ({ id, groups, values: { x: 1 }, ...extra });

  it('a group key close to a ranking group the unit lacks is one issue with a did-you-mean, naming the units', () => {
    const checked = validateDataset(ranked({ groups: ['region'] }), { units: [unit('A', { regoin: 'north' }), unit('B', { regoin: 'south' }), unit('C', { region: 'north', kind: 'city' })] });
    expect(checked.issues.map((entry) => [entry.code, entry.path.join('.'), entry.message])).toEqual([
      ['unknown_key', 'units.0.groups.regoin', 'group "regoin" (given for 2 units: "A", "B") is not a group framework "fw" ranks within — did you mean "region"?'],
      ['missing_value', 'units.0.groups.region', 'framework "fw" ranks within "region" groups, but 2 units: "A", "B" have no "region" group: give each one, or mark them "ranked": false'],
    ]);
  });

  it('a ranked unit without a ranking group others have is refused; unranked and excluded units, and a dataset without that group, are not', () => {
    const framework = ranked({ groups: ['region'], exclude: ['EU'] });
    expect(validateDataset(framework, { units: [unit('A', { region: 'north' }), unit('B')] }).issues.map((entry) => entry.message)).toEqual(['framework "fw" ranks within "region" groups, but unit "B" has no "region" group: give it one, or mark it "ranked": false']);
    expect(validateDataset(framework, { units: [unit('A', { region: 'north' }), unit('B', {}, { ranked: false }), unit('EU')] }).success).toBe(true);
    // No unit has a region: ranked overall only, every rank within region empty.
    expect(validateDataset(framework, { units: [unit('A'), unit('B')] }).success).toBe(true);
  });

  it('an exclude entry that names no unit but is close to one is an issue with a did-you-mean; one naming a unit this dataset does not have is not', () => {
    const checked = validateDataset(ranked({ exclude: ['EUU'] }), { units: [unit('AT'), unit('EU')] });
    expect(checked.issues.map((entry) => [entry.code, entry.path.join('.'), entry.message])).toEqual([
      ['unknown_reference', 'ranking.exclude.0', 'framework "fw" excludes unit "EUU" from ranking, but no unit has that id, so "EU" is ranked — did you mean "EU"?'],
    ]);
    expect(validateDataset(ranked({ exclude: ['EU'] }), { units: [unit('AT'), unit('FI')] }).success).toBe(true);
  });
});
