/** Duplicate keys in JSON text, found in one linear pass. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKeys, inexactNumbers, parseJsonText } from '../../src/io/json.js';
import { ChisoError } from '../../src/model/issues.js';
import { fuzz } from '../fuzz/settings.js';

/** A JSON tree written entry by entry, so that an object can hold a key twice. */
type Tree = { readonly entries: readonly (readonly [string, Tree])[] } | { readonly items: readonly Tree[] } | { readonly leaf: null | boolean | number | string };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ leaf: fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string()) }),
    fc.record({ entries: fc.array(fc.tuple(fc.constantFrom('a', 'b', '"', '\\', 'a\u0000', '{', '__proto__'), tie('tree')), { maxLength: 4 }) }),
    fc.record({ items: fc.array(tie('tree'), { maxLength: 3 }) }),
  ),
})).tree;

/** The text, with a key written with a \u escape now and then (still the same key). */
function write(node: Tree, escape: boolean): string {
  if ('leaf' in node) return JSON.stringify(node.leaf);
  if ('items' in node) return `[${node.items.map((item) => write(item, escape)).join(', ')}]`;
  const key = (name: string) => (escape && name === 'a' ? '"\\u0061"' : JSON.stringify(name));
  return `{ ${node.entries.map(([name, value]) => `${key(name)}: ${write(value, escape)}`).join(', ')} }`;
}

/** The oracle: a recursive walk of the tree as built. */
function expected(node: Tree, path: (string | number)[] = []): { key: string; path: (string | number)[] }[] {
  if ('leaf' in node) return [];
  if ('items' in node) return node.items.flatMap((item, index) => expected(item, [...path, index]));
  const seen = new Set<string>();
  const here: { key: string; path: (string | number)[] }[] = [];
  const below: { key: string; path: (string | number)[] }[] = [];
  for (const [name, value] of node.entries) {
    if (seen.has(name)) here.push({ key: name, path });
    seen.add(name);
    below.push(...expected(value, [...path, name]));
  }
  return [...here, ...below];
}

describe('duplicateKeys', () => {
  it('finds a key given twice, with the path of its object', () => {
    expect(duplicateKeys('{"a": 1, "b": {"c": 1, "c": 2}}')).toEqual([{ key: 'c', path: ['b'] }]);
    expect(duplicateKeys('{"units": [{"id": "A"}, {"id": "B", "values": {"x": 1, "y": 2, "x": 3}}]}')).toEqual([{ key: 'x', path: ['units', 1, 'values'] }]);
  });

  it('reads keys as JSON.parse does: escapes resolved, quotes and braces inside strings ignored', () => {
    expect(duplicateKeys('{"a": 1, "\\u0061": 2}')).toEqual([{ key: 'a', path: [] }]);
    expect(duplicateKeys('{"a\\"": "{\\"a\\": 1, \\"a\\": 2}", "b": "[,,]", "c": 1}')).toEqual([]);
    expect(duplicateKeys('{"__proto__": 1, "__proto__": 2}')).toEqual([{ key: '__proto__', path: [] }]);
  });

  it('sees equal keys in different objects as no duplicate', () => {
    expect(duplicateKeys('[{"x": 1}, {"x": 2}, {"x": {"x": 3}}]')).toEqual([]);
  });

  it('finds every duplicate a recursive walk finds, in the same places, for generated JSON', () => {
    fc.assert(
      fc.property(tree, fc.boolean(), (node, escape) => {
        const text = write(node, escape);
        JSON.parse(text);
        const found = duplicateKeys(text, Number.POSITIVE_INFINITY);
        const sort = (list: { key: string; path: readonly (string | number)[] }[]) => list.map((entry) => JSON.stringify([entry.path, entry.key])).sort();
        expect(sort(found)).toEqual(sort(expected(node)));
      }),
      { numRuns: 500 },
    );
  });

  it('handles 100,000 levels of nesting and a million keys in linear time, without recursion', () => {
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const wide = `{${Array.from({ length: 1_000_000 }, (_unused, index) => `"k${index}":1`).join(',')},"k5":2}`;
    // No clock (timed tests are flaky on shared machines): at these sizes a quadratic or recursive
    // reader would run for hours or overflow the stack; the test's timeout is the safety net.
    expect(duplicateKeys(deep)).toEqual([]);
    expect(duplicateKeys(wide)).toEqual([{ key: 'k5', path: [] }]);
  }, 120_000);

  it('stops listing at the limit', () => {
    expect(duplicateKeys(`{${Array.from({ length: 50 }, () => '"a":1').join(',')}}`)).toHaveLength(20);
  });
});

