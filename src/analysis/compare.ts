/**
 * Comparing two results — two years, or two scenarios — unit by unit.
 *
 * @module
 */
import { ExactDecimal } from '../engine/decimal.js';
import type { NodeScore, ScoreResult, UnitResult } from '../engine/result.js';
import { ChisoError, issue } from '../model/issues.js';

/** One unit's change between two results at one node. */
export interface ComparisonRow {
  readonly unit: string;
  readonly name?: string;
  /** Full-precision scores (normalised values for an indicator); `null` where absent. */
  readonly previousScore: string | null;
  readonly currentScore: string | null;
  /** `current − previous`, exactly; `null` unless both exist. */
  readonly scoreChange: string | null;
  /** Published (rounded) values and their difference, as a reader of the two tables would see it. */
  readonly previousPublished: string | null;
  readonly currentPublished: string | null;
  readonly publishedChange: string | null;
  readonly previousRank: number | null;
  readonly currentRank: number | null;
  /** Places moved up (positive) or down (negative): `previousRank − currentRank`. */
  readonly rankChange: number | null;
  /** The change in words: "up 22 places", "down 1 place", "unchanged", "new", "not ranked before". */
  readonly description: string;
}

/** The comparison of two results at one node. */
export interface Comparison {
  readonly node: string;
  /** One row per unit of the current result, in its order. */
  readonly rows: readonly ComparisonRow[];
  /** Units only the previous result had. */
  readonly onlyPrevious: readonly string[];
}

/** Options for {@link compareResults}. */
export interface CompareOptions {
  /** The node to compare (default: the current result's top index). */
  readonly node?: string;
}

function figureOf(score: NodeScore | undefined): string | null {
  if (!score) return null;
  return score.score ?? score.normalised ?? null;
}

function difference(current: string | null | undefined, previous: string | null | undefined): string | null {
  if (current === null || current === undefined || previous === null || previous === undefined) return null;
  return new ExactDecimal(current).minus(new ExactDecimal(previous)).toString();
}

/**
 * Describes a rank change in words.
 *
 * @example
 * describeRankChange(31, 9); // => 'up 22 places'
 * describeRankChange(8, 9); // => 'down 1 place'
 */
export function describeRankChange(previousRank: number | null, currentRank: number | null): string {
  if (currentRank === null) return previousRank === null ? 'not ranked' : 'no longer ranked';
  if (previousRank === null) return 'not ranked before';
  const change = previousRank - currentRank;
  if (change === 0) return 'unchanged';
  const places = Math.abs(change) === 1 ? 'place' : 'places';
  return `${change > 0 ? 'up' : 'down'} ${Math.abs(change)} ${places}`;
}

/**
 * Compares two results at one node: for every unit, the score and published-value changes
 * (exact) and the rank change ("up 22 places"). Units are matched by id; a unit only in the
 * current result is "new", one only in the previous result is listed in `onlyPrevious`.
 *
 * @example
 * const change = compareResults(result2017, result2018);
 * change.rows.find((row) => row.unit === '33')?.description; // => 'up 22 places'
 */
export function compareResults(previous: ScoreResult, current: ScoreResult, options: CompareOptions = {}): Comparison {
  const node = options.node ?? current.root;
  const missingIn = [previous, current].filter((result) => !result.nodes.some((info) => info.id === node));
  if (missingIn.length > 0) {
    throw new ChisoError([issue('unknown_reference', ['node'], `node "${node}" is not in the ${missingIn[0] === previous ? 'previous' : 'current'} result`, { received: node })]);
  }
  const previousById = new Map<string, UnitResult>(previous.units.map((unit) => [unit.id, unit]));
  const currentIds = new Set(current.units.map((unit) => unit.id));
  const rows = current.units.map((unit): ComparisonRow => {
    const before = previousById.get(unit.id);
    const now = unit.nodes[node];
    const then = before?.nodes[node];
    const previousRank = then?.rank ?? null;
    const currentRank = now?.rank ?? null;
    const previousScore = figureOf(then);
    const currentScore = figureOf(now);
    return {
      unit: unit.id,
      ...(unit.name === undefined ? {} : { name: unit.name }),
      previousScore,
      currentScore,
      scoreChange: difference(currentScore, previousScore),
      previousPublished: then?.published ?? null,
      currentPublished: now?.published ?? null,
      publishedChange: difference(now?.published, then?.published),
      previousRank,
      currentRank,
      rankChange: previousRank !== null && currentRank !== null ? previousRank - currentRank : null,
      description: before === undefined ? 'new' : describeRankChange(previousRank, currentRank),
    };
  });
  return { node, rows, onlyPrevious: previous.units.filter((unit) => !currentIds.has(unit.id)).map((unit) => unit.id) };
}
