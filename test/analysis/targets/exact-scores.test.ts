/** The exact model the targets solve with agrees with score(), and its slopes are effective weights. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertDataset, assertFramework, compilePlan, datasetFromCsv, desi2022, score, type FrameworkInput } from '../../../src/index.js';
import { exactScores, pathSlope } from '../../../src/analysis/targets/exact-scores.js';
import { multiplyRational, parseRational, rationalToText } from '../../../src/engine/rational.js';
import { whatItTakes } from '../../../src/analysis/index.js';

describe('exactScores', () => {
  it('gives the 40-digit scores score() gives, at every node for every DESI 2022 unit', () => {
    const input = datasetFromCsv(readFileSync(new URL('../../../examples/data/desi-2022.csv', import.meta.url), 'utf8'));
    const framework = assertFramework(desi2022);
    const plan = compilePlan(framework);
    const dataset = assertDataset(framework, input);
    const exact = exactScores(plan, dataset);
    const result = score(desi2022, input);
    const scale = parseRational(framework.scale);
    for (const node of plan.nodes) {
      result.units.forEach((unit, index) => {
        const value = exact.values[node.position]?.[index] ?? null;
        expect(value === null ? null : rationalToText(multiplyRational(value, scale))).toBe(unit.nodes[node.node.id]?.score ?? null);
      });
    }
  });

  it('a slope is the effective weight after missing data: b missing and re-weighted, a counts 1 / (1 + 2) = 1/3 of a unit of normalised value', () => {
    const framework: FrameworkInput = { id: 'f', name: 'F', scale: 100, root: { kind: 'aggregate', id: 'index', missing: { policy: 'reweight' }, children: [
      { kind: 'indicator', id: 'a', unit: 'percent', weight: 1, normalisation: { method: 'goalposts', min: 0, max: 100 } },
      { kind: 'indicator', id: 'b', unit: 'percent', weight: 3, normalisation: { method: 'goalposts', min: 0, max: 100 } },
      { kind: 'indicator', id: 'c', unit: 'percent', weight: 2, normalisation: { method: 'goalposts', min: 0, max: 100 } },
    ] } };
    const input = { units: [{ id: 'U1', values: { a: 30, b: null, c: 60 } }, { id: 'U2', values: { a: 50, b: 50, c: 50 } }] };
    const checked = assertFramework(framework);
    const plan = compilePlan(checked);
    const exact = exactScores(plan, assertDataset(checked, input));
    expect(pathSlope(plan, exact, 0, 1, 0)).toEqual({ numerator: 1n, denominator: 3n });
    // U1 = (30 + 2·60)/3 = 50 ties U2's 50 already; for 55: (a + 120)/3 ≥ 55 → a ≥ 45
    expect(whatItTakes(framework, input, { unit: 'U1', goal: { score: 55 }, indicators: ['a'] }).indicators[0]?.to).toBe('45');
  });

  it('reads a benchmark unit\'s value as the engine does: distance to the "EU" row, scores equal to score()\'s', () => {
    const framework: FrameworkInput = { id: 'f', name: 'F', root: { kind: 'aggregate', id: 'index', children: [
      { kind: 'indicator', id: 'a', unit: 'score', normalisation: { method: 'benchmark', unit: 'EU' } },
      { kind: 'indicator', id: 'b', unit: 'score', normalisation: { method: 'minmax' } },
    ] } };
    const input = { units: [{ id: 'U1', values: { a: 10, b: 1 } }, { id: 'U2', values: { a: 20, b: 3 } }, { id: 'EU', ranked: false, values: { a: 30, b: 2 } }] };
    const checked = assertFramework(framework);
    const plan = compilePlan(checked);
    const exact = exactScores(plan, assertDataset(checked, input));
    const result = score(framework, input);
    result.units.forEach((unit, index) => {
      const value = exact.values[0]?.[index] ?? null;
      expect(value === null ? null : rationalToText(value)).toBe(unit.nodes.index?.score ?? null);
    });
  });
});