describe('number literals JSON.parse would change', () => {
  it('finds every literal whose double is not the number written, with its path, and nothing else', () => {
    const text = '{"a": 12345678901234567891, "b": [0.5, 1e-400, 0.12345678901234567891], "c": {"d": 1e400, "e": -1e400}, "f": [1e21, 100.000, 0.1, -0, 5e-324, 1.7976931348623157e308, 123456789012345678]}';
    expect(inexactNumbers(text).map(({ literal, path, reads }) => [literal, path, reads])).toEqual([
      ['12345678901234567891', ['a'], 12345678901234567891],
      ['1e-400', ['b', 1], 0],
      ['0.12345678901234567891', ['b', 2], 0.12345678901234568],
      ['1e400', ['c', 'd'], Infinity],
      ['-1e400', ['c', 'e'], -Infinity],
      ['123456789012345678', ['f', 6], 123456789012345680],
    ]);
  });

  it('any double written in its shortest form, or with zeros after it, is read as written; one nonzero digit far beyond is not', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }).filter((value) => value !== 0), (value) => {
        const [mantissa = '', exponent] = String(value).split('e');
        const point = mantissa.includes('.') ? '' : '.';
        const write = (digits: string): string => `${mantissa}${point}${digits}${exponent === undefined ? '' : `e${exponent}`}`;
        expect(inexactNumbers(`[${String(value)}, ${write('000')}]`)).toEqual([]);
        expect(inexactNumbers(`[${write('0000000000000000000001')}]`).map((found) => found.literal)).toEqual([write('0000000000000000000001')]);
      }),
      fuzz(300),
    );
  });

  it('parseJsonText refuses them naming the source, the path and the literal, and advises text', () => {
    for (const [literal, reads] of [['1e400', 'Infinity'], ['-1e400', '-Infinity'], ['1e-400', '0'], ['0.12345678901234567891', '0.12345678901234568'], ['12345678901234567891', '12345678901234567000']] as const) {
      let caught: unknown;
      try {
        parseJsonText(`{"units": [{"id": "A", "values": {"x": ${literal}}}]}`, 'data.json');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ChisoError);
      const [problem] = (caught as ChisoError).issues;
      expect(problem?.path).toEqual(['units', 0, 'values', 'x']);
      expect(problem?.message).toContain(`"data.json": the number ${literal} `);
      expect(problem?.message).toContain(`read as ${reads}`);
      expect(problem?.message).toContain(`write it as text, "${literal}"`);
    }
    expect(parseJsonText('{"x": "0.12345678901234567891", "y": 0.1, "z": 1e21}')).toEqual({ x: '0.12345678901234567891', y: 0.1, z: 1e21 });
  });
});

describe('review: a byte-order mark at the start', () => {
  it('is read past, as CSV files read it (the JSON files of chiso uncertainty --sources, scenario --scenarios, target --costs and score were refused with an invisible "Unexpected token")', () => {
    expect(parseJsonText('\uFEFF[{"kind": "weights", "noise": 0.1}]', 'sources.json')).toEqual([{ kind: 'weights', noise: 0.1 }]);
    // duplicates and inexact numbers are still found, at the right place
    expect(() => parseJsonText('\uFEFF{"a": 1, "a": 2}', 'x.json')).toThrow(/key "a" is given twice/);
    expect(() => parseJsonText('\uFEFF{"a": 1e400}', 'x.json')).toThrow(/1e400/);
    // only at the start
    expect(() => parseJsonText('{"a": 1}\uFEFF', 'x.json')).toThrow(/not valid JSON/);
  });
});
