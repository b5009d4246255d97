/**
 * Principal component analysis of a group of columns on their correlation matrix (standardised
 * variables, R's `prcomp(center = TRUE, scale. = TRUE)`, which COINr's `get_PCA` calls), on the
 * units where every column is present (`na.omit`, as COINr does).
 *
 * The eigen-decomposition is ml-matrix's `EigenvalueDecomposition` with `assumeSymmetric`: the
 * Householder tridiagonalisation and implicit QL iteration of EISPACK's `tred2`/`tql2` (via JAMA),
 * a robust, well-tested solver for symmetric matrices — the issue asks for a well-kept library
 * here rather than linear algebra written by hand. Eigenvalues are sorted from the largest; each
 * eigenvector has unit length and is signed so that its entries sum to a positive number (the sign
 * of a component is arbitrary; this makes the first component point the way the indicators do).
 *
 * Definitions (OECD/JRC Handbook on Constructing Composite Indicators 2008, §3.1 and §6.1):
 * - `eigenvalues[c]`: the variance of component c; they sum to k, the number of columns;
 * - `varianceShares[c] = eigenvalues[c] / k`, and their running sum `cumulativeShares`;
 * - `eigenvectors[c][i]`: the weight of column i in component c (prcomp's `rotation`);
 * - `loadings[c][i] = eigenvectors[c][i] · √eigenvalues[c]`: the correlation of column i with
 *   component c (the Handbook's "factor loadings").
 *
 * Cost O(k³ + k²·n).
 *
 * @module
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { completeRows } from './complete-rows.js';
import { powerScale } from './power-scale.js';

/** The principal components of some columns (see {@link principalComponents}). */
export interface PrincipalComponents {
  /** The units where every column is present, on which the analysis was done. */
  readonly count: number;
  /** The components' variances, largest first; they sum to the number of columns. */
  readonly eigenvalues: readonly number[];
  /** Each component's share of the total variance. */
  readonly varianceShares: readonly number[];
  /** The running sum of `varianceShares`. */
  readonly cumulativeShares: readonly number[];
  /** Per component, the unit-length eigenvector: one entry per column. */
  readonly eigenvectors: readonly (readonly number[])[];
  /** Per component, each column's correlation with it (eigenvector × √eigenvalue). */
  readonly loadings: readonly (readonly number[])[];
}

/** Why principal components could not be computed. */
export type PrincipalComponentsProblem = 'too-few-columns' | 'too-few-units' | 'constant-column';

/**
 * The Pearson correlation matrix of complete columns (each of the same length, none constant).
 *
 * @example
 * correlationMatrix([Float64Array.of(1, 2, 3), Float64Array.of(2, 4, 7)])[0]?.[0]; // => 1
 * correlationMatrix([Float64Array.of(1, 2, 3), Float64Array.of(3, 2, 1)])[0]?.[1]; // -1 (within rounding)
 */
export function correlationMatrix(columns: readonly Float64Array[]): number[][] {
  const standardised = columns.map((column) => {
    // in units of a power of two, so squares near 1e300 do not overflow
    const unit = powerScale(column);
    let sum = 0;
    for (const value of column) sum += value / unit;
    const mean = sum / column.length;
    let squares = 0;
    for (const value of column) squares += (value / unit - mean) * (value / unit - mean);
    const scale = Math.sqrt(squares);
    return Float64Array.from(column, (value) => (value / unit - mean) / scale);
  });
  return standardised.map((left, row) =>
    standardised.map((right, column) => {
      if (row === column) return 1;
      let cross = 0;
      for (let unit = 0; unit < left.length; unit += 1) cross += (left[unit] as number) * (right[unit] as number);
      return Math.max(-1, Math.min(1, cross));
    }),
  );
}

/**
 * Principal components of the columns (NaN marks a missing value; incomplete units are left out),
 * or the reason there are none: fewer than 2 columns, fewer than 3 complete units, or a column
 * constant on them (its correlations are undefined).
 *
 * @example
 * const pca = principalComponents([[1, 2, 3, 4], [2, 4, 6, 8.5]]);
 * 'eigenvalues' in pca && pca.eigenvalues.length; // => 2
 * principalComponents([[1, 2, 3], [4, 4, 4]]); // => { problem: 'constant-column', column: 1 }
 */
export function principalComponents(columns: readonly ArrayLike<number>[]): PrincipalComponents | { readonly problem: PrincipalComponentsProblem; readonly column?: number } {
  if (columns.length < 2) return { problem: 'too-few-columns' };
  const rows = completeRows(columns);
  const count = rows[0]?.length ?? 0;
  if (count < 3) return { problem: 'too-few-units' };
  const constant = rows.findIndex((column) => column.every((value) => value === column[0]));
  if (constant >= 0) return { problem: 'constant-column', column: constant };
  const size = rows.length;
  const decomposition = new EigenvalueDecomposition(new Matrix(correlationMatrix(rows)), { assumeSymmetric: true });
  const values = decomposition.realEigenvalues;
  const vectors = decomposition.eigenvectorMatrix;
  const order = values.map((_, index) => index).sort((left, right) => (values[right] as number) - (values[left] as number));
  // a singular matrix can give eigenvalues of -1e-17: variances are never negative
  const eigenvalues = order.map((index) => Math.max(0, values[index] as number));
  const eigenvectors = order.map((index) => {
    const vector = vectors.getColumn(index);
    const sum = vector.reduce((total, entry) => total + entry, 0);
    const firstNonZero = vector.find((entry) => Math.abs(entry) > 1e-12) ?? 1;
    const sign = Math.abs(sum) > 1e-12 ? Math.sign(sum) : Math.sign(firstNonZero);
    return vector.map((entry) => entry * sign);
  });
  const varianceShares = eigenvalues.map((value) => value / size);
  let running = 0;
  const cumulativeShares = varianceShares.map((share) => (running += share));
  const loadings = eigenvectors.map((vector, component) => vector.map((entry) => entry * Math.sqrt(eigenvalues[component] as number)));
  return { count, eigenvalues, varianceShares, cumulativeShares, eigenvectors, loadings };
}
