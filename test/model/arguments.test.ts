/** Programmer mistakes in a function's options are a TypeError or RangeError that names the option. */
import { describe, expect, it } from 'vitest';
import { checkArgument, checkOptions, flag, oneOf, record, text, texts, wholeNumber } from '../../src/model/arguments.js';

const known = { node: text, ties: oneOf(['competition', 'dense', 'ordinal']), limit: wholeNumber(0, 10), compact: flag, columns: texts, population: record };

describe('checkOptions', () => {
  it('accepts no options, an empty object, and options given as undefined', () => {
    expect(() => checkOptions('f', undefined, known)).not.toThrow();
    expect(() => checkOptions('f', {}, known)).not.toThrow();
    expect(() => checkOptions('f', { node: undefined, limit: 3, columns: ['a'], population: {} }, known)).not.toThrow();
  });

  it('refuses options that are not an object, with a TypeError', () => {
    for (const options of [null, 'x', 5, ['node']]) expect(() => checkOptions('f', options, known)).toThrow(TypeError);
  });

  it('refuses an unknown option with a did-you-mean, and inherited names as unknown', () => {
    expect(() => checkOptions('f', { tie: 'dense' }, known)).toThrow(/^f: unknown option "tie" — did you mean "ties"\?/);
    expect(() => checkOptions('f', JSON.parse('{"__proto__": 1}'), known)).toThrow(/unknown option "__proto__"/);
    expect(() => checkOptions('f', { toString: 'x' }, known)).toThrow(/unknown option "toString"/);
  });

  it('a value of the wrong kind is a TypeError, one out of range a RangeError', () => {
    expect(() => checkOptions('f', { ties: 5 }, known)).toThrow(TypeError);
    expect(() => checkOptions('f', { ties: 'nope' }, known)).toThrow(RangeError);
    expect(() => checkOptions('f', { limit: Number.NaN }, known)).toThrow(/^f: option "limit" is NaN; expected a whole number from 0 to 10$/);
    expect(() => checkOptions('f', { limit: 1.5 }, known)).toThrow(RangeError);
    expect(() => checkOptions('f', { compact: 'yes' }, known)).toThrow(TypeError);
    expect(() => checkOptions('f', { columns: ['a', , 'b'] }, known)).toThrow(TypeError);
    expect(() => checkOptions('f', { population: [] }, known)).toThrow(TypeError);
  });
});

describe('checkArgument', () => {
  it('names the function and the argument', () => {
    expect(() => checkArgument('explainUnit', 'the unit id', 5, text)).toThrow(/^explainUnit: the unit id is 5; expected a text$/);
    expect(() => checkArgument('explainUnit', 'the unit id', 'AT', text)).not.toThrow();
  });
});
