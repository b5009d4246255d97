/**
 * Cronbach's alpha: how consistently a group of indicators measures one thing (Cronbach 1951,
 * "Coefficient alpha and the internal structure of tests", Psychometrika 16, 297–334; OECD/JRC
 * Handbook on Constructing Composite Indicators 2008, §4.1 and Table 7; COINr's `get_cronbach`):
 *
 *     α = k / (k − 1) · (1 − Σᵢ var(xᵢ) / var(Σᵢ xᵢ))
 *
 * for k columns, on the units where all k are present; variances with divisor n − 1 (the divisor
 * cancels). Values near 1 mean the columns move together; the Handbook takes 0.7 as the usual
 * threshold for a reliable group. Cost O(k·n).
 *
 * @module
 */
import { completeRows } from './complete-rows.js';
import { powerScale } from './power-scale.js';

/** Cronbach's alpha of some columns, with the number of complete units it was computed on. */
export interface CronbachAlpha {
  /** Null when undefined: fewer than 2 columns, fewer than 2 complete units, or a constant sum. */
  readonly alpha: number | null;
  /** The units where every column is present. */
  readonly count: number;
}

function variance(values: Float64Array): number {
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / values.length;
  let squares = 0;
  for (const value of values) squares += (value - mean) * (value - mean);
  return squares / (values.length - 1);
}

/**
 * Cronbach's alpha of the columns (NaN marks a missing value; incomplete units are left out).
 *
 * @example
 * cronbachAlpha([[1, 2, 3, 4], [2, 3, 4, 5]]).alpha; // => 1
 * cronbachAlpha([[1, 2, 3], [3, 2, 1]]).alpha; // => null
 */
export function cronbachAlpha(columns: readonly ArrayLike<number>[]): CronbachAlpha {
  const rows = completeRows(columns);
  const count = rows[0]?.length ?? 0;
  const columnCount = rows.length;
  if (columnCount < 2 || count < 2) return { alpha: null, count };
  // alpha is unchanged when every column is divided by one number: a power of two at or above the
  // largest magnitude keeps squares near 1e300 finite
  const scale = Math.max(...rows.map((column) => powerScale(column))) * rows.length;
  const totals = new Float64Array(count);
  let sumOfVariances = 0;
  for (const given of rows) {
    const column = given.map((value) => value / scale);
    sumOfVariances += variance(column);
    for (let unit = 0; unit < count; unit += 1) totals[unit] = (totals[unit] as number) + (column[unit] as number);
  }
  const totalVariance = variance(totals);
  // a sum that does not vary (columns that cancel out, or all constant) leaves alpha undefined
  if (!(totalVariance > 1e-12 * Math.max(sumOfVariances, Number.MIN_VALUE))) return { alpha: null, count };
  return { alpha: (columnCount / (columnCount - 1)) * (1 - sumOfVariances / totalVariance), count };
}
