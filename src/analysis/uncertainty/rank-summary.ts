/**
 * The result of a Monte Carlo uncertainty analysis, and how it is summarised from the ranks of
 * every run — one function shared by {@link uncertainty} and {@link mergeUncertainty}, so a merged
 * result is the single-run result exactly.
 *
 * @module
 */
import type { UncertaintySource } from './sources.js';
import { rankQuantile, type RankDistribution } from './rank-quantile.js';

/** A contiguous range of run numbers: runs `from`, `from + 1`, … `to − 1`. */
export interface RunRange {
  readonly from: number;
  readonly to: number;
}

/** A run that could not be computed, and why. */
export interface RunFailure {
  /** The run's number (its random stream). */
  readonly run: number;
  /** Why: the problems the sources or the engine reported, in one sentence. */
  readonly reason: string;
  /**
   * What kind of failure, for grouping: the problems' codes and paths (`invalid_weight at
   * weights.x`), without the run's own numbers.
   */
  readonly kind: string;
}

/** Failed runs that share a kind of failure (the same problem codes at the same places). */
export interface FailureReason {
  /** The kind of failure (see {@link RunFailure.kind}). */
  readonly kind: string;
  /** The reason given for the first such run. */
  readonly reason: string;
  /** How many runs failed for it. */
  readonly count: number;
  /** The first such run (replay it with `createRandom(seed, run)`). */
  readonly firstRun: number;
}

/** How every run went: none is dropped silently. */
export interface RunStatus {
  /** Runs computed. Every summary is over these. */
  readonly ok: number;
  /** Runs that could not be computed. */
  readonly failed: number;
  /** The failures grouped by kind, most frequent first (ties: earliest first). */
  readonly reasons: readonly FailureReason[];
}

/** One unit's rank under uncertainty, over the runs that were computed. */
export interface UnitUncertainty {
  readonly unit: string;
  /** Its rank in the model as written (`null`: not ranked there). */
  readonly nominalRank: number | null;
  /** Computed runs in which it had a rank (it may have none: excluded, or too little data). */
  readonly ranked: number;
  /** Mean rank over those runs (`null` when none). */
  readonly mean: number | null;
  /** Median rank (R's type-7 quantile at 0.5, as `median`). */
  readonly median: number | null;
  /** 5th percentile of the rank (R type 7): the better end of the 90% interval. */
  readonly lower: number | null;
  /** 95th percentile of the rank (R type 7): the worse end of the 90% interval. */
  readonly upper: number | null;
  /** Best and worst rank seen. */
  readonly best: number | null;
  readonly worst: number | null;
  /** Probability of a rank ≤ `topK`, over the computed runs. */
  readonly topK: number;
  /** The full rank distribution (counts; divide by `status.ok` for probabilities). */
  readonly distribution: RankDistribution;
}

/** The result of {@link uncertainty} (or of {@link mergeUncertainty} on chunks of one analysis). */
export interface UncertaintyResult {
  /** The node whose ranks were recorded. */
  readonly node: string;
  readonly seed: number | bigint;
  /** Runs of the whole analysis. */
  readonly runs: number;
  /** The runs this result covers (all of them: `{ from: 0, to: runs }`). */
  readonly runRange: RunRange;
  /** k of the top-k probabilities. */
  readonly topK: number;
  /** The sources, as given. */
  readonly sources: readonly UncertaintySource[];
  /** How rank quantiles are defined. */
  readonly quantiles: 'R type 7';
  /** Unit ids, in the model's order (the columns of `ranks`). */
  readonly unitIds: readonly string[];
  /** Ranks in the model as written, per unit (0: no rank). */
  readonly nominalRanks: Int32Array;
  /** Ranks per run (row) and unit (column): `ranks[(run − from) · units + unit]`; 0 for no rank or a failed run. */
  readonly ranks: Int32Array;
  /** 1 for a computed run, 0 for a failed one, per run of the range. */
  readonly runOk: Uint8Array;
  readonly status: RunStatus;
  /** Every failed run, in run order. */
  readonly failures: readonly RunFailure[];
  /** One summary per unit, in the model's order. */
  readonly units: readonly UnitUncertainty[];
}

/** What a chunk of runs produced, before it is summarised. */
export interface RankRecord {
  readonly node: string;
  readonly seed: number | bigint;
  readonly runs: number;
  readonly runRange: RunRange;
  readonly topK: number;
  readonly sources: readonly UncertaintySource[];
  readonly unitIds: readonly string[];
  readonly nominalRanks: Int32Array;
  readonly ranks: Int32Array;
  readonly runOk: Uint8Array;
  readonly failures: readonly RunFailure[];
}

/** Units whose ranks are gathered together: at most this many ranks (16 MB) at a time. */
const BLOCK_ENTRIES = 4_194_304;

