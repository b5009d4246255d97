/**
 * Fuzzing frameworks and datasets given as data (JSON or JavaScript objects): every built-in
 * framework mutated — keys deleted, misspelt or given hostile values (null, NaN, ±Infinity, 1e400,
 * "", [], {}, wrong types) — node ids replaced by Object.prototype names, trees nested far too deep,
 * cyclic objects; datasets of any JavaScript value. `validateFramework` and `validateDataset` must
 * return issues, never throw; `score` must return a finite result or throw a ChisoError.
 *
 * `it.fails` marks a property that fails today because of a known bug (the comment gives the
 * section of issue 6, or "not listed", and a minimal counterexample).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertFramework,
  builtinFrameworks,
  ChisoError,
  datasetFromCsv,
  desi2022,
  indicatorsOf,
  score,
  validateDataset,
  validateFramework,
  type Framework,
} from '../../src/index.js';
import { quoteText } from '../../src/model/describe.js';
import { resultProblems } from '../engine/hostile-cases.js';
import { mutate, mutation, places, typo, type JsonObject } from './mutations.js';
import { fuzz } from './settings.js';

const builtinIds = Object.keys(builtinFrameworks);
const builtinCopy = (id: string): JsonObject => JSON.parse(JSON.stringify(builtinFrameworks[id])) as JsonObject;

/** A dataset for a validated framework: every indicator and variable, plain values, some missing. */
function datasetFor(framework: Framework, values: readonly (number | null)[]): { units: { id: string; values: Record<string, number | null> }[] } {
  const ids = [...indicatorsOf(framework).map((indicator) => indicator.id), ...framework.variables.map((variable) => variable.id)];
  return {
    units: ['A', 'B', 'C'].map((id, unitIndex) => ({
      id,
      values: Object.fromEntries(ids.map((key, keyIndex) => [key, values[(unitIndex * 7 + keyIndex) % Math.max(1, values.length)] ?? null])),
    })),
  };
}

const plainValues = fc.array(fc.option(fc.integer({ min: 0, max: 100 }).map((value) => value / 100), { freq: 8, nil: null }), { minLength: 1, maxLength: 20 });

