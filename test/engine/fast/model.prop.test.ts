/**
 * The fast engine against the exact one on generated frameworks (every normalisation and
 * aggregation method of the registry, every missing-data policy and basis, lower-is-better
 * aggregates, scales, rounding and tie rules — the generators of the hostile properties, with
 * ordinary magnitudes) and generated data with gaps and unranked rows. Source of truth: `score()`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertDataset, assertFramework, ChisoError, score, type FrameworkInput } from '../../../src/index.js';
import { fastModel } from '../../../src/engine/fast/model.js';
import type { FastOverrides } from '../../../src/engine/fast/types.js';
import { fuzz } from '../../fuzz/settings.js';
import { casesWith, copyCase, type Case, type Json } from '../hostile-cases.js';
import { disagreements } from './agreement.js';

/** Values as published statistics have them: whole numbers and two decimals, as numbers and text. */
const ordinaryValue: fc.Arbitrary<number | string> = fc.oneof(
  fc.integer({ min: -3, max: 110 }),
  fc.integer({ min: -300, max: 11_000 }).map((hundredths) => hundredths / 100),
  fc.integer({ min: 0, max: 10_000 }).map((hundredths) => (hundredths / 100).toFixed(2)),
);

/** What the exact engine makes of a case: invalid input, a run its rules stop, or a result. */
function exactOutcome(testCase: Case): 'invalid' | 'stopped' | ReturnType<typeof score> {
  try {
    assertDataset(assertFramework(testCase.framework), testCase.data);
  } catch (error) {
    if (error instanceof ChisoError) return 'invalid';
    throw error;
  }
  try {
    return score(testCase.framework, testCase.data);
  } catch (error) {
    if (error instanceof ChisoError) return 'stopped';
    throw error;
  }
}

interface NodeJson {
  id: string;
  kind: string;
  weight?: number;
  children?: NodeJson[];
  [key: string]: unknown;
}

function nodesOf(framework: Json): { node: NodeJson; parent: NodeJson | null }[] {
  const found: { node: NodeJson; parent: NodeJson | null }[] = [];
  const visit = (node: NodeJson, parent: NodeJson | null): void => {
    found.push({ node, parent });
    for (const child of node.children ?? []) visit(child, node);
  };
  visit(framework.root as NodeJson, null);
  return found;
}

