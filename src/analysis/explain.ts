/**
 * Explaining one unit's score: where it comes from and where the unit is strong or weak.
 *
 * @module
 */
import type { CellMark } from '../pipeline/construction.js';
import { quoteText } from '../model/describe.js';
import { ExactDecimal, ONE, type Exact } from '../engine/decimal.js';
import type { MissingDataNote, NodeInfo, ScoreResult } from '../engine/result.js';
import { aggregateMethods } from '../methods/aggregate/index.js';
import type { Label } from '../model/framework.js';
import { ChisoError, issue } from '../model/issues.js';
import { MAX_NESTING_DEPTH } from '../model/nesting.js';
import { ownValue } from '../model/records.js';
import { checkArgument, checkOptions, text, wholeNumber } from '../model/arguments.js';
import { assertResult } from '../model/saved-result.js';

/** One indicator's part in a unit's score. */
export interface IndicatorExplanation {
  readonly id: string;
  readonly label?: Label;
  /** Ids from the top index down to the indicator's parent. */
  readonly path: readonly string[];
  readonly raw: string | null;
  /**
   * Frameworks with construction steps: what the steps did to the value (`imputed`, `treated`) and
   * the value the normalisation read; left out when nothing was changed.
   */
  readonly marks?: readonly CellMark[];
  readonly value?: string | null;
  readonly normalised: string | null;
  /** The unit's rank on this indicator among the ranked units. */
  readonly rank: number | null;
  /**
   * The indicator's share of the top index for this unit: the product of its weight share at each
   * level, after any re-weighting for missing data. Weights of all indicators add up to 1.
   */
  readonly effectiveWeight: string;
  /**
   * Points the indicator adds to the top score: effective weight × normalised × scale. Defined
   * when every aggregation on the way up is linear (arithmetic mean or sum of points); then the
   * contributions add up to the score exactly. `null` otherwise, or when the value is missing.
   */
  readonly contribution: string | null;
}

/** An indicator on which the unit ranks far from its overall rank. */
export interface RankGap {
  readonly id: string;
  readonly label?: Label;
  readonly rank: number;
  /** Overall rank minus indicator rank: positive for a strength, negative for a weakness. */
  readonly gap: number;
}

/** Why a unit scored what it did. */
export interface Explanation {
  readonly unit: string;
  readonly name?: string;
  readonly score: string | null;
  readonly published: string | null;
  readonly rank: number | null;
  /** How many units are ranked at the top index. */
  readonly rankedCount: number;
  /**
   * True when every present indicator has a contribution and the contributions add up to the score
   * (within the rounding of their 40-digit texts), checked on the figures themselves.
   */
  readonly additive: boolean;
  readonly indicators: readonly IndicatorExplanation[];
  /** Indicators ranked well above the overall rank, best first. */
  readonly strengths: readonly RankGap[];
  /** Indicators ranked well below the overall rank, worst first. */
  readonly weaknesses: readonly RankGap[];
  /** Missing-data notes for this unit. */
  readonly missing: readonly MissingDataNote[];
}

/** Options for {@link explainUnit}. */
export interface ExplainOptions {
  /** At most this many strengths and weaknesses (default 5). */
  readonly limit?: number;
  /**
   * How far (in places) an indicator's rank must be from the overall rank to count as a strength
   * or weakness (default: a fifth of the ranked units, at least 1).
   */
  readonly minimumGap?: number;
}

/**
 * Whether the contributions add up to the score: checked on the figures themselves rather than
 * inferred from the methods, so no case (a missing value counted as zero under a lower-is-better
 * aggregate, a dropped node counted as zero above it) can claim additivity it does not have. The
 * contributions are 40-digit texts, so a difference within their rounding is allowed.
 */
function addsUp(indicators: readonly IndicatorExplanation[], score: string | null): boolean {
  if (score === null) return false;
  let total = new ExactDecimal(0);
  let magnitude = new ExactDecimal(score).abs();
  for (const entry of indicators) {
    if (entry.contribution === null) {
      if (entry.normalised !== null) return false;
      continue;
    }
    total = total.plus(entry.contribution);
    magnitude = magnitude.plus(new ExactDecimal(entry.contribution).abs());
  }
  const tolerance = magnitude.times(indicators.length + 1).times('1e-38');
  return total.minus(score).abs().lte(tolerance);
}

/**
 * Explains one unit's score: each indicator's normalised value, effective weight in the top index
 * and contribution to it, and the unit's strengths and weaknesses — indicators on which it ranks far
 * above or below its overall rank (COINr's `get_str_weak` does the same).
 *
 * @example
 * const why = explainUnit(result, 'AT');
 * why.additive; // => true: the contributions (exact decimal texts) add up to why.score
 * why.indicators[0]?.contribution; // => '3.959…' — effective weight × normalised × scale
 * why.strengths[0]?.id; // an indicator where Austria ranks far above 10th
 */
