/**
 * Comparing two results — two years, or two scenarios — unit by unit.
 *
 * @module
 */
import { ExactDecimal } from '../engine/decimal.js';
import type { NodeScore, ScoreResult, UnitResult } from '../engine/result.js';
import { describeValue, quoteText } from '../model/describe.js';
import { ChisoError, issue, type ChisoIssue } from '../model/issues.js';
import { isSavedDecimal } from '../model/limits.js';
import { checkOptions, text } from '../model/arguments.js';
import { assertResult } from '../model/saved-result.js';

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
  for (const [which, rank] of [['previous', previousRank], ['current', currentRank]] as const) {
    if (rank !== null && !(typeof rank === 'number' && Number.isInteger(rank) && rank >= 1)) throw new RangeError(`describeRankChange: the ${which} rank is ${describeValue(rank)}; expected a whole number from 1, or null`);
  }
  if (currentRank === null) return previousRank === null ? 'not ranked' : 'no longer ranked';
  if (previousRank === null) return 'not ranked before';
  const change = previousRank - currentRank;
  if (change === 0) return 'unchanged';
  const places = Math.abs(change) === 1 ? 'place' : 'places';
  return `${change > 0 ? 'up' : 'down'} ${Math.abs(change)} ${places}`;
}

/**
 * What a comparison reads, checked in a result that may come from a file (see `validateResult` for
 * the whole result): each unit an object with an id, and at the node figures that are decimal texts
 * and a rank that is a whole number within the units. Linear in the units.
 */
function figureProblems(result: ScoreResult, which: 'previous' | 'current', node: string): ChisoIssue[] {
  const problems: ChisoIssue[] = [];
  const units: readonly unknown[] = Array.isArray(result.units) ? result.units : [];
  units.forEach((unit: unknown, index) => {
    const where = [which, 'units', index];
    if (typeof unit !== 'object' || unit === null || typeof (unit as { id?: unknown }).id !== 'string') {
      problems.push(issue('invalid_shape', where, `the ${which} result's unit ${index + 1} is ${describeValue(unit)}, not a unit with an id`));
      return;
    }
    const nodes = (unit as { nodes?: unknown }).nodes;
    if (typeof nodes !== 'object' || nodes === null || Array.isArray(nodes)) {
      problems.push(issue('invalid_shape', [...where, 'nodes'], `the ${which} result's unit ${describeValue((unit as UnitResult).id)} has ${describeValue(nodes)} for its figures by node`));
      return;
    }
    const figures: unknown = Object.hasOwn(nodes, node) ? (nodes as Record<string, unknown>)[node] : undefined;
    if (figures === undefined || figures === null) return;
    if (typeof figures !== 'object') {
      problems.push(issue('invalid_shape', [...where, 'nodes', node], `the ${which} result's figures of unit ${describeValue((unit as UnitResult).id)} at "${node}" are ${describeValue(figures)}`));
      return;
    }
    const entry = figures as Record<string, unknown>;
    for (const key of ['score', 'normalised', 'published']) {
      const value = Object.hasOwn(entry, key) ? entry[key] : undefined;
      if (value === undefined || value === null || (typeof value === 'string' && isSavedDecimal(value))) continue;
      problems.push(issue('not_a_number', [...where, 'nodes', node, key], `the ${which} result's ${key} of unit ${describeValue((unit as UnitResult).id)} at "${node}" is ${describeValue(value)}, not a decimal written as text`, { received: describeValue(value) }));
    }
    const rank = Object.hasOwn(entry, 'rank') ? entry.rank : undefined;
    if (rank !== undefined && rank !== null && !(typeof rank === 'number' && Number.isInteger(rank) && rank >= 1 && rank <= units.length)) {
      problems.push(issue('not_a_number', [...where, 'nodes', node, 'rank'], `the ${which} result's rank of unit ${describeValue((unit as UnitResult).id)} at "${node}" is ${describeValue(rank)}, not a whole number from 1 to ${units.length}`, { received: describeValue(rank) }));
    }
  });
  return problems;
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
  checkOptions('compareResults', options, { node: text });
  const node = options.node ?? current.root;
  for (const [which, result] of [['previous', previous], ['current', current]] as const) {
    if (typeof result !== 'object' || result === null || !Array.isArray(result.nodes) || !Array.isArray(result.units)) {
      // every problem of the result, with its path under "previous" or "current"
      assertResult(result, [which], `The ${which} result`);
      throw new ChisoError([issue('invalid_shape', [which], `the ${which} result is ${describeValue(result)}, not a result with nodes and units`)], 'A result cannot be compared');
    }
  }
  const missingIn = [previous, current].filter((result) => !result.nodes.some((info: unknown) => typeof info === 'object' && info !== null && (info as { id?: unknown }).id === node));
  if (missingIn.length > 0) {
    throw new ChisoError([issue('unknown_reference', ['node'], `node ${quoteText(node)} is not in the ${missingIn[0] === previous ? 'previous' : 'current'} result`, { received: node })]);
  }
  const problems = [...figureProblems(previous, 'previous', node), ...figureProblems(current, 'current', node)];
  if (problems.length > 0) throw new ChisoError(problems, 'A result cannot be compared');
  // then everything else a result holds (the checks above name the figures compared more plainly)
  assertResult(previous, ['previous'], 'The previous result');
  assertResult(current, ['current'], 'The current result');
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
