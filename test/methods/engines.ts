/**
 * Scores a small framework with both engines — `score()` (exact) and `fastModel` (float64) — and
 * says where they disagree (see `agreement.ts`: 1e-12 relative). Not a test file itself.
 */
import { score, type FrameworkInput, type ScoreResult } from '../../src/index.js';
import { fastModel } from '../../src/engine/fast/model.js';
import type { FastModel } from '../../src/engine/fast/types.js';
import { disagreements } from '../engine/fast/agreement.js';

/** A unit of a test dataset: id, values, and whether it is ranked. */
export interface TestUnit {
  readonly id: string;
  readonly values: Readonly<Record<string, number | string | null>>;
  readonly ranked?: boolean;
}

/** Both engines' results for one framework and dataset, and their disagreements (empty: they agree). */
export function bothEngines(framework: FrameworkInput, units: readonly TestUnit[]): { exact: ScoreResult; model: FastModel; disagreements: string[]; scoreOf(nodeId: string, unitId: string): string | null | undefined; fastOf(nodeId: string, unitId: string): number } {
  const data = { units: units.map((unit) => ({ ...unit, values: { ...unit.values } })) };
  const exact = score(framework, data);
  const model = fastModel(framework, data);
  return {
    exact,
    model,
    disagreements: [...model.base.problems.map((problem) => problem.message), ...disagreements(model, model.base, exact)],
    scoreOf: (nodeId, unitId) => exact.units.find((unit) => unit.id === unitId)?.nodes[nodeId]?.score,
    fastOf: (nodeId, unitId) => model.base.scores(nodeId)[model.unitIds.indexOf(unitId)] as number,
  };
}

/** A framework of one aggregate over indicators `x`, `y`, … each with the given normalisation. */
export function flatFramework(indicators: readonly { id: string; normalisation: object; direction?: 'higher' | 'lower'; weight?: number }[], aggregation: object = { method: 'mean' }, missing: object = { policy: 'fail' }): FrameworkInput {
  return {
    id: 'test',
    name: 'Test',
    root: {
      kind: 'aggregate',
      id: 'index',
      aggregation,
      missing,
      children: indicators.map((indicator) => ({ kind: 'indicator', id: indicator.id, unit: 'score', direction: indicator.direction ?? 'higher', weight: indicator.weight ?? 1, normalisation: indicator.normalisation })),
    },
  } as FrameworkInput;
}
