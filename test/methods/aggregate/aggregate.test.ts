/** Aggregation methods. Expected values by hand; the fractions were checked with Python's fractions module. */
import { describe, expect, it } from 'vitest';
import { aggregateMethods, AggregationSchema, type Exact } from '../../../src/index.js';
import { ExactDecimal } from '../../../src/engine/decimal.js';
import type { z } from 'zod';

function aggregator(spec: z.input<typeof AggregationSchema>, weights: number[]): (values: (number | string | null)[]) => string {
  const parsed = AggregationSchema.parse(spec);
  const method = aggregateMethods[parsed.method] as unknown as { prepare(params: unknown, weights: Exact[]): (values: (Exact | null)[]) => Exact };
  const prepared = method.prepare(parsed, weights.map((weight) => new ExactDecimal(weight)));
  return (values) => prepared(values.map((value) => (value === null ? null : new ExactDecimal(value)))).toString();
}

describe('mean (weighted arithmetic)', () => {
  it('weights children: weights 2, 1, 1 and scores 0.5, 0.25, 1 give 2.25 / 4 = 0.5625', () => {
    expect(aggregator({ method: 'mean' }, [2, 1, 1])([0.5, 0.25, 1])).toBe('0.5625');
  });
  it('reproduces the ICT Index total of Đà Nẵng 2023: (0.7908 + 0.7892 + 0.9655) / 3 = 0.8485 exactly', () => {
    // Source: methodology notes §1, https://vietnam.vn/en/da-nang-giu-quan-quan-bang-xep-hang-ict-index-14-nam-lien-tiep
    expect(aggregator({ method: 'mean' }, [1, 1, 1])(['0.7908', '0.7892', '0.9655'])).toBe('0.8485');
  });
  it('re-weights over the present children when one is skipped', () => {
    expect(aggregator({ method: 'mean' }, [2, 1, 1])([0.5, null, 1])).toBe('0.6666666666666666666666666666666666666667');
  });
  it('ignores a child of weight 0 (assessed, not scored)', () => {
    expect(aggregator({ method: 'mean' }, [1, 0, 1])([0.2, 1, 0.4])).toBe('0.3');
  });
});

describe('sum (points earned ÷ maximum)', () => {
  it('divides points earned by points available: maxima 100, 200, 0 and scores 0.9, 0.5, 1 → 190/300', () => {
    expect(aggregator({ method: 'sum' }, [100, 200, 0])([0.9, 0.5, 1])).toBe('0.6333333333333333333333333333333333333333');
  });
});

describe('geometric', () => {
  it('takes the weighted geometric mean: √(0.25 × 1) = 0.5', () => {
    expect(Number(aggregator({ method: 'geometric' }, [1, 1])([0.25, 1]))).toBeCloseTo(0.5, 35);
  });
  it('weights are exponents: 0.5^(2/3) × 1^(1/3) = 0.6299605249474365823…', () => {
    expect(aggregator({ method: 'geometric' }, [2, 1])([0.5, 1]).slice(0, 22)).toBe('0.62996052494743658238');
  });
  it('refuses zero and negative inputs, naming the child', () => {
    expect(() => aggregator({ method: 'geometric' }, [1, 1])([0, 1])).toThrow(/child 1 scores 0; a geometric mean needs every input above zero/);
    expect(() => aggregator({ method: 'geometric' }, [1, 1])([0.5, -0.1])).toThrow(/child 2/);
  });
  it('accepts zeros when the framework asks for an explicit shift', () => {
    // ((0 + 1)(3 + 1))^(1/2) − 1 = 1
    expect(Number(aggregator({ method: 'geometric', shift: 1 }, [1, 1])([0, 3]))).toBeCloseTo(1, 35);
  });
});

describe('harmonic', () => {
  it('takes the weighted harmonic mean: 2 / (1/0.5 + 1/1) = 2/3', () => {
    expect(aggregator({ method: 'harmonic' }, [1, 1])([0.5, 1])).toBe('0.6666666666666666666666666666666666666667');
  });
  it('refuses a zero input', () => {
    expect(() => aggregator({ method: 'harmonic' }, [1, 1])([0.5, 0])).toThrow(/harmonic mean needs every input above zero/);
  });
});

describe('minimum', () => {
  it('scores the weakest child', () => {
    expect(aggregator({ method: 'minimum' }, [1, 1, 1])([0.9, 0.4, 0.7])).toBe('0.4');
  });
  it('ignores skipped children and children of weight 0', () => {
    expect(aggregator({ method: 'minimum' }, [1, 0, 1])([0.9, 0.1, null])).toBe('0.9');
  });
});