/** Runs an action; returns a description of any error other than ChisoError. */
function unexpectedError(action: () => unknown): string | null {
  try {
    action();
    return null;
  } catch (error) {
    return error instanceof ChisoError ? null : `${error instanceof Error ? error.name : typeof error}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

describe('mutated built-in frameworks', () => {
  it('validateFramework returns issues (never throws) for a built-in framework with keys deleted, misspelt, duplicated or given hostile values, and a framework it accepts scores to a finite result or a ChisoError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...builtinIds), fc.array(mutation, { minLength: 1, maxLength: 4 }), plainValues, (id, mutations, values) => {
        const mutated = mutate(builtinCopy(id), mutations);
        let checked: ReturnType<typeof validateFramework> | undefined;
        expect(unexpectedError(() => (checked = validateFramework(mutated)))).toBeNull();
        if (checked === undefined || !checked.success) return;
        const framework = checked.value;
        try {
          expect(resultProblems(score(mutated, datasetFor(framework, values)))).toEqual([]);
        } catch (error) {
          if (!(error instanceof ChisoError)) throw error;
        }
      }),
      fuzz(300),
    );
  });

  // Checks that a misspelt framework key is an error with a did-you-mean, never a silent default.
  it('a misspelt key anywhere in a built-in framework is refused', () => {
    fc.assert(
      fc.property(fc.constantFrom(...builtinIds), fc.nat(), fc.nat(), (id, place, typoPick) => {
        const framework = builtinCopy(id);
        const keyed = places(framework).filter((entry) => !Array.isArray(entry.container));
        const target = keyed[place % keyed.length];
        if (target === undefined) return;
        const { container, key } = target as { container: JsonObject; key: string };
        const renamed = typo(key, typoPick);
        if (renamed === key) return;
        container[renamed] = container[key];
        delete container[key];
        expect(validateFramework(framework).success, `${key} → ${renamed}`).toBe(false);
      }),
      fuzz(100),
    );
  });

  // Checks that ids named like Object.prototype properties score like any other id.
  it('a node id named like an Object.prototype property either works like any other id or is refused by name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...builtinIds), fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'), fc.nat(), plainValues, (id, name, pick, values) => {
        const framework = builtinCopy(id);
        const idPlaces = places(framework).filter((entry) => entry.key === 'id' && !Array.isArray(entry.container) && 'kind' in entry.container);
        const target = idPlaces[pick % idPlaces.length];
        if (target === undefined) return;
        (target.container as JsonObject).id = name;
        const checked = validateFramework(framework);
        if (!checked.success) {
          expect(checked.issues.some((problem) => problem.message.includes(name))).toBe(true);
          return;
        }
        const data = datasetFor(checked.value, values);
        // one unit without the prototype-named value, one with it as an own JSON key
        const withOwnKey = JSON.parse(JSON.stringify(data).replace('"values":{', `"values":{"${name}":0.5,`)) as typeof data;
        const withoutKey = { units: data.units.map((unit) => ({ ...unit, values: Object.fromEntries(Object.entries(unit.values).filter(([key]) => key !== name)) })) };
        for (const dataset of [data, withOwnKey, withoutKey]) {
          try {
            expect(resultProblems(score(framework, dataset))).toEqual([]);
          } catch (error) {
            expect(error).toBeInstanceOf(ChisoError);
          }
        }
      }),
      fuzz(60),
    );
  });

  // Checks that a very deep tree is refused with a ChisoError, never a stack overflow.
  it('validateFramework and score return issues or a result, never a stack overflow, however deep the tree', () => {
    fc.assert(
      fc.property(fc.integer({ min: 600, max: 5_000 }), (depth) => {
        let node: JsonObject = { kind: 'indicator', id: 'leaf', unit: 'score', normalisation: { method: 'identity' } };
        for (let level = 0; level < depth; level += 1) node = { kind: 'aggregate', id: `n${level}`, children: [node] };
        const framework = { id: 'deep', name: 'Deep', root: node };
        expect(unexpectedError(() => validateFramework(framework))).toBeNull();
        expect(unexpectedError(() => score(framework, { units: [{ id: 'A', values: { leaf: 1 } }] }))).toBeNull();
      }),
      fuzz(5),
    );
  });

  // Checks that a cyclic framework object is refused naming the cycle.
  it('validateFramework returns issues for a cyclic framework object, never a stack overflow', () => {
    // Small trees: on a large built-in framework a cycle makes zod branch at every level, which takes
    // many seconds before the stack overflows.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.boolean(), (indicatorCount, throughPillar) => {
        const indicators = Array.from({ length: indicatorCount }, (_entry, index) => ({ kind: 'indicator', id: `i${index}`, unit: 'score', normalisation: { method: 'identity' } }));
        const pillar: JsonObject = { kind: 'aggregate', id: 'pillar', children: [...indicators] };
        const root: JsonObject = { kind: 'aggregate', id: 'index', children: [pillar] };
        (pillar.children as unknown[]).push(throughPillar ? pillar : root);
        let checked: ReturnType<typeof validateFramework> | undefined;
        expect(unexpectedError(() => (checked = validateFramework({ id: 'cyclic', name: 'Cyclic', root })))).toBeNull();
        expect(checked?.success).toBe(false);
      }),
      fuzz(6),
    );
  });
});

describe('where a framework problem is reported', () => {
  // Checks that a wrong field of an aggregate below the root is reported at that field.
  it('a wrong value in a field of an aggregate node is reported at that field, not as a malformed indicator', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...builtinIds),
        fc.nat(),
        fc.constantFrom<[string, unknown]>(['weight', '2'], ['weight', null], ['missing', 'skip'], ['direction', 'up'], ['label', 5], ['bands', {}], ['aggregation', 'mean'], ['description', 5]),
        (id, pick, [field, value]) => {
          const framework = builtinCopy(id);
          const aggregates = places(framework).filter((entry) => Array.isArray(entry.container) && typeof entry.container[entry.key as number] === 'object' && (entry.container[entry.key as number] as JsonObject | null)?.kind === 'aggregate');
          const target = aggregates[pick % Math.max(1, aggregates.length)];
          if (target === undefined) return;
          (target.container as unknown[])[target.key as number] = { ...((target.container as unknown[])[target.key as number] as JsonObject), [field]: value };
          const checked = validateFramework(framework);
          expect(checked.success).toBe(false);
          for (const problem of checked.issues) expect(problem.path, problem.message).toContain(field);
        },
      ),
      fuzz(40),
    );
  });
});

describe('messages that name the value', () => {
  // Checks that a refused id is named in the message itself (control characters escaped), for units and nodes.
  it('an id that is refused is named in the message, for units and for framework nodes', () => {
    fc.assert(
      // (an NFD id such as "Hà" is not here: ids are read in NFC, so it is the valid id "Hà")
      fc.property(fc.constantFrom('Hà Nội', 'a b', 'x/y', 'HN\u00a0', 'Hà Nội'.normalize('NFD'), 'tab\tid', 'a,b'), (bad) => {
        const unitIssues = validateDataset(assertFramework(desi2022), { units: [{ id: bad, values: {} }] }).issues.filter((problem) => problem.path.join('.') === 'units.0.id');
        expect(unitIssues.length).toBeGreaterThan(0);
        for (const problem of unitIssues) expect(problem.message.normalize('NFC')).toContain(quoteText(bad.normalize('NFC')));
        const framework = { id: 'f', name: 'F', root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: bad, unit: 'score', normalisation: { method: 'minmax' } }] } };
        const nodeIssues = validateFramework(framework).issues.filter((problem) => problem.path.join('.') === 'root.children.0.id');
        expect(nodeIssues.length).toBeGreaterThan(0);
        for (const problem of nodeIssues) expect(problem.message.normalize('NFC')).toContain(quoteText(bad.normalize('NFC')));
      }),
      fuzz(14),
    );
  });
});

describe('datasets of any shape', () => {
  const desi = assertFramework(desi2022);
  const indicatorIds = indicatorsOf(desi).map((indicator) => indicator.id);
  const desiData = datasetFromCsv(readFileSync(new URL('../../examples/data/desi-2022.csv', import.meta.url), 'utf8'));

  it('the bundled DESI 2022 data validates (the baseline the misspelt-key property mutates)', () => {
    expect(validateDataset(desi, { units: [desiData.units[0]] }).success).toBe(true);
  });

  it('validateDataset returns issues (never throws) for any JSON value in any place of a dataset', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...indicatorIds), (value, indicator) => {
        for (const input of [value, { units: value }, { units: [value] }, { units: [{ id: 'A', values: value }] }, { units: [{ id: 'A', values: {}, groups: value }] }, { units: [{ id: 'A', values: { [indicator]: value } }] }]) {
          expect(unexpectedError(() => validateDataset(desi, input))).toBeNull();
        }
      }),
      fuzz(300),
    );
  });

  // Checks that every describe/format path is total: BigInt, Symbol, functions, null-prototype and cyclic objects.
  it('validateDataset returns issues (never throws) for any JavaScript value as a unit\'s value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true }), fc.constant(Symbol('s')), fc.func(fc.integer()), fc.bigInt()), fc.constantFrom(...indicatorIds), (value, indicator) => {
        for (const input of [{ units: [{ id: 'A', values: value }] }, { units: [{ id: 'A', values: {}, groups: value }] }, { units: [{ id: 'A', values: { [indicator]: value } }] }]) {
          expect(unexpectedError(() => validateDataset(desi, input))).toBeNull();
        }
      }),
      fuzz(400),
    );
  });

  // Checks that values inherited through a prototype are never scored.
  it('only a unit\'s own values are scored: a value inherited through the prototype is never read', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 1 }), fc.constantFrom<unknown>('abc', Number.NaN, '0.5')), (inherited) => {
        const framework = {
          id: 'f',
          name: 'F',
          root: { kind: 'aggregate', id: 'index', missing: { policy: 'reweight' }, children: ['x', 'y'].map((id) => ({ kind: 'indicator', id, unit: 'score', normalisation: { method: 'identity' } })) },
        };
        const values = Object.assign(Object.create({ x: inherited }) as Record<string, unknown>, { y: 0.5 });
        let result: ReturnType<typeof score>;
        try {
          result = score(framework, { units: [{ id: 'A', values }, { id: 'B', values: { x: 0.25, y: 0.25 } }] });
        } catch (error) {
          expect(error).toBeInstanceOf(ChisoError);
          return;
        }
        expect(result.units[0]?.nodes.x?.raw ?? null).toBeNull();
      }),
      fuzz(20),
    );
  });

  // Checks that a misspelt unit key is an error with a did-you-mean.
  it('a misspelt key in a dataset unit is refused', () => {
    fc.assert(
      fc.property(fc.constantFrom('rankd', 'grops', 'naem', 'yaer', 'valuess', 'metdata'), (key) => {
        const unit = { ...(desiData.units[0] as object), [key]: false };
        expect(validateDataset(desi, { units: [unit] }).success).toBe(false);
      }),
      fuzz(12),
    );
  });

  // Checks that a bad unit id does not hide the value problems: every problem at once.
  it('validateDataset reports a refused unit id and a bad value of another unit together', () => {
    fc.assert(
      fc.property(fc.constantFrom('a b', '', 'x/y'), fc.constantFrom<unknown>('n/a', -5, 'abc'), fc.constantFrom(...indicatorIds), (badId, badValue, indicator) => {
        const good = desiData.units[0] as { id: string; values: Record<string, unknown> };
        const units = [{ ...good, id: badId }, { ...good, id: 'ZZ', values: { ...good.values, [indicator]: badValue } }];
        const paths = validateDataset(desi, { units }).issues.map((problem) => problem.path.join('.'));
        expect(paths).toContain('units.0.id');
        expect(paths).toContain(`units.1.values.${indicator}`);
      }),
      fuzz(12),
    );
  });

  // Checks that an unknown column is one issue, not one per unit.
  it('a key no indicator has is reported once, however many units carry it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 28 }), fc.constantFrom('typo_column', '1a1x', 'DESI'), (count, key) => {
        const units = desiData.units.slice(0, count).map((unit) => ({ ...unit, values: { ...unit.values, [key]: 1 } }));
        const unknown = validateDataset(desi, { units }).issues.filter((problem) => problem.code === 'unknown_indicator');
        expect(unknown).toHaveLength(1);
      }),
      fuzz(12),
    );
  });
});
