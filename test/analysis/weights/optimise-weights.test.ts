/**
 * optimiseWeights against scipy.optimize.minimize(method="Nelder-Mead") on the same objective
 * (test/fixtures/audit/make_fixture.py), and Nelder–Mead on functions with known minima.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareScenarios, nelderMead, optimiseWeights, scoreScenarios, weightEdits } from '../../../src/analysis/index.js';

interface Optimum { targets: number[]; weights: number[]; obtained: number[] }
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/audit/audit-fixture.json', import.meta.url), 'utf8')) as { framework: unknown; dataset: unknown; optimisedWeights: { pearson: Optimum; r2: Optimum } };

describe('nelderMead', () => {
  it('finds the minimum of a quadratic and of Rosenbrock\'s valley (1, 1)', () => {
    const quadratic = nelderMead(([x = 0, y = 0]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0]);
    expect(quadratic.converged).toBe(true);
    expect(quadratic.point[0]).toBeCloseTo(1, 6);
    expect(quadratic.point[1]).toBeCloseTo(-2, 6);
    const rosenbrock = nelderMead(([x = 0, y = 0]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2, [-1.2, 1], { maxIterations: 5000 });
    expect(rosenbrock.converged).toBe(true);
    expect(rosenbrock.point[0]).toBeCloseTo(1, 5);
    expect(rosenbrock.point[1]).toBeCloseTo(1, 5);
  });

  it('reports when it stops before converging, and is deterministic', () => {
    const stopped = nelderMead(([x = 0]) => (x - 100) ** 2, [0], { maxIterations: 3 });
    expect(stopped).toMatchObject({ converged: false, iterations: 3 });
    expect(nelderMead(([x = 0]) => Math.abs(x - 0.3), [5])).toEqual(nelderMead(([x = 0]) => Math.abs(x - 0.3), [5]));
  });
});

describe('optimiseWeights', () => {
  it('balances the pillars\' correlations with the index as scipy does (Pearson r, equal targets)', () => {
    const found = optimiseWeights(fixture.framework, fixture.dataset, 'equal');
    expect(found.converged).toBe(true);
    found.weights.forEach((weight, index) => expect(weight).toBeCloseTo(fixture.optimisedWeights.pearson.weights[index] as number, 6));
    found.obtained.forEach((share) => expect(share).toBeCloseTo(1 / 3, 8));
    expect(found.framework.root.children.map((child) => child.weight)).toEqual(found.weights);
  });

  it('meets r² targets 4:3:3 as scipy does', () => {
    const found = optimiseWeights(fixture.framework, fixture.dataset, { p1: 4, p2: 3, p3: 3 }, { measure: 'r2' });
    expect(found.targets).toEqual([0.4, 0.3, 0.3]);
    found.weights.forEach((weight, index) => expect(weight).toBeCloseTo(fixture.optimisedWeights.r2.weights[index] as number, 6));
    found.obtained.forEach((share, index) => expect(share).toBeCloseTo(found.targets[index] as number, 8));
  });

  it('says when targets cannot be met (a weight pushed to the boundary) instead of hiding it', () => {
    const found = optimiseWeights(fixture.framework, fixture.dataset, { p1: 1, p2: 2, p3: 1 }, { measure: 'r2' });
    expect(found.objective).toBeGreaterThan(1e-4);
    expect(found.weights[0]).toBeLessThan(1e-6);
  });

  it('gives a scenario compareScenarios can set beside the model as written', () => {
    const found = optimiseWeights(fixture.framework, fixture.dataset, 'equal', { node: 'p3' });
    const comparison = compareScenarios(scoreScenarios(fixture.framework, fixture.dataset, [{ name: 'balanced p3', edits: weightEdits(fixture.framework, found.framework) }]));
    expect(comparison.scenarios.map((scenario) => scenario.name)).toEqual(['balanced p3']);
  });

  it('refuses targets that do not fit the aggregate', () => {
    expect(() => optimiseWeights(fixture.framework, fixture.dataset, { p1: 1, p2: 1 })).toThrow(/no target for "p3"/);
    expect(() => optimiseWeights(fixture.framework, fixture.dataset, { p1: 1, p2: 1, p3: 1, a1: 1 })).toThrow(/"a1" is not a child/);
    expect(() => optimiseWeights(fixture.framework, fixture.dataset, { p1: 1, p2: 0, p3: 1 })).toThrow(/above 0/);
    expect(() => optimiseWeights(fixture.framework, fixture.dataset, 'equal', { node: 'a1' })).toThrow(/not an aggregate/);
  });
});
