/** Deep and cyclic input is refused by name before any recursive code (zod, tree walks) sees it. */
import { describe, expect, it } from 'vitest';
import { assertFramework, MAX_NESTING_DEPTH, score, validateDataset, validateFramework } from '../../src/index.js';
import { checkNesting } from '../../src/model/nesting.js';

const leaf = (id: string) => ({ kind: 'indicator', id, unit: 'percent', normalisation: { method: 'steps', steps: [{ threshold: 50, points: 1 }], maximum: 1 } });

/** A chain of `levels` aggregates above one indicator. */
function chain(levels: number): unknown {
  let node: unknown = leaf('leaf');
  for (let level = 0; level < levels; level += 1) node = { kind: 'aggregate', id: `n${level}`, children: [node] };
  return { id: 'f', name: 'F', root: node };
}

const flat = assertFramework({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'top', children: [leaf('a')] } });

describe('nesting limits', () => {
  it('accepts a framework 47 levels deep below its top index, the documented maximum', () => {
    expect(MAX_NESTING_DEPTH).toBe(100);
    expect(validateFramework(chain(47)).success).toBe(true);
  });

  it('refuses a 10,000-level framework tree with one too_deep issue instead of overflowing the stack', () => {
    const checked = validateFramework(chain(10_000));
    expect(checked.issues).toHaveLength(1);
    expect(checked.issues[0]?.code).toBe('too_deep');
    expect(checked.issues[0]?.path.slice(0, 3)).toEqual(['root', 'children', 0]);
    expect(checked.issues[0]?.message).toMatch(/^the framework is nested more than 100 levels deep here/);
    expect(() => score(chain(10_000), { units: [] })).toThrow(/nested more than 100 levels/);
  });

  it('refuses a framework whose tree contains itself', () => {
    const root: { kind: string; id: string; children: unknown[] } = { kind: 'aggregate', id: 'loop', children: [leaf('a')] };
    root.children.push({ kind: 'aggregate', id: 'inner', children: [root] });
    const checked = validateFramework({ id: 'f', name: 'F', root });
    expect(checked.issues).toEqual([expect.objectContaining({ code: 'cyclic_input', path: ['root', 'children', 1, 'children', 0] })]);
  });

  it('walks an object shared by two places once, and does not call it a cycle', () => {
    const normalisation = { method: 'goalposts', min: 0, max: 100 };
    const checked = validateFramework({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'top', children: [{ kind: 'indicator', id: 'a', unit: 'percent', normalisation }, { kind: 'indicator', id: 'b', unit: 'percent', normalisation }] } });
    expect(checked.success).toBe(true);
    // sharing still counts the depth where the shared object sits deepest
    const deep: unknown[] = [];
    let inner: unknown[] = deep;
    for (let level = 0; level < MAX_NESTING_DEPTH - 2; level += 1) inner.push((inner = []));
    expect(checkNesting({ shallow: deep, nested: { again: deep } })[0]?.code).toBe('too_deep');
  });

  it('refuses a tree that nests one node object twice per level at once, not in 2^levels steps', () => {
    let node: unknown = leaf('a');
    for (let level = 0; level < 40; level += 1) node = { kind: 'aggregate', id: `n${level}`, children: [node, node] };
    // 2^40 visits would never finish: the test's timeout, not a clock, catches a walk that
    // follows both references.
    const checked = validateFramework({ id: 'f', name: 'F', root: node });
    expect(checked.issues).toHaveLength(40);
    expect(checked.issues[0]).toMatchObject({ code: 'duplicate_id' });
    expect(checked.issues[0]?.message).toMatch(/^this node is the same object as root(\.children\[0\])+: each node of the tree must be an object of its own/);
  });

  it('refuses 10,000-level and cyclic datasets (metadata, groups, units)', () => {
    let metadata: unknown = {};
    for (let level = 0; level < 10_000; level += 1) metadata = { more: metadata };
    expect(validateDataset(flat, { metadata, units: [] }).issues.map((entry) => entry.code)).toEqual(['too_deep']);
    const dataset: { units: unknown[] } = { units: [] };
    dataset.units.push({ id: 'A', groups: { region: dataset }, values: { a: 60 } });
    expect(validateDataset(flat, dataset).issues).toEqual([expect.objectContaining({ code: 'cyclic_input', path: ['units', 0, 'groups', 'region'] })]);
  });

  it('reports a deep or cyclic value as not a number, without stringifying it', () => {
    let deepValue: unknown = 1;
    for (let level = 0; level < 10_000; level += 1) deepValue = [deepValue];
    const unit: { id: string; values: Record<string, unknown> } = { id: 'A', values: {} };
    unit.values.a = unit;
    expect(validateDataset(flat, { units: [{ id: 'B', values: { a: deepValue } }, unit] }).issues.map((entry) => entry.message)).toEqual([
      'unit "B", indicator "a": an array of 1 item is not a number',
      'unit "A", indicator "a": an object is not a number',
    ]);
  });
});
