/**
 * Joins the results of chunks of one uncertainty analysis (e.g. computed on worker threads) into
 * the result of the whole — exactly the result of running it in one piece.
 *
 * @module
 */
import { describeValue } from '../../model/describe.js';
import { summariseRanks, type RunFailure, type UncertaintyResult } from './rank-summary.js';

/**
 * Merges chunk results of one analysis — the same model, sources, seed, runs, node and topK, with
 * `runRange`s that together cover a contiguous range without overlap (in any order). The result is
 * identical to {@link uncertainty} run on the whole range at once: run r always draws from stream r,
 * and the summaries are recomputed from the joined ranks. Anything else is a RangeError naming
 * what differs.
 *
 * @example
 * const options = { sources: [{ kind: 'weights', noise: 0.25 }], runs: 100, seed: 1 };
 * const first = await uncertainty(model, { ...options, runRange: { from: 0, to: 50 } });
 * const second = await uncertainty(model, { ...options, runRange: { from: 50, to: 100 } });
 * mergeUncertainty([second, first]); // => the same as await uncertainty(model, options)
 */
export function mergeUncertainty(chunks: readonly UncertaintyResult[]): UncertaintyResult {
  if (!Array.isArray(chunks as unknown) || chunks.length === 0) throw new RangeError('mergeUncertainty: give at least one chunk result');
  chunks.forEach((chunk, index) => {
    // a chunk that is not an analysis's own result (edited, or read back from a file): its ranks must fill its runs
    const given = chunk as Partial<UncertaintyResult> | null;
    const range = given?.runRange;
    const units = given?.unitIds?.length;
    const rows = range === undefined ? Number.NaN : range.to - range.from;
    if (typeof given !== 'object' || given === null || range === undefined || units === undefined || !(given.ranks instanceof Int32Array) || !(given.runOk instanceof Uint8Array) || !Array.isArray(given.failures) || !(Number.isSafeInteger(rows) && rows >= 0) || given.ranks.length !== rows * units || given.runOk.length !== rows) {
      throw new TypeError(`mergeUncertainty: chunk ${index} is ${describeValue(chunk)}, not the result of uncertainty() with a runRange (its ranks must hold one rank per unit for each of its runs)`);
    }
  });
  const sorted = [...chunks].sort((left, right) => left.runRange.from - right.runRange.from);
  const first = sorted[0] as UncertaintyResult;
  const sourcesText = JSON.stringify(first.sources);
  for (const chunk of sorted) {
    const differs = (what: string): never => {
      throw new RangeError(`mergeUncertainty: the chunk of runs ${chunk.runRange.from}–${chunk.runRange.to} has another ${what} than the chunk of runs ${first.runRange.from}–${first.runRange.to}; only chunks of one analysis merge`);
    };
    if (String(chunk.seed) !== String(first.seed)) differs('seed');
    if (chunk.runs !== first.runs) differs('number of runs');
    if (chunk.node !== first.node) differs('node');
    if (chunk.topK !== first.topK) differs('topK');
    if (JSON.stringify(chunk.sources) !== sourcesText) differs('list of sources');
    if (chunk.unitIds.length !== first.unitIds.length || chunk.unitIds.some((id, index) => id !== first.unitIds[index])) differs('list of units');
    if (chunk.nominalRanks.some((rank, index) => rank !== first.nominalRanks[index])) differs('nominal ranking (another model?)');
  }
  for (let index = 1; index < sorted.length; index += 1) {
    const previous = sorted[index - 1] as UncertaintyResult;
    const next = sorted[index] as UncertaintyResult;
    if (next.runRange.from !== previous.runRange.to) {
      throw new RangeError(`mergeUncertainty: runs ${previous.runRange.from}–${previous.runRange.to} and ${next.runRange.from}–${next.runRange.to} ${next.runRange.from < previous.runRange.to ? 'overlap' : 'leave a gap'}; the chunks must cover a range once`);
    }
  }
  const unitCount = first.unitIds.length;
  const last = sorted[sorted.length - 1] as UncertaintyResult;
  const rows = last.runRange.to - first.runRange.from;
  const ranks = new Int32Array(rows * unitCount);
  const runOk = new Uint8Array(rows);
  const failures: RunFailure[] = [];
  for (const chunk of sorted) {
    const offset = chunk.runRange.from - first.runRange.from;
    ranks.set(chunk.ranks, offset * unitCount);
    runOk.set(chunk.runOk, offset);
    failures.push(...chunk.failures);
  }
  return summariseRanks({
    node: first.node,
    seed: first.seed,
    runs: first.runs,
    runRange: { from: first.runRange.from, to: last.runRange.to },
    topK: first.topK,
    sources: first.sources,
    unitIds: first.unitIds,
    nominalRanks: first.nominalRanks,
    ranks,
    runOk,
    failures,
  });
}
