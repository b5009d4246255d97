import { ExactDecimal } from '../../engine/decimal.js';
import type { Normalisation } from '../../model/framework.js';
import { exactBeaten, floatBeaten } from './positions.js';
import { ValueProblem, type NormaliseMethod } from './types.js';

type Params = Extract<Normalisation, { method: 'rank' }>;

/**
 * A rank needs at least one reference unit to be placed among (also for `borda`): a `ValueProblem`
 * otherwise.
 *
 * @example
 * checkReference(3); // => undefined
 */
export function checkReference(count: number): void {
  if (count < 1) throw new ValueProblem('undefined_computation', 'ranks need at least one reference value, found 0');
}

/**
 * Rank normalisation: the score is the unit's rank among the reference (ranked) units counted from
 * the worst — `1 + the number of reference units it beats` — so the worst unit scores 1 and the best
 * n, and tied units share the lowest of their ranks (R's `rank(x, ties.method = "min")`). Exactly
 * COINr's `n_rank` (which always uses `"min"`, whatever its `ties.method` says). Lower is better
 * counts the units with a higher value instead (COINr multiplies by −1 first: the same ranks).
 * A unit outside the reference set (an average row) is placed among them: 1 + the units it beats.
 *
 * Why: the most robust normalisation — outliers cannot move anyone's score — at the price of every
 * distance between units; the OECD/JRC Handbook (2008, section 5, "ranking") lists it first. Scores
 * are not on 0–1: aggregate them with `mean` (a Borda-like count, see `borda`) rather than a
 * geometric mean. Exact: the scores are whole numbers (the decimal executor).
 *
 * Fails with no reference value. Cost: one sort, then a binary search per value.
 * Reference: OECD/JRC Handbook (2008), section 5; COINr `n_rank`.
 *
 * @example
 * // reference 10, 20, 20, 40: 10 → 1, 20 → 2, 40 → 4; lower is better: 40 → 1, 10 → 4
 */
export const rank: NormaliseMethod<Params> = {
  name: 'rank',
  dataDriven: () => true,
  check: () => [],
  prepare(_params, { direction, reference }) {
    checkReference(reference.length);
    const beaten = exactBeaten(reference, direction);
    return (value) => new ExactDecimal(beaten(value) + 1);
  },
  prepareFloat(_params, { direction, reference }) {
    checkReference(reference.length);
    const beaten = floatBeaten(reference, direction);
    return (value) => beaten(value) + 1;
  },
};
