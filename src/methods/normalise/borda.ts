import { ExactDecimal } from '../../engine/decimal.js';
import type { Normalisation } from '../../model/framework.js';
import { exactBeaten, floatBeaten } from './positions.js';
import { checkReference } from './rank.js';
import type { NormaliseMethod } from './types.js';

/**
 * Borda scores: the number of reference units a unit beats — its rank from the worst minus one —
 * so the worst unit scores 0 and the best n − 1, ties sharing the lowest (COINr's `n_borda`,
 * `rank(x, ties.method = "min") − 1`). Summed over indicators with `mean` (times the number of
 * indicators) it is the Borda count of social choice theory: each indicator a voter, each unit a
 * candidate earning a point for every unit it beats. Lower is better counts units with a higher
 * value instead.
 *
 * Why: a rank normalisation whose zero means "beats no one", the non-compensatory counterpart to
 * the Copeland aggregation. Exact: whole numbers. Fails with no reference value.
 * Cost: one sort, then a binary search per value.
 * Reference: OECD/JRC Handbook (2008), section 6.2 (Borda); COINr `n_borda`.
 *
 * @example
 * // reference 10, 20, 20, 40: 10 → 0, 20 → 1, 40 → 3
 */
export const borda: NormaliseMethod<Extract<Normalisation, { method: 'borda' }>> = {
  name: 'borda',
  dataDriven: () => true,
  check: () => [],
  prepare(_params, { direction, reference }) {
    checkReference(reference.length);
    const beaten = exactBeaten(reference, direction);
    return (value) => new ExactDecimal(beaten(value));
  },
  prepareFloat(_params, { direction, reference }) {
    checkReference(reference.length);
    return floatBeaten(reference, direction);
  },
};
