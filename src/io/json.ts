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
 * The same pass finds number literals that `JSON.parse` would change: `12345678901234567891`,
 * `0.12345678901234567891` (rounded to the nearest double), `1e-400` (read as 0) and `1e400` (read as
 * Infinity). chiso keeps decimals written as text exact, so such a number is refused with advice to
 * write it as text, never read as another number without a word.
 *
 * @module
 */
import { quoteText } from '../model/describe.js';
import { ChisoError, issue, type ChisoIssue } from '../model/issues.js';
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

/** A number literal of a JSON text that `JSON.parse` reads as another number. */
export interface InexactNumber {
  /** The literal as written, e.g. `12345678901234567891` or `1e400`. */
  readonly literal: string;
  /** What `JSON.parse` reads: the nearest double, `0` or `±Infinity`. */
  readonly reads: number;
  /** Where the number is: property names and array indices from the top of the text. */
  readonly path: readonly (string | number)[];
}

/** What one pass over a JSON text found. */
interface Findings {
  readonly duplicates: DuplicateKey[];
  readonly numbers: InexactNumber[];
}

/**
 * One linear, iterative pass over a JSON text that `JSON.parse` has accepted, collecting keys
 * given twice and number literals that would not be read as written (up to `limit` of each).
 */
function scan(text: string, limit: number, wantNumbers: boolean): Findings {
  const duplicates: DuplicateKey[] = [];
  const numbers: InexactNumber[] = [];
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
        if (top.keys.has(key) && duplicates.length < limit) duplicates.push({ key, path: pathOf(stack, false) });
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      position = end + 1;
      continue;
    }
    if (code === 45 /* - */ || (code >= 48 && code <= 57) /* 0-9 */) {
      // Outside strings, only a number starts with "-" or a digit in valid JSON.
      let end = position + 1;
      while (end < length && isNumberCharacter(text.charCodeAt(end))) end += 1;
      if (wantNumbers && numbers.length < limit) {
        const literal = text.slice(position, end);
        if (!readsAsWritten(literal)) numbers.push({ literal, reads: Number(literal), path: pathOf(stack, true) });
      }
      position = end;
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
  return { duplicates, numbers };
}

function isNumberCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 46 /* . */ || code === 101 /* e */ || code === 69 /* E */ || code === 43 /* + */ || code === 45; /* - */
}

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
  checkScanArguments('duplicateKeys', text, limit);
  return scan(text, limit, false).duplicates;
}

/**
 * Every number literal of a JSON text that `JSON.parse` would read as another number (up to
 * `limit`, default 20), with its path: more digits than a double holds, or beyond its range (read
 * as 0 or ±Infinity). A literal is read as written when the double's shortest decimal form
 * (`String(Number(literal))`) has the same value. The text must be valid JSON; one linear pass.
 *
 * @example
 * inexactNumbers('{"a": 12345678901234567891, "b": [0.5, 1e-400]}');
 * // => [{ literal: '12345678901234567891', reads: 12345678901234567000, path: ['a'] }, { literal: '1e-400', reads: 0, path: ['b', 1] }]
 * inexactNumbers('[0.1, 1e21, 100.000]'); // => []
 */
export function inexactNumbers(text: string, limit = 20): InexactNumber[] {
  checkScanArguments('inexactNumbers', text, limit);
  return scan(text, limit, true).numbers;
}

/** The text and limit of {@link duplicateKeys} and {@link inexactNumbers}: programmer mistakes are a TypeError or RangeError. */
function checkScanArguments(name: string, text: string, limit: number): void {
  checkArgument(name, 'the text', text, textCheck);
  checkArgument(name, 'the limit', limit, (value) => (typeof value !== 'number' ? { kind: 'type', expected: 'a whole number or Infinity' } : value >= 0 && (Number.isInteger(value) || value === Number.POSITIVE_INFINITY) ? null : { kind: 'range', expected: 'a whole number of 0 or more, or Infinity' }));
}

/**
 * True when a JSON number literal and the shortest decimal form of the double it is read as have
 * the same value. A literal of at most 15 characters without an exponent always does (every
 * decimal of at most 15 significant digits within the normal range survives a round trip), which
 * keeps the common case to one comparison.
 */
