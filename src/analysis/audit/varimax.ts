/**
 * Varimax rotation of a loading matrix (Kaiser 1958, "The varimax criterion for analytic rotation in
 * factor analysis", Psychometrika 23, 187–200), the rotation the OECD/JRC Handbook (2008, §6.1)
 * applies to the kept principal components before deriving weights. It turns the components so
 * that each variable loads strongly on as few of them as possible, maximising
 *
 *     V(L) = Σ_c [ (1/p) Σ_i l_ic⁴ − ((1/p) Σ_i l_ic²)² ]
 *
 * over orthogonal rotations L = A·T of the p × m loadings A.
 *
 * The algorithm is R's `stats::varimax` step for step, so its results can be compared with R's:
 * with Kaiser normalisation (`normalize`, default true) each row is first divided by its length
 * (its communality's square root) and multiplied back at the end; then, from T = I, repeatedly
 * B = Aᵀ (Z³ − Z · diag(Σ_i Z_ic²) / p) with Z = A·T, T = U·Vᵀ from the singular value
 * decomposition B = U·D·Vᵀ (ml-matrix's `SingularValueDecomposition`), until the sum of the
 * singular values grows by less than a factor 1 + `eps` (1e-5, R's default) or 1000 iterations.
 * U·Vᵀ is the orthogonal polar factor of B, unique whatever signs the SVD gives its vectors.
 * A matrix with fewer than two columns is returned unchanged, as R does; so is one at a stationary
 * point of the criterion (a zero gradient), where R would iterate to its limit. Like R's, the
 * iteration can stop at once, unrotated, when the normalised rows lie on exactly two orthogonal
 * directions (it alternates between two rotations whose criteria are equal); real data are not
 * that regular.
 *
 * @module
 */
import { Matrix, SingularValueDecomposition } from 'ml-matrix';

/** Options for {@link varimax}. */
export interface VarimaxOptions {
  /** Kaiser normalisation of the rows (default true, as R). */
  readonly normalize?: boolean;
  /** Relative growth of the criterion below which the iteration stops (default 1e-5, as R). */
  readonly eps?: number;
  /** Iterations at most (default 1000, as R). */
  readonly maxIterations?: number;
}

/** A rotated loading matrix. */
export interface VarimaxRotation {
  /** The rotated loadings, one row per variable, one column per component. */
  readonly loadings: readonly (readonly number[])[];
  /** The orthogonal rotation T (loadings = given · T). */
  readonly rotation: readonly (readonly number[])[];
  readonly iterations: number;
  /** False when `maxIterations` was reached first. */
  readonly converged: boolean;
}

/**
 * Rotates loadings (rows: variables, columns: components) by varimax, as R's `stats::varimax`.
 *
 * @example
 * // loadings with a simple structure [[0.8, 0.1], [0.7, -0.1], [0.1, 0.9], [0, 0.6]] turned by 0.5 radian:
 * const turned = varimax([[0.6541, 0.4713], [0.6623, 0.2478], [-0.3437, 0.8378], [-0.2877, 0.5265]]);
 * turned.loadings.map((row) => row.map((value) => Math.round(value * 100) / 100)); // => [[0.8, 0.13], [0.7, -0.07], [0.07, 0.9], [-0.02, 0.6]]
 */
export function varimax(loadings: readonly (readonly number[])[], options: VarimaxOptions = {}): VarimaxRotation {
  const rows = loadings.length;
  const columns = loadings[0]?.length ?? 0;
  if (!loadings.every((row) => row.length === columns && row.every(Number.isFinite))) throw new RangeError('varimax: the loadings must be rows of finite numbers, all of the same length');
  const identity = Array.from({ length: columns }, (_, row) => Array.from({ length: columns }, (_, column) => (row === column ? 1 : 0)));
  if (columns < 2 || rows === 0) return { loadings: loadings.map((row) => [...row]), rotation: identity, iterations: 0, converged: true };
  const normalize = options.normalize ?? true;
  const eps = options.eps ?? 1e-5;
  const maxIterations = options.maxIterations ?? 1000;
  // a row of zeros has no direction to normalise: it is left as it is
  const lengths = loadings.map((row) => (normalize ? Math.sqrt(row.reduce((sum, value) => sum + value * value, 0)) || 1 : 1));
  const given = new Matrix(loadings.map((row, index) => row.map((value) => value / (lengths[index] as number))));
  let rotation = Matrix.eye(columns, columns);
  let criterion = 0;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations += 1;
    const rotated = given.mmul(rotation);
    const cubes = rotated.clone().apply(function cube(this: Matrix, row: number, column: number) {
      const value = this.get(row, column);
      this.set(row, column, value * value * value);
    });
    const columnSquares = Array.from({ length: columns }, (_, column) => rotated.getColumn(column).reduce((sum, value) => sum + value * value, 0));
    const shrink = rotated.mmul(Matrix.diag(columnSquares)).div(rows);
    const gradient = given.transpose().mmul(cubes.sub(shrink));
    const svd = new SingularValueDecomposition(gradient);
    const growth = svd.diagonal.reduce((sum, value) => sum + value, 0);
    // a zero gradient (loadings at a stationary point, e.g. two variables at ±45°) leaves nothing to
    // turn towards: stop with the rotation so far (R would go on to 1000 iterations with the SVD's
    // arbitrary vectors of a zero matrix)
    if (growth === 0) {
      converged = true;
      break;
    }
    rotation = svd.leftSingularVectors.mmul(svd.rightSingularVectors.transpose());
    const previous = criterion;
    criterion = growth;
    if (criterion < previous * (1 + eps)) {
      converged = true;
      break;
    }
  }
  const result = given.mmul(rotation).to2DArray().map((row, index) => row.map((value) => value * (lengths[index] as number)));
  return { loadings: result, rotation: rotation.to2DArray(), iterations, converged };
}

/**
 * The varimax criterion V of loadings (rows: variables), with Kaiser normalisation by default —
 * what {@link varimax} maximises; useful to check a rotation.
 *
 * @example
 * varimaxCriterion([[1, 0], [0, 1]]); // => 0.5
 */
export function varimaxCriterion(loadings: readonly (readonly number[])[], normalize = true): number {
  const rows = loadings.length;
  const columns = loadings[0]?.length ?? 0;
  const scaled = loadings.map((row) => {
    const length = normalize ? Math.sqrt(row.reduce((sum, value) => sum + value * value, 0)) || 1 : 1;
    return row.map((value) => value / length);
  });
  let total = 0;
  for (let column = 0; column < columns; column += 1) {
    let squares = 0;
    let fourth = 0;
    for (const row of scaled) {
      const square = (row[column] as number) ** 2;
      squares += square;
      fourth += square * square;
    }
    total += fourth / rows - (squares / rows) ** 2;
  }
  return total;
}
