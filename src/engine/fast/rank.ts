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

/**
 * How one node is ranked.
 *
 * @example
 * // { ties: 'competition', lowerIsBetter: false, published: { decimals: 2, mode: 'half-up', scale: 100 } }
 */
export interface ColumnRanking {
  readonly ties: TieMethod;
  readonly lowerIsBetter: boolean;
  /** Round to the published value first (an aggregate of a framework ranking on published values). */
  readonly published: (Rounding & { readonly scale: number }) | null;
}

/**
 * Each unit's place in unit id order (code units, as `compareIds`), for breaking ties between equal
 * values without comparing texts: computed once per model and given to {@link rankColumn}.
 *
 * @example
 * Array.from(idOrderOf(['b', 'c', 'a'])); // => [1, 2, 0]
 */
export function idOrderOf(ids: readonly string[]): Int32Array {
  const byId = Array.from(ids, (_id, unit) => unit).sort((left, right) => compareIds(ids[left] as string, ids[right] as string));
  const order = new Int32Array(ids.length);
  byId.forEach((unit, place) => {
    order[unit] = place;
  });
  return order;
}

/** Runs shorter than this are sorted by insertion before they are merged. */
const INSERTION_RUN = 16;

/**
 * Sorts unit positions best first: higher key first, equal keys in id order. A merge sort over
 * insertion-sorted runs, comparing numbers only (no callback into `Array.prototype.sort`).
 */
function sortBestFirst(order: Int32Array, count: number, keys: Float64Array, idOrder: Int32Array, merge: Int32Array): void {
  for (let start = 0; start < count; start += INSERTION_RUN) {
    const end = Math.min(start + INSERTION_RUN, count);
    for (let index = start + 1; index < end; index += 1) {
      const unit = order[index] as number;
      const key = keys[unit] as number;
      const place = idOrder[unit] as number;
      let before = index - 1;
      while (before >= start) {
        const other = order[before] as number;
        const otherKey = keys[other] as number;
        if (otherKey > key || (otherKey === key && (idOrder[other] as number) < place)) break;
        order[before + 1] = other;
        before -= 1;
      }
      order[before + 1] = unit;
    }
  }
  if (count <= INSERTION_RUN) return;
  let from: Int32Array = order;
  let to: Int32Array = merge;
  for (let width = INSERTION_RUN; width < count; width *= 2) {
    for (let start = 0; start < count; start += 2 * width) {
      const middle = Math.min(start + width, count);
      const end = Math.min(start + 2 * width, count);
      let left = start;
      let right = middle;
      let out = start;
      while (left < middle && right < end) {
        const leftUnit = from[left] as number;
        const rightUnit = from[right] as number;
        const leftKey = keys[leftUnit] as number;
        const rightKey = keys[rightUnit] as number;
        // the right one goes first only when strictly better: equal keys in id order
        if (rightKey > leftKey || (rightKey === leftKey && (idOrder[rightUnit] as number) < (idOrder[leftUnit] as number))) {
          to[out++] = rightUnit;
          right += 1;
        } else {
          to[out++] = leftUnit;
          left += 1;
        }
      }
      while (left < middle) to[out++] = from[left++] as number;
      while (right < end) to[out++] = from[right++] as number;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  if (from !== order) for (let index = 0; index < count; index += 1) order[index] = from[index] as number;
}

/**
 * Ranks a column (1 = best; 0 for a unit not ranked or without a value). Equal values are ordered
 * by unit id (for ordinal ranks); `idOrder` ({@link idOrderOf} of `ids`) saves computing that
 * order on every call, `work` (three columns of the units' count, any content) allocating work
 * columns, and `output` the column of ranks (zeroed).
 *
 * @example
 * Array.from(rankColumn(Float64Array.of(0.9, 0.7, 0.9), Uint8Array.of(1, 1, 1), Uint8Array.of(1, 1, 1), ['a', 'b', 'c'], { ties: 'competition', lowerIsBetter: false, published: null })); // => [1, 3, 1]
 */
export function rankColumn(
  values: Float64Array,
  present: Uint8Array,
  ranked: Uint8Array,
  ids: readonly string[],
  how: ColumnRanking,
  idOrder: Int32Array = idOrderOf(ids),
  work: { readonly keys: Float64Array; readonly order: Int32Array; readonly merge: Int32Array } | null = null,
  output: Int32Array | null = null,
): Int32Array {
  const unitCount = values.length;
  const keys = work?.keys ?? new Float64Array(unitCount);
  const { published, lowerIsBetter, ties } = how;
  let eligible = 0;
  for (let unit = 0; unit < unitCount; unit += 1) if (present[unit] === 1 && ranked[unit] === 1) eligible += 1;
  const order = work?.order ?? new Int32Array(eligible);
  let next = 0;
  for (let unit = 0; unit < unitCount; unit += 1) {
    if (present[unit] === 0 || ranked[unit] === 0) continue;
    const value = values[unit] as number;
    const key = published === null ? value : roundFloat(value * published.scale, published);
    // + 0: a negative zero is the same value as zero
    keys[unit] = (lowerIsBetter ? -key : key) + 0;
    order[next++] = unit;
  }
  // best first; equal values in unit id order, so ordinal ranks do not depend on the units' order
  sortBestFirst(order, eligible, keys, idOrder, work?.merge ?? new Int32Array(eligible));
  const ranks = output ?? new Int32Array(unitCount);
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
