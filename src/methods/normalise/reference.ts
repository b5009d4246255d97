import type { Exact } from '../../engine/decimal.js';
import { ValueProblem } from './types.js';

/** The smallest and largest reference values; fails with fewer than `least` values. */
export function referenceExtremes(
  reference: readonly Exact[],
  message: string,
  least = 2,
): { min: Exact; max: Exact } {
  if (reference.length < least) {
    throw new ValueProblem('undefined_computation', `${message}, found ${reference.length}`);
  }
  let min = reference[0] as Exact;
  let max = min;
  for (const value of reference) {
    if (value.lt(min)) min = value;
    if (value.gt(max)) max = value;
  }
  return { min, max };
}
