/**
 * Duplicate keys in JSON text. `JSON.parse` keeps the last of two equal keys without a word, so a
 * framework file with `"weight": 1 … "weight": 5` in one node, or a dataset value given twice, is
 * read differently from what its author may have checked. A reviver cannot see the first value (it
 * is gone before the reviver runs), so the text itself is scanned.
 *
 * Written here rather than taken from a package: the packages that do this (`json-dup-key-validator`,
 * `find-duplicated-property-keys`) are unmaintained or parse recursively, and this is one linear,
 * iterative pass over text that `JSON.parse` has already accepted — so a 100,000-level nesting
 * cannot overflow the stack and a large file costs one pass.
 *
 * @module
 */
import { checkArgument, text as textCheck } from '../model/arguments.js';

/** A key given twice in one JSON object. */
export interface DuplicateKey {
  /** The key, as `JSON.parse` reads it (escapes resolved: `"a"` and `"\u0061"` are the same key). */
  readonly key: string;
  /** Where the object is: property names and array indices from the top of the text. */
  readonly path: readonly (string | number)[];
}

type Frame = { readonly keys: Set<string>; key: string | null; expectKey: boolean } | { index: number };

const QUOTE = 34;
const BACKSLASH = 92;

/**
 * Every key given twice in one object of a JSON text (up to `limit`, default 20), with the object's
 * path. The text must be valid JSON (call `JSON.parse` first); runs in one pass, in time linear in
 * the text, without recursion.
 *
 * @example
 * duplicateKeys('{"a": 1, "b": {"c": 1, "c": 2}}'); // => [{ key: 'c', path: ['b'] }]
 * duplicateKeys('[{"x": 1}, {"x": 2}]'); // => []
 */
export function duplicateKeys(text: string, limit = 20): DuplicateKey[] {
  checkArgument('duplicateKeys', 'the text', text, textCheck);
  checkArgument('duplicateKeys', 'the limit', limit, (value) => (typeof value !== 'number' ? { kind: 'type', expected: 'a whole number or Infinity' } : value >= 0 && (Number.isInteger(value) || value === Number.POSITIVE_INFINITY) ? null : { kind: 'range', expected: 'a whole number of 0 or more, or Infinity' }));
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  const length = text.length;
  let position = 0;
  while (position < length) {
    const code = text.charCodeAt(position);
    if (code === QUOTE) {
      let end = position + 1;
      while (end < length && text.charCodeAt(end) !== QUOTE) end += text.charCodeAt(end) === BACKSLASH ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top !== undefined && 'keys' in top && top.expectKey) {
        const token = text.slice(position, end + 1);
        // Most keys have no escape: the text between the quotes is the key.
        const key = token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
        if (top.keys.has(key) && found.length < limit) found.push({ key, path: pathOf(stack) });
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      position = end + 1;
      continue;
    }
    if (code === 123 /* { */) stack.push({ keys: new Set(), key: null, expectKey: true });
    else if (code === 91 /* [ */) stack.push({ index: 0 });
    else if (code === 125 /* } */ || code === 93 /* ] */) stack.pop();
    else if (code === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top !== undefined) {
        if ('keys' in top) top.expectKey = true;
        else top.index += 1;
      }
    }
    position += 1;
  }
  return found;
}

/** The path to the innermost open object: each enclosing object's current key or array's index. */
function pathOf(stack: readonly Frame[]): (string | number)[] {
  const path: (string | number)[] = [];
  for (let level = 0; level < stack.length - 1; level += 1) {
    const frame = stack[level] as Frame;
    if ('keys' in frame) path.push(frame.key ?? '');
    else path.push(frame.index);
  }
  return path;
}
