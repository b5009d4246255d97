/**
 * JSON written piece by piece: the same text as `JSON.stringify(value, null, indent)`, produced as
 * a sequence of chunks, so a result of 100,000 units is written unit by unit instead of being
 * held as one string of gigabytes.
 *
 * @module
 */
import { checkOptions, wholeNumber } from '../model/arguments.js';
import { escapeJsonText } from './escape.js';

/**
 * `JSON.stringify`, with its one unclear failure made clear: a value nested deeper than the stack
 * allows (a cyclic one already fails with a TypeError that says so).
 */
function stringify(value: unknown, indent: number): string {
  try {
    return JSON.stringify(value as Json, null, indent);
  } catch (error) {
    if (error instanceof RangeError) throw new RangeError('jsonChunks: the value is nested too deeply to be written as JSON');
    throw error;
  }
}

/** Options for {@link jsonChunks}. */
export interface JsonChunksOptions {
  /** Spaces per level (default 2). */
  readonly indent?: number;
  /**
   * How many levels of objects and arrays are walked piece by piece (default 3: a result, its
   * `units`, each unit); deeper values are written with one `JSON.stringify` each.
   */
  readonly depth?: number;
}

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** What JSON.stringify writes for a value it meets under a key: `toJSON` applied. */
function prepare(value: unknown, key: string): unknown {
  if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON(key: string): unknown }).toJSON(key);
  }
  return value;
}

/** Values JSON.stringify leaves out of objects (and writes as null in arrays). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function* walk(value: unknown, level: number, indent: number, depth: number): Generator<string, void, undefined> {
  const inner = ' '.repeat((level + 1) * indent);
  const outer = ' '.repeat(level * indent);
  if (level >= depth || typeof value !== 'object' || value === null || indent === 0) {
    // Lines of a nested stringify start at column 0: shift them to this level.
    const text = stringify(value, indent);
    yield level === 0 || indent === 0 ? text : text.replaceAll('\n', `\n${outer}`);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let index = 0; index < value.length; index += 1) {
      const element = prepare(value[index] as unknown, String(index));
      yield `${index === 0 ? '' : ','}\n${inner}`;
      if (omitted(element)) yield 'null';
      else yield* walk(element, level + 1, indent, depth);
    }
    yield `\n${outer}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const member = prepare((value as Record<string, unknown>)[key], key);
    if (omitted(member)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* walk(member, level + 1, indent, depth);
  }
  yield first ? '{}' : `\n${outer}}`;
}

/**
 * Writes a value as JSON, chunk by chunk: joined, the chunks are exactly
 * `JSON.stringify(value, null, indent)`, except that characters a terminal would act on and
 * `JSON.stringify` leaves raw (C1 controls, bidirectional overrides) are written as `\uHHHH`
 * escapes. Memory stays at the size of one chunk — one unit of a result — however large the
 * value.
 *
 * @example
 * [...jsonChunks({ units: [{ id: 'A' }, { id: 'B' }] })].join('') === JSON.stringify({ units: [{ id: 'A' }, { id: 'B' }] }, null, 2); // => true
 */
export function jsonChunks(value: unknown, options: JsonChunksOptions = {}): Generator<string, void, undefined> {
  // checked here, before the first chunk is asked for
  checkOptions('jsonChunks', options, { indent: wholeNumber(0, 10), depth: wholeNumber(0, Number.MAX_SAFE_INTEGER) });
  return chunks(value, options);
}

function* chunks(value: unknown, options: JsonChunksOptions): Generator<string, void, undefined> {
  const indent = options.indent ?? 2;
  const depth = options.depth ?? 3;
  const top = prepare(value, '');
  if (omitted(top)) return;
  for (const chunk of walk(top, 0, indent, depth)) yield escapeJsonText(chunk);
}
