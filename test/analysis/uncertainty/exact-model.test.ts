/**
 * The reference model used by the uncertainty tests (and, later, to check the float engine):
 * its nominal run is the exact engine's result, and each override means what the contract says.
 * Source of truth: `score()` on a framework edited by hand.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../src/index.js';
import { PILLARS_DATA, PILLARS_FRAMEWORK, pillarsModel } from './fixtures.js';

describe('exactModel', () => {
  it('runs the framework as written like score()', () => {
    const model = pillarsModel();
    const run = model.run();
    const result = score(PILLARS_FRAMEWORK, PILLARS_DATA);
    expect(run.ok).toBe(true);
    expect(model.nodeIds).toEqual(result.nodes.map((node) => node.id));
    for (const id of model.nodeIds) {
      expect(Array.from(run.ranks(id))).toEqual(result.units.map((unit) => unit.nodes[id]?.rank ?? 0));
      expect(Array.from(run.scores(id))).toEqual(result.units.map((unit) => Number(unit.nodes[id]?.score)));
    }
  });

  it('applies weights, drops, exclusions and values as an edited framework would', () => {
    const model = pillarsModel();
    const run = model.run({ weights: { split: 3 }, drop: ['s2'], exclude: ['u2'], values: { p1: Float64Array.from([0.1, 0.2, 0.3, Number.NaN]) } });
    // index = (same + 3·split) / 4 with same = s1 and split = mean(p1, p2); u4's p1 missing fails ("fail" policy).
    expect(run.ok).toBe(false);
    expect(run.problems[0]?.code).toBe('missing_value');
    const edited = model.run({ weights: { split: 3 }, drop: ['s2'], exclude: ['u2'], values: { p1: Float64Array.from([0.1, 0.2, 0.3, 0.4]) } });
    const split = [0.1, 0.2, 0.3, 0.4].map((p1, unit) => (p1 + ([0.1, 0.8, 0.45, 0.7][unit] ?? 0)) / 2);
    const index = [0.5, 0.52, 0.48, 0.3].map((s1, unit) => (s1 + 3 * (split[unit] ?? 0)) / 4);
    Array.from(edited.scores('index')).forEach((value, unit) => expect(value).toBeCloseTo(index[unit] ?? Number.NaN, 14));
    expect(edited.ranks('index')[1]).toBe(0); // excluded
    expect(Array.from(edited.present('s2'))).toEqual([0, 0, 0, 0]); // dropped
    expect(() => model.run({ weights: { nope: 1 } })).toThrow(RangeError);
  });
});
