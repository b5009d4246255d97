/**
 * Properties of Monte Carlo uncertainty for any seed and any split of the runs into chunks: the
 * merged chunks are the single run (what makes worker threads exact), and no summary is NaN.
 * The model is a fast stand-in (a FastModel whose ranks are a fixed function of the weights, and
 * which refuses some runs), since these properties hold for any model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeUncertainty, uncertainty, type UncertainModel } from '../../../src/analysis/index.js';
import type { FastOverrides } from '../../../src/engine/fast/types.js';
import type { UncertainRun } from '../../../src/analysis/uncertainty/model-structure.js';
import { issue } from '../../../src/model/issues.js';
import { assertFramework } from '../../../src/model/validate.js';
import { fuzz } from '../../fuzz/settings.js';
import { PILLARS_FRAMEWORK } from './fixtures.js';

const UNITS = ['a', 'b', 'c', 'd', 'e'];

/** Scores: unit u gets Σ_node weight(node) · sin(u + position of node); fails when s1's weight exceeds 1.2. */
function standIn(): UncertainModel {
  const framework = assertFramework(PILLARS_FRAMEWORK);
  const nodeIds = ['index', 'same', 's1', 's2', 'split', 'p1', 'p2'];
  const run = (overrides: FastOverrides = {}): UncertainRun => {
    const weight = (id: string): number => overrides.weights?.[id] ?? 1;
    if (weight('s1') > 1.2) return { ok: false, problems: [issue('invalid_weight', ['s1'], 's1 too heavy')], scores: () => new Float64Array(0), present: () => new Uint8Array(0), ranks: () => new Int32Array(0) };
    const scores = Float64Array.from(UNITS, (_unit, position) => nodeIds.reduce((sum, id, node) => sum + weight(id) * Math.sin(position + node), 0));
    const ranks = Int32Array.from(scores, (value) => 1 + Array.from(scores).filter((other) => other > value).length);
    return { ok: true, problems: [], scores: () => scores, present: () => new Uint8Array(UNITS.length).fill(1), ranks: () => ranks };
  };
  return { unitIds: UNITS, nodeIds, root: 'index', framework, run };
}

describe('uncertainty for any seed and chunking', () => {
  it('merges any split of the runs into exactly the single run, with no NaN', async () => {
    const model = standIn();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 1, max: 40 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }), async (seed, runs, cuts) => {
        const options = { sources: [{ kind: 'weights' as const, noise: 0.4 }], runs, seed };
        const whole = await uncertainty(model, options);
        const points = [...new Set([0, ...cuts.map((cut) => Math.floor(cut * runs)), runs])].sort((left, right) => left - right);
        const chunks = await Promise.all(points.slice(1).map((to, index) => uncertainty(model, { ...options, runRange: { from: points[index] ?? 0, to } })));
        expect(mergeUncertainty(chunks.reverse())).toEqual(whole);
        expect(whole.status.ok + whole.status.failed).toBe(runs);
        for (const unit of whole.units) {
          for (const value of [unit.mean, unit.median, unit.lower, unit.upper, unit.topK]) expect(value === null || Number.isFinite(value)).toBe(true);
          expect(unit.ranked).toBe(whole.status.ok);
        }
      }),
      fuzz(40),
    );
  });
});
