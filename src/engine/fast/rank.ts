/**
 * Ranks on float64 columns, by the framework's rules: its tie method (competition, dense,
 * ordinal with ties broken by unit id), lowest first for a lower-is-better aggregate, among the
 * ranked units with a value, on the full-precision score or the published (rounded) value.
 *
 * @module
 */
import type { Rounding, TieMethod } from '../../model/framework.js';
import { compareIds } from '../rank.js';

/**
 * Rounds a double as the framework publishes it, in float64: a product within 1e-9 (relative) of a
 * half or a whole number is taken to be on it, so a value that is exactly on a rounding boundary
 * in decimal (0.12345 to four decimals) rounds as the exact engine rounds it. Approximate: two
 * values whose exact difference is below that tolerance can round differently than in exact
 * arithmetic.
 *
 * @example
 * roundFloat(0.12345, { decimals: 4, mode: 'half-up' }); // => 0.1235
 * roundFloat(0.12345, { decimals: 4, mode: 'half-even' }); // => 0.1234
 */
export function roundFloat(value: number, { decimals, mode }: Rounding): number {
  const factor = 10 ** decimals;
  let scaled = value * factor;
  const nearestHalf = Math.round(scaled * 2) / 2;
  if (Math.abs(scaled - nearestHalf) <= 1e-9 * Math.max(1, Math.abs(scaled))) scaled = nearestHalf;
  const sign = scaled < 0 ? -1 : 1;
  const size = Math.abs(scaled);
  let rounded: number;
  switch (mode) {
    case 'up':
      rounded = sign * Math.ceil(size);
      break;
    case 'down':
      rounded = sign * Math.floor(size);
      break;
    case 'ceil':
      rounded = Math.ceil(scaled);
      break;
    case 'floor':
      rounded = Math.floor(scaled);
      break;
    case 'half-down':
      rounded = sign * Math.ceil(size - 0.5);
      break;
    case 'half-even': {
      const floor = Math.floor(size);
      const rest = size - floor;
      rounded = sign * (rest > 0.5 || (rest === 0.5 && floor % 2 === 1) ? floor + 1 : floor);
      break;
    }
    default:
      rounded = sign * Math.floor(size + 0.5);
  }
  // +0 for a negative value rounding to zero, as published
  return rounded / factor + 0;
}

/** How one node is ranked. */
export interface ColumnRanking {
  readonly ties: TieMethod;
  readonly lowerIsBetter: boolean;
  /** Round to the published value first (an aggregate of a framework ranking on published values). */
  readonly published: (Rounding & { readonly scale: number }) | null;
}

/**
 * Ranks a column (1 = best; 0 for a unit not ranked or without a value).
 *
 * @example
 * Array.from(rankColumn(Float64Array.of(0.9, 0.7, 0.9), Uint8Array.of(1, 1, 1), Uint8Array.of(1, 1, 1), ['a', 'b', 'c'], { ties: 'competition', lowerIsBetter: false, published: null })); // => [1, 3, 1]
 */
export function rankColumn(values: Float64Array, present: Uint8Array, ranked: Uint8Array, ids: readonly string[], how: ColumnRanking): Int32Array {
  const unitCount = values.length;
  const keys = new Float64Array(unitCount);
  const { published, lowerIsBetter, ties } = how;
  let eligible = 0;
  for (let unit = 0; unit < unitCount; unit += 1) if (present[unit] === 1 && ranked[unit] === 1) eligible += 1;
  const order = new Int32Array(eligible);
  let next = 0;
  for (let unit = 0; unit < unitCount; unit += 1) {
    if (present[unit] === 0 || ranked[unit] === 0) continue;
    const value = values[unit] as number;
    const key = published === null ? value : roundFloat(value * published.scale, published);
    // + 0: a negative zero is the same value as zero
    keys[unit] = (lowerIsBetter ? -key : key) + 0;
    order[next++] = unit;
  }
  // best first; equal values in unit id order (code points), so ordinal ranks do not depend on the units' order
  order.sort((left, right) => (keys[right] as number) - (keys[left] as number) || compareIds(ids[left] as string, ids[right] as string));
  const ranks = new Int32Array(unitCount);
  let rank = 0;
  let distinct = 0;
  for (let index = 0; index < eligible; index += 1) {
    const unit = order[index] as number;
    const tied = index > 0 && keys[unit] === keys[order[index - 1] as number];
    if (!tied) distinct += 1;
    if (ties === 'ordinal') rank = index + 1;
    else if (ties === 'dense') rank = distinct;
    else if (!tied) rank = index + 1;
    ranks[unit] = rank;
  }
  return ranks;
}
