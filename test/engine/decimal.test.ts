/** chiso's private decimal type cannot be reconfigured from outside. */
import { describe, expect, it } from 'vitest';
import * as core from '../../src/index.js';
import * as node from '../../src/node/index.js';
import { score, toExact, type FrameworkInput } from '../../src/index.js';

type Settable = { set(config: object): unknown; config(config: object): unknown; clone(config?: object): unknown; precision: number; toExpNeg: number; maxE: number };

// geometric means run on decimal.js (not the rational executor), so precision matters
const framework: FrameworkInput = {
  id: 'thirds',
  name: 'Thirds',
  root: {
    kind: 'aggregate',
    id: 'index',
    aggregation: { method: 'geometric' },
    children: [
      { kind: 'indicator', id: 'a', unit: 'score', normalisation: { method: 'goalposts', min: 0, max: 3 } },
      { kind: 'indicator', id: 'b', unit: 'score', normalisation: { method: 'goalposts', min: 0, max: 7 } },
    ],
  },
};
const data = { units: [{ id: 'A', values: { a: 1, b: 2 } }, { id: 'B', values: { a: 2, b: 5 } }] };

function significantDigits(text: string): number {
  return text.replace(/^[-0.]+/, '').replace('.', '').replace(/e.*$/, '').length;
}

describe('the decimal type', () => {
  it('is not exported from any entry point', () => {
    expect('ExactDecimal' in core).toBe(false);
    expect('ExactDecimal' in node).toBe(false);
    expect(Object.values(core).some((value) => typeof value === 'function' && 'ROUND_HALF_EVEN' in value)).toBe(false);
  });

  it('refuses set, config and clone through a value\'s constructor', () => {
    const constructor = toExact(1).constructor as unknown as Settable;
    expect(() => constructor.set({ precision: 5 })).toThrow(TypeError);
    expect(() => constructor.config({ precision: 5 })).toThrow(TypeError);
    expect(() => constructor.clone({ precision: 5 })).toThrow(TypeError);
    expect(() => {
      constructor.toExpNeg = -1;
    }).toThrow(TypeError);
    expect(() => {
      constructor.maxE = 10;
    }).toThrow(TypeError);
    expect(toExact('0.0000001').toString()).toBe('0.0000001');
  });

  it('keeps results at the precision they state, even after a direct write to precision', () => {
    const honest = score(framework, data);
    const constructor = toExact(1).constructor as unknown as Settable;
    constructor.precision = 5;
    const result = score(framework, data);
    expect(result.precision).toBe(40);
    expect(significantDigits(result.units[0]?.nodes.a?.normalised ?? '')).toBe(40);
    expect(result.units[0]?.nodes.index?.score).toBe(honest.units[0]?.nodes.index?.score);
    expect(toExact(1).div(3).toString()).toBe('0.3333333333333333333333333333333333333333');
  });
});
