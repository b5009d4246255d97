/**
 * Ranking a chosen subset of units from an existing result — the provinces of one region, the
 * cities, this year's newcomers — without scoring again.
 *
 * @module
 */
import { quoteText } from '../model/describe.js';
import { rankDecimalTexts, ranksLowestFirst } from '../engine/rank.js';
import type { ScoreResult } from '../engine/result.js';
import type { TieMethod } from '../model/framework.js';
import { ChisoError, issue, type ChisoIssue } from '../model/issues.js';
import { checkArgument, checkOptions, oneOf, text, texts as listOfTexts } from '../model/arguments.js';
import { assertResult } from '../model/saved-result.js';

/** Options for {@link rankAmong}. */
export interface RankAmongOptions {
  /** The node to rank on (default: the top index). */
  readonly node?: string;
  /** The tie method (default: the framework's). */
  readonly ties?: TieMethod;
  /** Rank the published values instead of full precision (default: as the framework says). */
  readonly on?: 'score' | 'published';
}

/**
 * Ranks the given units among themselves at one node, exactly, with the framework's tie rule
 * unless told otherwise. Units without a value at the node get `null`. Unknown ids are an error.
 *
 * @example
 * rankAmong(result, ['FI', 'SE', 'DK', 'EE']); // => { FI: 1, SE: 3, DK: 2, EE: 4 }
 */
export function rankAmong(result: ScoreResult, unitIds: readonly string[], options: RankAmongOptions = {}): Record<string, number | null> {
  checkArgument('rankAmong', 'the list of unit ids', unitIds, listOfTexts);
  checkOptions('rankAmong', options, { node: text, ties: oneOf(['competition', 'dense', 'ordinal']), on: oneOf(['score', 'published']) });
  assertResult(result);
  const node = options.node ?? result.root;
  const info = result.nodes.find((candidate) => candidate.id === node);
  const problems: ChisoIssue[] = [];
  if (!info) problems.push(issue('unknown_reference', ['node'], `node ${quoteText(node)} is not in the result`, { received: node }));
  const byId = new Map(result.units.map((unit) => [unit.id, unit]));
  const asked = new Set<string>();
  unitIds.forEach((id, index) => {
    // a unit asked for twice would be ranked against itself
    if (asked.has(id)) problems.push(issue('duplicate_id', ['units', index], `unit ${quoteText(id)} is asked for twice`, { received: id }));
    asked.add(id);
    if (!byId.has(id)) problems.push(issue('unknown_unit', ['units', index], `there is no unit ${quoteText(id)} in the result`, { received: id }));
  });
  if (problems.length > 0) throw new ChisoError(problems);
  const onPublished = (options.on ?? result.framework.ranking.on) === 'published' && info?.kind === 'aggregate';
  const lowerIsBetter = info !== undefined && ranksLowestFirst(info);
  const texts = unitIds.map((id) => {
    const figures = byId.get(id)?.nodes[node];
    return (onPublished ? figures?.published : (figures?.score ?? figures?.normalised)) ?? null;
  });
  const ranks = rankDecimalTexts(texts, unitIds, options.ties ?? result.framework.ranking.ties, lowerIsBetter);
  return Object.fromEntries(unitIds.map((id, index) => [id, ranks[index] ?? null]));
}
