/**
 * "Score this unit with these values": the one function the target searches call, so that the
 * exact engine used today can be swapped for the fast (float64) engine without touching them.
 *
 * @module
 */
import type { Dataset } from '../../model/dataset.js';
import type { Plan } from '../../engine/plan.js';
import { scoreValidated } from '../../engine/score.js';
import { ChisoError } from '../../model/issues.js';

/** A unit's figures at a node after a change: full-precision score (framework scale), published score and rank. */
export interface ProbeFigures {
  readonly score: string | null;
  /** The score rounded as the framework publishes it. */
  readonly published: string | null;
  readonly rank: number | null;
}

/** Scores one unit at one node with some of its raw values replaced (decimal texts by indicator id). */
export type UnitProbe = (changes: Readonly<Record<string, string>>) => ProbeFigures;

/**
 * A probe on the exact engine: each call re-scores the whole dataset with `scoreValidated` (so
 * data-driven normalisations move their references and every other unit's score moves with them,
 * as they would), other units' values fixed, nothing validated or compiled again. A value the
 * framework cannot score (a zero under a geometric mean) gives no score and no rank.
 */
export function exactProbe(plan: Plan, dataset: Dataset, unitIndex: number, nodeId: string): UnitProbe {
  return (changes) => {
    const unit = dataset.units[unitIndex] as Dataset['units'][number];
    const values = Object.assign(Object.create(null) as Record<string, Dataset['units'][number]['values'][string]>, unit.values, changes);
    const units = dataset.units.map((candidate, index) => (index === unitIndex ? { ...candidate, values } : candidate));
    let result;
    try {
      result = scoreValidated(plan, { ...dataset, units });
    } catch (error) {
      // a value the framework cannot score (a zero under a geometric mean) reaches no goal
      if (error instanceof ChisoError) return { score: null, published: null, rank: null };
      throw error;
    }
    const figures = result.units[unitIndex]?.nodes[nodeId];
    return { score: figures?.score ?? null, published: figures?.published ?? null, rank: figures?.rank ?? null };
  };
}
