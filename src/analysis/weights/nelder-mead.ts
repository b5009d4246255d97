/**
 * The Nelder–Mead simplex method for minimising a function of a few real parameters without
 * derivatives (Nelder and Mead 1965, "A simplex method for function minimization", Computer Journal
 * 7, 308–313), with the standard coefficients — reflection 1, expansion 2, contraction ½, shrink ½
 * — and the order of operations of Lagarias, Reeds, Wright and Wright (1998, "Convergence
 * properties of the Nelder–Mead simplex method in low dimensions", SIAM J. Optim. 9, 112–147), the
 * algorithm of R's `optim(method = "Nelder-Mead")` that COINr's `get_opt_weights` calls and of
 * MATLAB's `fminsearch`. Deterministic: no random restart, ties in the ordering broken by position.
 *
 * Stops when the simplex's function values lie within `valueTolerance` of the best and its
 * vertices within `pointTolerance` of the best in every coordinate (`converged: true`), or after
 * `maxIterations` (`converged: false`). Cost: about 1–2 evaluations per iteration.
 *
 * @module
 */

/** Options for {@link nelderMead}. */
export interface NelderMeadOptions {
  /** Initial step along each axis (default 0.5). */
  readonly step?: number;
  /** Default 1e-10. */
  readonly valueTolerance?: number;
  /** Default 1e-8. */
  readonly pointTolerance?: number;
  /** Default 1000. */
  readonly maxIterations?: number;
}

/** Where {@link nelderMead} stopped. */
export interface NelderMeadResult {
  readonly point: readonly number[];
  readonly value: number;
  readonly iterations: number;
  readonly evaluations: number;
  readonly converged: boolean;
}

/**
 * Minimises `objective` from `start`. A non-finite value (NaN, ±Infinity) counts as +Infinity, so a
 * point where the objective is undefined is never preferred.
 *
 * @example
 * const found = nelderMead(([x = 0, y = 0]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0]);
 * found.converged; // => true
 * found.point.map((value) => Math.round(value * 1e4) / 1e4); // => [1, -2]
 */
export function nelderMead(objective: (point: readonly number[]) => number, start: readonly number[], options: NelderMeadOptions = {}): NelderMeadResult {
  const step = options.step ?? 0.5;
  const valueTolerance = options.valueTolerance ?? 1e-10;
  const pointTolerance = options.pointTolerance ?? 1e-8;
  const maxIterations = options.maxIterations ?? 1000;
  if (start.length === 0 || !start.every(Number.isFinite)) throw new RangeError(`nelderMead: the start is [${start.join(', ')}]; expected at least one finite number`);
  let evaluations = 0;
  const evaluate = (point: number[]): number => {
    evaluations += 1;
    const value = objective(point);
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
  const size = start.length;
  let simplex: { point: number[]; value: number }[] = [{ point: [...start], value: evaluate([...start]) }];
  for (let axis = 0; axis < size; axis += 1) {
    const point = [...start];
    point[axis] = (point[axis] as number) + step;
    simplex.push({ point, value: evaluate(point) });
  }
  const along = (from: readonly number[], to: readonly number[], factor: number): number[] => from.map((value, index) => value + factor * ((to[index] as number) - value));
  let iterations = 0;
  let converged = false;
  for (;;) {
    // stable: among equal values the earlier vertex stays first
    simplex = simplex.map((vertex, index) => ({ vertex, index })).sort((left, right) => left.vertex.value - right.vertex.value || left.index - right.index).map((entry) => entry.vertex);
    const best = simplex[0] as { point: number[]; value: number };
    const worst = simplex[size] as { point: number[]; value: number };
    const secondWorst = simplex[size - 1] as { point: number[]; value: number };
    const valueSpread = Math.max(...simplex.map((vertex) => Math.abs(vertex.value - best.value)));
    const pointSpread = Math.max(...simplex.map((vertex) => Math.max(...vertex.point.map((value, index) => Math.abs(value - (best.point[index] as number))))));
    if (Number.isFinite(best.value) && valueSpread <= valueTolerance && pointSpread <= pointTolerance) {
      converged = true;
      break;
    }
    if (iterations >= maxIterations) break;
    iterations += 1;
    const centroid = best.point.map((_, index) => simplex.slice(0, size).reduce((sum, vertex) => sum + (vertex.point[index] as number), 0) / size);
    const reflected = along(centroid, worst.point, -1);
    const reflectedValue = evaluate(reflected);
    if (reflectedValue < best.value) {
      const expanded = along(centroid, worst.point, -2);
      const expandedValue = evaluate(expanded);
      simplex[size] = expandedValue < reflectedValue ? { point: expanded, value: expandedValue } : { point: reflected, value: reflectedValue };
      continue;
    }
    if (reflectedValue < secondWorst.value) {
      simplex[size] = { point: reflected, value: reflectedValue };
      continue;
    }
    if (reflectedValue < worst.value) {
      const outside = along(centroid, reflected, 0.5);
      const outsideValue = evaluate(outside);
      if (outsideValue <= reflectedValue) {
        simplex[size] = { point: outside, value: outsideValue };
        continue;
      }
    } else {
      const inside = along(centroid, worst.point, 0.5);
      const insideValue = evaluate(inside);
      if (insideValue < worst.value) {
        simplex[size] = { point: inside, value: insideValue };
        continue;
      }
    }
    simplex = simplex.map((vertex, index) => {
      if (index === 0) return vertex;
      const point = along(best.point, vertex.point, 0.5);
      return { point, value: evaluate(point) };
    });
  }
  const best = simplex[0] as { point: number[]; value: number };
  return { point: best.point, value: best.value, iterations, evaluations, converged };
}
