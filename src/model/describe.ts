/**
 * Describing any JavaScript value in a message, safely: a value that reaches a message may be a
 * BigInt, a Symbol, a function, an object without a prototype, a cyclic or a 10,000-deep structure
 * — none of which `JSON.stringify`, `String()` or a template literal handles for every case.
 *
 * @module
 */
import { abbreviate } from './limits.js';

/** Characters `JSON.stringify` leaves raw that a terminal acts on: DEL, C1 controls, bidi marks, separators. */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A text quoted for a message: abbreviated when long, in double quotes, with every control,
 * bidirectional-formatting and separator character written as a visible escape, so a message
 * printed on a terminal shows the text and cannot act on the terminal.
 *
 * @example
 * quoteText('Hà Nội'); // => '"Hà Nội"'
 * quoteText('a\u001b[31m'); // => '"a\\u001b[31m"'
 * quoteText('abc\u202Efed'); // => '"abc\\u202efed"'
 */
export function quoteText(text: string): string {
  return JSON.stringify(abbreviate(text)).replace(RAW_IN_JSON, (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/**
 * A short description of any value, for a message: never throws and never walks into a container.
 *
 * @example
 * describeValue('abc'); // => '"abc"'
 * describeValue(12n); // => '12n (a BigInt)'
 * describeValue(Object.create(null)); // => 'an object'
 * describeValue([1, 2]); // => 'an array of 2 items'
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quoteText(value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      return `${abbreviate(value.toString())}n (a BigInt)`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      // Never stringify a container: it may be huge, nested 10,000 deep or contain itself.
      if (value === null) return 'null';
      if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
      return 'an object';
  }
}
