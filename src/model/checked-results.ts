/**
 * Results known to be well formed: made by `score`, `mergeResultTo34`, or returned by
 * `validateResult`. A module of its own, so `score` can mark its results without bundling the
 * saved-result schema.
 *
 * @module
 */
import type { ScoreResult } from '../engine/result.js';

/**
 * A weak set, so it keeps nothing alive. Checking a large result costs more than most analyses of
 * it, so one chiso made is not checked again; any other object given where a result is expected —
 * a saved result parsed from JSON and edited, a copy, a spread — is checked in full.
 */
const checkedResults = new WeakSet<object>();

/**
 * Records a result chiso has just made as well formed, so `assertResult` does not check it again.
 * Returns the result.
 *
 * @example
 * return markResult({ framework, precision, dataset, root, nodes, units, missing, unranked });
 */
export function markResult<T extends ScoreResult>(result: T): T {
  checkedResults.add(result);
  return result;
}

/**
 * Whether a value is a result chiso made or checked.
 *
 * @example
 * isMarkedResult(score(desi2022, dataset)); // => true
 * isMarkedResult(JSON.parse(savedText)); // => false
 */
export function isMarkedResult(value: unknown): value is ScoreResult {
  return typeof value === 'object' && value !== null && checkedResults.has(value);
}
