/**
 * How a fast (float64) run is checked against the exact engine's result: scores within 1e-12
 * relative at every node (relative to the larger of the score and the largest score at the node,
 * so values near zero after a cancellation — z-scores average 0 — are held to the node's
 * magnitude), the same units present, no NaN, and ranks equal wherever the exact scores of the
 * ranked units leave more than 1e-9 (relative) between a unit and every other one. Not a test
 * file itself.
 */
import type { FastModel, FastRun } from '../../../src/engine/fast/types.js';
import type { ScoreResult } from '../../../src/index.js';

/** Relative tolerance of a score. */
export const SCORE_TOLERANCE = 1e-12;
/** Relative gap below which two exact scores are a near-tie, whose order float64 may not keep. */
export const RANK_GAP = 1e-9;

/** Every disagreement between a fast run and an exact result, as messages (empty: they agree). */
export function disagreements(model: FastModel, run: FastRun, exact: ScoreResult): string[] {
  const problems: string[] = [];
  const published = exact.framework.ranking.on === 'published';
  for (const info of exact.nodes) {
    const scores = run.scores(info.id);
    const present = run.present(info.id);
    const ranks = run.ranks(info.id);
    const exactScores = exact.units.map((unit) => unit.nodes[info.id]?.score ?? null);
    let largest = 0;
    for (const text of exactScores) if (text !== null) largest = Math.max(largest, Math.abs(Number(text)));
    exact.units.forEach((unit, index) => {
      const fast = scores[index] as number;
      if (Number.isNaN(fast)) problems.push(`${info.id} ${unit.id}: NaN`);
      const text = exactScores[index] ?? null;
      if (text === null) {
        if (present[index] !== 0) problems.push(`${info.id} ${unit.id}: present in the fast run, absent in the exact one`);
        if (fast !== 0) problems.push(`${info.id} ${unit.id}: absent but ${fast}, not 0`);
        return;
      }
      if (present[index] !== 1) {
        problems.push(`${info.id} ${unit.id}: absent in the fast run, ${text} in the exact one`);
        return;
      }
      const value = Number(text);
      const tolerance = SCORE_TOLERANCE * Math.max(Math.abs(value), largest, Number.MIN_VALUE);
      if (!(Math.abs(fast - value) <= tolerance)) problems.push(`${info.id} ${unit.id}: fast ${fast}, exact ${text} (difference ${Math.abs(fast - value)}, tolerance ${tolerance})`);
    });
    // ranks, where no other ranked unit is within the gap (on published values: where no score is near a rounding boundary)
    const rankedValues = exact.units.flatMap((unit, index) => (unit.ranked && exactScores[index] !== null ? [{ index, value: Number(exactScores[index]) }] : []));
    const nearBoundary = published && info.kind === 'aggregate' && rankedValues.some(({ value }) => {
      const scaled = value * 10 ** exact.framework.rounding.decimals;
      return Math.abs(scaled * 2 - Math.round(scaled * 2)) <= 1e-6 * Math.max(1, Math.abs(scaled)) || Math.abs(scaled - Math.round(scaled)) <= 1e-6 * Math.max(1, Math.abs(scaled));
    });
    const anyNearTie = rankedValues.some((entry) => rankedValues.some((other) => other !== entry && Math.abs(other.value - entry.value) <= RANK_GAP * Math.max(1, Math.abs(entry.value))));
    exact.units.forEach((unit, index) => {
      const exactRank = unit.nodes[info.id]?.rank ?? 0;
      const fastRank = ranks[index] as number;
      if (exactRank === 0 || fastRank === 0) {
        if (exactRank !== fastRank) problems.push(`${info.id} ${unit.id}: rank ${fastRank} in the fast run, ${exactRank} in the exact one`);
        return;
      }
      if (nearBoundary) return;
      // dense ranks count the distinct values above: any near-tie may shift them
      if (exact.framework.ranking.ties === 'dense' && anyNearTie) return;
      const own = Number(exactScores[index]);
      const nearTie = rankedValues.some((other) => other.index !== index && Math.abs(other.value - own) <= RANK_GAP * Math.max(1, Math.abs(own)));
      if (!nearTie && !published && exactRank !== fastRank) problems.push(`${info.id} ${unit.id}: rank ${fastRank} in the fast run, ${exactRank} in the exact one`);
      if (published && info.kind === 'aggregate' && exactRank !== fastRank) problems.push(`${info.id} ${unit.id}: rank on published values ${fastRank} in the fast run, ${exactRank} in the exact one`);
      if (published && info.kind === 'indicator' && !nearTie && exactRank !== fastRank) problems.push(`${info.id} ${unit.id}: rank ${fastRank} in the fast run, ${exactRank} in the exact one`);
    });
  }
  for (const info of exact.nodes) if (!model.nodeIds.includes(info.id)) problems.push(`${info.id} is in the result, not in the model`);
  return problems;
}
