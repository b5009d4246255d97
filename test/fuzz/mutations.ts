/**
 * Mutations of JSON trees for the fuzz properties: every place in a tree, hostile values, typos, and
 * a mutation record that deletes, renames (misspells), replaces or duplicates at a chosen place. Not a
 * test file, so importing it registers no tests.
 */
import fc from 'fast-check';

export type JsonObject = { [key: string]: unknown };

/** Every place in a JSON tree: a container and one of its keys (or indices). */
export function places(root: unknown): { container: JsonObject | unknown[]; key: string | number }[] {
  const found: { container: JsonObject | unknown[]; key: string | number }[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach((entry, index) => {
        found.push({ container: value, key: index });
        visit(entry);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, entry] of Object.entries(value)) {
        found.push({ container: value as JsonObject, key });
        visit(entry);
      }
    }
  };
  visit(root);
  return found;
}

/** Values a broken file, a careless script or an attacker puts where a framework expects something else. */
export const hostileValue = fc.constantFrom<unknown>(
  null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 0, -0, 1e308, 5e-324, 2 ** 53 + 1,
  '', ' ', 'x', '1e400', '-1e400', '1e-400', 'NaN', '0,5', '1.640', true, false, [], {}, [1, 2], { kind: 'aggregate' }, { method: 'minmax' },
  'mean', 'minmax', 'geometric', 'score', 'aggregate', 'indicator', 'x'.repeat(10_000),
);

/** A misspelling of a key, as people make them: a letter dropped, doubled or two swapped. */
export function typo(key: string, pick: number): string {
  if (key.length < 2) return `${key}${key}`;
  const at = pick % (key.length - 1);
  switch (pick % 3) {
    case 0:
      return key.slice(0, at) + key.slice(at + 1);
    case 1:
      return key.slice(0, at) + (key[at] ?? '') + key.slice(at);
    default:
      return key.slice(0, at) + (key[at + 1] ?? '') + (key[at] ?? '') + key.slice(at + 2);
  }
}

export interface Mutation {
  readonly kind: 'delete' | 'rename' | 'replace' | 'duplicate';
  readonly place: number;
  readonly value: unknown;
  readonly typoPick: number;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'rename', 'replace', 'replace', 'duplicate'),
  place: fc.nat(),
  value: hostileValue,
  typoPick: fc.nat(),
});

/** Applies mutations in turn to a copy of a JSON tree. */
export function mutate(root: JsonObject, mutations: readonly Mutation[]): JsonObject {
  for (const change of mutations) {
    const all = places(root);
    const target = all[change.place % Math.max(1, all.length)];
    if (target === undefined) continue;
    const { container, key } = target;
    if (Array.isArray(container)) {
      const index = key as number;
      if (change.kind === 'delete') container.splice(index, 1);
      else if (change.kind === 'duplicate') container.splice(index, 0, JSON.parse(JSON.stringify(container[index] ?? null)) as unknown);
      else container[index] = change.value;
      continue;
    }
    const name = key as string;
    if (change.kind === 'delete') delete container[name];
    else if (change.kind === 'rename') {
      const renamed = typo(name, change.typoPick);
      Object.defineProperty(container, renamed, { value: container[name], enumerable: true, writable: true, configurable: true });
      if (renamed !== name) delete container[name];
    } else if (change.kind === 'duplicate') container[`${name}2`] = container[name];
    else container[name] = change.value;
  }
  return root;
}
