/**
 * Properties of scenarios on random two-level frameworks (mean aggregation; goalposts, min–max and
 * z-score normalisations, so both the rational and the decimal executor are exercised):
 * - an empty edit list gives the base result;
 * - setting a weight to its current value changes nothing;
 * - scaling every weight of an aggregate's children by one factor leaves every score unchanged.
 * Factors are powers of two, 3 and 10 and weights whole numbers, so every scaled weight is the
 * exact double (0.1 × 3 would not be).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { score, type FrameworkInput, type FrameworkNodeInput } from '../../../src/index.js';
import { applyEdits, scoreScenarios, setWeight, type EditInput } from '../../../src/analysis/index.js';
import { fuzz } from '../../fuzz/settings.js';

interface Model {
  framework: FrameworkInput;
  dataset: { units: { id: string; values: Record<string, number> }[] };
  aggregates: { id: string; children: { id: string; weight: number }[] }[];
}

const normalisation = fc.constantFrom({ method: 'goalposts' as const, min: 0, max: 100 }, { method: 'minmax' as const }, { method: 'zscore' as const });

/** 1–3 pillars of 1–3 indicators each, 3–6 units with distinct values 0–100 in every column (so min–max and z-scores are defined). */
const models: fc.Arbitrary<Model> = fc
  .record({
    pillars: fc.array(fc.array(fc.record({ weight: fc.integer({ min: 1, max: 5 }), normalisation }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    pillarWeights: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 3 }),
    unitCount: fc.integer({ min: 3, max: 6 }),
  })
  .chain(({ pillars, pillarWeights, unitCount }) => {
    const indicatorCount = pillars.flat().length;
    return fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: unitCount, maxLength: unitCount }), { minLength: indicatorCount, maxLength: indicatorCount }).map((columns): Model => {
      let next = 0;
      const aggregates: Model['aggregates'] = [];
      const children: FrameworkNodeInput[] = pillars.map((pillar, pillarIndex) => {
        const indicators = pillar.map((spec) => ({ kind: 'indicator' as const, id: `i${next++}`, unit: 'percent' as const, weight: spec.weight, normalisation: spec.normalisation }));
        aggregates.push({ id: `p${pillarIndex}`, children: indicators.map((indicator) => ({ id: indicator.id, weight: indicator.weight })) });
        return { kind: 'aggregate' as const, id: `p${pillarIndex}`, weight: pillarWeights[pillarIndex] ?? 1, children: indicators };
      });
      aggregates.push({ id: 'top', children: pillars.map((_, index) => ({ id: `p${index}`, weight: pillarWeights[index] ?? 1 })) });
      const units = Array.from({ length: unitCount }, (_, unitIndex) => ({ id: `U${unitIndex}`, values: Object.fromEntries(columns.map((column, index) => [`i${index}`, column[unitIndex] ?? 0])) }));
      return { framework: { id: 'random', name: 'Random', scale: 100, root: { kind: 'aggregate', id: 'top', children } }, dataset: { units }, aggregates };
    });
  });

describe('scenario properties', () => {
  it('an empty edit list gives the base result', () => {
    fc.assert(
      fc.property(models, ({ framework, dataset }) => {
        const runs = scoreScenarios(framework, dataset, [{ name: 'nothing', edits: [] }]);
        const run = runs.scenarios[0];
        expect(run?.status === 'ok' ? run.result : run).toEqual(runs.base);
        expect(runs.base).toEqual(score(framework, dataset));
      }),
      fuzz(25),
    );
  });

  it('setting a weight to its current value changes nothing', () => {
    fc.assert(
      fc.property(models, fc.nat(), ({ framework, dataset, aggregates }, pick) => {
        const nodes = aggregates.flatMap((aggregate) => aggregate.children);
        const node = nodes[pick % nodes.length];
        if (node === undefined) return;
        const edited = applyEdits(framework, dataset, [setWeight(node.id, node.weight)]);
        expect(score(edited.framework, edited.dataset)).toEqual(score(framework, dataset));
      }),
      fuzz(25),
    );
  });

  it('scaling every weight of an aggregate\'s children by one factor leaves every score and rank unchanged (mean aggregation)', () => {
    fc.assert(
      fc.property(models, fc.nat(), fc.constantFrom(2, 3, 10, 0.5, 0.25, 1024), ({ framework, dataset, aggregates }, pick, factor) => {
        const aggregate = aggregates[pick % aggregates.length];
        if (aggregate === undefined) return;
        const edits: EditInput[] = aggregate.children.map((child) => setWeight(child.id, child.weight * factor));
        const edited = applyEdits(framework, dataset, edits);
        const figures = (result: ReturnType<typeof score>) => result.units.map((unit) => Object.fromEntries(Object.entries(unit.nodes).map(([id, entry]) => [id, [entry.score, entry.rank]])));
        expect(figures(score(edited.framework, edited.dataset))).toEqual(figures(score(framework, dataset)));
      }),
      fuzz(25),
    );
  });
});
