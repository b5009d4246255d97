/**
 * Describing any JavaScript value in a message, safely: a value that reaches a message may be a
 * BigInt, a Symbol, a function, an object without a prototype, a cyclic or a 10,000-deep structure
 * — none of which `JSON.stringify`, `String()` or a template literal handles for every case.
 *
 * @module
 */
import { abbreviate } from './limits.js';

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
      return JSON.stringify(abbreviate(value));
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