function readsAsWritten(literal: string): boolean {
  if (literal.length <= 15 && !/[eE]/.test(literal)) return true;
  const read = Number(literal);
  if (!Number.isFinite(read)) return false;
  const written = decimalParts(literal);
  const shortest = decimalParts(String(read));
  if (written === null || shortest === null) return false;
  if (written.digits === '' || shortest.digits === '') return written.digits === shortest.digits;
  return written.negative === shortest.negative && written.digits === shortest.digits && written.exponent === shortest.exponent;
}

/** A decimal as sign, significant digits (no leading or trailing zeros; '' for zero) and the exponent of 0.digits. */
function decimalParts(text: string): { negative: boolean; digits: string; exponent: bigint } | null {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (match === null) return null;
  const whole = match[2] ?? '';
  const all = whole + (match[3] ?? '');
  let first = 0;
  while (first < all.length && all.charCodeAt(first) === 48) first += 1;
  if (first === all.length) return { negative: false, digits: '', exponent: 0n };
  let last = all.length - 1;
  while (all.charCodeAt(last) === 48) last -= 1;
  return { negative: match[1] === '-', digits: all.slice(first, last + 1), exponent: BigInt(match[4] ?? '0') + BigInt(whole.length - first) };
}

/**
 * Parses JSON text as chiso reads files: refuses text that is not JSON, a key given twice in one
 * object (`JSON.parse` keeps the last without a word) and a number literal `JSON.parse` would read
 * as another number (`12345678901234567891`, `1e-400`, `1e400`), with one {@link ChisoError}
 * naming `source`, the place and the literal. Use it on a framework or dataset file before
 * `score` in a browser, as the CLI does.
 *
 * @example
 * parseJsonText('{"units": [{"id": "A", "values": {"x": "0.12345678901234567891"}}]}', 'data.json').units.length; // => 1
 * parseJsonText('{"x": 0.12345678901234567891}', 'data.json');
 * // throws ChisoError: x: "data.json": the number 0.12345678901234567891 would be read as 0.12345678901234568 …
 */
export function parseJsonText(given: string, source = 'the JSON text'): unknown {
  // a byte-order mark (Notepad, Excel) is read past, as in CSV files; JSON.parse would refuse it as an invisible "Unexpected token"
  const text = given.charCodeAt(0) === 0xfeff ? given.slice(1) : given;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch (error) {
    throw new ChisoError([issue('unreadable_input', [source], `${named(source)} is not valid JSON: ${(error as Error).message}`)], 'A file cannot be read');
  }
  const found = scan(text, 20, true);
  const issues: ChisoIssue[] = [
    ...found.duplicates.map(({ key, path }) =>
      issue('invalid_shape', [...path, key], `key ${quoteText(key)} is given twice in this object of ${named(source)}; JSON readers keep only the last one, so remove the one you did not mean`, { received: key }),
    ),
    ...found.numbers.map(({ literal, reads, path }) => issue('out_of_range', [...path], inexactNumberMessage(literal, reads, source), { expected: 'a number a JavaScript number holds exactly, or decimal text', received: literal.length > 60 ? `${literal.slice(0, 60)}…` : literal })),
  ];
  if (issues.length > 0) throw new ChisoError(issues, found.duplicates.length > 0 ? `${named(source)} gives a key twice in one object` : `${named(source)} holds a number JSON readers would change`);
  return parsed;
}

/** A file name in a message: in full (a path is read whole), in quotes. */
function named(source: string): string {
  return JSON.stringify(source);
}

function inexactNumberMessage(literal: string, reads: number, source: string): string {
  const shown = quoteText(literal).slice(1, -1);
  const what = Number.isFinite(reads)
    ? reads === 0
      ? `is too small for a JavaScript number: it would be read as 0`
      : `has more digits than a JavaScript number holds: it would be read as ${String(reads)}`
    : `is too large for a JavaScript number: it would be read as ${String(reads)}`;
  return `${named(source)}: the number ${shown} ${what}; write it as text, ${quoteText(literal)} — chiso reads decimals written as text exactly`;
}

/**
 * The path to the innermost open object (each enclosing object's current key or array's index), or
 * with `inside`, to the value being read within it.
 */
function pathOf(stack: readonly Frame[], inside: boolean): (string | number)[] {
  const path: (string | number)[] = [];
  for (let level = 0; level < stack.length - (inside ? 0 : 1); level += 1) {
    const frame = stack[level] as Frame;
    if ('keys' in frame) path.push(frame.key ?? '');
    else path.push(frame.index);
  }
  return path;
}
