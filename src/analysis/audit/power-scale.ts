/**
 * A power of two to divide a column by before squaring or cubing its deviations, so values near
 * the ends of float64 (1e300) neither overflow to Infinity nor lose their digits; dividing by a
 * power of two is exact. @internal
 *
 * @module
 */

/**
 * The power of two at or above the largest magnitude (1 for an empty or all-zero column).
 *
 * @example
 * powerScale([3, -12]); // => 16
 * powerScale([0.3]); // => 0.5
 */
export function powerScale(values: ArrayLike<number>): number {
  let largest = 0;
  for (let index = 0; index < values.length; index += 1) {
    const magnitude = Math.abs(values[index] as number);
    if (magnitude > largest) largest = magnitude;
  }
  if (largest === 0 || !Number.isFinite(largest)) return 1;
  // 2^1023 is the largest power of two: a bound at the top of the range stays finite
  return 2 ** Math.min(1023, Math.ceil(Math.log2(largest)));
}
