/**
 * Checking a function's arguments: the options object and the lists a TypeScript caller might get
 * wrong from JavaScript (`{ ties: 'nope' }`, `{ limit: NaN }`, `{ nod: 'x' }`, a string where a
 * list is expected). These are programmer mistakes, so they are a `TypeError` (wrong kind of value,
 * unknown option) or a `RangeError` (right kind, out of range) whose message names the function,
 * the option and what was expected — never a silent default, and never a TypeError from inside.
 *
 * @module
 */
import { describeValue } from './describe.js';
import { didYouMean } from './suggest.js';

/** What is wrong with an option's value: `null` when nothing is. */
export type OptionProblem = null | { readonly kind: 'type' | 'range'; readonly expected: string };

/** Checks one option's value. */
export type OptionCheck = (value: unknown) => OptionProblem;

/**
 * One of the given texts.
 *
 * @example
 * oneOf(['competition', 'dense'])('nope'); // => { kind: 'range', expected: '"competition" or "dense"' }
 */
export function oneOf(values: readonly string[]): OptionCheck {
  const expected = values.length === 1 ? JSON.stringify(values[0]) : `${values.slice(0, -1).map((value) => JSON.stringify(value)).join(', ')} or ${JSON.stringify(values.at(-1))}`;
  return (value) => (typeof value !== 'string' ? { kind: 'type', expected } : values.includes(value) ? null : { kind: 'range', expected });
}

/**
 * A whole number from `min` to `max`.
 *
 * @example
 * wholeNumber(0, 20)(Number.NaN); // => { kind: 'range', expected: 'a whole number from 0 to 20' }
 */
export function wholeNumber(min: number, max: number): OptionCheck {
  const expected = `a whole number from ${min} to ${max}`;
  return (value) => (typeof value !== 'number' ? { kind: 'type', expected } : Number.isInteger(value) && value >= min && value <= max ? null : { kind: 'range', expected });
}

/**
 * Any text.
 *
 * @example
 * text(5); // => { kind: 'type', expected: 'a text' }
 */
export const text: OptionCheck = (value) => (typeof value === 'string' ? null : { kind: 'type', expected: 'a text' });

/**
 * `true` or `false`.
 *
 * @example
 * flag('yes'); // => { kind: 'type', expected: 'true or false' }
 */
export const flag: OptionCheck = (value) => (typeof value === 'boolean' ? null : { kind: 'type', expected: 'true or false' });

/**
 * A list of texts (no holes).
 *
 * @example
 * texts('a,b'); // => { kind: 'type', expected: 'a list of texts' }
 */
export const texts: OptionCheck = (value) => (Array.isArray(value) && Array.from(value, (entry: unknown) => typeof entry === 'string').every(Boolean) ? null : { kind: 'type', expected: 'a list of texts' });

/**
 * Anything: the option is checked where it is used (a result, by `assertResult`).
 *
 * @example
 * anything(undefined); // => null
 */
export const anything: OptionCheck = () => null;

function fail(where: string, problem: Exclude<OptionProblem, null>, value: unknown): never {
  const message = `${where} is ${describeValue(value)}; expected ${problem.expected}`;
  throw problem.kind === 'type' ? new TypeError(message) : new RangeError(message);
}

/**
 * Checks a function's options: `undefined` or an object whose every key is a known option (else a
 * TypeError with a did-you-mean) with a value the option accepts (else a TypeError or RangeError).
 * An option given as `undefined` counts as not given.
 *
 * @example
 * checkOptions('rankAmong', { ties: 'nope' }, { node: text, ties: oneOf(['competition', 'dense', 'ordinal']) });
 * // throws RangeError: rankAmong: option "ties" is "nope"; expected "competition", "dense" or "ordinal"
 */
export function checkOptions(functionName: string, options: unknown, known: Readonly<Record<string, OptionCheck>>): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`${functionName}: the options are ${describeValue(options)}; expected an object (or nothing)`);
  }
  const names = Object.keys(known);
  for (const key of Object.keys(options)) {
    const check = Object.hasOwn(known, key) ? known[key] : undefined;
    if (check === undefined) throw new TypeError(`${functionName}: unknown option ${JSON.stringify(key)}${didYouMean(key, names)}; the options are ${names.map((name) => JSON.stringify(name)).join(', ')}`);
    const value: unknown = (options as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const problem = check(value);
    if (problem !== null) fail(`${functionName}: option ${JSON.stringify(key)}`, problem, value);
  }
}

/**
 * Checks one argument that is not in an options object.
 *
 * @example
 * checkArgument('explainUnit', 'the unit id', 5, text);
 * // throws TypeError: explainUnit: the unit id is 5; expected a text
 */
export function checkArgument(functionName: string, what: string, value: unknown, check: OptionCheck): void {
  const problem = check(value);
  if (problem !== null) fail(`${functionName}: ${what}`, problem, value);
}

/**
 * An object (not null, not an array), such as a table of values by key.
 *
 * @example
 * record([1, 2]); // => { kind: 'type', expected: 'an object' }
 */
export const record: OptionCheck = (value) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? null : { kind: 'type', expected: 'an object' });