describe('fast = exact on generated frameworks', () => {
  it('scores within 1e-12 at every node, the same units present, no NaN, ranks equal beyond near-ties; stopped runs are not ok', () => {
    let compared = 0;
    fc.assert(
      fc.property(casesWith(ordinaryValue, { tame: true }), (testCase) => {
        const exact = exactOutcome(testCase);
        if (exact === 'invalid') {
          expect(() => fastModel(testCase.framework, testCase.data)).toThrow(ChisoError);
          return;
        }
        const model = fastModel(testCase.framework, testCase.data);
        if (exact === 'stopped') {
          expect(model.base.ok).toBe(false);
          expect(model.base.problems.length).toBeGreaterThan(0);
          return;
        }
        expect(model.base.problems).toEqual([]);
        expect(disagreements(model, model.base, exact)).toEqual([]);
        compared += 1;
      }),
      fuzz(400),
    );
    expect(compared).toBeGreaterThan(30);
  });

  it('an override equals scoring the edited framework: a weight, a dropped node, an excluded unit, a method, a policy', () => {
    let compared = 0;
    const edits = fc.record({ kind: fc.constantFrom('weight', 'drop', 'exclude', 'normalisation', 'aggregation', 'missing'), pick: fc.nat(), weight: fc.constantFrom(0.5, 2, 3, 0) });
    fc.assert(
      fc.property(casesWith(ordinaryValue, { tame: true }), edits, (testCase, edit) => {
        if (exactOutcome(testCase) === 'invalid') return;
        const model = fastModel(testCase.framework, testCase.data);
        const edited = copyCase(testCase.framework);
        const editedData = copyCase(testCase.data);
        const nodes = nodesOf(edited).filter(({ parent }) => parent !== null);
        const { node, parent } = nodes[edit.pick % nodes.length] as { node: NodeJson; parent: NodeJson };
        let overrides: FastOverrides;
        switch (edit.kind) {
          case 'weight':
            node.weight = edit.weight;
            overrides = { weights: { [node.id]: edit.weight } };
            break;
          case 'drop': {
            if ((parent.children ?? []).length < 2) return;
            parent.children = (parent.children ?? []).filter((child) => child !== node);
            const gone = new Set(nodesOf({ root: node }).map((entry) => entry.node.id));
            for (const unit of editedData.units) for (const key of Object.keys(unit.values)) if (gone.has(key)) delete unit.values[key];
            overrides = { drop: [node.id] };
            break;
          }
          case 'exclude': {
            const unit = editedData.units[edit.pick % editedData.units.length];
            if (unit === undefined) return;
            (edited as { ranking: { exclude?: string[] } }).ranking.exclude = [unit.id];
            overrides = { exclude: [unit.id] };
            break;
          }
          case 'normalisation': {
            const indicator = nodes.map((entry) => entry.node).find((candidate, index) => candidate.kind === 'indicator' && index >= edit.pick % nodes.length) ?? nodes.map((entry) => entry.node).find((candidate) => candidate.kind === 'indicator');
            if (indicator === undefined) return;
            const normalisation = { method: 'minmax', clip: edit.weight > 1 } as const;
            indicator.normalisation = normalisation;
            overrides = { normalisations: { [indicator.id]: normalisation } };
            break;
          }
          case 'aggregation': {
            const aggregate = nodesOf(edited).map((entry) => entry.node).filter((candidate) => candidate.kind === 'aggregate');
            const target = aggregate[edit.pick % aggregate.length] as NodeJson;
            const aggregation = edit.weight > 1 ? ({ method: 'mean' } as const) : ({ method: 'minimum' } as const);
            target.aggregation = aggregation;
            overrides = { aggregations: { [target.id]: aggregation } };
            break;
          }
          default: {
            const aggregate = nodesOf(edited).map((entry) => entry.node).filter((candidate) => candidate.kind === 'aggregate');
            const target = aggregate[edit.pick % aggregate.length] as NodeJson;
            const missing = { policy: 'reweight', minShare: edit.weight > 1 ? 0.5 : 0, basis: edit.weight === 3 ? 'weight' : 'count' } as const;
            target.missing = missing;
            overrides = { missing: { [target.id]: missing } };
          }
        }
        const editedCase = { ...testCase, framework: edited, data: editedData };
        const exact = exactOutcome(editedCase);
        if (exact === 'invalid') return; // e.g. every weight of a parent now 0
        const run = model.run(overrides);
        if (exact === 'stopped') {
          expect(run.ok).toBe(false);
          return;
        }
        expect(run.problems).toEqual([]);
        expect(disagreements(model, run, exact)).toEqual([]);
        compared += 1;
      }),
      fuzz(300),
    );
    expect(compared).toBeGreaterThan(15);
  });
});

/** A framework of depth 3 in which every aggregate has several children, to check weight vectors. */
const nested: FrameworkInput = {
  id: 'nested',
  name: 'Nested',
  scale: 100,
  root: {
    kind: 'aggregate',
    id: 'top',
    children: [0, 1].map((p) => ({
      kind: 'aggregate' as const,
      id: `p${p}`,
      children: [0, 1].map((s) => ({
        kind: 'aggregate' as const,
        id: `p${p}s${s}`,
        ...(s === 1 ? { direction: 'lower' as const } : {}),
        children: [0, 1, 2].map((i) => ({ kind: 'indicator' as const, id: `p${p}s${s}i${i}`, unit: 'percent' as const, normalisation: { method: 'goalposts' as const, min: 0, max: 100 } })),
      })),
    })),
  },
};

describe('weight vectors', () => {
  it('any weights given as a vector equal the same weights written into the framework', () => {
    const ids = ['p0s0i0', 'p0s0i1', 'p0s0i2', 'p0s1i0', 'p0s1i1', 'p0s1i2', 'p1s0i0', 'p1s0i1', 'p1s0i2', 'p1s1i0', 'p1s1i1', 'p1s1i2'];
    const data = { units: Array.from({ length: 7 }, (_unit, u) => ({ id: `U${u}`, values: Object.fromEntries(ids.map((id, k) => [id, ((u * 37 + k * 11) % 100) + 0.25])) })) };
    const model = fastModel(nested, data);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 8 }), { minLength: model.nodeIds.length, maxLength: model.nodeIds.length }), (drawn) => {
        const weights = Float64Array.from(drawn, (weight) => weight / 4);
        const edited = structuredClone(nested) as unknown as Json;
        for (const { node } of nodesOf(edited)) node.weight = weights[model.nodeIndex(node.id)] as number;
        expect(disagreements(model, model.run({ weightVector: weights }), score(edited, data))).toEqual([]);
      }),
      fuzz(40),
    );
  });
});