/**
 * Summarises recorded ranks: per unit the mean, median, 5th–95th percentile interval (R type 7),
 * best and worst, top-k probability and the rank distribution; the runs' status. Units are done in
 * blocks: the block's ranks are gathered reading the run-major matrix row by row (at most 16 MB),
 * then each unit's ranks are sorted (a numeric sort) and counted in one pass.
 *
 * @example
 * const result = summariseRanks(record);
 * result.units[0]?.median;
 */
export function summariseRanks(record: RankRecord): UncertaintyResult {
  const unitCount = record.unitIds.length;
  const rows = record.runOk.length;
  let ok = 0;
  for (let row = 0; row < rows; row += 1) ok += record.runOk[row] as number;
  const block = Math.max(1, Math.min(unitCount, Math.floor(BLOCK_ENTRIES / Math.max(1, ok))));
  const units: UnitUncertainty[] = [];
  // each unit of the block has `ok` places: its ranks over the computed runs
  const gathered = new Int32Array(block * ok);
  const filled = new Int32Array(block);
  const seenRanks = new Int32Array(unitCount);
  const seenCounts = new Int32Array(unitCount);
  for (let start = 0; start < unitCount; start += block) {
    const end = Math.min(unitCount, start + block);
    filled.fill(0);
    for (let row = 0; row < rows; row += 1) {
      if (record.runOk[row] !== 1) continue;
      const offset = row * unitCount;
      for (let unit = start; unit < end; unit += 1) {
        const rank = record.ranks[offset + unit] as number;
        if (rank === 0) continue;
        if (!(rank >= 1 && rank <= unitCount)) throw new RangeError(`run ${record.runRange.from + row} gave unit ${JSON.stringify(record.unitIds[unit])} the rank ${rank}, outside 1 to ${unitCount}: the model is wrong`);
        const slot = unit - start;
        gathered[slot * ok + (filled[slot] as number)] = rank;
        filled[slot] = (filled[slot] as number) + 1;
      }
    }
    for (let unit = start; unit < end; unit += 1) {
      const slot = unit - start;
      const ranked = filled[slot] as number;
      const own = gathered.subarray(slot * ok, slot * ok + ranked).sort();
      let distinct = 0;
      let sum = 0;
      let inTop = 0;
      for (let index = 0; index < ranked; index += 1) {
        const rank = own[index] as number;
        if (distinct === 0 || seenRanks[distinct - 1] !== rank) {
          seenRanks[distinct] = rank;
          seenCounts[distinct] = 0;
          distinct += 1;
        }
        seenCounts[distinct - 1] = (seenCounts[distinct - 1] as number) + 1;
        sum += rank;
        if (rank <= record.topK) inTop += 1;
      }
      const ranks = seenRanks.slice(0, distinct);
      const counts = seenCounts.slice(0, distinct);
      const distribution = { ranks, counts };
      const nominal = record.nominalRanks[unit] as number;
      units.push({
        unit: record.unitIds[unit] as string,
        nominalRank: nominal > 0 ? nominal : null,
        ranked,
        mean: ranked === 0 ? null : sum / ranked,
        median: rankQuantile(distribution, 0.5),
        lower: rankQuantile(distribution, 0.05),
        upper: rankQuantile(distribution, 0.95),
        best: distinct === 0 ? null : (ranks[0] as number),
        worst: distinct === 0 ? null : (ranks[distinct - 1] as number),
        topK: ok === 0 ? 0 : inTop / ok,
        distribution,
      });
    }
  }
  const groups = new Map<string, { reason: string; count: number; firstRun: number }>();
  for (const failure of record.failures) {
    const group = groups.get(failure.kind);
    if (group === undefined) groups.set(failure.kind, { reason: failure.reason, count: 1, firstRun: failure.run });
    else group.count += 1;
  }
  const reasons = [...groups].map(([kind, group]) => ({ kind, ...group })).sort((left, right) => right.count - left.count || left.firstRun - right.firstRun);
  return {
    node: record.node,
    seed: record.seed,
    runs: record.runs,
    runRange: record.runRange,
    topK: record.topK,
    sources: record.sources,
    quantiles: 'R type 7',
    unitIds: record.unitIds,
    nominalRanks: record.nominalRanks,
    ranks: record.ranks,
    runOk: record.runOk,
    status: { ok, failed: rows - ok, reasons },
    failures: record.failures,
    units,
  };
}

/**
 * The probability that a unit has a given rank: its count over the computed runs (0 when no run
 * was computed).
 *
 * @example
 * rankProbability(result, 'FI', 1); // => the share of computed runs in which FI ranked first
 */
export function rankProbability(result: UncertaintyResult, unitId: string, rank: number): number {
  const unit = result.units.find((entry) => entry.unit === unitId);
  if (unit === undefined) throw new RangeError(`rankProbability: no unit ${JSON.stringify(unitId)} in the result`);
  if (result.status.ok === 0) return 0;
  const { ranks, counts } = unit.distribution;
  for (let index = 0; index < ranks.length; index += 1) if (ranks[index] === rank) return (counts[index] as number) / result.status.ok;
  return 0;
}
