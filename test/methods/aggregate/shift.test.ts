/**
 * Geometric and harmonic means with a large shift: shifting scores near 0.5 by 1e38 and back cancels
 * 38 digits, which at 40 working digits left noise (shift 1e45 gave −49600000). Expected values were
 * computed independently with Python's decimal module at 400 significant digits, straight from the
 * definitions — `(sum(w*(x+c).ln())/W).exp() - c` and `W/sum(w/(x+c)) - c` — and rounded to 40
 * significant digits (half-even) by hand.
 */
import { describe, expect, it } from 'vitest';
import { ExactDecimal } from '../../../src/engine/decimal.js';
import { aggregateMethods, AggregationSchema, score, type Exact, type FrameworkInput } from '../../../src/index.js';
import type { z } from 'zod';

function aggregator(spec: z.input<typeof AggregationSchema>, weights: number[]): (values: (number | string | null)[]) => string {
  const parsed = AggregationSchema.parse(spec);
  const method = aggregateMethods[parsed.method] as unknown as { prepare(params: unknown, weights: Exact[]): (values: (Exact | null)[]) => Exact };
  const prepared = method.prepare(parsed, weights.map((weight) => new ExactDecimal(weight)));
  return (values) => prepared(values.map((value) => (value === null ? null : new ExactDecimal(value)))).toString();
}

describe('means with a large shift keep 40 right digits', () => {
  it.each<[string, string, string]>([
    // Python: 0.624999999999999999999999999999999999999296875… and 0.62499999999999999999999999999999999999859375…
    ['1e38', '0.6249999999999999999999999999999999999993', '0.6249999999999999999999999999999999999986'],
    // Python: 0.62499999999999999999999999999999999999999999992968… and …985937…: both round to 0.625
    ['1e45', '0.625', '0.625'],
    // Python: sqrt(1.25 × 2) − 1 = 0.58113883008418966599944677221635926685977…; 2/(1/1.25 + 1/2) − 1 = 0.538461538…
    ['1', '0.5811388300841896659994467722163592668598', '0.5384615384615384615384615384615384615385'],
  ])('shift %s, equal weights, scores 0.25 and 1', (shift, geometric, harmonic) => {
    expect(aggregator({ method: 'geometric', shift }, [1, 1])([0.25, 1])).toBe(geometric);
    expect(aggregator({ method: 'harmonic', shift }, [1, 1])([0.25, 1])).toBe(harmonic);
  });

  it('with weights 2, 1, 1 and a zero score (what a shift is for)', () => {
    // Python: 0.374999999999999999999999999999999999999296875 and 0.374999999999999999999999999999999999998593750
    expect(aggregator({ method: 'geometric', shift: '1e38' }, [2, 1, 1])([0.25, 1, 0])).toBe('0.3749999999999999999999999999999999999993');
    expect(aggregator({ method: 'harmonic', shift: '1e38' }, [2, 1, 1])([0.25, 1, 0])).toBe('0.3749999999999999999999999999999999999986');
    expect(aggregator({ method: 'geometric', shift: '1e45' }, [2, 1, 1])([0.25, 1, 0])).toBe('0.375');
  });

  it('all-zero scores give exactly zero, whatever the shift', () => {
    expect(aggregator({ method: 'geometric', shift: '1e300' }, [1, 1])([0, 0])).toBe('0');
    expect(aggregator({ method: 'harmonic', shift: '1e300' }, [1, 1])([0, 0])).toBe('0');
  });

  it('a shift too large to afford is refused with a clear problem, not answered with noise', () => {
    expect(() => aggregator({ method: 'geometric', shift: '1e400' }, [1, 1])(['1e-2000', '1e-2000'])).toThrow();
    try {
      aggregator({ method: 'harmonic', shift: '1e400' }, [1, 1])(['1e-2000', '1e-2000']);
    } catch (problem) {
      expect((problem as { message: string }).message).toMatch(/^the shift 1e\+400 is too large for scores near 1e-2000: keeping 40 digits of the harmonic mean would need \d+ working digits \(at most 2000\); use a smaller shift$/);
    }
  });

  it('end to end: a framework with shift 1e38 scores as the definition says', () => {
    const framework: FrameworkInput = {
      id: 'f',
      name: 'F',
      root: { kind: 'aggregate', id: 'index', aggregation: { method: 'geometric', shift: '1e38' }, children: [
        { kind: 'indicator', id: 'a', unit: 'ratio', normalisation: { method: 'identity' } },
        { kind: 'indicator', id: 'b', unit: 'ratio', normalisation: { method: 'identity' } },
      ] },
    };
    const result = score(framework, { units: [{ id: 'X', values: { a: '0.25', b: 1 } }] });
    expect(result.units[0]?.nodes.index?.score).toBe('0.6249999999999999999999999999999999999993');
  });
});
