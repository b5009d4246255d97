/**
 * Ranking: competition, dense and ordinal ranks, computed on exact values.
 *
 * @module
 */
import type { TieMethod } from '../model/framework.js';

/** Values to rank, with a cheap approximation for sorting and an exact comparison for ties. */
export interface RankInput {
  /** Positions (into the arrays below) of the units taking part. */
  readonly positions: readonly number[];
  /**
   * A double approximation of each value. It must never reverse the order of two values
   * (a correctly rounded conversion never does), so equal doubles are the only places where the
   * exact comparison is needed.
   */
  readonly approximate: Float64Array;
  /** Exact comparison of two positions' values: negative, zero or positive. */
  compareExact(left: number, right: number): number;
  /** Unit ids, for the deterministic tie-break of ordinal ranks. */
  readonly ids: readonly string[];
}

/** Code-point order, the same on every machine and locale. */
export function compareIds(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Ranks values from highest (rank 1) to lowest.
 *
 * - `competition` ("1224"): tied units share the best rank and the next rank is skipped — Excel's
 *   RANK, DESI and the DTI tables.
 * - `dense` ("1223"): tied units share a rank and none is skipped.
 * - `ordinal` ("1234"): every unit has its own rank; ties are broken by unit id in code-point
 *   order, so the result never depends on the order units were listed in.
 *
 * Returns a rank per position (0 for positions not taking part). The sort uses the doubles and
 * consults the exact values only where two doubles are equal, so ranks are exact at the cost of a
 * float sort.
 *
 * @example
 * // values 0.9, 0.7, 0.9, 0.5 → competition 1, 3, 1, 4; dense 1, 2, 1, 3; ordinal 1, 3, 2, 4
 */
export function rankPositions(input: RankInput, ties: TieMethod): Int32Array {
  const { approximate, compareExact, ids } = input;
  const order = [...input.positions];
  const sameValue = (left: number, right: number): boolean =>
    approximate[left] === approximate[right] && compareExact(left, right) === 0;
  order.sort((left, right) => {
    const difference = (approximate[right] as number) - (approximate[left] as number);
    if (difference !== 0) return difference;
    const exact = compareExact(right, left);
    if (exact !== 0) return exact;
    return compareIds(ids[left] as string, ids[right] as string);
  });
  const ranks = new Int32Array(approximate.length);
  let previous = -1;
  let currentRank = 0;
  let distinct = 0;
  order.forEach((position, index) => {
    const tied = previous !== -1 && sameValue(previous, position);
    if (!tied) distinct += 1;
    if (ties === 'ordinal') currentRank = index + 1;
    else if (ties === 'dense') currentRank = distinct;
    else if (!tied) currentRank = index + 1;
    ranks[position] = currentRank;
    previous = position;
  });
  return ranks;
}
