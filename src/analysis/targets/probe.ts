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
import type { FastModel } from '../../engine/fast/types.js';
import { roundFloat } from '../../engine/fast/rank.js';

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

/** The figures of a unit with no score: a value the framework cannot score reaches no goal. */
const NO_FIGURES: ProbeFigures = { score: null, published: null, rank: null };

/**
 * A probe on the fast (float64) engine: each call is one `model.run` with the unit's cells replaced
 * (FastOverrides `values`, every other unit's values fixed), recomputing only the indicators changed
 * and their ancestors — 0.1–0.3 ms on DTI 2022 where the exact probe takes 10–60 ms. Data-driven
 * normalisations move their references as in the exact probe. Figures are approximate: the score
 * is the double written in shortest form, the published value and the rank on published values are
 * rounded in float64 (`roundFloat`), so a score within about 1e-12 of a goal or of a rounding
 * boundary may be judged otherwise than by `score()`. `whatItTakes` searches with it and checks the
 * answer with {@link exactProbe}.
 *
 * @example
 * const model = fastModel(desi2022, dataset);
 * const probe = fastProbe(model, model.unitIds.indexOf('IT'), 'desi');
 * probe({}).rank; // => 18
 */
export function fastProbe(model: FastModel, unitIndex: number, nodeId: string): UnitProbe {
  const columns = new Map<string, Float64Array>();
  const rounding = model.framework.rounding;
  return (changes) => {
    const values: Record<string, Float64Array> = {};
    for (const id of Object.keys(changes)) {
      let column = columns.get(id);
      if (column === undefined) {
        column = model.rawValues(id);
        columns.set(id, column);
      }
      const changed = column.slice();
      changed[unitIndex] = Number(changes[id]);
      values[id] = changed;
    }
    const run = Object.keys(values).length === 0 ? model.base : model.run({ values });
    if (!run.ok || run.present(nodeId)[unitIndex] !== 1) return NO_FIGURES;
    const scoreValue = run.scores(nodeId)[unitIndex] as number;
    const rank = run.ranks(nodeId)[unitIndex] as number;
    return { score: String(scoreValue), published: roundFloat(scoreValue, rounding).toFixed(rounding.decimals), rank: rank === 0 ? null : rank };
  };
}
