/**
 * The two executors agree: on linear frameworks the exact rational executor and the decimal.js
 * executor write the same normalised values and the same missing-data notes, and full-precision scores that
 * differ at most in the last of 40 digits (the rational one is the exact value rounded once; the
 * decimal one rounds each normalised value before averaging).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateDecimal } from '../../src/engine/decimal-run.js';
import type { RunContext } from '../../src/engine/evaluation.js';
import { evaluateRational } from '../../src/engine/rational-run.js';
import { assertDataset, assertFramework, compilePlan, type FrameworkInput, type NormalisationInput } from '../../src/index.js';
import { ExactDecimal } from '../../src/engine/decimal.js';

const linearNormalisations: fc.Arbitrary<NormalisationInput> = fc.constantFrom<NormalisationInput>(
  { method: 'goalposts', min: 0, max: 100 },
  { method: 'goalposts', min: '12.5', max: '66', clip: true },
  { method: 'goalposts', min: 0, max: 0.66 },
  { method: 'minmax' },
  { method: 'minmax', clip: true },
  { method: 'target', target: 95, baseline: 5 },
  { method: 'share', of: 100 },
  { method: 'identity', max: 100 },
  { method: 'best' },
  { method: 'minmax', lower: 0, upper: 100 },
  { method: 'minmax', lower: '-1.5', upper: 7 },
  { method: 'target', target: 95, baseline: 5, cap: false },
  { method: 'benchmark', unit: 'U0' },
  { method: 'benchmark', unit: 'U1', cap: true },
);

const cases = fc
  .record({
    pillars: fc.array(fc.record({ weight: fc.constantFrom(1, 2, 0.25, 0.4), children: fc.array(fc.record({ weight: fc.constantFrom(0, 1, 2, 3), normalisation: linearNormalisations, direction: fc.constantFrom('higher' as const, 'lower' as const) }), { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 3 }),
    policy: fc.constantFrom('reweight' as const, 'zero' as const),
    scale: fc.constantFrom(1, 100, 1000),
    units: fc.integer({ min: 2, max: 8 }),
  })
  .chain((shape) => {
    const ids = shape.pillars.flatMap((pillar, p) => pillar.children.map((_child, i) => `p${p}i${i}`));
    const value = fc.option(fc.oneof(fc.integer({ min: 1, max: 10_000 }).map((hundredths) => hundredths / 100), fc.integer({ min: 1, max: 99_999 }).map((n) => `${(n / 1000).toFixed(3)}`)), { freq: 8, nil: null });
    return fc.array(fc.tuple(...ids.map(() => value)), { minLength: shape.units, maxLength: shape.units }).map((rows) => ({ shape, ids, rows }));
  })
  .filter(({ ids, rows }) => ids.every((_id, k) => new Set(rows.map((row) => row[k]).filter((entry) => entry !== null).map(Number)).size >= 2));

function frameworkOf(shape: { pillars: { weight: number; children: { weight: number; normalisation: NormalisationInput; direction: 'higher' | 'lower' }[] }[]; policy: 'reweight' | 'zero'; scale: number }): FrameworkInput {
  return {
    id: 'linear',
    name: 'Linear',
    scale: shape.scale,
    rounding: { decimals: 2, mode: 'half-up' },
    root: {
      kind: 'aggregate',
      id: 'index',
      missing: { policy: shape.policy },
      children: shape.pillars.map((pillar, p) => ({
        kind: 'aggregate' as const,
        id: `p${p}`,
        weight: pillar.weight,
        missing: { policy: shape.policy },
        // keep at least one positive weight per pillar
        children: pillar.children.map((child, i) => ({ kind: 'indicator' as const, id: `p${p}i${i}`, unit: 'score' as const, weight: i === 0 ? Math.max(child.weight, 1) : child.weight, direction: child.normalisation.method === 'best' ? ('higher' as const) : child.direction, normalisation: child.direction === 'lower' && child.normalisation.method === 'target' ? { method: 'target' as const, target: 5, baseline: 95 } : child.normalisation })),
      })),
    },
  };
}

describe('executors', () => {
  it('the rational and decimal executors agree on every linear framework', () => {
    fc.assert(
      fc.property(cases, ({ shape, ids, rows }) => {
        const framework = assertFramework(frameworkOf(shape));
        const plan = compilePlan(framework);
        expect(plan.linear).toBe(true);
        const dataset = assertDataset(framework, { units: rows.map((row, u) => ({ id: `U${u}`, values: Object.fromEntries(ids.map((id, k) => [id, row[k] ?? null])) })) });
        const context = (): RunContext => ({ plan, units: dataset.units, rankedUnit: dataset.units.map(() => true), problems: [], missingNotes: [] });
        const rationalContext = context();
        const decimalContext = context();
        const rational = evaluateRational(rationalContext);
        const decimal = evaluateDecimal(decimalContext);
        expect(rationalContext.problems).toEqual(decimalContext.problems);
        expect(rationalContext.missingNotes).toEqual(decimalContext.missingNotes);
        plan.nodes.forEach((node, position) => {
          dataset.units.forEach((_unit, u) => {
            const exact = rational.texts[position]?.[u];
            const rounded = decimal.texts[position]?.[u];
            if (node.kind === 'indicator') {
              expect(exact).toEqual(rounded);
            } else {
              expect(exact?.score === null).toBe(rounded?.score === null);
              if (exact?.score && rounded?.score) {
                // The decimal executor's error is at most a few units in the 40th digit of the
                // largest normalised value feeding the score (unclipped values can be large).
                const largest = plan.indicators.reduce((max, indicator) => {
                  const text = rational.texts[indicator.position]?.[u]?.normalised;
                  return text ? ExactDecimal.max(max, new ExactDecimal(text).abs()) : max;
                }, new ExactDecimal(1));
                const difference = new ExactDecimal(exact.score).minus(rounded.score).abs();
                expect(difference.lte(largest.times(shape.scale).times('1e-37'))).toBe(true);
              }
            }
          });
        });
      }),
      { numRuns: 150 },
    );
  });

  it('a framework with a non-affine method takes the decimal executor', () => {
    const bestLower = assertFramework({ id: 'b', name: 'B', root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'x', unit: 'score', direction: 'lower', normalisation: { method: 'best' } }] } });
    expect(compilePlan(bestLower).linear).toBe(false);
    const framework = assertFramework({ id: 'z', name: 'Z', root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'x', unit: 'score', normalisation: { method: 'zscore' } }] } });
    expect(compilePlan(framework).linear).toBe(false);
    const geometric = assertFramework({ id: 'g', name: 'G', root: { kind: 'aggregate', id: 'index', aggregation: { method: 'geometric' }, children: [{ kind: 'indicator', id: 'x', unit: 'score', normalisation: { method: 'goalposts', min: 0, max: 1 } }] } });
    expect(compilePlan(geometric).linear).toBe(false);
  });
});
