/** describeValue is total: every JavaScript value gets a short description, nothing throws. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/model/describe.js';
import { assertFramework, readDataValue, validateDataset, validateFramework } from '../../src/index.js';

const cyclic: Record<string, unknown> = {};
cyclic.self = cyclic;
const everyKind: [string, unknown, string][] = [
  ['a string', 'n/a', '"n/a"'],
  ['a number', Number.NaN, 'NaN'],
  ['a boolean', true, 'true'],
  ['undefined', undefined, 'undefined'],
  ['null', null, 'null'],
  ['a BigInt', 12n, '12n (a BigInt)'],
  ['a symbol', Symbol('s'), 'a symbol'],
  ['a function', () => 1, 'a function'],
  ['a null-prototype object holding a BigInt', Object.assign(Object.create(null) as object, { a: 1n }), 'an object'],
  ['a cyclic object', cyclic, 'an object'],
  ['an array holding a BigInt', [1n], 'an array of 1 item'],
  ['a boxed number', Object(3) as unknown, 'an object'],
  ['a Map', new Map([[1, 1n]]), 'an object'],
];

describe('describeValue', () => {
  it.each(everyKind)('describes %s', (_kind, value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it('abbreviates a huge BigInt', () => {
    expect(describeValue(10n ** 5000n).length).toBeLessThan(100);
  });
});

describe('every path that describes a value is total', () => {
  const framework = assertFramework({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'x', unit: 'score', normalisation: { method: 'identity' } }] } });
  it.each(everyKind.filter(([, value]) => typeof value !== 'string' && typeof value !== 'number' && value !== null && value !== undefined))(
    'validateDataset and readDataValue answer not_a_number for %s',
    (_kind, value, expected) => {
      const checked = validateDataset(framework, { units: [{ id: 'A', values: { x: value } }] });
      expect(checked.issues).toMatchObject([{ code: 'not_a_number', path: ['units', 0, 'values', 'x'], received: expected }]);
      expect(readDataValue(value)).toMatchObject({ ok: false, kind: 'not_a_number', reason: `${expected} is not a number` });
    },
  );

  it('readDataValue never throws, for any JavaScript value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true }), fc.constant(Symbol('s')), fc.func(fc.integer())), (value) => {
        expect(typeof readDataValue(value).ok).toBe('boolean');
      }),
    );
  });

  it('validateFramework returns issues, never throws, for any JavaScript value in any field of a node', () => {
    const anyValue = fc.oneof(fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true }), fc.constant(Symbol('s')), fc.func(fc.integer()), fc.bigInt());
    const place = fc.constantFrom('kind', 'id', 'unit', 'weight', 'direction', 'normalisation', 'normalisation.method', 'normalisation.max', 'aggregation', 'aggregation.method', 'missing', 'missing.policy', 'label', 'bands');
    fc.assert(
      fc.property(anyValue, place, fc.boolean(), (value, where, onAggregate) => {
        const indicator: Record<string, unknown> = { kind: 'indicator', id: 'x', unit: 'score', normalisation: { method: 'goalposts', min: 0, max: 1 } };
        const aggregate: Record<string, unknown> = { kind: 'aggregate', id: 'sub', aggregation: { method: 'mean' }, missing: { policy: 'fail' }, children: [indicator] };
        const target = onAggregate ? aggregate : indicator;
        const [field, inner] = where.split('.') as [string, string | undefined];
        if (inner === undefined) target[field] = value;
        else target[field] = { ...(typeof target[field] === 'object' ? (target[field] as object) : {}), [inner]: value };
        const checked = validateFramework({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'index', children: [aggregate] } });
        if (!checked.success) expect(checked.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
