/** Properties of `achievement` on hostile values: it is an entry point of its own, outside validateDataset. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { achievement, ChisoError } from '../../src/index.js';
import { fuzz } from '../fuzz/settings.js';

const FIGURE = /^-?\d+(\.\d+)?(e[+-]\d+)?$/;

/** Every figure of every row is a finite decimal text or null; every problem a ChisoError. */
function check(run: () => ReturnType<typeof achievement>): void {
  let rows: ReturnType<typeof achievement>;
  try {
    rows = run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChisoError);
    return;
  }
  for (const row of rows) {
    for (const figure of [row.value, row.target, row.achievement, row.percent, row.gap]) {
      if (figure !== null) expect(figure).toMatch(FIGURE);
    }
  }
}

describe('achievement on hostile values', () => {
  it('finite values and targets of any size give finite decimal figures or a ChisoError', () => {
    const finite = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -100, max: 100 }), fc.constantFrom('1e400', '-1e-400', '0', '-0', '0.7908'));
    fc.assert(
      fc.property(fc.array(fc.option(finite, { nil: null }), { minLength: 1, maxLength: 5 }), finite, fc.constantFrom('higher' as const, 'lower' as const), (values, target, direction) => {
        const dataset = { units: values.map((value, index) => ({ id: `U${index}`, values: { x: value } })) };
        check(() => achievement(dataset, 'x', target, { direction }));
      }),
      fuzz(200),
    );
  });

  // Checks that achievement refuses a non-finite or non-numeric value with a ChisoError naming unit and indicator.
  it('a value that is not a finite number gives a ChisoError naming the unit, never "NaN" or another error', () => {
    fc.assert(
      fc.property(fc.constantFrom<number | string>(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 'abc', '', '0,5', '1.640,5', 'NaN', 'Infinity'), (value) => {
        expect(() => achievement({ units: [{ id: 'A', values: { x: value } }] }, 'x', 5)).toThrow(ChisoError);
      }),
      fuzz(20),
    );
  });
});
