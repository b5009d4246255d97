/**
 * Where a value falls among the reference units' values — how many are below it and how many at
 * or below it — exactly (decimals) and in float64: what the ranking normalisations (`rank`,
 * `borda`) read.
 *
 * @module
 */
import type { Exact } from '../../engine/decimal.js';
import type { Direction } from '../../model/framework.js';

/**
 * How many reference values a value beats when higher (or lower) is better: strictly below it
 * (above it), so tied units share the lowest of their positions — R's `rank(ties.method = "min")`.
 * One sort, then a binary search per value.
 *
 * @example
 * const beaten = exactBeaten([new ExactDecimal(10), new ExactDecimal(20), new ExactDecimal(20)], 'higher');
 * beaten(new ExactDecimal(20)); // => 1
 * beaten(new ExactDecimal(25)); // => 3
 */
export function exactBeaten(reference: readonly Exact[], direction: Direction): (value: Exact) => number {
  const sorted = [...reference].sort((left, right) => left.cmp(right));
  const count = sorted.length;
  return (value) => {
    if (direction === 'higher') {
      // values strictly below
      let low = 0;
      let high = count;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((sorted[middle] as Exact).lt(value)) low = middle + 1;
        else high = middle;
      }
      return low;
    }
    // values strictly above: all but those at or below
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] as Exact).lte(value)) low = middle + 1;
      else high = middle;
    }
    return count - low;
  };
}

/**
 * {@link exactBeaten} in float64.
 *
 * @example
 * floatBeaten(Float64Array.of(10, 20, 20), 'lower')(15); // => 2
 */
export function floatBeaten(reference: Float64Array, direction: Direction): (value: number) => number {
  const sorted = Float64Array.from(reference).sort();
  const count = sorted.length;
  return (value) => {
    let low = 0;
    let high = count;
    if (direction === 'higher') {
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((sorted[middle] as number) < value) low = middle + 1;
        else high = middle;
      }
      return low;
    }
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] as number) <= value) low = middle + 1;
      else high = middle;
    }
    return count - low;
  };
}