export function explainUnit(result: ScoreResult, unitId: string, options: ExplainOptions = {}): Explanation {
  checkArgument('explainUnit', 'the unit id', unitId, text);
  checkOptions('explainUnit', options, { limit: wholeNumber(0, Number.MAX_SAFE_INTEGER), minimumGap: wholeNumber(0, Number.MAX_SAFE_INTEGER) });
  assertResult(result);
  const unit = result.units.find((candidate) => candidate.id === unitId);
  if (!unit) {
    throw new ChisoError([issue('unknown_unit', ['unit'], `there is no unit ${quoteText(unitId)} in the result`, { received: unitId })]);
  }
  const infoById = new Map<string, NodeInfo>(result.nodes.map((info) => [info.id, info]));
  const notes = result.missing.filter((note) => note.unit === unitId);
  const noteByNode = new Map(notes.map((note) => [note.node, note]));
  const present = (id: string): boolean => {
    const figures = unit.nodes[id];
    return (figures?.normalised ?? figures?.score ?? null) !== null;
  };
  const scale = new ExactDecimal(result.framework.scale);
  const indicators: IndicatorExplanation[] = [];

  // Indicators whose contribution is unknown: a present value under a non-linear aggregation, or a
  // missing one there (counted as zero, a missing value may still move a non-linear score).
  let unattributed = 0;
  // Depth first, parents before children, with a stack rather than recursion: the tree comes from
  // a result, which may have been read from a file, so its depth and shape are checked as it goes.
  const lookUp = (id: string, from: string): NodeInfo => {
    const info = infoById.get(id);
    if (info === undefined) throw new ChisoError([issue('unknown_reference', ['nodes'], `node "${id}" (${from}) is not among the result's nodes`, { received: id })]);
    return info;
  };
  const pending: { info: NodeInfo; share: Exact; linear: boolean; path: string[] }[] = [{ info: lookUp(result.root, 'the top index'), share: ONE, linear: true, path: [] }];
  const seen = new Set<string>();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { info, share, linear, path } = next;
    if (seen.has(info.id) || path.length > MAX_NESTING_DEPTH) {
      throw new ChisoError([issue('invalid_shape', ['nodes'], `node "${info.id}" is reached twice or more than ${MAX_NESTING_DEPTH} levels down from the top index: the result's nodes do not form a tree`, { received: info.id })]);
    }
    seen.add(info.id);
    if (info.kind === 'indicator') {
      if (!linear && !share.isZero()) unattributed += 1;
      const figures = unit.nodes[info.id];
      const normalised = figures?.normalised ?? null;
      indicators.push({
        id: info.id,
        ...(info.label ? { label: info.label } : {}),
        path,
        raw: figures?.raw ?? null,
        ...(figures?.marks === undefined ? {} : { marks: figures.marks, value: figures.value ?? null }),
        normalised,
        rank: figures?.rank ?? null,
        effectiveWeight: share.toString(),
        contribution: linear && normalised !== null ? share.times(normalised).times(scale).toString() : null,
      });
      continue;
    }
    const children = (info.children ?? []).map((id) => lookUp(id, `a child of "${info.id}"`));
    const note = noteByNode.get(info.id);
    // A node dropped for this unit (too little data) passes nothing up, whatever its children hold.
    const dropped = unit.nodes[info.id]?.score === null;
    const counted = new Set(dropped ? [] : children.filter((child) => note?.action === 'counted-as-zero' || present(child.id)));
    const total = [...counted].reduce((sum, child) => sum.plus(child.weight), new ExactDecimal(0));
    const nodeLinear = linear && (ownValue(aggregateMethods, info.method)?.linear ?? false) && info.direction === 'higher';
    const childPath = [...path, info.id];
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index] as NodeInfo;
      const childShare = total.isZero() || !counted.has(child) ? new ExactDecimal(0) : share.times(child.weight).div(total);
      pending.push({ info: child, share: childShare, linear: nodeLinear, path: childPath });
    }
  }

  const top = unit.nodes[result.root];
  const rankedCount = result.units.filter((candidate) => candidate.nodes[result.root]?.rank !== null && candidate.nodes[result.root]?.rank !== undefined).length;
  const overall = top?.rank ?? null;
  const limit = options.limit ?? 5;
  const minimumGap = options.minimumGap ?? Math.max(1, Math.round(rankedCount / 5));
  const gaps: RankGap[] =
    overall === null
      ? []
      : indicators
          .filter((entry) => entry.rank !== null)
          .map((entry) => ({ id: entry.id, ...(entry.label ? { label: entry.label } : {}), rank: entry.rank as number, gap: overall - (entry.rank as number) }));
  const strengths = gaps.filter((entry) => entry.gap >= minimumGap).sort((left, right) => left.rank - right.rank || right.gap - left.gap).slice(0, limit);
  const weaknesses = gaps.filter((entry) => -entry.gap >= minimumGap).sort((left, right) => right.rank - left.rank || left.gap - right.gap).slice(0, limit);
  return {
    unit: unit.id,
    ...(unit.name === undefined ? {} : { name: unit.name }),
    score: top?.score ?? null,
    published: top?.published ?? null,
    rank: overall,
    rankedCount,
    additive: unattributed === 0 && addsUp(indicators, top?.score ?? null),
    indicators,
    strengths,
    weaknesses,
    missing: notes,
  };
}
